package org.ecoscore.score;

import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;

/**
 * SPEC §4.4 entropy: the degree of diversification d_j of each question at a level, and the weight
 * W = Σ d_j over each item's subtree.
 */
public final class EntropyWeights {
    private EntropyWeights() {
    }

    /**
     * d_j of one question from its scores over the level's units (NaN = not answered): x = n/100 over
     * the m units that answered; 0 when m &lt; 2 or all x are equal; else max(0, 1 − e).
     */
    public static double diversification(double[] scores) {
        int m = 0;
        double sum = 0;
        double first = Double.NaN;
        boolean allEqual = true;
        for (double s : scores) {
            if (Double.isNaN(s)) continue;
            double x = s / 100;
            if (m == 0) first = x;
            else if (x != first) allEqual = false;
            m++;
            sum += x;
        }
        if (m < 2 || allEqual) return 0;
        double h = 0;
        for (double s : scores) {
            if (Double.isNaN(s)) continue;
            double p = (s / 100) / sum;
            if (p > 0) h += p * Math.log(p);
        }
        double e = -h / Math.log(m);
        return Math.max(0, 1 - e);
    }

    /** W per item of the tree: d_j for a question, Σ d_j over the subtree for a node. */
    public static double[] subtreeWeights(LevelTree tree, double[][] scores) {
        double[] d = new double[tree.items().size()];
        for (int i : tree.questionItems()) d[i] = diversification(scores[i]);
        return subtreeSums(tree, d);
    }

    /** W per item from d_j per question item ({@code d} indexed by item; node entries are not read). */
    public static double[] subtreeSums(LevelTree tree, double[] d) {
        double[] w = new double[tree.items().size()];
        for (int i : tree.bottomUp()) {
            TreeItem item = tree.item(i);
            if (item.isQuestion()) {
                w[i] = d[i];
            } else {
                double s = 0;
                for (int c : item.children()) s += w[c];
                w[i] = s;
            }
        }
        return w;
    }
}
