package org.ecoscore.score;

import org.ecoscore.core.Options.CouplingForm;

/** SPEC §4.5, §4.5a: coupling coordination of the two subsystems' scores, and their lag type. */
public final class CouplingCalculator {
    private CouplingCalculator() {
    }

    /** C, T, D, grade and lag type per unit from the subsystem scores (0–100, NaN = missing), standard C. */
    public static Coupling compute(double[] s1, double[] s2) {
        return compute(s1, s2, CouplingForm.STANDARD);
    }

    /** As {@link #compute(double[], double[])} with C in the given form ({@code --coupling}). */
    public static Coupling compute(double[] s1, double[] s2, CouplingForm form) {
        int n = s1.length;
        double[] c = new double[n];
        double[] t = new double[n];
        double[] d = new double[n];
        int[] grade = new int[n];
        Lag[] lag = new Lag[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(s1[i]) || Double.isNaN(s2[i])) {
                c[i] = t[i] = d[i] = Double.NaN;
                continue;
            }
            double u1 = s1[i] / 100;
            double u2 = s2[i] / 100;
            c[i] = form == CouplingForm.REVISED ? revisedC(u1, u2) : standardC(u1, u2);
            t[i] = (u1 + u2) / 2;
            d[i] = Math.sqrt(c[i] * t[i]);
            grade[i] = grade(d[i]);
            lag[i] = Lag.of(s1[i], s2[i]);
        }
        return new Coupling(c, t, d, grade, lag);
    }

    /** SPEC §4.5: C = 2·√(U1·U2)/(U1 + U2), 0 when U1 + U2 = 0. */
    static double standardC(double u1, double u2) {
        double sum = u1 + u2;
        return sum == 0 ? 0 : 2 * Math.sqrt(u1 * u2) / sum;
    }

    /**
     * SPEC §4.5a, the corrected form of Wang Shujia et al. (自然资源学报 2021, 36(3): 793–810) for two
     * subsystems: C = √{(1 − |U1 − U2|)·min(U1, U2)/max(U1, U2)}, 0 when max = 0.
     */
    static double revisedC(double u1, double u2) {
        double max = Math.max(u1, u2);
        if (max == 0) return 0;
        return Math.sqrt((1 - Math.abs(u1 - u2)) * Math.min(u1, u2) / max);
    }

    /** grade = min(10, ⌊10·D⌋ + 1); 0 for a missing D. */
    public static int grade(double d) {
        if (Double.isNaN(d)) return 0;
        return (int) Math.min(10, Math.floor(10 * d) + 1);
    }
}
