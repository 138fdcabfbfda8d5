package org.ecoscore.score;

import java.util.Arrays;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * The tests of a change between two runs (SPEC §7), with Apache Commons Statistics: Welch's two-sided t-test
 * of two independent samples (unequal variances) and the two-sided paired t-test. Missing values (NaN) are
 * left out (pairs with either side missing, for the paired test). The p-value is NaN when a sample has fewer
 * than 2 values or when the test is undefined (no variance at all).
 */
public final class ChangeTests {
    private static final TTest WELCH = TTest.withDefaults().with(AlternativeHypothesis.TWO_SIDED)
            .with(DataDispersion.HETEROSCEDASTIC);

    private ChangeTests() {
    }

    /** Welch's two-sided p for samples a and b; NaN when either has fewer than 2 values or both are constant. */
    public static double welch(double[] a, double[] b) {
        double[] x = present(a);
        double[] y = present(b);
        if (x.length < 2 || y.length < 2) return Double.NaN;
        if (variance(x) == 0 && variance(y) == 0) return Double.NaN;
        return finite(WELCH.test(x, y).getPValue());
    }

    /**
     * The two-sided paired p for pairs (a[i], b[i]); NaN when fewer than 2 complete pairs or all differences are
     * equal.
     */
    public static double paired(double[] a, double[] b) {
        int n = 0;
        double[] x = new double[a.length];
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(a[i]) || Double.isNaN(b[i])) continue;
            x[n] = a[i];
            y[n++] = b[i];
        }
        if (n < 2) return Double.NaN;
        x = Arrays.copyOf(x, n);
        y = Arrays.copyOf(y, n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = x[i] - y[i];
        if (variance(d) == 0) return Double.NaN;
        return finite(WELCH.pairedTest(x, y).getPValue());
    }

    /** The values that are not NaN. */
    public static double[] present(double[] v) {
        return Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
    }

    /** Mean of the values that are not NaN; NaN when none. */
    public static double mean(double[] v) {
        double s = 0;
        int n = 0;
        for (double x : v) {
            if (Double.isNaN(x)) continue;
            s += x;
            n++;
        }
        return n == 0 ? Double.NaN : s / n;
    }

    private static double variance(double[] x) {
        double m = 0;
        for (double v : x) m += v;
        m /= x.length;
        double ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        return ss;
    }

    private static double finite(double p) {
        return Double.isFinite(p) ? p : Double.NaN;
    }
}
