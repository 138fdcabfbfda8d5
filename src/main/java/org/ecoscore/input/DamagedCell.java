package org.ecoscore.input;

/**
 * A cell of a CSV file that held bytes which are not text in the file's encoding (read as {@code �}) or NUL
 * characters (dropped): reported as a {@code damaged-cell} warning naming its row and column.
 *
 * @param row        1-based physical line where the record starts
 * @param column     0-based column
 * @param replaced   undecodable byte sequences, each read as U+FFFD
 * @param nuls       NUL characters dropped from the cell
 */
public record DamagedCell(int row, int column, int replaced, int nuls) {
    /** Issue code. */
    static final String CODE = "damaged-cell";

    /**
     * The message's specifics for the catalogue: {@code replaced} and {@code nuls}, with the form saying which
     * of them the cell has ({@code bytes}, {@code nuls}, {@code both}).
     */
    java.util.Map<String, String> params() {
        String form = replaced > 0 && nuls > 0 ? "both" : replaced > 0 ? "bytes" : "nuls";
        return org.ecoscore.core.Issue.paramsOf("form", form, "replaced", replaced, "nuls", nuls);
    }

    /** What happened to the cell, for the issue message. */
    String message() {
        StringBuilder sb = new StringBuilder("the cell ");
        if (replaced > 0) {
            sb.append("holds ").append(replaced).append(replaced == 1 ? " byte sequence that is" : " byte sequences that are")
                    .append(" not text in the file's encoding (shown as �)");
        }
        if (nuls > 0) {
            sb.append(replaced > 0 ? " and " : "").append("held ").append(nuls)
                    .append(nuls == 1 ? " NUL character" : " NUL characters").append(", dropped");
        }
        return sb.append(": the file is damaged here; check the value against the original answers and correct "
                + "the cell (or export the file again)").toString();
    }
}
