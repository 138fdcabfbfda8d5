package org.ecoscore.score;

import org.ecoscore.core.Level;

/**
 * The bounds in force for one {@code number}/{@code percent} question (SPEC §4.1, §5 normalisation.csv), in the
 * question's raw answer units as goalposts are written in questions.csv (a {@code transform=log} question, or
 * one that {@code --treat-outliers} put on a log scale, is normalised on ln(1 + lo) … ln(1 + hi)).
 *
 * @param level   the question's source level: firm questions are normalised over the scored firms, region
 *                questions over the scored region questionnaires
 * @param lo      lower bound, NaN when no unit answered (no batch bounds)
 * @param hi      upper bound, NaN likewise
 * @param source  {@code goalposts}, {@code batch}, {@code baseline} or {@code pooled}
 * @param clamped answers beyond the bounds, scored as 0 or 100 (SPEC §7 counts them under a frozen yardstick)
 */
public record NormalisationBound(Level level, String code, double lo, double hi, String source, int clamped) {
    public static final String GOALPOSTS = "goalposts";
    public static final String BATCH = "batch";
    public static final String BASELINE = "baseline";
    public static final String POOLED = "pooled";
}
