package org.ecoscore.score;

import java.util.Arrays;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;

/**
 * SPEC §4.8, the obstacle degree (障碍度) of one level: for each unit and each question j with a score n_j,
 * F_j = the product of the local weights in force from the root down to j, I_j = 1 − n_j/100 and
 * O_j = F_j·I_j / Σ_k F_k·I_k over the unit's questions with a score; a node's obstacle is the sum of O_j over
 * the questions beneath it. All of a unit's obstacles are blank (NaN) when that sum is 0 (every scored
 * question at 100, or none scored); a node is blank when no question beneath it has a score.
 *
 * <p>Arithmetic over the level's arrays, computed on demand a unit or a block of units at a time ({@link #unit},
 * {@link #units}), so that a large firm level is never held twice in memory.
 */
public final class ObstacleDegrees {
    /** Units per block when every unit of a level is wanted in turn (see {@link #units}). */
    public static final int BLOCK = 64;

    private final LevelTree tree;
    private final double[][] scores;
    private final double[] effective;
    private final int[] questions;
    /** The node items (not questions), children before parents, and each one's children. */
    private final int[] nodesUp;
    private final int[][] childrenOf;
    private final int units;
    /** Whether the questions and the nodes are all the items of the tree, so that {@link #unit} writes every entry. */
    private final boolean everyItem;

    private ObstacleDegrees(LevelTree tree, double[][] scores, double[] effective, int units) {
        this.tree = tree;
        this.scores = scores;
        this.effective = effective;
        this.questions = tree.questionItems();
        int[] up = tree.bottomUp();
        int nodes = 0;
        for (int i : up) if (!tree.item(i).isQuestion()) nodes++;
        this.nodesUp = new int[nodes];
        this.childrenOf = new int[nodes][];
        int k = 0;
        for (int i : up) {
            TreeItem it = tree.item(i);
            if (it.isQuestion()) continue;
            nodesUp[k] = i;
            childrenOf[k++] = it.children().clone();
        }
        this.units = units;
        this.everyItem = questions.length + nodes == tree.items().size();
    }

    /** The obstacle degrees of a level, with its weights in force. */
    public static ObstacleDegrees of(LevelScores level) {
        return of(level.tree(), level.scores(), level.localWeights(), level.units());
    }

    /** The obstacle degrees of {@code scores} [item][unit] on {@code tree} with local weights per item. */
    public static ObstacleDegrees of(LevelTree tree, double[][] scores, double[] localWeights, int units) {
        return new ObstacleDegrees(tree, scores, effectiveWeights(tree, localWeights), units);
    }

    /** F per item: the product of the local weights from the root (1) down to the item. */
    public static double[] effectiveWeights(LevelTree tree, double[] localWeights) {
        double[] f = new double[tree.items().size()];
        int[] order = tree.bottomUp();
        for (int k = order.length - 1; k >= 0; k--) { // the reverse of bottom-up: parents before children
            TreeItem it = tree.item(order[k]);
            f[it.index()] = it.parent() < 0 ? 1 : f[it.parent()] * localWeights[it.index()];
        }
        return f;
    }

    public LevelTree tree() {
        return tree;
    }

    public int units() {
        return units;
    }

    /** F per item (a copy). */
    public double[] effectiveWeights() {
        return effective.clone();
    }

    /**
     * Fills {@code out} (one entry per item of the tree) with unit {@code u}'s obstacles, NaN where blank;
     * returns false when the unit has none (the sum Σ F·I is 0 and every entry is NaN).
     */
    public boolean unit(int u, double[] out) {
        boolean[] has = new boolean[1];
        units(u, u + 1, new double[][] {out}, has);
        return has[0];
    }

    /**
     * The obstacles of units {@code from … to}, unit {@code from + j} into {@code out[j]} (one entry per item, NaN
     * where blank) and in {@code has[j]} whether it has any (else every entry of {@code out[j]} is NaN): each unit
     * exactly as {@link #unit} gives it.
     *
     * <p>A block of units at a time, question by question: the scores are held [question][unit], so that this reads
     * each question's scores in order instead of one score of every question per unit (about twice as fast on a
     * batch of 100,000 firms, whose scores are far beyond the caches). Each unit's sum still adds its questions in
     * tree order, so that every obstacle has the same bits.
     */
    public void units(int from, int to, double[][] out, boolean[] has) {
        int n = to - from;
        // the fields in locals: this runs for every firm of a batch, and C1 (the launcher's JIT up to hundreds of
        // thousands of rows) reloads a field at each use in a loop
        int[] qs = questions;
        double[][] sc = scores;
        double[] f = effective;
        // every entry is written below when the questions and nodes are all the items (as in every tree)
        if (!everyItem) for (int j = 0; j < n; j++) Arrays.fill(out[j], Double.NaN);
        double[] sum = new double[n];
        for (int k = 0; k < qs.length; k++) {
            int q = qs[k];
            double[] column = sc[q];
            double fq = f[q];
            for (int j = 0; j < n; j++) {
                double v = column[from + j];
                double fi = fq * (1 - v / 100); // NaN (blank) when the score is
                out[j][q] = fi;
                if (v == v) sum[j] += fi; // not NaN
            }
        }
        int[] up = nodesUp;
        int[][] children = childrenOf;
        for (int j = 0; j < n; j++) {
            double[] o = out[j];
            double s = sum[j];
            if (!(s > 0)) {
                Arrays.fill(o, Double.NaN);
                has[j] = false;
                continue;
            }
            has[j] = true;
            for (int k = 0; k < qs.length; k++) o[qs[k]] /= s; // a blank stays NaN
            for (int k = 0; k < up.length; k++) {
                double t = 0;
                boolean any = false;
                for (int c : children[k]) {
                    double v = o[c];
                    if (v == v) { // not NaN
                        t += v;
                        any = true;
                    }
                }
                o[up[k]] = any ? t : Double.NaN;
            }
        }
    }

    /** Every unit's obstacles, [item][unit], NaN where blank (for the region level: few units). */
    public double[][] all() {
        int items = tree.items().size();
        double[][] out = new double[items][units];
        double[] buf = new double[items];
        for (int u = 0; u < units; u++) {
            unit(u, buf);
            for (int i = 0; i < items; i++) out[i][u] = buf[i];
        }
        return out;
    }

    /**
     * Per item, the mean obstacle over the units that have obstacles (the national picture when the units are
     * firms); a blank item of such a unit counts as 0 (none of its obstacle lies there), so that the means of
     * siblings under the root still sum to 1. NaN everywhere when no unit has obstacles.
     */
    public double[] meanOverUnits() {
        int items = tree.items().size();
        ObstacleMeans means = new ObstacleMeans(items);
        double[][] block = new double[BLOCK][items];
        boolean[] has = new boolean[BLOCK];
        for (int from = 0; from < units; from += BLOCK) {
            int to = Math.min(units, from + BLOCK);
            units(from, to, block, has);
            for (int j = 0; j < to - from; j++) if (has[j]) means.add(block[j]);
        }
        return means.means();
    }

    /**
     * The {@code k} items among {@code candidates} with the largest obstacle in {@code obstacle} (one entry per
     * item), largest first, ties in candidate order; blank and zero ones (no obstacle) left out.
     */
    public static int[] largest(double[] obstacle, int[] candidates, int k) {
        Integer[] order = new Integer[candidates.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> {
            double x = obstacle[candidates[a]];
            double y = obstacle[candidates[b]];
            int c = Double.compare(Double.isNaN(y) ? -1 : y, Double.isNaN(x) ? -1 : x);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return Arrays.stream(order).mapToInt(i -> candidates[i]).filter(i -> obstacle[i] > 0)
                .limit(k).toArray();
    }
}
