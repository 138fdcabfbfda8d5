package org.ecoscore.report;

import java.util.Arrays;
import java.util.Comparator;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.GroupStat;
import org.ecoscore.score.LevelScores;

/**
 * The regions the Summary's highlights, its top-five and bottom-five tables and the console's "Top regions" lead
 * with — one rule for all three: the ranked regions resting on at least {@value #FEW_FIRMS} firms when two or
 * more of them do and some region rests on fewer (a region of one or two firms should not lead the report);
 * else every ranked region. The ranks themselves are the ranks among all regions (SPEC ranks every region; the
 * Regions sheet shows them all).
 *
 * @param units      the region units to lead with, best first
 * @param solidOnly  true when {@code units} leave out the regions resting on fewer firms
 * @param ranked     how many regions have a rank
 * @param few        how many ranked regions rest on fewer than {@value #FEW_FIRMS} firms
 */
public record LeadingRegions(int[] units, boolean solidOnly, int ranked, int few) {
    /** A region whose index rests on fewer firms than this is marked, and left out of the leading list. */
    public static final int FEW_FIRMS = 5;

    /** The Summary's top and bottom tables hold at most this many regions each. */
    public static final int TABLE = 5;

    /**
     * The Summary's top table: the first {@value #TABLE} of {@link #units} when ten or more lead (the bottom table
     * then holds the last {@value #TABLE}); with six to nine, the better half (rounded up) so that the two tables
     * never share a region; with five or fewer, all of them in one table (a "bottom five" of five would repeat the
     * top five). Best first. The console's "Top regions" line takes the first three of these.
     */
    public int[] top() {
        int n = units.length;
        return Arrays.copyOf(units, n <= TABLE ? n : Math.min(TABLE, (n + 1) / 2));
    }

    /**
     * The Summary's bottom table, worst first: the regions of {@link #units} after {@link #top} (at most
     * {@value #TABLE}, the last ones); empty when every leading region is in the top table.
     */
    public int[] bottom() {
        int n = units.length;
        int k = n <= TABLE ? 0 : n - top().length < TABLE ? n - top().length : TABLE;
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = units[n - 1 - i];
        return out;
    }

    /** The leading regions of a run (none when it scored no region). */
    public static LeadingRegions of(RunResult r) {
        LevelScores region = r.scores() == null ? null : r.scores().region();
        if (region == null) return new LeadingRegions(new int[0], false, 0, 0);
        int[] rank = region.rank();
        int[] ranked = java.util.stream.IntStream.range(0, region.units()).filter(u -> rank[u] > 0).boxed()
                .sorted(Comparator.comparingInt((Integer u) -> rank[u]).thenComparingInt(u -> u))
                .mapToInt(Integer::intValue).toArray();
        int[] solid = Arrays.stream(ranked).filter(u -> !fewFirms(r, u)).toArray();
        int few = ranked.length - solid.length;
        boolean solidOnly = few > 0 && solid.length >= 2;
        return new LeadingRegions(solidOnly ? solid : ranked, solidOnly, ranked.length, few);
    }

    /**
     * The number of firms region unit {@code u}'s index and CI rest on: n of its root group statistic when
     * computed, else the firms scored in the region; -1 when unknown (no firm level).
     */
    static int firms(RunResult r, int u) {
        LevelScores region = r.scores().region();
        if (r.statistics() != null) {
            String name = region.unitIds()[u];
            String root = r.framework().root().code();
            for (GroupStat g : r.statistics().groups()) {
                if (g.grouping().equals("region") && g.code().equals(root) && g.group().equals(name)) return g.n();
            }
        }
        return region.firmCounts() == null ? -1 : region.firmCounts()[u];
    }

    /** True when region unit {@code u}'s index rests on fewer than {@value #FEW_FIRMS} firms. */
    static boolean fewFirms(RunResult r, int u) {
        int n = firms(r, u);
        return n >= 0 && n < FEW_FIRMS;
    }
}
