package org.ecoscore.score;

import org.ecoscore.core.Level;

/**
 * indicators.csv: per question and level, over the level's scored units. At the firm level n/missing/
 * invalid count scored firms; at the region level, firm questions count the regions that have a value and
 * raw statistics are over the regions' scored firms' answers pooled; region questions count scored region
 * questionnaires. {@code missing} leaves out the declared missing answers (missing.csv), which are
 * {@code declaredMissing}: n + missing + invalid + declaredMissing = the units counted (at the region level
 * firm questions have no declared missing answers of their own: a region without a value is missing).
 */
public record QuestionStat(Level level, String code, int n, int missing, int invalid, double meanRaw,
                           double sdRaw, double meanScore, int declaredMissing) {
    /** A statistic without declared missing answers. */
    public QuestionStat(Level level, String code, int n, int missing, int invalid, double meanRaw, double sdRaw,
                        double meanScore) {
        this(level, code, n, missing, invalid, meanRaw, sdRaw, meanScore, 0);
    }
}
