package org.ecoscore.input;

import org.ecoscore.core.Level;

/**
 * One input file of the run, for the Summary and Method sheets.
 *
 * @param index    position among this level's files (sorted path order), as used in
 *                 {@link ResponseTable#fileIndex(int)}
 * @param display  the path as given on the command line (or as found under a folder given)
 * @param level    FIRM for positional inputs, REGION for --region-data
 * @param sheet    the sheet read ("" for CSV or when unreadable)
 * @param layout   "table", "form" or "" when unreadable
 * @param sha256   hex SHA-256 of the file's bytes ("" when it could not be read at all)
 * @param rowsRead respondent rows read (non-blank data rows)
 * @param error    null when read; otherwise the user-facing reason it could not be read
 */
public record InputFile(int index, String display, Level level, String sheet, String layout, String sha256,
                        int rowsRead, String error) {
    public boolean readable() {
        return error == null;
    }
}
