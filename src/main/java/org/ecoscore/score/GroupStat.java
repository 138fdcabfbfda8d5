package org.ecoscore.score;

/**
 * One group's statistics for one node's firm scores: grouping is {@code region}, {@code community},
 * {@code industry} or {@code size}; 95% CI by the t distribution with n − 1 degrees of freedom (NaN when
 * n &lt; 2).
 */
public record GroupStat(String grouping, String group, String code, int n, double mean, double sd,
                        double ciLow, double ciHigh) {
}
