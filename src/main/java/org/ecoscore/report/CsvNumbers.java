package org.ecoscore.report;

import java.math.BigDecimal;
import org.ecoscore.core.ShortestDecimal;

/**
 * Numbers in the CSV tables (SPEC §5): missing (NaN) as an empty field; otherwise the shortest decimal
 * that reads back to the same double ({@link ShortestDecimal}), without an exponent unless the magnitude is extreme; integers
 * without a decimal point ({@code 75}).
 */
public final class CsvNumbers {
    private CsvNumbers() {
    }

    public static String format(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return "";
        if (d == 0) return "0";
        double a = Math.abs(d);
        if (d == Math.rint(d) && a < 1e15) return Long.toString((long) d);
        String shortest = ShortestDecimal.of(d);
        if (shortest.indexOf('E') < 0) return shortest; // 1e-3 <= |d| < 1e7: already plain, never "x.0" here
        if (a < 1e-30 || a >= 1e21) return shortest;
        return new BigDecimal(shortest).stripTrailingZeros().toPlainString();
    }

    /** An integer count; {@code blankBelow} and anything smaller is written empty (e.g. rank 0). */
    public static String count(int n, int blankBelow) {
        return n < blankBelow ? "" : Integer.toString(n);
    }
}
