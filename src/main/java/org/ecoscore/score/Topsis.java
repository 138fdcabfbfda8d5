package org.ecoscore.score;

import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;

/**
 * TOPSIS as the composite ({@code --method topsis}, SPEC §4.3 replaced node by node), per level.
 *
 * <p>At node N the criteria are N's present children c with their scores s_c. The child scores are already
 * normalised onto [0, 100] (SPEC §4.1, or the closeness of a child node), so no further vector normalisation
 * is applied. With the weights in force w_c normalised among N's present children (Σ w_c = 1):
 * <ul>
 *   <li>v_uc = w_c·s_uc for each unit u with a score for c;</li>
 *   <li>A⁺_c = max_u v_uc, A⁻_c = min_u v_uc, over all units that have a score for c;</li>
 *   <li>A_u = the children with a score for u; if Σ_{A_u} w_c &lt; {@code --node-coverage} (or A_u is
 *       empty) N is missing for u, exactly as in SPEC §4.3; otherwise the distances run over A_u only:
 *       D⁺_u = √Σ_{c∈A_u} (v_uc − A⁺_c)², D⁻_u = √Σ_{c∈A_u} (v_uc − A⁻_c)²;</li>
 *   <li>s(N)_u = 100·D⁻_u/(D⁺_u + D⁻_u), on [0, 100] like every other score; 50 when D⁺_u + D⁻_u = 0.</li>
 * </ul>
 * Bottom-up: a node's children are the questions' scores and the closeness of its child nodes; units are
 * ranked by the root's closeness as usual (SPEC §4.6). The node aggregation (arithmetic/geometric) is not
 * used under TOPSIS.
 */
public final class Topsis {
    private Topsis() {
    }

    /**
     * Fills the node rows of {@code scores} bottom-up with TOPSIS closeness.
     *
     * @param scores  [item][unit] with the question rows filled
     * @param weights per item, the raw weights in force (any scale among siblings)
     */
    public static void fill(LevelTree tree, double[][] scores, double[] weights, double coverage) {
        for (int i : tree.bottomUp()) {
            TreeItem item = tree.item(i);
            if (item.isQuestion()) continue;
            int[] ch = item.children();
            double[][] child = new double[ch.length][];
            double[] w = new double[ch.length];
            for (int k = 0; k < ch.length; k++) {
                child[k] = scores[ch[k]];
                w[k] = weights[ch[k]];
            }
            scores[i] = closeness(child, w, coverage);
        }
    }

    /**
     * One node's closeness per unit.
     *
     * @param child    [child][unit] the children's scores on [0, 100], NaN = missing
     * @param weights  per child, raw weights in force (normalised here to sum 1)
     * @param coverage {@code --node-coverage}
     * @return per unit 100·D⁻/(D⁺ + D⁻), NaN when the unit fails node coverage
     */
    public static double[] closeness(double[][] child, double[] weights, double coverage) {
        int k = weights.length;
        int units = k == 0 ? 0 : child[0].length;
        double total = 0;
        for (double w : weights) total += w;
        double[] w = new double[k];
        for (int c = 0; c < k; c++) w[c] = total > 0 ? weights[c] / total : 0;
        double[] best = new double[k];
        double[] worst = new double[k];
        for (int c = 0; c < k; c++) {
            best[c] = Double.NEGATIVE_INFINITY;
            worst[c] = Double.POSITIVE_INFINITY;
            for (int u = 0; u < units; u++) {
                double s = child[c][u];
                if (Double.isNaN(s)) continue;
                double v = w[c] * s;
                best[c] = Math.max(best[c], v);
                worst[c] = Math.min(worst[c], v);
            }
        }
        double[] out = new double[units];
        for (int u = 0; u < units; u++) {
            double answered = 0;
            double answeredRaw = 0;
            double plus = 0;
            double minus = 0;
            for (int c = 0; c < k; c++) {
                double s = child[c][u];
                if (Double.isNaN(s)) continue;
                answered += w[c];
                answeredRaw += weights[c];
                double v = w[c] * s;
                plus += (v - best[c]) * (v - best[c]);
                minus += (v - worst[c]) * (v - worst[c]);
            }
            if (answered <= 0 || Aggregator.belowCoverage(answeredRaw, total, coverage)) {
                out[u] = Double.NaN;
                continue;
            }
            double dPlus = Math.sqrt(plus);
            double dMinus = Math.sqrt(minus);
            out[u] = dPlus + dMinus == 0 ? 50 : 100 * dMinus / (dPlus + dMinus);
        }
        return out;
    }
}
