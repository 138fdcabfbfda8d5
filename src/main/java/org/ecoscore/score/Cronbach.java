package org.ecoscore.score;

import java.util.ArrayList;
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
        List<Integer> complete = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            boolean ok = true;
            for (double[] item : values) ok &= !Double.isNaN(item[r]);
            if (ok) complete.add(r);
        }
        double[][] x = new double[k][complete.size()];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < complete.size(); c++) x[i][c] = values[i][complete.get(c)];
        }
        double[] ifDeleted = new double[k];
        double[] itemTotal = new double[k];
        for (int i = 0; i < k; i++) {
            double[][] rest = new double[k - 1][];
            for (int j = 0, at = 0; j < k; j++) if (j != i) rest[at++] = x[j];
            ifDeleted[i] = k - 1 >= 2 ? alpha(rest) : Double.NaN;
            itemTotal[i] = complete.size() < 2 ? Double.NaN : Describe.correlation(x[i], totals(rest));
        }
        return new Reliability(node, items, complete.size(), alpha(x), ifDeleted, itemTotal);
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
