package org.ecoscore.score;

import java.util.Arrays;

/** SPEC §4.6: competition ranks by score, highest first (1, 2, 2, 4); 0 = no score, no rank. */
public final class Ranker {
    private Ranker() {
    }

    public static int[] rank(double[] scores) {
        int[] rank = new int[scores.length];
        double[] sorted = new double[scores.length];
        int n = 0;
        for (double s : scores) if (!Double.isNaN(s)) sorted[n++] = s;
        Arrays.sort(sorted, 0, n);
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) continue;
            // units strictly higher = those after the last position holding a value <= this score
            int atOrBelow = upperBound(sorted, n, scores[i]);
            rank[i] = n - atOrBelow + 1;
        }
        return rank;
    }

    /** Number of elements of the ascending {@code sorted[0..n)} that are &lt;= v. */
    private static int upperBound(double[] sorted, int n, double v) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
