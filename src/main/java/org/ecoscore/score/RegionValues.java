package org.ecoscore.score;

import java.util.Arrays;

/** SPEC §4.2: a question's value per region from the scores of its firms or of its region questionnaire. */
public final class RegionValues {
    private RegionValues() {
    }

    /** Mean of n over the region's scored firms that answered; NaN when none did. */
    public static double[] firmQuestion(double[] firmScores, RegionUnits units) {
        double[] out = new double[units.size()];
        for (int r = 0; r < out.length; r++) {
            double sum = 0;
            int n = 0;
            if (firmScores != null) {
                for (int u : units.firms()[r]) {
                    if (Double.isNaN(firmScores[u])) continue;
                    sum += firmScores[u];
                    n++;
                }
            }
            out[r] = n == 0 ? Double.NaN : sum / n;
        }
        return out;
    }

    /** The n of the region's scored region questionnaire (normalised over all scored ones); NaN when none. */
    public static double[] regionQuestion(double[] questionnaireScores, RegionUnits units) {
        double[] out = new double[units.size()];
        Arrays.fill(out, Double.NaN);
        if (questionnaireScores == null) return out;
        for (int r = 0; r < out.length; r++) {
            int u = units.questionnaireUnit()[r];
            if (u >= 0) out[r] = questionnaireScores[u];
        }
        return out;
    }
}
