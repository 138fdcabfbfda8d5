package org.ecoscore.input;

/**
 * One sheet of one physical file, read row by row (the seam of ARCHITECTURE.md): xlsx (streaming), xls
 * and csv/tsv each implement it; header matching and answer parsing are written once, above it. The row
 * buffer is reused: read what you need before calling {@link #nextRow()} again.
 */
public interface CellSource extends AutoCloseable {

    /** The file as given on the command line (for messages). */
    String file();

    /** The sheet's name ("" for CSV). */
    String sheet();

    /**
     * Advances to the next physical row that has at least one cell (rows entirely absent from the file are
     * skipped; a row of empty strings is still returned). False at the end.
     */
    boolean nextRow();

    /** 1-based spreadsheet row number of the current row (CSV: 1-based record number). */
    int rowNumber();

    /** One past the last column with a cell in the current row. */
    int width();

    CellType type(int column);

    /** The text of a STRING cell; for other types a plain rendering ("" for EMPTY). */
    String text(int column);

    /** The value of a NUMBER, DATE or BOOLEAN cell; NaN otherwise. */
    double number(int column);

    /** True when a NUMBER cell has a percent number format (SPEC §2: counts as value × 100). */
    boolean percent(int column);

    /**
     * For a STRING cell that an xlsx file keeps in its shared-string table: the shared string's index (the
     * same index always means the same text, so a parsed answer can be cached per index and question);
     * -1 for every other cell and format.
     */
    default int stringIndex(int column) {
        return -1;
    }

    @Override
    void close();
}
