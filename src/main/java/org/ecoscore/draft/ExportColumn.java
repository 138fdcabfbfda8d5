package org.ecoscore.draft;

/**
 * One column of an export as a draft sees it.
 *
 * @param file   the export as given on the command line
 * @param sheet  its sheet ("" for CSV)
 * @param index  0-based column
 * @param header the header row's text (what the reader will match)
 * @param text   the question text: Qualtrics' second header row, else the header
 * @param values the answers below
 */
record ExportColumn(String file, String sheet, int index, String header, String text, ColumnValues values) {
    String letters() {
        return org.ecoscore.core.Text.columnLetters(index);
    }

    String where() {
        return file + (sheet.isEmpty() ? "" : "[" + sheet + "]") + " column " + letters();
    }
}
