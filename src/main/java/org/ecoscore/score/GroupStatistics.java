package org.ecoscore.score;

import org.apache.commons.statistics.distribution.TDistribution;

/** SPEC §4.7 group statistics: n, mean, sample SD and the 95% t confidence interval of one group's scores. */
public final class GroupStatistics {
    private GroupStatistics() {
    }

    /** The statistics of the non-missing values; CI NaN when n &lt; 2. */
    public static GroupStat of(String grouping, String group, String code, double[] values) {
        int n = Describe.count(values);
        double mean = Describe.mean(values);
        double sd = Describe.sd(values);
        double low = Double.NaN;
        double high = Double.NaN;
        if (n >= 2) {
            double half = tQuantile975(n - 1) * sd / Math.sqrt(n);
            low = mean - half;
            high = mean + half;
        }
        return new GroupStat(grouping, group, code, n, mean, sd, low, high);
    }

    /** t_{0.975, df}. */
    public static double tQuantile975(int df) {
        return TDistribution.of(df).inverseCumulativeProbability(0.975);
    }
}
