package org.ecoscore.result;

import java.util.List;
import org.ecoscore.core.Level;

/**
 * What changed since the baseline (SPEC §7): at each level, the units present in both runs with every
 * comparable node's score then and now, its rank then and now (among all units of each run) and, for regions,
 * the p-value of Welch's test of the region's firm scores; the nation's means over all firms and over the
 * firms present in both runs with the Welch and paired p-values; the units present in one run only.
 *
 * @param firm           the firm level (null when either run has no firm level)
 * @param region         the region level (null when either run has no regions)
 * @param nation         per comparable firm-level node
 * @param newFirms       the ids of this run's firms the baseline did not have, in unit order
 * @param droppedFirms   the ids of the baseline's firms this run does not have, in the baseline's order
 * @param newRegions     this run's regions the baseline did not have
 * @param droppedRegions the baseline's regions this run does not have
 * @param idlessFirms    how many of the new and dropped firms have no id to match by (an id this run made up,
 *                       FILE#ROW, or one the baseline marks unmatchable): listed as new or dropped whatever they are
 */
public record Changes(LevelChange firm, LevelChange region, List<NationChange> nation, List<String> newFirms,
                      List<String> droppedFirms, List<String> newRegions, List<String> droppedRegions,
                      int idlessFirms) {
    public Changes {
        nation = List.copyOf(nation);
        newFirms = List.copyOf(newFirms);
        droppedFirms = List.copyOf(droppedFirms);
        newRegions = List.copyOf(newRegions);
        droppedRegions = List.copyOf(droppedRegions);
    }

    /**
     * True when both runs hold the same units and every comparable score of every one of them is exactly the
     * baseline's (at least one compared): what scoring a batch against its own earlier run gives.
     */
    public boolean noneChanged() {
        if (!newFirms.isEmpty() || !droppedFirms.isEmpty() || !newRegions.isEmpty() || !droppedRegions.isEmpty()) {
            return false;
        }
        int compared = 0;
        for (LevelChange lc : new LevelChange[] {firm, region}) {
            if (lc == null) continue;
            for (int i = 0; i < lc.nodes().length; i++) {
                for (int k = 0; k < lc.pairs(); k++) {
                    double then = lc.baseline()[i][k];
                    double now = lc.current()[i][k];
                    if (Double.isNaN(then) != Double.isNaN(now)) return false;
                    if (Double.isNaN(now)) continue;
                    if (now != then) return false;
                    compared++;
                }
            }
        }
        return compared > 0;
    }

    /** Firms present in both runs. */
    public int firmsInBoth() {
        return firm == null ? 0 : firm.pairs();
    }

    /** The nation's row of a node, or null. */
    public NationChange nation(String node) {
        for (NationChange n : nation) if (n.node().equals(node)) return n;
        return null;
    }

    /**
     * One level's units present in both runs ({@code pairs()} of them, in this run's unit order) × its
     * comparable nodes.
     *
     * @param level        firm or region
     * @param nodes        the comparable node codes, in the level tree's order
     * @param units        per pair: the unit as named in this run (firm id, region name)
     * @param currentUnit  per pair: its unit index in this run's {@code LevelScores}
     * @param baselineUnit per pair: its position among the baseline's units
     * @param pairOfUnit   per unit of this run: its pair, -1 when it is not in the baseline
     * @param baseline     [node][pair] the baseline's score (NaN = missing)
     * @param current      [node][pair] this run's score
     * @param rankBaseline [node][pair] its rank by that node among all the baseline's units (0 = none)
     * @param rankCurrent  [node][pair] its rank by that node among all this run's units
     * @param p            [node][pair] regions: Welch's two-sided p of the region's firm scores (NaN = not tested);
     *                     firms: null
     */
    public record LevelChange(Level level, String[] nodes, String[] units, int[] currentUnit, int[] baselineUnit,
                              int[] pairOfUnit, double[][] baseline, double[][] current, int[][] rankBaseline,
                              int[][] rankCurrent, double[][] p) {
        public int pairs() {
            return units.length;
        }

        /** The position of a node code among {@link #nodes}, -1 when not comparable. */
        public int node(String code) {
            for (int i = 0; i < nodes.length; i++) if (nodes[i].equals(code)) return i;
            return -1;
        }

        /** current − baseline (NaN when either is missing). */
        public double change(int node, int pair) {
            return current[node][pair] - baseline[node][pair];
        }

        /** The baseline's score of a node for this run's unit, NaN when not comparable or not in the baseline. */
        public double baselineOf(String code, int unit) {
            int i = node(code);
            int k = unit < 0 || unit >= pairOfUnit.length ? -1 : pairOfUnit[unit];
            return i < 0 || k < 0 ? Double.NaN : baseline[i][k];
        }

        /** The p-value of a node's change for this run's unit, NaN when none. */
        public double pOf(String code, int unit) {
            int i = node(code);
            int k = unit < 0 || unit >= pairOfUnit.length ? -1 : pairOfUnit[unit];
            return p == null || i < 0 || k < 0 ? Double.NaN : p[i][k];
        }
    }

    /**
     * The nation's change of a firm-level node.
     *
     * @param node            the node code
     * @param baselineAll     mean over the baseline's firms with a score
     * @param currentAll      mean over this run's firms with a score
     * @param nBaseline       the baseline's firms with a score
     * @param nCurrent        this run's firms with a score
     * @param pWelch          Welch's two-sided p, all firms of each run
     * @param baselineMatched mean then over the firms present in both runs with a score in both
     * @param currentMatched  mean now over those firms
     * @param nMatched        those firms
     * @param pPaired         the paired t-test's two-sided p over those firms
     */
    public record NationChange(String node, double baselineAll, double currentAll, int nBaseline, int nCurrent,
                               double pWelch, double baselineMatched, double currentMatched, int nMatched,
                               double pPaired) {
        public double changeAll() {
            return currentAll - baselineAll;
        }

        public double changeMatched() {
            return currentMatched - baselineMatched;
        }
    }
}
