package org.ecoscore.cli;

/**
 * Text bound for the terminal with its control characters made visible (issue 4, "nothing injected"): input
 * text quoted in a message (an answer, an id, a region) could otherwise carry escape sequences that move the
 * cursor, retitle the window or hide lines. C0 and C1 control characters and DEL become {@code \}{@code uXXXX}.
 */
final class ConsoleText {
    private ConsoleText() {
    }

    /** Keeps line feeds (the text's own line structure); escapes every other control character. */
    static String printable(String s) {
        return escape(s, true);
    }

    /** For one table cell: CR, LF and tab become spaces; other control characters are escaped. */
    static String oneLine(String s) {
        return escape(s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' '), false);
    }

    private static String escape(String s, boolean keepNewlines) {
        if (s == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && !(keepNewlines && c == '\n')) || (c >= 0x7F && c <= 0x9F);
            if (control && sb == null) sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (sb == null) continue;
            if (control) sb.append(String.format("\\u%04X", (int) c));
            else sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }
}
