package org.ecoscore.score;

import java.util.HashMap;
import java.util.Map;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options.WeightMethod;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.ScaleKind;
import org.ecoscore.framework.TreeItem;

/**
 * SPEC §7 {@code trend --yardstick pooled}: one yardstick over several years, built one year at a time so that no
 * more than one year's answers is held. {@link Bounds}: the lo, hi of each question without goalposts over all years'
 * valid answers at its level. {@link Entropy}: the entropy of each question over the pooled unit-years,
 * e_j = −(1/ln M_j)·Σ p ln p with p = x/Σx over the M_j unit-years that answered (x = n/100), gathered as
 * M, Σx and Σ x ln x so that Σ p ln p = Σ x ln x / Σx − ln Σx needs no second look at the scores.
 */
public final class PooledYardstick {
    private PooledYardstick() {
    }

    /** The pooled bounds: min and max over every year's valid raw answers of each question without goalposts. */
    public static final class Bounds {
        private final Map<String, double[]> lohi = new HashMap<>();

        /**
         * Adds one year's valid raw answers (NaN = missing) of a question at its level; questions with goalposts
         * and questions other than number/percent are ignored (their bounds do not come from the data).
         */
        public void add(Level level, Question q, double[] values) {
            if (q.hasGoalposts() || !numeric(q)) return;
            double[] b = Normaliser.bounds(q, values, null);
            if (Double.isNaN(b[0])) return;
            lohi.merge(Yardstick.key(level, q.code()), b, (a, c) -> new double[] {Math.min(a[0], c[0]),
                Math.max(a[1], c[1])});
        }

        /** {lo, hi} by {@link Yardstick#key}, for the questions some year answered. */
        public Map<String, double[]> bounds() {
            Map<String, double[]> out = new HashMap<>();
            lohi.forEach((k, v) -> out.put(k, v.clone()));
            return out;
        }

        private static boolean numeric(Question q) {
            return q.kind() == ScaleKind.NUMBER || q.kind() == ScaleKind.PERCENT;
        }
    }

    /** Entropy over pooled unit-years at one level: per tree item, M, Σx, Σ x ln x and whether all x are equal. */
    public static final class Entropy {
        private final LevelTree tree;
        private final long[] m;
        private final double[] sum;
        private final double[] xlnx;
        private final double[] first;
        private final boolean[] unequal;

        public Entropy(LevelTree tree) {
            this.tree = tree;
            int n = tree.items().size();
            m = new long[n];
            sum = new double[n];
            xlnx = new double[n];
            first = new double[n];
            unequal = new boolean[n];
        }

        /** Adds one year's scores [item][unit] (question rows read, NaN = not answered) at this level. */
        public void add(double[][] scores) {
            for (int i : tree.questionItems()) add(i, scores[i]);
        }

        void add(int item, double[] scores) {
            for (double s : scores) {
                if (Double.isNaN(s)) continue;
                double x = s / 100;
                if (m[item] == 0) first[item] = x;
                else if (x != first[item]) unequal[item] = true;
                m[item]++;
                sum[item] += x;
                if (x > 0) xlnx[item] += x * Math.log(x);
            }
        }

        /**
         * d_j = max(0, 1 − e_j) of a question item over the pooled unit-years: 0 when fewer than 2 answered or all
         * x are equal (as {@link EntropyWeights#diversification} on one batch).
         */
        public double diversification(int item) {
            if (m[item] < 2 || !unequal[item]) return 0;
            double plnp = xlnx[item] / sum[item] - Math.log(sum[item]);
            double e = -plnp / Math.log(m[item]);
            return Math.max(0, 1 - e);
        }

        /**
         * The weights in force of this level's items under the pooled entropy ({@code entropy}, or
         * {@code ahp+entropy} with the AHP results in force), relative to siblings, by item code (root left out).
         */
        public Map<String, Double> weights(WeightMethod method, Map<String, ?> matrices, Map<String, AhpResult> ahp) {
            double[] d = new double[tree.items().size()];
            for (int i : tree.questionItems()) d[i] = diversification(i);
            double[] w = WeightCalculator.fromEntropy(tree, EntropyWeights.subtreeSums(tree, d), method, matrices,
                    ahp);
            double[] local = WeightCalculator.normaliseAmongSiblings(tree, w);
            Map<String, Double> out = new HashMap<>();
            for (TreeItem it : tree.items()) if (it.parent() >= 0) out.put(it.code(), local[it.index()]);
            return out;
        }
    }
}
