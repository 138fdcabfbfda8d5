package org.ecoscore.score;

import java.util.Map;
import org.ecoscore.core.Options.WeightMethod;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;

/**
 * SPEC §4.4: the weights in force at one level, per tree item, on a scale relative to the item's present
 * siblings (the root weighs 1). {@link #normaliseAmongSiblings} turns them into LevelScores.localWeights.
 */
public final class WeightCalculator {
    private WeightCalculator() {
    }

    /**
     * @param tree   the level's tree
     * @param scores [item][unit], with the question items filled (node rows are not read)
     * @param ahp    AHP results by parent code (used by ahp and ahp+entropy)
     */
    public static double[] weights(LevelTree tree, double[][] scores, WeightMethod method,
                                   Map<String, ?> matrices, Map<String, AhpResult> ahp) {
        if (method == WeightMethod.ENTROPY || method == WeightMethod.AHP_ENTROPY) {
            return fromEntropy(tree, EntropyWeights.subtreeWeights(tree, scores), method, matrices, ahp);
        }
        return weights(tree, method, matrices, ahp);
    }

    /**
     * The data-driven weights ({@code entropy}, {@code ahp+entropy}) from the entropy weights W per item
     * ({@link EntropyWeights#subtreeSums}), however the d_j were obtained (one batch, or pooled years: SPEC §7).
     */
    public static double[] fromEntropy(LevelTree tree, double[] entropy, WeightMethod method, Map<String, ?> matrices,
                                       Map<String, AhpResult> ahp) {
        double[] w;
        if (method == WeightMethod.ENTROPY) {
            w = entropy.clone();
            equalWhereAllZero(tree, w);
        } else {
            w = ahpTimesEntropy(tree, entropy, matrices, ahp);
        }
        if (tree.root() >= 0) w[tree.root()] = 1;
        return w;
    }

    private static double[] weights(LevelTree tree, WeightMethod method, Map<String, ?> matrices,
                                    Map<String, AhpResult> ahp) {
        int n = tree.items().size();
        double[] w = new double[n];
        switch (method) {
            case EQUAL -> java.util.Arrays.fill(w, 1);
            case AHP -> w = ahpOrFramework(tree, matrices, ahp);
            default -> {
                for (int i = 0; i < n; i++) w[i] = tree.item(i).weight();
            }
        }
        if (tree.root() >= 0) w[tree.root()] = 1;
        return w;
    }

    /** Each item's weight divided by the sum over its present siblings (the root: 1). */
    public static double[] normaliseAmongSiblings(LevelTree tree, double[] weights) {
        double[] out = new double[weights.length];
        for (TreeItem item : tree.items()) {
            int[] ch = item.children();
            double sum = 0;
            for (int c : ch) sum += weights[c];
            for (int c : ch) out[c] = weights[c] / sum;
        }
        if (tree.root() >= 0) out[tree.root()] = 1;
        return out;
    }

    /** Siblings that all weigh 0 are weighed equally (SPEC §4.4 entropy). */
    private static void equalWhereAllZero(LevelTree tree, double[] w) {
        for (TreeItem item : tree.items()) {
            boolean allZero = true;
            for (int c : item.children()) allZero &= w[c] == 0;
            if (allZero) for (int c : item.children()) w[c] = 1;
        }
    }

    /** AHP eigenvector weights for children of a parent with a matrix; framework weights elsewhere. */
    private static double[] ahpOrFramework(LevelTree tree, Map<String, ?> matrices,
                                           Map<String, AhpResult> ahp) {
        double[] w = new double[tree.items().size()];
        for (int i = 0; i < w.length; i++) w[i] = tree.item(i).weight();
        for (TreeItem item : tree.items()) {
            AhpResult r = ahp.get(item.code());
            if (r == null || !matrices.containsKey(item.code())) continue;
            int[] ch = item.children();
            double[] fromMatrix = new double[ch.length];
            boolean covered = true;
            for (int k = 0; k < ch.length; k++) {
                int at = r.children().indexOf(tree.item(ch[k]).code());
                if (at < 0) {
                    covered = false;
                    break;
                }
                fromMatrix[k] = r.weights()[at];
            }
            if (!covered) continue;
            for (int k = 0; k < ch.length; k++) w[ch[k]] = fromMatrix[k];
        }
        return w;
    }

    /**
     * ahp+entropy: product of the AHP (or framework) weight and the entropy weight W per item; siblings whose
     * products are all 0 keep their AHP (or framework) weights.
     */
    private static double[] ahpTimesEntropy(LevelTree tree, double[] entropy, Map<String, ?> matrices,
                                            Map<String, AhpResult> ahp) {
        double[] base = ahpOrFramework(tree, matrices, ahp);
        double[] w = new double[base.length];
        for (int i = 0; i < w.length; i++) w[i] = base[i] * entropy[i];
        for (TreeItem item : tree.items()) {
            boolean allZero = true;
            for (int c : item.children()) allZero &= w[c] == 0;
            if (allZero) for (int c : item.children()) w[c] = base[c];
        }
        return w;
    }
}
