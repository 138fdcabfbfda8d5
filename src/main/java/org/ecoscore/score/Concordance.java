package org.ecoscore.score;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Kendall's coefficient of concordance W of r raters' rankings of m cases (SPEC §8), with tied scores given
 * their average rank and the tie correction: with R_i the sum over raters of case i's ranks,
 * S = Σ_i (R_i − R̄)², T = Σ over raters and tie groups of (t³ − t),
 * W = 12·S / (r²·(m³ − m) − r·T); χ² = r·(m − 1)·W with m − 1 degrees of freedom, p its upper tail.
 * Also Spearman's ρ of two raters (Pearson's r of their average ranks).
 */
public final class Concordance {
    private Concordance() {
    }

    /**
     * @param w     Kendall's W, NaN when undefined (fewer than 2 raters or cases, or every rater tied every case)
     * @param chi2  r(m − 1)W
     * @param df    m − 1
     * @param p     P(χ²_df ≥ chi2)
     */
    public record Kendall(double w, double chi2, int df, double p, int raters, int cases) {
    }

    /** Ranks 1..n of {@code x} (no NaN), tied values sharing their average rank. */
    public static double[] averageRanks(double[] x) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double[] rank = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && x[order[j + 1]] == x[order[i]]) j++;
            double avg = (i + j + 2) / 2.0; // ranks i+1 … j+1
            for (int k = i; k <= j; k++) rank[order[k]] = avg;
            i = j + 1;
        }
        return rank;
    }

    /** Σ (t³ − t) over the groups of tied values of {@code x}. */
    static double ties(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        double t = 0;
        int i = 0;
        while (i < s.length) {
            int j = i;
            while (j + 1 < s.length && s[j + 1] == s[i]) j++;
            double g = j - i + 1;
            t += g * g * g - g;
            i = j + 1;
        }
        return t;
    }

    /** W with the tie correction, χ², df and p of {@code scores[rater][case]} (complete, no NaN). */
    public static Kendall kendall(double[][] scores) {
        int r = scores.length;
        int m = r == 0 ? 0 : scores[0].length;
        if (r < 2 || m < 2) return new Kendall(Double.NaN, Double.NaN, Math.max(m - 1, 0), Double.NaN, r, m);
        double[] sum = new double[m];
        double t = 0;
        for (double[] rater : scores) {
            double[] rk = averageRanks(rater);
            for (int i = 0; i < m; i++) sum[i] += rk[i];
            t += ties(rater);
        }
        double mean = r * (m + 1) / 2.0;
        double s = 0;
        for (double v : sum) s += (v - mean) * (v - mean);
        double denominator = (double) r * r * ((double) m * m * m - m) - r * t;
        if (denominator <= 0) return new Kendall(Double.NaN, Double.NaN, m - 1, Double.NaN, r, m);
        double w = 12 * s / denominator;
        double chi2 = r * (m - 1) * w;
        double p = ChiSquaredDistribution.of(m - 1).survivalProbability(chi2);
        return new Kendall(w, chi2, m - 1, p, r, m);
    }

    /** Spearman's ρ of two score vectors (Pearson's r of their average ranks); NaN when either is constant. */
    public static double spearman(double[] a, double[] b) {
        double[] x = averageRanks(a);
        double[] y = averageRanks(b);
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
