package org.ecoscore.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecoscore.result.NodeTable;
import org.ecoscore.result.TrendResult;
import org.ecoscore.score.Growth;

/**
 * The regions × years view of a trend: every region present in some year (by canonical name), ordered by the
 * last year's index (highest first; regions without one after, by name), with any node's score per year.
 */
final class TrendTable {
    final TrendResult result;
    final int[] years;
    final List<String> regions;
    final Map<String, String> codes = new HashMap<>();
    private final List<Map<String, Integer>> unitOf = new ArrayList<>();

    TrendTable(TrendResult r) {
        this.result = r;
        this.years = r.calendar();
        Set<String> all = new LinkedHashSet<>();
        for (TrendResult.Year y : r.years()) {
            Map<String, Integer> m = new HashMap<>();
            NodeTable t = y.region();
            for (int u = 0; u < t.size(); u++) {
                m.put(t.units()[u], u);
                all.add(t.units()[u]);
                String c = t.unitCodes()[u];
                if (c != null && !c.isEmpty()) codes.put(t.units()[u], c);
            }
            unitOf.add(m);
        }
        String root = r.framework().root().code();
        int last = years.length - 1;
        List<String> order = new ArrayList<>(all);
        order.sort(Comparator.<String>comparingDouble(g -> {
            double v = score(root, g, last);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : -v;
        }).thenComparing(Comparator.naturalOrder()));
        this.regions = List.copyOf(order);
    }

    /** A region-level node's score of a region in year {@code y} (index into the years), NaN when absent. */
    double score(String node, String region, int y) {
        NodeTable t = result.years().get(y).region();
        Integer u = unitOf.get(y).get(region);
        int k = t.node(node);
        return u == null || k < 0 ? Double.NaN : t.scores()[k][u];
    }

    /** The region's rank by that node in year y, 0 when none. */
    int rank(String node, String region, int y) {
        NodeTable t = result.years().get(y).region();
        Integer u = unitOf.get(y).get(region);
        int k = t.node(node);
        return u == null || k < 0 ? 0 : t.rank()[k][u];
    }

    /**
     * The firms the region's index rests on in year y (its scored firms, as the Regions sheet's n), -1 when the
     * region is absent that year or the count is unknown.
     */
    int firms(String region, int y) {
        Integer u = unitOf.get(y).get(region);
        var scores = result.years().get(y).regionScores();
        if (u == null || scores == null || scores.firmCounts() == null) return -1;
        return scores.firmCounts()[u];
    }

    /** True when the region's index rests on fewer than {@value LeadingRegions#FEW_FIRMS} firms in year y. */
    boolean fewFirms(String region, int y) {
        int n = firms(region, y);
        return n >= 0 && n < LeadingRegions.FEW_FIRMS;
    }

    /** Mean over the year's regions of a node's score (the national mean of regions), NaN when none has one. */
    double national(String node, int y) {
        NodeTable t = result.years().get(y).region();
        int k = t.node(node);
        return k < 0 ? Double.NaN : ReportData.mean(t.scores()[k]);
    }

    /** Mean over the year's scored firms of a firm-level node's score, NaN when none. */
    double firmMean(String node, int y) {
        NodeTable t = result.years().get(y).firm();
        int k = t.node(node);
        return k < 0 ? Double.NaN : ReportData.mean(t.scores()[k]);
    }

    /** Last − first year's score. */
    double change(String node, String region) {
        return score(node, region, years.length - 1) - score(node, region, 0);
    }

    /** The compound annual growth rate first → last year ({@link Growth#cagr}). */
    double cagr(String node, String region) {
        return Growth.cagr(score(node, region, 0), score(node, region, years.length - 1),
                years[years.length - 1] - years[0]);
    }
}
