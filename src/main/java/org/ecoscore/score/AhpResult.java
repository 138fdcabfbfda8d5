package org.ecoscore.score;

import java.util.List;

/**
 * The outcome of a parent's AHP matrix or panel of experts' matrices (SPEC §1, §8): the principal eigenvector
 * of the (aggregate) matrix normalised to sum 1, λmax, CI = (λmax − n)/(n − 1), CR = CI/RI (NaN when RI = 0,
 * i.e. n ≤ 2). With several experts the aggregate is the element-wise geometric mean of the included experts'
 * matrices (AIJ); when {@code --ahp-max-cr} left every expert out there is no aggregate ({@link #hasAggregate}
 * false, weights empty, λmax, CI, CR NaN) and the parent keeps its framework weights.
 *
 * @param experts every expert's own result in name order (one unnamed entry for a single matrix)
 */
public record AhpResult(String parent, List<String> children, double[] weights, double lambdaMax, double ci,
                        double cr, List<AhpExpertResult> experts) {
    public AhpResult {
        children = List.copyOf(children);
        experts = List.copyOf(experts);
    }

    /** A single matrix's result (no panel). */
    public AhpResult(String parent, List<String> children, double[] weights, double lambdaMax, double ci,
                     double cr) {
        this(parent, children, weights, lambdaMax, ci, cr, List.of());
    }

    /** Whether an aggregate (and so AHP weights) exists. */
    public boolean hasAggregate() {
        return weights.length == children.size();
    }

    /** Several named experts (rather than one matrix {@code ahp/PARENT.csv}). */
    public boolean isPanel() {
        return experts.size() > 1 || experts.size() == 1 && !experts.get(0).expert().isEmpty();
    }

    /** The experts that entered the aggregate. */
    public long includedCount() {
        return experts.stream().filter(AhpExpertResult::included).count();
    }
}
