package org.ecoscore.core;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers shared by every stage. */
public final class Text {
    private Text() {
    }

    /**
     * SPEC §2 header normalisation, used for every comparison of texts: Unicode NFKC, trim, collapse
     * white space (including ideographic space, which NFKC maps to a plain space), case-fold.
     * {@code null} gives "".
     */
    public static String normalise(String s) {
        if (s == null || s.isEmpty()) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** NFKC and trim only (for region names kept as written). */
    public static String nfkcTrim(String s) {
        if (s == null) return "";
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    /** Spreadsheet column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int r = (c - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }
}
