package org.ecoscore.score;

import java.util.List;

/**
 * The outcome of {@code --uncertainty N} ({@link UncertaintyAnalysis}).
 *
 * @param firms   per scored firm, in {@link LevelScores#unitIds()} order of the firm level
 * @param regions per region, in {@link LevelScores#unitIds()} order of the region level
 * @param runs    the number of Monte Carlo runs N
 * @param seed    the seed ({@code --seed}) the runs were drawn from
 */
public record UncertaintyResult(List<RankInterval> firms, List<RankInterval> regions, int runs, long seed) {
    public UncertaintyResult {
        firms = List.copyOf(firms);
        regions = List.copyOf(regions);
    }
}
