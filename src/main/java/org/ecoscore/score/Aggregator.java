package org.ecoscore.score;

import org.ecoscore.framework.Aggregation;

/** SPEC §4.3: one node's score from its present children's scores and the weights in force. */
public final class Aggregator {
    private Aggregator() {
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
        for (int c = 0; c < weights.length; c++) {
            all += weights[c];
            if (Double.isNaN(scores[c])) continue;
            answered += weights[c];
            sum += aggregation == Aggregation.GEOMETRIC
                    ? weights[c] * Math.log(Math.max(scores[c], 1))
                    : weights[c] * scores[c];
        }
        if (answered < coverage * all || answered <= 0) return Double.NaN;
        double mean = sum / answered;
        return aggregation == Aggregation.GEOMETRIC ? Math.exp(mean) : mean;
    }
}
