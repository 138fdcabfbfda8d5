package org.ecoscore.score;

/**
 * Coupling coordination of SPEC §4.5 per unit (NaN / grade 0 where U1 or U2 is missing).
 */
public record Coupling(double[] c, double[] t, double[] d, int[] grade) {
}
