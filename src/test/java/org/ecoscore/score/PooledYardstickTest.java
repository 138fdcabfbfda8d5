package org.ecoscore.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Map;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options.WeightMethod;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.LevelTree;
import org.junit.jupiter.api.Test;

/** SPEC §7 pooled yardstick: bounds and entropy over unit-years, by hand on the worked example's firm tree. */
class PooledYardstickTest {
    private static final double NA = Double.NaN;
    private final Framework fw = WorkedExample.framework();
    private final LevelTree tree = fw.tree(Level.FIRM);

    /** One year's [item][unit] with the question rows given as code → scores (node rows NaN). */
    private double[][] year(int units, Map<String, double[]> q) {
        double[][] s = new double[tree.items().size()][units];
        for (double[] row : s) Arrays.fill(row, NA);
        q.forEach((code, v) -> s[tree.indexOf(code)] = v);
        return s;
    }

    @Test
    void entropyOverPooledUnitYearsByHand() {
        PooledYardstick.Entropy e = new PooledYardstick.Entropy(tree);
        e.add(year(2, Map.of("Q1", new double[] {50, 100}, "Q2", new double[] {50, 50}, "Q3", new double[] {0, 100},
                "Q4", new double[] {NA, 40}, "Q5", new double[] {100, 100})));
        e.add(year(1, Map.of("Q1", new double[] {50}, "Q2", new double[] {50}, "Q3", new double[] {NA},
                "Q4", new double[] {40}, "Q5", new double[] {0})));
        // Q1 pooled x = .5, 1, .5 (M = 3): p = 1/4, 1/2, 1/4; Σ p ln p = −(3/2) ln 2; e = 1.5·ln 2/ln 3 = 0.946395
        double d1 = 1 - 1.5 * Math.log(2) / Math.log(3);
        assertEquals(0.053605, d1, 1e-6);
        assertEquals(d1, e.diversification(tree.indexOf("Q1")), 1e-12);
        // the same as the one-batch formula over the three unit-years side by side
        assertEquals(EntropyWeights.diversification(new double[] {50, 100, 50}), e.diversification(tree.indexOf("Q1")),
                1e-12);
        // Q2 all .5 and Q4 .4, .4 (its NaN left out): equal → 0; Q3 x = 0, 1 (M = 2): p = 0, 1 → e = 0 → d = 1
        assertEquals(0, e.diversification(tree.indexOf("Q2")), 0);
        assertEquals(0, e.diversification(tree.indexOf("Q4")), 0);
        assertEquals(1, e.diversification(tree.indexOf("Q3")), 1e-12);
        // Q5 x = 1, 1, 0: p = 1/2, 1/2, 0 → e = ln 2 / ln 3 = 0.630930, d5 = 0.369070
        double d5 = 1 - Math.log(2) / Math.log(3);
        assertEquals(d5, e.diversification(tree.indexOf("Q5")), 1e-12);

        Map<String, Double> w = e.weights(WeightMethod.ENTROPY, fw.ahp(), Map.of());
        // S1's children Q1, Q2, Q3: d / Σd = 0.053605/1.053605 = 0.050878, 0, 0.949122
        assertEquals(d1 / (d1 + 1), w.get("Q1"), 1e-12);
        assertEquals(0.050878, w.get("Q1"), 1e-6);
        assertEquals(0, w.get("Q2"), 0);
        assertEquals(1 / (d1 + 1), w.get("Q3"), 1e-12);
        // S2's firm-level children Q4, Q5: 0 and d5 → 0 and 1
        assertEquals(0, w.get("Q4"), 0);
        assertEquals(1, w.get("Q5"), 1e-12);
        // R's children weigh their subtrees' Σd: S1 = 1.053605, S2 = 0.369070 → 0.740580, 0.259420
        assertEquals((d1 + 1) / (d1 + 1 + d5), w.get("S1"), 1e-12);
        assertEquals(0.740580, w.get("S1"), 1e-6);
        assertEquals(d5 / (d1 + 1 + d5), w.get("S2"), 1e-12);
        assertNull(w.get("R"), "the root is not weighed");
    }
}
