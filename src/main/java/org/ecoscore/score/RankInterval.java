package org.ecoscore.score;

/**
 * One unit's ranks over the Monte Carlo runs of {@link UncertaintyAnalysis}.
 *
 * @param unitId  the unit's id as in {@link LevelScores#unitIds()}
 * @param nominal the rank of the run as configured ({@link LevelScores#rank()}), 0 = no rank
 * @param median  median rank over the runs in which the unit had a rank (mean of the two middle ranks when
 *                their number is even); NaN when it never had one
 * @param p05     5th percentile rank (nearest-rank method), 0 when it never had a rank
 * @param p95     95th percentile rank (nearest-rank method), 0 when it never had a rank
 */
public record RankInterval(String unitId, int nominal, double median, int p05, int p95) {
}
