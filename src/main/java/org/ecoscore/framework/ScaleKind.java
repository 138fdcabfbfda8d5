package org.ecoscore.framework;

/** The kind of answer a question takes (SPEC §1 {@code scale}). */
public enum ScaleKind {
    /** a scale named in scales.csv */
    NAMED,
    NUMBER,
    PERCENT,
    YESNO
}
