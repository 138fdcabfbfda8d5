package org.ecoscore.score;

import java.util.List;

/**
 * The outcome of one AHP matrix (SPEC §1): the principal eigenvector normalised to sum 1, λmax,
 * CI = (λmax − n)/(n − 1), CR = CI/RI (NaN when RI = 0, i.e. n ≤ 2).
 */
public record AhpResult(String parent, List<String> children, double[] weights, double lambdaMax, double ci,
                        double cr) {
    public AhpResult {
        children = List.copyOf(children);
    }
}
