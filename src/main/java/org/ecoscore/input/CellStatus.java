package org.ecoscore.input;

/** The status of one answer cell in a {@link ResponseTable}. */
public final class CellStatus {
    public static final byte MISSING = 0;
    public static final byte OK = 1;
    public static final byte INVALID = 2;
    /** A declared missing answer of missing.csv: missing, counted apart, no issue. */
    public static final byte DECLARED_MISSING = 3;

    private CellStatus() {
    }
}
