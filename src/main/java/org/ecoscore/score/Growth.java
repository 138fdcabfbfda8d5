package org.ecoscore.score;

/** Change over years (SPEC §7 trend): the compound annual growth rate of a score. */
public final class Growth {
    private Growth() {
    }

    /**
     * CAGR = (last/first)^(1/span) − 1, span = the calendar years from the first to the last (2022 → 2025: 3);
     * NaN when either score is missing, when first ≤ 0 (no rate of growth from nothing), or span ≤ 0.
     */
    public static double cagr(double first, double last, int span) {
        if (Double.isNaN(first) || Double.isNaN(last) || first <= 0 || span <= 0 || last < 0) return Double.NaN;
        return Math.pow(last / first, 1.0 / span) - 1;
    }
}
