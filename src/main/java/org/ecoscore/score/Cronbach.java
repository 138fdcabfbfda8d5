package org.ecoscore.score;

import java.util.List;

/**
 * SPEC §4.7 reliability: Cronbach's α = k/(k−1)·(1 − Σ var_i / var_total) over complete cases with sample
 * variances, α if item deleted, and the corrected item–total correlation.
 */
public final class Cronbach {
    private Cronbach() {
    }

    /**
     * @param items  the question codes
     * @param values [item][case] answers, already reverse-coded; NaN = missing (the case is then left out)
     */
    public static Reliability of(String node, List<String> items, double[][] values) {
        int k = values.length;
        int rows = k == 0 ? 0 : values[0].length;
        int[] complete = new int[rows];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            boolean ok = true;
            for (double[] item : values) ok &= !Double.isNaN(item[r]);
            if (ok) complete[n++] = r;
        }
        double[][] x = new double[k][n];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < n; c++) x[i][c] = values[i][complete[c]];
        }
        // each item's variance once (α if deleted sums the others' in item order, as alpha() does)
        double[] variance = new double[k];
        if (n >= 2) for (int i = 0; i < k; i++) variance[i] = Describe.variance(x[i]);
        double[] ifDeleted = new double[k];
        double[] itemTotal = new double[k];
        for (int i = 0; i < k; i++) {
            double[] rest = restTotals(x, i);
            double sumVar = 0;
            for (int j = 0; j < k; j++) if (j != i) sumVar += variance[j];
            ifDeleted[i] = k - 1 >= 2 ? alpha(k - 1, n, sumVar, rest) : Double.NaN;
            itemTotal[i] = n < 2 ? Double.NaN : Describe.correlation(x[i], rest);
        }
        return new Reliability(node, items, n, alpha(x), ifDeleted, itemTotal);
    }

    /** α from k items' summed variances and their totals per case (as {@link #alpha(double[][])}). */
    private static double alpha(int k, int cases, double sumVar, double[] totals) {
        if (k < 2 || cases < 2) return Double.NaN;
        double totalVar = Describe.variance(totals);
        if (totalVar == 0) return Double.NaN;
        return k / (k - 1.0) * (1 - sumVar / totalVar);
    }

    /** Per case, the sum of every item but {@code left}, added in item order (as {@link #totals} would). */
    private static double[] restTotals(double[][] x, int left) {
        int n = x.length == 0 ? 0 : x[0].length;
        double[] t = new double[n];
        for (int j = 0; j < x.length; j++) {
            if (j == left) continue;
            double[] item = x[j];
            for (int c = 0; c < n; c++) t[c] += item[c];
        }
        return t;
    }

    /** α of complete item columns [item][case]; NaN with fewer than 2 items or cases, or no total variance. */
    public static double alpha(double[][] x) {
        int k = x.length;
        if (k < 2 || x[0].length < 2) return Double.NaN;
        double sumVar = 0;
        for (double[] item : x) sumVar += Describe.variance(item);
        double totalVar = Describe.variance(totals(x));
        if (totalVar == 0) return Double.NaN;
        return k / (k - 1.0) * (1 - sumVar / totalVar);
    }

    private static double[] totals(double[][] x) {
        int n = x.length == 0 ? 0 : x[0].length;
        double[] t = new double[n];
        for (double[] item : x) for (int c = 0; c < n; c++) t[c] += item[c];
        return t;
    }
}
