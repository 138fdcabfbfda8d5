package org.ecoscore.score;

import java.util.Arrays;

/** SPEC §4.6: competition ranks by score, highest first (1, 2, 2, 4); 0 = no score, no rank. */
public final class Ranker {
    private Ranker() {
    }

    public static int[] rank(double[] scores) {
        int[] rank = new int[scores.length];
        double[] sorted = Arrays.stream(scores).filter(s -> !Double.isNaN(s)).sorted().toArray();
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) continue;
            // units strictly higher = those after the last position holding a value <= this score
            int atOrBelow = upperBound(sorted, scores[i]);
            rank[i] = sorted.length - atOrBelow + 1;
        }
        return rank;
    }

    /** Number of elements of the ascending array that are &lt;= v. */
    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
