package org.ecoscore.instrument;

import java.util.random.RandomGenerator;

/**
 * The unified social credit code of GB 32100 (统一社会信用代码): 18 characters — registration authority,
 * entity type, 6-digit administrative division, the 9-character organisation code of GB 11714 (with its
 * own check character), and a check character over the first 17.
 */
public final class CreditCode {
    /** The 31 characters a code may use (no I, O, S, V, Z), in value order. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCode() {
    }

    /** The GB 32100 check character for the first 17 characters, or 0 when one is not in {@link #CHARSET}. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) return 0;
            sum += v * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** True when the 18 characters use the charset and the last is the right check character. */
    public static boolean isValid(String code) {
        return code != null && code.length() == 18 && checkCharacter(code) != 0
                && checkCharacter(code) == code.charAt(17);
    }

    /** The GB 11714 check character for an 8-character organisation code body (digits and capitals). */
    static char organisationCheck(CharSequence body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int v = c <= '9' ? c - '0' : c - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int c9 = 11 - sum % 11;
        return c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9);
    }

    /**
     * A random valid code of an enterprise (authority 9, type 1) registered in the given division.
     *
     * @param division six digits (GB/T 2260)
     */
    static String random(String division, RandomGenerator rnd) {
        StringBuilder sb = new StringBuilder(18).append("91").append(division);
        int start = sb.length();
        if (rnd.nextInt(2) == 0) {
            sb.append("MA");
            for (int i = 0; i < 6; i++) sb.append(CHARSET.charAt(rnd.nextInt(CHARSET.length())));
        } else {
            for (int i = 0; i < 8; i++) sb.append((char) ('0' + rnd.nextInt(10)));
        }
        sb.append(organisationCheck(sb.subSequence(start, start + 8)));
        sb.append(checkCharacter(sb));
        return sb.toString();
    }
}
