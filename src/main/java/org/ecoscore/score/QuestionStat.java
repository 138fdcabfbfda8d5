package org.ecoscore.score;

import org.ecoscore.core.Level;

/**
 * indicators.csv: per question and level, over the level's scored units. At the firm level n/missing/
 * invalid count scored firms; at the region level, firm questions count the regions that have a value and
 * raw statistics are over the regions' scored firms' answers pooled; region questions count scored region
 * questionnaires.
 */
public record QuestionStat(Level level, String code, int n, int missing, int invalid, double meanRaw,
                           double sdRaw, double meanScore) {
}
