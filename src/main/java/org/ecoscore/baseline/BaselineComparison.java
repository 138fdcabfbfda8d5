package org.ecoscore.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.ItemDefinitions;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.result.BaselineUse;
import org.ecoscore.score.NormalisationBound;
import org.ecoscore.score.Scorer;
import org.ecoscore.score.Yardstick;

/**
 * This run's framework against a baseline's (SPEC §7): a node is comparable when its subtree holds the same
 * items with the same definitions (question set, scales, goalposts, reverse flags, transform, framework
 * weights, aggregation) at that level; and the yardstick taken from the baseline: the bounds of each
 * number/percent question without goalposts whose definition is unchanged, and — when this run's weights come
 * from the data — the baseline's weights in force of the children of comparable nodes.
 */
public final class BaselineComparison {
    private static final List<String> COLUMNS = ItemDefinitions.COLUMNS.subList(1, ItemDefinitions.COLUMNS.size());

    /** The comparison's outcome: what to show, and the yardstick to score with (null with --yardstick current). */
    public record Outcome(BaselineUse use, Yardstick yardstick) {
    }

    private BaselineComparison() {
    }

    public static Outcome of(Framework framework, Baseline b, Options options) {
        List<BaselineUse.NotComparable> not = new ArrayList<>();
        Map<String, Boolean> comparable = new HashMap<>();
        int nodes = 0;
        for (Level level : Level.values()) {
            LevelTree tree = framework.tree(level);
            Map<String, String[]> mine = new HashMap<>();
            for (String[] row : ItemDefinitions.rows(tree)) mine.put(row[1], Arrays.copyOfRange(row, 1, row.length));
            for (int i : tree.nodeItems()) {
                TreeItem node = tree.item(i);
                String reason = reason(level, tree, node, mine, b);
                comparable.put(level.id() + ":" + node.code(), reason == null);
                if (reason == null) nodes++;
                else not.add(new BaselineUse.NotComparable(level.id(), node.code(), reason));
            }
        }
        boolean baselineYardstick = options.yardstick() == Options.YardstickChoice.BASELINE;
        Map<String, double[]> bounds = new HashMap<>();
        if (baselineYardstick) {
            for (var q : framework.questions()) {
                String key = q.source().id() + ":" + q.code();
                double[] lohi = b.bounds().get(key);
                String[] then = b.items().get(key);
                LevelTree tree = framework.tree(q.source());
                int at = tree.indexOf(q.code());
                if (lohi == null || then == null || at < 0 || q.hasGoalposts()) continue;
                if (Arrays.equals(then, definition(tree, tree.item(at)))) bounds.put(Yardstick.key(q.source(), q.code()),
                        lohi);
            }
        }
        Map<Level, Map<String, Double>> weights = new HashMap<>();
        if (baselineYardstick && Scorer.dataDriven(options.weights())) {
            for (Level level : Level.values()) {
                LevelTree tree = framework.tree(level);
                Map<String, Double> w = new HashMap<>();
                for (TreeItem it : tree.items()) {
                    if (it.parent() < 0) continue;
                    String parent = tree.item(it.parent()).code();
                    Double then = b.weights().get(level.id() + ":" + it.code());
                    if (then != null && comparable.getOrDefault(level.id() + ":" + parent, false)) w.put(it.code(), then);
                }
                weights.put(level, w);
            }
        }
        Yardstick y = baselineYardstick ? new Yardstick(NormalisationBound.BASELINE, bounds, weights) : null;
        BaselineUse use = new BaselineUse(b.source(), b.kind(), b.toolVersion(), b.frameworkName(), b.fingerprint(),
                b.fingerprint().equals(framework.fingerprint()), options.yardstick().id(), nodes, not, bounds.size());
        return new Outcome(use, y);
    }

    /**
     * The baseline's weighting method when this run asks for data-driven weights under the baseline's yardstick
     * and the baseline was weighted another way: the run then uses the baseline's weights in force (SPEC §7),
     * which are not the method asked for — worth a warning. Empty otherwise.
     */
    public static java.util.Optional<String> weightsNotFromThisRun(Baseline b, Options options) {
        if (options.yardstick() != Options.YardstickChoice.BASELINE || !Scorer.dataDriven(options.weights())) {
            return java.util.Optional.empty();
        }
        String then = b.weightsMethod() == null ? "" : b.weightsMethod();
        return then.equals(options.weights().id()) ? java.util.Optional.empty() : java.util.Optional.of(then);
    }

    private static String[] definition(LevelTree tree, TreeItem it) {
        for (String[] row : ItemDefinitions.rows(tree)) {
            if (row[1].equals(it.code())) return Arrays.copyOfRange(row, 1, row.length);
        }
        return null;
    }

    /** Why the node cannot be compared, or null when it can. */
    private static String reason(Level level, LevelTree tree, TreeItem node, Map<String, String[]> mine, Baseline b) {
        String prefix = level.id() + ":";
        if (!b.items().containsKey(prefix + node.code())) return "not in the baseline's framework";
        List<String> now = new ArrayList<>();
        collect(tree, node.index(), now);
        List<String> then = new ArrayList<>();
        collectBaseline(b, prefix, node.code(), then);
        for (String c : now) {
            if (!then.contains(c)) return c + " is new (not in the baseline)";
        }
        for (String c : then) {
            if (!now.contains(c)) return c + " was in the baseline and is no longer";
        }
        for (String c : now) {
            String[] a = b.items().get(prefix + c);
            String[] m = mine.get(c);
            if (c.equals(node.code())) {
                // the node's own weight is its parent's business; its aggregation is its own
                if (!a[4].equals(m[4])) return c + " aggregation: " + a[4] + " then, " + m[4] + " now";
                continue;
            }
            for (int k = 1; k < COLUMNS.size(); k++) {
                if (!a[k].equals(m[k])) {
                    return c + " " + COLUMNS.get(k) + ": " + shown(a[k]) + " then, " + shown(m[k]) + " now";
                }
            }
        }
        return null;
    }

    private static String shown(String v) {
        return v.isEmpty() ? "blank" : v;
    }

    private static void collect(LevelTree tree, int i, List<String> out) {
        out.add(tree.item(i).code());
        for (int c : tree.item(i).children()) collect(tree, c, out);
    }

    private static void collectBaseline(Baseline b, String prefix, String code, List<String> out) {
        out.add(code);
        for (var e : b.items().entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getValue()[1].equals(code)) {
                collectBaseline(b, prefix, e.getValue()[0], out);
            }
        }
    }
}
