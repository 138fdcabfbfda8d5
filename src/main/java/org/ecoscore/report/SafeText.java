package org.ecoscore.report;

/**
 * OWASP's rule against formula injection (SPEC §5): text that came from an input and starts with
 * {@code = + - @}, tab, CR or LF is written to CSV with a leading {@code '} and to xlsx as a
 * quote-prefixed string cell.
 */
public final class SafeText {
    private SafeText() {
    }

    /** True when a spreadsheet program could take this text for a formula. */
    public static boolean risky(String s) {
        if (s == null || s.isEmpty()) return false;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    /** The text as written to CSV: prefixed with {@code '} when risky, "" for null. */
    public static String csv(String s) {
        if (s == null) return "";
        return risky(s) ? "'" + s : s;
    }
}
