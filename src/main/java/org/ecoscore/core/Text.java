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
        // NFKC keeps ASCII as it is; with no white space but single spaces between words there is none to collapse
        if (plainAscii(s)) return s.toLowerCase(Locale.ROOT);
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

    /**
     * True when every character is printable ASCII (U+0020 to U+007E) and each space stands alone between two
     * other characters ({@code 2025/3/11 15:29:52}, {@code Strongly agree}): such a text normalises to itself
     * lower-cased.
     */
    static boolean plainAscii(String s) {
        int n = s.length();
        if (n == 0) return true;
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') return false;
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || (c == ' ' && prev == ' ')) return false;
            prev = c;
        }
        return true;
    }

    /** NFKC and trim only (for region names kept as written). */
    public static String nfkcTrim(String s) {
        if (s == null) return "";
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    /**
     * How wide a text prints in a spreadsheet column, in Latin characters: CJK ideographs, kana, hangul,
     * full-width forms and CJK punctuation count double (column widths are computed from this, never with
     * POI's font-dependent autoSizeColumn).
     */
    public static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** True for code points that print two columns wide. */
    public static boolean isWide(int cp) {
        if (cp < 0x1100) return false; // Latin, Greek, Cyrillic …: no wide script below Hangul Jamo
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL) {
            return true;
        }
        return (cp >= 0x3000 && cp <= 0x303F)         // CJK symbols and punctuation
                || (cp >= 0xFE30 && cp <= 0xFE4F)     // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60);    // full-width forms
    }

    /** Spreadsheet column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetters(int column) {
        if (column >= 0 && column < COLUMN_LETTERS.length) return COLUMN_LETTERS[column];
        return letters(column);
    }

    // A … ZZ made once: an issue names its column, and a batch can have 100,000s of issues
    private static final String[] COLUMN_LETTERS = new String[26 + 26 * 26];

    static {
        for (int c = 0; c < COLUMN_LETTERS.length; c++) COLUMN_LETTERS[c] = letters(c);
    }

    private static String letters(int column) {
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
