package org.ecoscore.framework;

/** How a node combines its children (SPEC §4.3). */
public enum Aggregation {
    ARITHMETIC, GEOMETRIC;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
