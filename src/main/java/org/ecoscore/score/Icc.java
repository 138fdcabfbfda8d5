package org.ecoscore.score;

/**
 * Intraclass correlations of Shrout &amp; Fleiss (1979), two-way random effects, absolute agreement (SPEC §8),
 * on n targets (cases) × k judges (raters), complete. From the two-way ANOVA without replication: BMS (between
 * targets) = k·Σ_i (x̄_i· − x̄)²/(n − 1), JMS (between judges) = n·Σ_j (x̄_·j − x̄)²/(k − 1),
 * EMS = (SS_total − SS_targets − SS_judges)/((n − 1)(k − 1));
 * ICC(2,1) = (BMS − EMS)/(BMS + (k − 1)·EMS + k·(JMS − EMS)/n), ICC(2,k) = (BMS − EMS)/(BMS + (JMS − EMS)/n).
 */
public final class Icc {
    private Icc() {
    }

    /** ICC(2,1) and ICC(2,k); NaN when n &lt; 2, k &lt; 2 or a denominator is 0 (every score equal). */
    public record Result(double single, double average, int targets, int judges) {
    }

    /** @param x [target][judge], no NaN */
    public static Result of(double[][] x) {
        int n = x.length;
        int k = n == 0 ? 0 : x[0].length;
        if (n < 2 || k < 2) return new Result(Double.NaN, Double.NaN, n, k);
        double grand = 0;
        double[] row = new double[n];
        double[] col = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                row[i] += x[i][j];
                col[j] += x[i][j];
                grand += x[i][j];
            }
        }
        grand /= (double) n * k;
        double ssTotal = 0;
        for (double[] r : x) for (double v : r) ssTotal += (v - grand) * (v - grand);
        double ssRows = 0;
        for (double s : row) ssRows += k * (s / k - grand) * (s / k - grand);
        double ssCols = 0;
        for (double s : col) ssCols += n * (s / n - grand) * (s / n - grand);
        double bms = ssRows / (n - 1);
        double jms = ssCols / (k - 1);
        double ems = (ssTotal - ssRows - ssCols) / ((double) (n - 1) * (k - 1));
        double d1 = bms + (k - 1) * ems + k * (jms - ems) / n;
        double dk = bms + (jms - ems) / n;
        return new Result(d1 == 0 ? Double.NaN : (bms - ems) / d1, dk == 0 ? Double.NaN : (bms - ems) / dk, n, k);
    }
}
