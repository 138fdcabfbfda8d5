package org.ecoscore.score;

import org.ecoscore.framework.Aggregation;

/** SPEC §4.3: one node's score from its present children's scores and the weights in force. */
public final class Aggregator {
    /**
     * Relative slack on the node-coverage comparison: weights that are mathematically at the threshold (AHP
     * eigenvector components such as 0.4 + 0.4 of 1, decimal weights such as 0.7 + 0.1 of 0.8) come out of
     * floating point a few ulps short, and a tie is "not below" (SPEC §4.3).
     */
    private static final double TIE_SLACK = 1e-12;

    private Aggregator() {
    }

    /**
     * SPEC §4.3's node coverage test, shared by every composite (aggregation, TOPSIS): true when the answered
     * weight Σ_A w is below coverage · Σ_present w, or nothing is answered. A tie counts as covered even when
     * the weights in force (an AHP eigenvector, decimal weights) land a few ulps short of it.
     */
    static boolean belowCoverage(double answered, double all, double coverage) {
        return answered <= 0 || answered < coverage * all * (1 - TIE_SLACK);
    }

    /**
     * @param weights  raw weights in force of the present children (any common scale)
     * @param scores   the children's scores, NaN = missing
     * @param coverage {@code --node-coverage}
     * @return the node's score, NaN when Σ_A w &lt; coverage·Σ_present w (or no child with weight has a score)
     */
    public static double aggregate(double[] weights, double[] scores, Aggregation aggregation, double coverage) {
        double all = 0;
        double answered = 0;
        double sum = 0;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < weights.length; c++) {
            all += weights[c];
            if (Double.isNaN(scores[c])) continue;
            answered += weights[c];
            double s = aggregation == Aggregation.GEOMETRIC ? Math.max(scores[c], 1) : scores[c];
            sum += aggregation == Aggregation.GEOMETRIC ? weights[c] * Math.log(s) : weights[c] * s;
            if (weights[c] > 0) {
                low = Math.min(low, s);
                high = Math.max(high, s);
            }
        }
        if (belowCoverage(answered, all, coverage)) return Double.NaN;
        double mean = sum / answered;
        double value = aggregation == Aggregation.GEOMETRIC ? Math.exp(mean) : mean;
        return withinChildren(value, low, high);
    }

    /**
     * A weighted mean lies between its smallest and largest term; floating point can put it an ulp outside
     * (weights summing to 1 ± ulp, exp(log 100) = 100.00000000000001), which would print a score above 100.
     * The value is held to the range of the children it averages.
     */
    static double withinChildren(double value, double low, double high) {
        if (!(low <= high)) return value;
        return Math.min(high, Math.max(low, value));
    }
}
