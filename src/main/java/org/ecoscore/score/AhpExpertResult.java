package org.ecoscore.score;

/**
 * One expert's AHP matrix for a parent (SPEC §8): its own eigenvector weights, λmax, CI and CR, and whether it
 * entered the aggregate ({@code false} when {@code --ahp-max-cr} left it out).
 *
 * @param expert   the expert's name; empty for a parent's single matrix
 * @param weights  the expert's own weights, in the order of {@link AhpResult#children()}
 * @param included whether the matrix is part of the aggregate
 */
public record AhpExpertResult(String expert, double[] weights, double lambdaMax, double ci, double cr,
                              boolean included) {
}
