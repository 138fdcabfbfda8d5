package org.ecoscore.input;

import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Text;

/**
 * The documented size limits of one sheet (TROUBLESHOOTING.md "sheet-too-large"): Excel's own 16,384 columns
 * (A…XFD) and 1,048,576 rows, and 1,000,000 characters in one cell (Excel stops at 32,767; the margin is for
 * CSV exports with long free text). A file beyond them is refused with a message naming the place, rather
 * than read into memory: a cell reference such as {@code AAAAAAA3} or a CSV line that never ends would
 * otherwise exhaust the heap.
 */
final class SheetLimits {
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_CELL_CHARS = 1_000_000;

    private SheetLimits() {
    }

    static EcoscoreException tooWide(String file, String sheet, int row) {
        return new EcoscoreException(ExitCode.INPUT, file, sheet, row, "",
                "has a cell beyond column " + Text.columnLetters(MAX_COLUMNS - 1) + " (more than "
                        + String.format("%,d", MAX_COLUMNS) + " columns, Excel's limit): delete the extra columns,"
                        + " or save the file again from Excel or WPS, and run again", null)
                .coded("sheet-too-wide", "column", Text.columnLetters(MAX_COLUMNS - 1), "count", MAX_COLUMNS);
    }

    static EcoscoreException tooLong(String file, String sheet, int row) {
        return new EcoscoreException(ExitCode.INPUT, file, sheet, row, "",
                "has a row beyond row " + String.format("%,d", MAX_ROWS) + " (Excel's limit): split the"
                        + " respondents into several files of at most " + String.format("%,d", MAX_ROWS - 1)
                        + " rows each and give them all", null)
                .coded("sheet-too-long", "rows", MAX_ROWS, "max", MAX_ROWS - 1);
    }

    static EcoscoreException cellTooLong(String file, String sheet, int row) {
        return new EcoscoreException(ExitCode.INPUT, file, sheet, row, "",
                "has a cell of more than " + String.format("%,d", MAX_CELL_CHARS) + " characters (for a CSV"
                        + " file usually a double quote (\") that is never closed): check the quotes on that line,"
                        + " or save the file again from the spreadsheet program, and run again", null)
                .coded("cell-too-long", "chars", MAX_CELL_CHARS);
    }
}
