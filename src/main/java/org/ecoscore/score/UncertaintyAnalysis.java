package org.ecoscore.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Aggregation;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;

/**
 * {@code --uncertainty N}: how far the ranks depend on the weights and on the aggregation rule.
 *
 * <p>Run r = 1…N, drawn from {@code new SplittableRandom(seed)} split once per run in run order (so the
 * result does not depend on the number of threads; runs are computed in parallel):
 * <ul>
 *   <li>one global switch per run: with probability ½ every node aggregates arithmetically, else every node
 *       geometrically (SPEC §4.3 formulas; the framework's own mix is the nominal run only);</li>
 *   <li>every weight in force w of every node and question at both levels is multiplied by its own factor
 *       drawn uniformly from [0.75, 1.25] (±25%); siblings renormalise implicitly, since SPEC §4.3 divides
 *       by Σ w;</li>
 *   <li>the node scores are recomputed bottom-up from the fixed question scores (and region values) with
 *       {@link Aggregator} and the usual {@code --node-coverage}, and units are ranked by the root with
 *       {@link Ranker} (SPEC §4.6).</li>
 * </ul>
 * Under {@code --method topsis} the runs recompute node scores with {@link Topsis} and the perturbed
 * weights; there is no aggregation switch then. Per unit: nominal rank (the configured run), median of its
 * ranks over the runs where it had one (mean of the two middle ranks when their number is even), and the
 * 5th and 95th percentile ranks by the nearest-rank method: P_p = the ⌈p·n⌉-th smallest of its n ranks.
 */
public final class UncertaintyAnalysis {
    /** ±25% uniform perturbation of each weight. */
    static final double SPREAD = 0.25;

    private UncertaintyAnalysis() {
    }

    /**
     * @param firm          the firm level as scored
     * @param firmWeights   the firm level's raw weights in force per item (as used for {@code firm})
     * @param region        the region level as scored
     * @param regionWeights the region level's raw weights in force per item
     */
    public static UncertaintyResult run(LevelScores firm, double[] firmWeights, LevelScores region,
                                        double[] regionWeights, Options options) {
        return run(firm, firmWeights, region, regionWeights, options.uncertainty(), options.seed(), SPREAD, true,
                options.nodeCoverage(), options.method() == Options.CompositeMethod.TOPSIS);
    }

    /**
     * @param spread            each weight factor is uniform in [1 − spread, 1 + spread]
     * @param switchAggregation whether each run draws all-arithmetic or all-geometric (else the framework's)
     */
    static UncertaintyResult run(LevelScores firm, double[] firmWeights, LevelScores region, double[] regionWeights,
                                 int runs, long seed, double spread, boolean switchAggregation, double coverage,
                                 boolean topsis) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[runs];
        for (int r = 0; r < runs; r++) streams[r] = root.split();
        LevelModel f = new LevelModel(firm, firmWeights);
        LevelModel g = new LevelModel(region, regionWeights);
        int[][] firmRanks = new int[runs][];
        int[][] regionRanks = new int[runs][];
        IntStream.range(0, runs).parallel().forEach(r -> {
            SplittableRandom rng = streams[r];
            Aggregation all = null;
            if (switchAggregation && !topsis) {
                all = rng.nextBoolean() ? Aggregation.ARITHMETIC : Aggregation.GEOMETRIC;
            }
            firmRanks[r] = f.ranks(rng, spread, all, coverage, topsis);
            regionRanks[r] = g.ranks(rng, spread, all, coverage, topsis);
        });
        return new UncertaintyResult(intervals(firm, firmRanks), intervals(region, regionRanks), runs, seed);
    }

    /** One level on arrays: the tree, the fixed question scores and the nominal weights. */
    private static final class LevelModel {
        private final LevelTree tree;
        private final double[][] scores;
        private final double[] weights;
        private final int[] bottomUp;
        private final int units;

        LevelModel(LevelScores level, double[] weights) {
            this.tree = level.tree();
            this.scores = level.scores();
            this.weights = weights;
            this.bottomUp = tree.bottomUp();
            this.units = level.units();
        }

        /** Ranks of one run; the question rows of {@code scores} are read, never written. */
        int[] ranks(SplittableRandom rng, double spread, Aggregation all, double coverage, boolean topsis) {
            if (tree.root() < 0) return new int[units];
            double[] w = new double[weights.length];
            for (int i = 0; i < w.length; i++) {
                double factor = spread == 0 ? 1 : 1 - spread + 2 * spread * rng.nextDouble();
                w[i] = weights[i] * factor;
            }
            double[][] run = new double[scores.length][];
            for (int i : tree.questionItems()) run[i] = scores[i];
            for (int i : bottomUp) {
                TreeItem item = tree.item(i);
                if (item.isQuestion()) continue;
                int[] ch = item.children();
                double[] cw = new double[ch.length];
                double[][] child = new double[ch.length][];
                for (int k = 0; k < ch.length; k++) {
                    cw[k] = w[ch[k]];
                    child[k] = run[ch[k]];
                }
                run[i] = topsis ? Topsis.closeness(child, cw, coverage)
                        : aggregate(child, cw, all == null ? item.aggregation() : all, coverage);
            }
            return Ranker.rank(run[tree.root()]);
        }

        private double[] aggregate(double[][] child, double[] cw, Aggregation aggregation, double coverage) {
            double[] out = new double[units];
            double[] s = new double[cw.length];
            for (int u = 0; u < units; u++) {
                for (int k = 0; k < s.length; k++) s[k] = child[k][u];
                out[u] = Aggregator.aggregate(cw, s, aggregation, coverage);
            }
            return out;
        }
    }

    private static List<RankInterval> intervals(LevelScores level, int[][] ranks) {
        List<RankInterval> out = new ArrayList<>(level.units());
        int[] buffer = new int[ranks.length];
        for (int u = 0; u < level.units(); u++) {
            int n = 0;
            for (int[] run : ranks) if (run[u] > 0) buffer[n++] = run[u];
            int nominal = level.rank()[u];
            if (n == 0) {
                out.add(new RankInterval(level.unitIds()[u], nominal, Double.NaN, 0, 0));
                continue;
            }
            int[] sorted = Arrays.copyOf(buffer, n);
            Arrays.sort(sorted);
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            out.add(new RankInterval(level.unitIds()[u], nominal, median, nearestRank(sorted, 0.05),
                    nearestRank(sorted, 0.95)));
        }
        return out;
    }

    /** The ⌈p·n⌉-th smallest (1-based) of the ascending ranks, at least the first. */
    static int nearestRank(int[] sorted, double p) {
        int k = (int) Math.ceil(p * sorted.length - 1e-9);
        return sorted[Math.max(1, Math.min(sorted.length, k)) - 1];
    }
}
