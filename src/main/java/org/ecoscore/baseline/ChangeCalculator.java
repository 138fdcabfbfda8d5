package org.ecoscore.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options.DuplicatePolicy;
import org.ecoscore.core.Text;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.input.ResponseTable;
import org.ecoscore.result.BaselineUse;
import org.ecoscore.result.Changes;
import org.ecoscore.score.ChangeTests;
import org.ecoscore.score.LevelScores;
import org.ecoscore.score.Ranker;
import org.ecoscore.score.Scores;
import org.ecoscore.screen.Screened;

/**
 * This run's scores against the baseline's (SPEC §7): firms matched by normalised id (an id the baseline or
 * this run made up, {@code FILE#ROW}, matches nothing; an id present twice in a run follows
 * {@code --duplicates}: the last or first copy, or — reject — none), regions by GB/T 2260 code when both runs
 * know it, else by canonical name; every comparable node; ranks among all units of each run; Welch's test per
 * region on its firm scores of the node (when the node is comparable at the firm level too); the nation's
 * Welch test over all firms and paired test over the firms in both runs. Reads nothing, writes nothing.
 */
public final class ChangeCalculator {
    private ChangeCalculator() {
    }

    public static Changes of(Baseline b, BaselineUse use, Scores scores, Screened firms, DuplicatePolicy policy) {
        Set<String> not = new HashSet<>();
        for (BaselineUse.NotComparable n : use.notComparable()) not.add(n.level() + ":" + n.code());
        LevelScores fl = scores.firm();
        LevelScores rl = scores.region();
        Changes.LevelChange firm = null;
        List<String> newFirms = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        int idless = 0;
        if (fl != null && fl.units() > 0 || b.firms().size() > 0) {
            String[] keys = fl == null ? new String[0] : firmKeys(fl, firms);
            String[] thenKeys = new String[b.firms().size()];
            for (int k = 0; k < thenKeys.length; k++) {
                thenKeys[k] = b.firms().matchable()[k] ? Text.normalise(b.firms().ids()[k]) : null;
            }
            int[][] pairs = match(keys, thenKeys, policy);
            for (int u = 0; u < keys.length; u++) {
                if (pairs[0][u] >= 0) continue;
                newFirms.add(fl.unitIds()[u]);
                if (keys[u] == null) idless++;
            }
            for (int k = 0; k < thenKeys.length; k++) {
                if (pairs[1][k] >= 0) continue;
                dropped.add(b.firms().ids()[k]);
                if (thenKeys[k] == null) idless++;
            }
            if (fl != null) firm = level(fl, b.firms(), pairs, comparable(fl, b.firms(), not), null);
        }
        Changes.LevelChange region = null;
        List<String> newRegions = new ArrayList<>();
        List<String> droppedRegions = new ArrayList<>();
        if (rl != null) {
            BaselineUnits then = b.regions();
            int[][] pairs = matchRegions(rl, then);
            for (int u = 0; u < rl.units(); u++) if (pairs[0][u] < 0) newRegions.add(rl.unitIds()[u]);
            for (int k = 0; k < then.size(); k++) if (pairs[1][k] < 0) droppedRegions.add(then.ids()[k]);
            String[] nodes = comparable(rl, then, not);
            region = level(rl, then, pairs, nodes, welch(nodes, fl, firms, rl, b, pairs, not));
        }
        List<Changes.NationChange> nation = new ArrayList<>();
        if (firm != null) {
            for (String code : firm.nodes()) nation.add(nation(code, fl, b.firms(), firm));
        }
        return new Changes(firm, region, nation, newFirms, dropped, newRegions, droppedRegions, idless);
    }

    /** The normalised id of each firm unit; null for an id this run made up ({@code FILE#ROW}). */
    private static String[] firmKeys(LevelScores fl, Screened s) {
        String[] keys = new String[fl.units()];
        ResponseTable t = s == null ? null : s.table();
        for (int u = 0; u < keys.length; u++) {
            String id = fl.unitIds()[u];
            int row = fl.unitRows()[u];
            boolean madeUp = t != null && id.equals(t.fileOf(row).display() + "#" + t.rowNumber(row));
            keys[u] = madeUp || id.isEmpty() ? null : Text.normalise(id);
        }
        return keys;
    }

    /**
     * {now→then, then→now} positions (-1 = unmatched) of two key lists (null keys match nothing); a key
     * present twice on one side keeps the copy {@code policy} keeps, or none with reject.
     */
    static int[][] match(String[] now, String[] then, DuplicatePolicy policy) {
        Map<String, Integer> a = index(now, policy);
        Map<String, Integer> b = index(then, policy);
        int[] nowToThen = new int[now.length];
        int[] thenToNow = new int[then.length];
        Arrays.fill(nowToThen, -1);
        Arrays.fill(thenToNow, -1);
        for (var e : a.entrySet()) {
            Integer k = b.get(e.getKey());
            if (k == null || e.getValue() < 0 || k < 0) continue;
            nowToThen[e.getValue()] = k;
            thenToNow[k] = e.getValue();
        }
        return new int[][] {nowToThen, thenToNow};
    }

    private static Map<String, Integer> index(String[] keys, DuplicatePolicy policy) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            if (k == null) continue;
            Integer had = m.get(k);
            if (had == null) m.put(k, i);
            else if (policy == DuplicatePolicy.REJECT) m.put(k, -1);
            else if (policy == DuplicatePolicy.KEEP_LAST && had >= 0) m.put(k, i);
        }
        return m;
    }

    /** Regions by code when both runs know it, else by name. */
    private static int[][] matchRegions(LevelScores rl, BaselineUnits then) {
        int[] nowToThen = new int[rl.units()];
        int[] thenToNow = new int[then.size()];
        Arrays.fill(nowToThen, -1);
        Arrays.fill(thenToNow, -1);
        Map<String, Integer> byCode = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        for (int k = 0; k < then.size(); k++) {
            if (!then.regions()[k].isEmpty()) byCode.putIfAbsent(then.regions()[k], k);
            byName.putIfAbsent(then.ids()[k], k);
        }
        for (int u = 0; u < rl.units(); u++) {
            String code = rl.unitCodes()[u] == null ? "" : rl.unitCodes()[u];
            Integer k = code.isEmpty() ? null : byCode.get(code);
            if (k == null) {
                k = byName.get(rl.unitIds()[u]);
                if (k != null && !code.isEmpty() && !then.regions()[k].isEmpty()) k = null; // two different codes
            }
            if (k == null || thenToNow[k] >= 0) continue;
            nowToThen[u] = k;
            thenToNow[k] = u;
        }
        return new int[][] {nowToThen, thenToNow};
    }

    /** The nodes of this level that are comparable and scored in the baseline's table, in tree order. */
    private static String[] comparable(LevelScores ls, BaselineUnits then, Set<String> not) {
        LevelTree tree = ls.tree();
        List<String> out = new ArrayList<>();
        for (int i : tree.nodeItems()) {
            String code = tree.item(i).code();
            if (!not.contains(ls.level().id() + ":" + code) && then.scores().containsKey(code)) out.add(code);
        }
        return out.toArray(String[]::new);
    }

    private static Changes.LevelChange level(LevelScores ls, BaselineUnits then, int[][] pairs, String[] nodes,
                                             double[][] p) {
        int n = 0;
        for (int k : pairs[0]) if (k >= 0) n++;
        String[] units = new String[n];
        int[] cur = new int[n];
        int[] base = new int[n];
        int[] pairOf = new int[ls.units()];
        Arrays.fill(pairOf, -1);
        int j = 0;
        for (int u = 0; u < ls.units(); u++) {
            if (pairs[0][u] < 0) continue;
            units[j] = ls.unitIds()[u];
            cur[j] = u;
            base[j] = pairs[0][u];
            pairOf[u] = j++;
        }
        double[][] bs = new double[nodes.length][n];
        double[][] cs = new double[nodes.length][n];
        int[][] rb = new int[nodes.length][n];
        int[][] rc = new int[nodes.length][n];
        // the nodes' ranks then and now (two sorts of every unit each) on both cores: independent per node
        int matched = n;
        java.util.stream.IntStream.range(0, nodes.length).parallel().forEach(i -> {
            double[] thenScores = then.scores().get(nodes[i]);
            double[] nowScores = ls.scores()[ls.tree().indexOf(nodes[i])];
            int[] rankThen = Ranker.rank(thenScores);
            int[] rankNow = Ranker.rank(nowScores);
            for (int k = 0; k < matched; k++) {
                bs[i][k] = thenScores[base[k]];
                cs[i][k] = nowScores[cur[k]];
                rb[i][k] = rankThen[base[k]];
                rc[i][k] = rankNow[cur[k]];
            }
        });
        double[][] pv = p == null ? null : new double[nodes.length][];
        if (p != null) {
            for (int i = 0; i < nodes.length; i++) {
                pv[i] = new double[n];
                for (int k = 0; k < n; k++) pv[i][k] = p[i][cur[k]];
            }
        }
        return new Changes.LevelChange(ls.level(), nodes, units, cur, base, pairOf, bs, cs, rb, rc, pv);
    }

    /**
     * [node][region unit of this run]: Welch's p of the region's firm scores of the node, then and now; NaN
     * when the node is not comparable at the firm level, the region is not in the baseline, or either run has
     * fewer than 2 such firms.
     */
    private static double[][] welch(String[] nodes, LevelScores fl, Screened firms, LevelScores rl, Baseline b,
                                    int[][] regionPairs, Set<String> not) {
        double[][] p = new double[nodes.length][rl.units()];
        for (double[] row : p) Arrays.fill(row, Double.NaN);
        if (fl == null || firms == null) return p;
        // this run's firms per region unit
        Map<String, Integer> regionOf = new HashMap<>();
        for (int u = 0; u < rl.units(); u++) regionOf.put(rl.unitIds()[u], u);
        List<List<Integer>> nowFirms = groups(rl.units());
        for (int f = 0; f < fl.units(); f++) {
            Integer u = regionOf.get(firms.regionName()[fl.unitRows()[f]]);
            if (u != null) nowFirms.get(u).add(f);
        }
        // the baseline's firms per baseline region (by the region as the baseline wrote it)
        BaselineUnits then = b.regions();
        Map<String, Integer> thenRegionOf = new HashMap<>();
        for (int k = 0; k < then.size(); k++) thenRegionOf.putIfAbsent(then.ids()[k], k);
        List<List<Integer>> thenFirms = groups(then.size());
        BaselineUnits bf = b.firms();
        for (int f = 0; f < bf.size(); f++) {
            Integer k = thenRegionOf.get(bf.regions()[f]);
            if (k != null) thenFirms.get(k).add(f);
        }
        for (int i = 0; i < nodes.length; i++) {
            int at = fl.tree().indexOf(nodes[i]);
            double[] thenScores = bf.scores().get(nodes[i]);
            if (at < 0 || thenScores == null || not.contains("firm:" + nodes[i])) continue;
            double[] nowScores = fl.scores()[at];
            for (int u = 0; u < rl.units(); u++) {
                int k = regionPairs[0][u];
                if (k < 0) continue;
                p[i][u] = ChangeTests.welch(pick(thenScores, thenFirms.get(k)), pick(nowScores, nowFirms.get(u)));
            }
        }
        return p;
    }

    private static List<List<Integer>> groups(int n) {
        List<List<Integer>> g = new ArrayList<>(n);
        for (int i = 0; i < n; i++) g.add(new ArrayList<>());
        return g;
    }

    private static double[] pick(double[] v, List<Integer> at) {
        double[] out = new double[at.size()];
        for (int i = 0; i < out.length; i++) out[i] = v[at.get(i)];
        return out;
    }

    private static Changes.NationChange nation(String code, LevelScores fl, BaselineUnits then, Changes.LevelChange fc) {
        double[] all = fl.scores()[fl.tree().indexOf(code)];
        double[] thenAll = then.scores().get(code);
        int i = fc.node(code);
        double[] a = fc.baseline()[i];
        double[] c = fc.current()[i];
        double sa = 0;
        double sc = 0;
        int n = 0;
        for (int k = 0; k < a.length; k++) {
            if (Double.isNaN(a[k]) || Double.isNaN(c[k])) continue;
            sa += a[k];
            sc += c[k];
            n++;
        }
        return new Changes.NationChange(code, ChangeTests.mean(thenAll), ChangeTests.mean(all),
                ChangeTests.present(thenAll).length, ChangeTests.present(all).length,
                ChangeTests.welch(thenAll, all), n == 0 ? Double.NaN : sa / n, n == 0 ? Double.NaN : sc / n, n,
                ChangeTests.paired(a, c));
    }
}
