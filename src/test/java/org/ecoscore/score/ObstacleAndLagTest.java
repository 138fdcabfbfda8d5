package org.ecoscore.score;

import static org.ecoscore.framework.Aggregation.ARITHMETIC;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Options.CouplingForm;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.RegionDictionary;
import org.ecoscore.framework.ScaleKind;
import org.junit.jupiter.api.Test;

/** SPEC §4.8 obstacle degree, §4.5a lag type and revised coupling, computed by hand. */
class ObstacleAndLagTest {
    private static final double EPS = 1e-12;
    private static final double NA = Double.NaN;

    /** R → X (weight 1) → Q1, Q2 (1, 1); R → Y (weight 3) → Q3. */
    private static LevelTree tree() {
        Framework fw = new Framework("t", "test", List.of(
                new Node("R", "", "综合", "Overall", 1, ARITHMETIC, "", 2),
                new Node("X", "R", "甲", "X", 1, ARITHMETIC, "", 3),
                new Node("Y", "R", "乙", "Y", 3, ARITHMETIC, "", 4)),
                List.of(WorkedExample.question("Q1", "X", Level.FIRM, ScaleKind.NUMBER, false, 0, 100, false, 1),
                        WorkedExample.question("Q2", "X", Level.FIRM, ScaleKind.NUMBER, false, 0, 100, false, 1),
                        WorkedExample.question("Q3", "Y", Level.FIRM, ScaleKind.NUMBER, false, 0, 100, false, 1)),
                Map.of(), Map.of(MetaRole.ID, List.of("id")), new RegionDictionary(List.of()), Map.of(), List.of());
        return fw.tree(Level.FIRM);
    }

    /** Local weights in item order R, X, Y, Q1, Q2, Q3: X 1/4, Y 3/4, Q1 and Q2 1/2 each, Q3 1. */
    private static final double[] LOCAL = {1, 0.25, 0.75, 0.5, 0.5, 1};

    /** Unit 0: Q1 60, Q2 20, Q3 90; unit 1: all 100; unit 2: only Q2 = 50. */
    private static ObstacleDegrees obstacles(LevelTree t) {
        double[][] s = new double[6][];
        s[t.indexOf("R")] = new double[3];
        s[t.indexOf("X")] = new double[3];
        s[t.indexOf("Y")] = new double[3];
        s[t.indexOf("Q1")] = new double[] {60, 100, NA};
        s[t.indexOf("Q2")] = new double[] {20, 100, 50};
        s[t.indexOf("Q3")] = new double[] {90, 100, NA};
        return ObstacleDegrees.of(t, s, LOCAL, 3);
    }

    @Test
    void effectiveWeightIsProductOfLocalWeightsFromRoot() {
        LevelTree t = tree();
        double[] f = ObstacleDegrees.effectiveWeights(t, LOCAL);
        // F(Q1) = F(Q2) = 1 · 1/4 · 1/2 = 1/8; F(Q3) = 1 · 3/4 · 1 = 3/4
        assertEquals(0.125, f[t.indexOf("Q1")], EPS);
        assertEquals(0.125, f[t.indexOf("Q2")], EPS);
        assertEquals(0.75, f[t.indexOf("Q3")], EPS);
        assertEquals(1, f[t.indexOf("R")], EPS);
    }

    @Test
    void obstacleDegreesByHandSumToOne() {
        LevelTree t = tree();
        ObstacleDegrees o = obstacles(t);
        double[] u0 = new double[6];
        assertTrue(o.unit(0, u0));
        // I = 0.4, 0.8, 0.1; F·I = 0.05, 0.1, 0.075; Σ = 0.225
        // O(Q1) = 0.05/0.225 = 2/9, O(Q2) = 0.1/0.225 = 4/9, O(Q3) = 0.075/0.225 = 1/3
        assertEquals(2.0 / 9, u0[t.indexOf("Q1")], EPS);
        assertEquals(4.0 / 9, u0[t.indexOf("Q2")], EPS);
        assertEquals(1.0 / 3, u0[t.indexOf("Q3")], EPS);
        assertEquals(2.0 / 3, u0[t.indexOf("X")], EPS, "X = 2/9 + 4/9");
        assertEquals(1.0 / 3, u0[t.indexOf("Y")], EPS);
        assertEquals(1, u0[t.indexOf("R")], EPS, "a unit's obstacles sum to 1");
        assertEquals(1, u0[t.indexOf("Q1")] + u0[t.indexOf("Q2")] + u0[t.indexOf("Q3")], EPS);

        double[] u1 = new double[6];
        assertFalse(o.unit(1, u1), "every question at 100: Σ F·I = 0, all blank");
        for (double v : u1) assertTrue(Double.isNaN(v));

        double[] u2 = new double[6];
        assertTrue(o.unit(2, u2));
        // only Q2 scored: F·I = 0.125 · 0.5; O(Q2) = 1; Y has no scored question: blank
        assertEquals(1, u2[t.indexOf("Q2")], EPS);
        assertEquals(1, u2[t.indexOf("X")], EPS);
        assertTrue(Double.isNaN(u2[t.indexOf("Y")]));
        assertTrue(Double.isNaN(u2[t.indexOf("Q1")]));

        double[][] all = o.all();
        assertEquals(4.0 / 9, all[t.indexOf("Q2")][0], EPS);
        assertTrue(Double.isNaN(all[t.indexOf("Q2")][1]));
    }

    @Test
    void meanOverUnitsCountsOnlyUnitsWithObstaclesAndStillSumsToOne() {
        LevelTree t = tree();
        double[] m = obstacles(t).meanOverUnits();
        // units 0 and 2 have obstacles: X = (2/3 + 1)/2 = 5/6, Y = (1/3 + 0)/2 = 1/6, Q1 = (2/9 + 0)/2 = 1/9
        assertEquals(5.0 / 6, m[t.indexOf("X")], EPS);
        assertEquals(1.0 / 6, m[t.indexOf("Y")], EPS);
        assertEquals(1.0 / 9, m[t.indexOf("Q1")], EPS);
        assertEquals(1, m[t.indexOf("X")] + m[t.indexOf("Y")], EPS);
    }

    @Test
    void largestOrdersByObstacleTiesInCandidateOrderBlanksLeftOut() {
        double[] o = {NA, 0.2, 0.5, 0.2, NA, 0.1, 0};
        assertArrayEquals(new int[] {2, 1, 3}, ObstacleDegrees.largest(o, new int[] {0, 1, 2, 3, 4, 5, 6}, 3));
        assertArrayEquals(new int[] {5}, ObstacleDegrees.largest(o, new int[] {0, 4, 5, 6}, 3), "0 is no obstacle");
    }

    @Test
    void lagTypesAtTheirBoundaries() {
        // r = 40/50 = 0.8 exactly: not below 0.8, synchronous; a hair below lags
        assertEquals(Lag.SYNCHRONOUS, Lag.of(40, 50));
        assertEquals(Lag.SUBSYSTEM1, Lag.of(39.999, 50));
        // r = 60/50 = 1.2 exactly: not above 1.2, synchronous; a hair above: subsystem 2 lags
        assertEquals(Lag.SYNCHRONOUS, Lag.of(60, 50));
        assertEquals(Lag.SUBSYSTEM2, Lag.of(60.001, 50));
        assertEquals(Lag.SYNCHRONOUS, Lag.of(50, 50));
        // U2 = 0: subsystem 2 lags, unless U1 = 0 too
        assertEquals(Lag.SUBSYSTEM2, Lag.of(10, 0));
        assertEquals(Lag.SYNCHRONOUS, Lag.of(0, 0));
        // U1 = 0 < U2: r = 0
        assertEquals(Lag.SUBSYSTEM1, Lag.of(0, 30));
        assertNull(Lag.of(NA, 30));
        assertNull(Lag.of(30, NA));
    }

    @Test
    void couplingCarriesLagPerUnit() {
        Coupling c = CouplingCalculator.compute(new double[] {36, 70, 50, NA}, new double[] {64, 50, 45, 40});
        // r = 36/64 = 0.5625 → A lags; 70/50 = 1.4 → B lags; 50/45 = 1.11 → synchronous; missing → none
        assertEquals(Lag.SUBSYSTEM1, c.lag()[0]);
        assertEquals(Lag.SUBSYSTEM2, c.lag()[1]);
        assertEquals(Lag.SYNCHRONOUS, c.lag()[2]);
        assertNull(c.lag()[3]);
    }

    @Test
    void revisedCouplingByHand() {
        // Wang Shujia et al. 2021: C = √{(1 − |U1 − U2|)·min/max}
        // U1 .36, U2 .64: (1 − .28)·(.36/.64) = .72 · .5625 = .405, C = √.405; T = .5; D = √(.5·√.405)
        Coupling c = CouplingCalculator.compute(new double[] {36, 0, 0, 80}, new double[] {64, 0, 50, 80},
                CouplingForm.REVISED);
        assertEquals(Math.sqrt(0.405), c.c()[0], EPS);
        assertEquals(0.5, c.t()[0], EPS);
        assertEquals(Math.sqrt(0.5 * Math.sqrt(0.405)), c.d()[0], EPS);
        // D = √(0.5·0.63640) = 0.56409 → grade ⌊5.64⌋ + 1 = 6 (the standard form gives D = √.48 = 0.693, grade 7)
        assertEquals(6, c.grade()[0]);
        assertEquals(0, c.c()[1], EPS, "max = 0: C = 0");
        assertEquals(0, c.c()[2], EPS, "min = 0: C = 0");
        // equal U1 = U2 = .8: C = √(1 · 1) = 1, T = .8, D = √.8
        assertEquals(1, c.c()[3], EPS);
        assertEquals(Math.sqrt(0.8), c.d()[3], EPS);
    }

    @Test
    void revisedOptionReachesTheScorer() {
        Framework fw = WorkedExample.framework();
        Options revised = Options.defaults(List.of(), List.of()).withCoupling(CouplingForm.REVISED);
        Scores s = Scorer.score(WorkedExample.firms(fw), WorkedExample.regions(fw), fw, revised, new IssueLog());
        Coupling c = s.region().coupling();
        for (int u = 0; u < s.region().units(); u++) {
            double a = s.region().score(fw.subsystem(1).orElseThrow().code(), u) / 100;
            double b = s.region().score(fw.subsystem(2).orElseThrow().code(), u) / 100;
            assertEquals((a + b) / 2, c.t()[u], EPS);
            assertEquals(Math.sqrt((1 - Math.abs(a - b)) * Math.min(a, b) / Math.max(a, b)), c.c()[u], EPS);
        }
    }
}
