package org.ecoscore.score;

/** Mean and sample standard deviation (n − 1) over the non-missing values of an array (NaN = missing). */
public final class Describe {
    private Describe() {
    }

    public static int count(double[] values) {
        int n = 0;
        for (double v : values) if (!Double.isNaN(v)) n++;
        return n;
    }

    /** Mean of the non-missing values, NaN when there are none. */
    public static double mean(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            sum += v;
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Sample SD (n − 1) of the non-missing values, NaN when fewer than 2. */
    public static double sd(double[] values) {
        return Math.sqrt(variance(values));
    }

    /** Sample variance (n − 1) of the non-missing values, NaN when fewer than 2. */
    public static double variance(double[] values) {
        int n = count(values);
        if (n < 2) return Double.NaN;
        double mean = mean(values);
        double ss = 0;
        for (double v : values) if (!Double.isNaN(v)) ss += (v - mean) * (v - mean);
        return ss / (n - 1);
    }

    /** Pearson correlation of two complete arrays of equal length; NaN when either is constant. */
    public static double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
