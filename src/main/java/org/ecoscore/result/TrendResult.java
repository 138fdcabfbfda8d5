package org.ecoscore.result;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.score.LevelScores;
import org.ecoscore.score.NormalisationBound;

/**
 * What {@code ecoscore trend} found (SPEC §7): several years scored with one yardstick.
 *
 * @param options     the options in force (inputs: every year's, in year order)
 * @param yardstick   {@code pooled} or {@code base-year}
 * @param bounds      the yardstick's bounds per number/percent question (goalposts included), with the answers
 *                    clamped summed over the years
 * @param weights     the data-driven weights in force by level (item code → local weight); empty when the
 *                    weights do not come from the data
 * @param years       in year order
 */
public record TrendResult(Options options, Framework framework, String toolVersion, Instant started,
                          String yardstick, List<NormalisationBound> bounds, Map<Level, Map<String, Double>> weights,
                          List<Year> years) {
    public TrendResult {
        bounds = List.copyOf(bounds);
        weights = Map.copyOf(weights);
        years = List.copyOf(years);
    }

    public static final String POOLED = "pooled";
    public static final String BASE_YEAR = "base-year";

    /**
     * One year, scored.
     *
     * @param firmInputs   its firm questionnaires, as given
     * @param regionInputs its region questionnaires, as given
     * @param files        both levels' files with their rows read / scored / excluded
     * @param firm         firm-level node scores and ranks
     * @param region       region-level node scores and ranks
     * @param regionScores the region level in full (coupling, firm counts)
     * @param issues       the year's issues (reading, screening, scoring)
     */
    public record Year(int year, List<String> firmInputs, List<String> regionInputs, List<FileRows> files,
                       NodeTable firm, NodeTable region, LevelScores regionScores, IssueLog issues) {
        public Year {
            firmInputs = List.copyOf(firmInputs);
            regionInputs = List.copyOf(regionInputs);
            files = List.copyOf(files);
        }
    }

    /** The calendar years, in order. */
    public int[] calendar() {
        return years.stream().mapToInt(Year::year).toArray();
    }
}
