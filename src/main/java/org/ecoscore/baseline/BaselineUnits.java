package org.ecoscore.baseline;

import java.util.Map;

/**
 * The units of one level of a baseline run with their node scores (read from its firms/regions table), for
 * the changes of SPEC §7.
 *
 * @param ids       firms: the id as written; regions: the canonical region name (in the baseline's language)
 * @param matchable firms: false for an id the baseline made up ({@code FILE#ROW}, no id given), which matches
 *                  nothing; regions: all true
 * @param regions   firms: the firm's region as written in the baseline ("" when blank); regions: the GB/T 2260
 *                  code ("" when unknown)
 * @param scores    by node code: the score per unit (NaN = missing)
 */
public record BaselineUnits(String[] ids, boolean[] matchable, String[] regions, Map<String, double[]> scores) {
    public BaselineUnits {
        scores = Map.copyOf(scores);
    }

    public int size() {
        return ids.length;
    }

    /** None (a baseline level with no units). */
    public static BaselineUnits none() {
        return new BaselineUnits(new String[0], new boolean[0], new String[0], Map.of());
    }
}
