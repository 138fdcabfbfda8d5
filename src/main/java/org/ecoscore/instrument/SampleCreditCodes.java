package org.ecoscore.instrument;

import java.util.random.RandomGenerator;
import org.ecoscore.screen.CreditCode;

/**
 * Realistic unified social credit codes for synthetic samples (GB 32100): registration authority 9, entity
 * type 1, a 6-digit administrative division, the 9-character organisation code of GB 11714 with its own
 * check character, and the GB 32100 check character of {@link CreditCode} (which the screening checks).
 */
final class SampleCreditCodes {
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private SampleCreditCodes() {
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
     * A random valid code of an enterprise registered in the given division.
     *
     * @param division six digits (GB/T 2260)
     */
    static String random(String division, RandomGenerator rnd) {
        StringBuilder sb = new StringBuilder(18).append("91").append(division);
        int start = sb.length();
        if (rnd.nextInt(2) == 0) {
            sb.append("MA");
            for (int i = 0; i < 6; i++) sb.append(CreditCode.CHARSET.charAt(rnd.nextInt(CreditCode.CHARSET.length())));
        } else {
            for (int i = 0; i < 8; i++) sb.append((char) ('0' + rnd.nextInt(10)));
        }
        sb.append(organisationCheck(sb.subSequence(start, start + 8)));
        sb.append(CreditCode.checkCharacter(sb.toString()));
        return sb.toString();
    }
}
