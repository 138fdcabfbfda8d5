package org.ecoscore.score;

/**
 * Coupling coordination of SPEC §4.5 per unit (NaN / grade 0 / lag null where U1 or U2 is missing), with the
 * lag type of §4.5a.
 */
public record Coupling(double[] c, double[] t, double[] d, int[] grade, Lag[] lag) {

    /** Without lag types (every lag null). */
    public Coupling(double[] c, double[] t, double[] d, int[] grade) {
        this(c, t, d, grade, new Lag[grade.length]);
    }
}
