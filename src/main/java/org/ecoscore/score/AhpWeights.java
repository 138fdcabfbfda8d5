package org.ecoscore.score;

import java.util.ArrayList;
import java.util.List;
import org.ecoscore.framework.AhpMatrix;

/**
 * SPEC §1 AHP: the principal eigenvector of a whole pairwise-comparison matrix (power iteration),
 * normalised to sum 1, with λmax, CI and CR; SPEC §8 several experts: the aggregate of their matrices by
 * the element-wise geometric mean (AIJ), each expert weighed equally.
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

    /**
     * A parent's panel: every expert's own result, and the aggregate of the experts whose CR is at most
     * {@code maxCr} (NaN = all; an expert whose CR is NaN, n ≤ 2, always counts).
     *
     * @param experts the parent's matrices, all over the same children in the same order
     */
    public static AhpResult panel(List<AhpMatrix> experts, double maxCr) {
        AhpMatrix first = experts.get(0);
        int n = first.children().size();
        List<AhpExpertResult> each = new ArrayList<>();
        double[][] logSum = new double[n][n];
        int included = 0;
        for (AhpMatrix m : experts) {
            double[][] a = aligned(m, first.children());
            AhpResult r = of(new AhpMatrix(m.parent(), first.children(), a, m.file(), m.expert()));
            boolean in = Double.isNaN(maxCr) || Double.isNaN(r.cr()) || r.cr() <= maxCr;
            each.add(new AhpExpertResult(m.expert(), r.weights(), r.lambdaMax(), r.ci(), r.cr(), in));
            if (!in) continue;
            included++;
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) logSum[i][j] += Math.log(a[i][j]);
        }
        if (included == 0) {
            return new AhpResult(first.parent(), first.children(), new double[0], Double.NaN, Double.NaN,
                    Double.NaN, each);
        }
        AhpResult agg = of(new AhpMatrix(first.parent(), first.children(), aij(logSum, included), first.file()));
        return new AhpResult(first.parent(), first.children(), agg.weights(), agg.lambdaMax(), agg.ci(), agg.cr(),
                each);
    }

    /** AIJ: exp(Σ_e ln a_e,ij / k) with a unit diagonal and exact reciprocals below it. */
    static double[][] aij(double[][] logSum, int k) {
        int n = logSum.length;
        double[][] g = new double[n][n];
        for (int i = 0; i < n; i++) {
            g[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                g[i][j] = Math.exp(logSum[i][j] / k);
                g[j][i] = 1 / g[i][j];
            }
        }
        return g;
    }

    /** The matrix re-ordered to the given children's order (experts may list the children differently). */
    private static double[][] aligned(AhpMatrix m, List<String> order) {
        int n = order.size();
        int[] at = new int[n];
        for (int i = 0; i < n; i++) at[i] = m.children().indexOf(order.get(i));
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i][j] = m.a()[at[i]][at[j]];
        return a;
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
