package org.ecoscore.input;

import java.util.List;

/** A physical input file opened for reading: its sheets (one, named "", for CSV). */
public interface SpreadsheetFile extends AutoCloseable {

    String file();

    /** Sheet names in workbook order (hidden sheets included; see {@link #hidden(int)}). */
    List<String> sheetNames();

    boolean hidden(int sheet);

    /** Opens a sheet from its first row. May be called more than once for the same sheet. */
    CellSource open(int sheet);

    /**
     * File-level doubts found while opening, each a sentence for a {@code mixed-encoding}-style warning
     * (for now: a CSV whose lines are in two encodings). Empty for most files.
     */
    default java.util.List<String> encodingWarnings() {
        return encodingDetails().stream().map(org.ecoscore.core.Detail::message).toList();
    }

    /** {@link #encodingWarnings()} with the parameters of each message (for the report language). */
    default java.util.List<org.ecoscore.core.Detail> encodingDetails() {
        return java.util.List.of();
    }

    /**
     * The cells of the sheets opened so far that held undecodable bytes or NUL characters (CSV only), at most the
     * first 100; {@link #damagedCellCount()} says how many there were in all.
     */
    default List<DamagedCell> damagedCells() {
        return List.of();
    }

    /** How many damaged cells there were (may exceed {@code damagedCells().size()}). */
    default int damagedCellCount() {
        return 0;
    }

    @Override
    void close();
}
