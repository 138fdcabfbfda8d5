package org.ecoscore.score;

/** SPEC §4.5: coupling coordination of the two subsystems' scores. */
public final class CouplingCalculator {
    private CouplingCalculator() {
    }

    /** C, T, D and grade per unit from the subsystem scores (0–100, NaN = missing). */
    public static Coupling compute(double[] s1, double[] s2) {
        int n = s1.length;
        double[] c = new double[n];
        double[] t = new double[n];
        double[] d = new double[n];
        int[] grade = new int[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(s1[i]) || Double.isNaN(s2[i])) {
                c[i] = t[i] = d[i] = Double.NaN;
                continue;
            }
            double u1 = s1[i] / 100;
            double u2 = s2[i] / 100;
            double sum = u1 + u2;
            c[i] = sum == 0 ? 0 : 2 * Math.sqrt(u1 * u2) / sum;
            t[i] = sum / 2;
            d[i] = Math.sqrt(c[i] * t[i]);
            grade[i] = grade(d[i]);
        }
        return new Coupling(c, t, d, grade);
    }

    /** grade = min(10, ⌊10·D⌋ + 1); 0 for a missing D. */
    public static int grade(double d) {
        if (Double.isNaN(d)) return 0;
        return (int) Math.min(10, Math.floor(10 * d) + 1);
    }
}
