package org.ecoscore.score;

import org.ecoscore.framework.AhpMatrix;

/**
 * SPEC §1 AHP: the principal eigenvector of a whole pairwise-comparison matrix (power iteration),
 * normalised to sum 1, with λmax, CI and CR.
 */
public final class AhpWeights {
    /** Saaty's random index for n = 1…10. */
    private static final double[] RANDOM_INDEX = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    /** CR above this is inconsistent (SPEC §4.4). */
    public static final double MAX_CR = 0.1;
    private static final int MAX_ITERATIONS = 100_000;
    private static final double TOLERANCE = 1e-15;

    private AhpWeights() {
    }

    public static AhpResult of(AhpMatrix m) {
        double[][] a = m.a();
        int n = a.length;
        double[] w = eigenvector(a);
        double[] aw = multiply(a, w);
        double lambda = 0;
        for (double v : aw) lambda += v;
        double ci = n > 1 ? (lambda - n) / (n - 1) : 0;
        double ri = randomIndex(n);
        double cr = ri == 0 ? Double.NaN : ci / ri;
        return new AhpResult(m.parent(), m.children(), w, lambda, ci, cr);
    }

    /** RI for n (n &gt; 10 uses the value for 10, the largest Saaty tabulated here). */
    public static double randomIndex(int n) {
        if (n < 1) return 0;
        return RANDOM_INDEX[Math.min(n, RANDOM_INDEX.length) - 1];
    }

    /** CR &gt; 0.1; a NaN CR (n ≤ 2) counts as consistent. */
    public static boolean inconsistent(AhpResult r) {
        return !Double.isNaN(r.cr()) && r.cr() > MAX_CR;
    }

    private static double[] eigenvector(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] next = multiply(a, w);
            double sum = 0;
            for (double v : next) sum += v;
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            w = next;
            if (change <= TOLERANCE) break;
        }
        return w;
    }

    private static double[] multiply(double[][] a, double[] w) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double s = 0;
            for (int j = 0; j < w.length; j++) s += a[i][j] * w[j];
            out[i] = s;
        }
        return out;
    }
}
