package org.ecoscore.screen;

import java.util.Locale;

/**
 * The unified social credit code of GB 32100-2015 (统一社会信用代码): 18 characters from the 31-character set
 * {@code 0-9 A-H J-N P-R T U W X Y} (no I, O, Z, S, V), the last one a check character over the first 17
 * (SPEC §3 id rule).
 */
public final class CreditCode {
    /** The character set in value order: '0' = 0 … '9' = 9, 'A' = 10 … 'Y' = 30. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    private CreditCode() {
    }

    /** Whether the text has the shape of a credit code: 18 characters, all from the code's set (case-insensitive). */
    public static boolean looksLike(String text) {
        if (text == null || text.length() != LENGTH) return false;
        String s = text.toUpperCase(Locale.ROOT);
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(s.charAt(i)) < 0) return false;
        }
        return true;
    }

    /**
     * The code as the registry writes it — half-width, upper case, no surrounding space — when the text, so read
     * (NFKC), has a credit code's shape ({@code ９１４４…} typed in full-width mode, {@code 91440300ma5f…}); else null.
     */
    public static String canonical(String text) {
        if (text == null) return null;
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        return looksLike(s) ? s.toUpperCase(Locale.ROOT) : null;
    }

    /** Whether the text looks like a credit code and its 18th character is the right check character. */
    public static boolean isValid(String text) {
        if (!looksLike(text)) return false;
        String s = text.toUpperCase(Locale.ROOT);
        return s.charAt(LENGTH - 1) == checkCharacter(s.substring(0, LENGTH - 1));
    }

    /**
     * The check character for the first 17 characters: C18 = 31 − (Σ value_i · weight_i mod 31), 31 → 0.
     *
     * @throws IllegalArgumentException when the text is not 17 characters of the code's set
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need 17 characters: " + first17);
        }
        String s = first17.toUpperCase(Locale.ROOT);
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int v = CHARSET.indexOf(s.charAt(i));
            if (v < 0) throw new IllegalArgumentException("not a credit-code character: " + s.charAt(i));
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }
}
