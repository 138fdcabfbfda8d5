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

    @Override
    void close();
}
