package org.ecoscore.input;

/** What a physical cell holds, as seen through a {@link CellSource}. */
public enum CellType {
    EMPTY,
    /** text (including a formula's cached string result) */
    STRING,
    /** a number (including a formula's cached numeric result); see {@link CellSource#percent(int)} */
    NUMBER,
    /** a number formatted as a date/time: {@link CellSource#number(int)} is the Excel serial (1900 system) */
    DATE,
    /** a boolean cell: number() is 1 or 0 */
    BOOLEAN
}
