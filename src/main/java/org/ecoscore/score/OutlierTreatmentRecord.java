package org.ecoscore.score;

/**
 * One question treated by {@code --treat-outliers} ({@link OutlierTreatment}), listed on the Method sheet.
 *
 * @param question   the question's code (firm questions are treated over the scored firms, region questions
 *                   over the scored region questionnaires)
 * @param treatment  {@code "winsorised k"} (k = 1…5 points pulled in), {@code "log"} (normalised on
 *                   ln(1 + x)), or {@code "untreated: negative values"} (log impossible, left as it was)
 * @param skewBefore skewness g1 of the answers before treatment
 * @param kurtBefore excess kurtosis of the answers before treatment
 * @param skewAfter  skewness after treatment (as before when untreated)
 * @param kurtAfter  excess kurtosis after treatment (as before when untreated)
 */
public record OutlierTreatmentRecord(String question, String treatment, double skewBefore, double kurtBefore,
                                     double skewAfter, double kurtAfter) {
}
