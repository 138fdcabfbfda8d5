package org.ecoscore.framework;

/** The kind of answer a question takes (SPEC §1 {@code scale}). */
public enum ScaleKind {
    /** a scale named in scales.csv */
    NAMED,
    NUMBER,
    PERCENT,
    YESNO,
    /** a multi-select question (questions.csv select=multi) over the options of a scale of scales.csv */
    MULTI
}
