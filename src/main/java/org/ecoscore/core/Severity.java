package org.ecoscore.core;

/** How serious an {@link Issue} is. Written in lower case to issues.csv. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
