package org.ecoscore.score;

import org.ecoscore.core.Level;

/** Per node and level: n units with a score, mean and sample SD of the score. */
public record NodeStat(Level level, String code, int n, double mean, double sd) {
}
