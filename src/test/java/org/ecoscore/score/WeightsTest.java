package org.ecoscore.score;

import static org.ecoscore.score.WorkedExample.NA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Options.WeightMethod;
import org.ecoscore.framework.AhpMatrix;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.LevelTree;
import org.junit.jupiter.api.Test;

/** SPEC §4.4 weights: equal, entropy and AHP, computed by hand or by an independent method. */
class WeightsTest {
    private static final double EPS = 1e-9;

    /** −(1/ln m)·Σ p ln p with 0·ln 0 = 0, written out. */
    private static double entropyD(double... x) {
        double sum = 0;
        for (double v : x) sum += v;
        double h = 0;
        for (double v : x) if (v > 0) h += (v / sum) * Math.log(v / sum);
        return 1 + h / Math.log(x.length);
    }

    @Test
    void entropyOfSpreadQuestionByHand() {
        // x = .2, .4, .6: p = 1/6, 1/3, 1/2
        double e = -(1 / Math.log(3)) * (1.0 / 6 * Math.log(1.0 / 6) + 1.0 / 3 * Math.log(1.0 / 3)
                + 0.5 * Math.log(0.5));
        assertEquals(1 - e, EntropyWeights.diversification(new double[]{20, 40, 60}), EPS);
        assertEquals(0.0793802, 1 - e, 1e-6);
    }

    @Test
    void entropyZeroScoreCountsAsZeroTimesLogZero() {
        // x = 0, .5, 1: p = 0, 1/3, 2/3
        double e = -(1 / Math.log(3)) * (1.0 / 3 * Math.log(1.0 / 3) + 2.0 / 3 * Math.log(2.0 / 3));
        assertEquals(1 - e, EntropyWeights.diversification(new double[]{0, 50, 100}), EPS);
    }

    @Test
    void entropyOfConstantQuestionIsZero() {
        assertEquals(0, EntropyWeights.diversification(new double[]{50, 50, 50}), 0);
        assertEquals(0, EntropyWeights.diversification(new double[]{0, 0, NA}), 0);
    }

    @Test
    void entropyWithFewerThanTwoAnswersIsZero() {
        assertEquals(0, EntropyWeights.diversification(new double[]{NA, 80, NA}), 0);
        // missing answers leave m = 2: x = .2, .6 → p = 1/4, 3/4
        double e = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)) / Math.log(2);
        assertEquals(1 - e, EntropyWeights.diversification(new double[]{20, NA, 60}), EPS);
    }

    @Test
    void entropyWeightsOfWorkedExampleFirmLevel() {
        Framework fw = WorkedExample.framework();
        Scores s = Scorer.score(WorkedExample.firms(fw), WorkedExample.regions(fw), fw,
                Options.defaults(List.of(), List.of()).withWeights(WeightMethod.ENTROPY), new IssueLog());
        LevelScores f = s.firm();
        // firm-level n (F1, F2, F3, F5): Q1 75 100 50 25; Q2 75 0 – 25; Q3 50 100 25 10; Q4 50 0 100 –; Q5 100 0 100 0
        double d1 = entropyD(.75, 1, .5, .25);
        double d2 = entropyD(.75, 0, .25);
        double d3 = entropyD(.5, 1, .25, .1);
        double d4 = entropyD(.5, 0, 1);
        double d5 = entropyD(1, 0, 1, 0);
        LevelTree t = f.tree();
        double[] w = f.localWeights();
        assertEquals(d1 / (d1 + d2 + d3), w[t.indexOf("Q1")], EPS);
        assertEquals(d4 / (d4 + d5), w[t.indexOf("Q4")], EPS);
        assertEquals((d1 + d2 + d3) / (d1 + d2 + d3 + d4 + d5), w[t.indexOf("S1")], EPS);
        // F1's S1 with these weights
        double s1 = (d1 * 75 + d2 * 75 + d3 * 50) / (d1 + d2 + d3);
        assertEquals(s1, f.score("S1", 0), EPS);
    }

    @Test
    void entropySiblingsAllZeroAreWeighedEqually() {
        Framework fw = WorkedExample.framework();
        LevelTree t = fw.tree(Level.FIRM);
        double[][] scores = new double[t.items().size()][];
        for (int i = 0; i < scores.length; i++) scores[i] = new double[]{40, 40};
        double[] w = WeightCalculator.weights(t, scores, WeightMethod.ENTROPY, Map.of(), Map.of());
        double[] local = WeightCalculator.normaliseAmongSiblings(t, w);
        assertEquals(1.0 / 3, local[t.indexOf("Q1")], EPS);
        assertEquals(0.5, local[t.indexOf("S1")], EPS);
        assertEquals(1, local[t.indexOf("R")], EPS);
    }

    @Test
    void equalWeightsIgnoreFramework() {
        Framework fw = WorkedExample.framework();
        Scores s = Scorer.score(WorkedExample.firms(fw), WorkedExample.regions(fw), fw,
                Options.defaults(List.of(), List.of()).withWeights(WeightMethod.EQUAL), new IssueLog());
        // F1: S1 = (75 + 75 + 50)/3, S2 = √5000, R = mean of both
        double s1 = 200.0 / 3;
        assertEquals(s1, s.firm().score("S1", 0), EPS);
        assertEquals((s1 + Math.sqrt(5000)) / 2, s.firm().score("R", 0), EPS);
    }

    @Test
    void ahpSaatyClassicThreeByThree() {
        double[][] a = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};
        AhpResult r = AhpWeights.of(new AhpMatrix("P", List.of("a", "b", "c"), a, "ahp/P.csv"));
        // 3×3 reciprocal: det(A − λI) = 0 ⇔ (λ−1)³ − 3(λ−1) − (q + 1/q) = 0, q = a12·a23/a13; λ−1 = q^⅓ + q^−⅓
        double q = 3.0 * 3 / 5;
        double lambda = 1 + Math.cbrt(q) + 1 / Math.cbrt(q);
        // eigenvector: cross product of the first two rows of A − λI
        double[] r1 = {1 - lambda, 3, 5};
        double[] r2 = {1.0 / 3, 1 - lambda, 3};
        double[] v = {r1[1] * r2[2] - r1[2] * r2[1], r1[2] * r2[0] - r1[0] * r2[2], r1[0] * r2[1] - r1[1] * r2[0]};
        double sum = v[0] + v[1] + v[2];
        for (int i = 0; i < 3; i++) assertEquals(v[i] / sum, r.weights()[i], EPS);
        assertEquals(lambda, r.lambdaMax(), EPS);
        double ci = (lambda - 3) / 2;
        assertEquals(ci, r.ci(), EPS);
        assertEquals(ci / 0.58, r.cr(), EPS);
        assertEquals(0.6370, r.weights()[0], 1e-4);
        assertEquals(0.2583, r.weights()[1], 1e-4);
        assertEquals(0.1047, r.weights()[2], 1e-4);
        assertEquals(0.033, r.cr(), 1e-3);
        assertTrue(!AhpWeights.inconsistent(r));
    }

    @Test
    void ahpConsistentFourByFourGivesItsRatiosAndZeroCr() {
        double[] w = {0.4, 0.3, 0.2, 0.1};
        double[][] a = new double[4][4];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) a[i][j] = w[i] / w[j];
        AhpResult r = AhpWeights.of(new AhpMatrix("P", List.of("a", "b", "c", "d"), a, "ahp/P.csv"));
        for (int i = 0; i < 4; i++) assertEquals(w[i], r.weights()[i], EPS);
        assertEquals(4, r.lambdaMax(), EPS);
        assertEquals(0, r.cr(), EPS);
    }

    @Test
    void ahpInconsistentFourByFourSatisfiesEigenEquation() {
        double[][] a = {{1, 2, 9, 1.0 / 3}, {1.0 / 2, 1, 1.0 / 5, 4}, {1.0 / 9, 5, 1, 1.0 / 7}, {3, 1.0 / 4, 7, 1}};
        AhpResult r = AhpWeights.of(new AhpMatrix("P", List.of("a", "b", "c", "d"), a, "ahp/P.csv"));
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            double aw = 0;
            for (int j = 0; j < 4; j++) aw += a[i][j] * r.weights()[j];
            assertEquals(r.lambdaMax() * r.weights()[i], aw, 1e-10);
            assertTrue(r.weights()[i] > 0);
            sum += r.weights()[i];
        }
        assertEquals(1, sum, 1e-12);
        assertEquals((r.lambdaMax() - 4) / 3 / 0.90, r.cr(), EPS);
        assertTrue(AhpWeights.inconsistent(r));
    }

    @Test
    void ahpTwoByTwoHasNaNCrAndIsConsistent() {
        AhpResult r = AhpWeights.of(new AhpMatrix("P", List.of("a", "b"), new double[][]{{1, 3}, {1.0 / 3, 1}}, "f"));
        assertEquals(0.75, r.weights()[0], EPS);
        assertEquals(2, r.lambdaMax(), EPS);
        assertTrue(Double.isNaN(r.cr()));
        assertTrue(!AhpWeights.inconsistent(r));
    }

    private static Framework withAhp(Map<String, AhpMatrix> ahp) {
        Framework base = WorkedExample.framework();
        return new Framework("worked", "test", base.nodes(), base.questions(), base.scales(),
                Map.of(), base.regions(), panels(ahp), List.of());
    }

    private static Map<String, List<AhpMatrix>> panels(Map<String, AhpMatrix> single) {
        Map<String, List<AhpMatrix>> out = new java.util.LinkedHashMap<>();
        single.forEach((k, v) -> out.put(k, List.of(v)));
        return out;
    }

    @Test
    void ahpWeightsRenormaliseOverPresentChildrenAndWarnWhenInconsistent() {
        // S2's children Q4, Q5, Q6 by Saaty's classic matrix; S1's children by a cyclic (inconsistent) one
        double[][] saaty = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};
        double[][] cyclic = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};
        Framework fw = withAhp(Map.of(
                "S2", new AhpMatrix("S2", List.of("Q4", "Q5", "Q6"), saaty, "ahp/S2.csv"),
                "S1", new AhpMatrix("S1", List.of("Q1", "Q2", "Q3"), cyclic, "ahp/S1.csv")));
        IssueLog issues = new IssueLog();
        Scores s = Scorer.score(WorkedExample.firms(fw), WorkedExample.regions(fw), fw,
                Options.defaults(List.of(), List.of()).withWeights(WeightMethod.AHP), issues);
        assertEquals(List.of("S1", "S2"), s.ahp().stream().map(AhpResult::parent).toList());
        AhpResult c = s.ahp().get(0);
        // a cyclic matrix: equal weights, λ = 1 + 9 + 1/9
        for (double w : c.weights()) assertEquals(1.0 / 3, w, EPS);
        assertEquals(1 + 9 + 1.0 / 9, c.lambdaMax(), EPS);
        assertEquals(((1 + 9 + 1.0 / 9) - 3) / 2 / 0.58, c.cr(), EPS);
        assertEquals(1, issues.size());
        Issue issue = issues.all().get(0);
        assertEquals("ahp-inconsistent", issue.code());
        assertEquals("ahp/S1.csv", issue.file());
        // CR = (10.1111 − 3) / 2 / 0.58 = 6.1303, in a Chinese report
        assertEquals("S1 下级的 AHP 判断矩阵不一致（CR = 6.1303 > 0.1）：请修订两两比较，使之相互一致。",
                org.ecoscore.fixtures.CatalogueCheck.chinese(issue));

        double[] w = s.ahp().get(1).weights();
        LevelScores f = s.firm();
        assertEquals(w[0] / (w[0] + w[1]), f.localWeights()[f.tree().indexOf("Q4")], EPS);
        assertEquals(1.0 / 3, f.localWeights()[f.tree().indexOf("Q1")], EPS);
        assertEquals(2.0 / 3, f.localWeights()[f.tree().indexOf("S1")], EPS, "R has no matrix: framework");
        LevelScores r = s.region();
        assertEquals(w[2], r.localWeights()[r.tree().indexOf("Q6")], EPS);
        // 广东省 S2: Q4 25, Q5 50, Q6 60 geometric with the AHP weights
        double s2 = Math.exp(w[0] * Math.log(25) + w[1] * Math.log(50) + w[2] * Math.log(60));
        assertEquals(s2, r.score("S2", 1), EPS);
        // F1 S2 at firm level: Q4 50, Q5 100 with weights renormalised over the present two
        double f1 = Math.exp((w[0] * Math.log(50) + w[1] * Math.log(100)) / (w[0] + w[1]));
        assertEquals(f1, f.score("S2", 0), EPS);
    }

    @Test
    void ahpEntropyMultipliesAndFallsBackWhenAllProductsZero() {
        double[][] saaty = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};
        Framework fw = withAhp(Map.of("S2", new AhpMatrix("S2", List.of("Q4", "Q5", "Q6"), saaty, "ahp/S2.csv")));
        Scores s = Scorer.score(WorkedExample.firms(fw), WorkedExample.regions(fw), fw,
                Options.defaults(List.of(), List.of()).withWeights(WeightMethod.AHP_ENTROPY), new IssueLog());
        double[] w = s.ahp().get(0).weights();
        LevelScores f = s.firm();
        double d1 = entropyD(.75, 1, .5, .25);
        double d2 = entropyD(.75, 0, .25);
        double d3 = entropyD(.5, 1, .25, .1);
        double d4 = entropyD(.5, 0, 1);
        double d5 = entropyD(1, 0, 1, 0);
        double p4 = w[0] * d4;
        double p5 = w[1] * d5;
        assertEquals(p4 / (p4 + p5), f.localWeights()[f.tree().indexOf("Q4")], EPS);
        // Q1: framework weight 2 × d1 among 2·d1 + d2 + d3
        assertEquals(2 * d1 / (2 * d1 + d2 + d3), f.localWeights()[f.tree().indexOf("Q1")], EPS);
        // S1 (framework 2) × (d1+d2+d3), S2 (framework 1) × (d4+d5)
        double ps1 = 2 * (d1 + d2 + d3);
        double ps2 = d4 + d5;
        assertEquals(ps1 / (ps1 + ps2), f.localWeights()[f.tree().indexOf("S1")], EPS);

        // all region values equal → every d = 0 → products 0 → AHP / framework weights
        LevelTree t = fw.tree(Level.REGION);
        double[][] flat = new double[t.items().size()][];
        for (int i = 0; i < flat.length; i++) flat[i] = new double[]{40, 40};
        double[] raw = WeightCalculator.weights(t, flat, WeightMethod.AHP_ENTROPY, fw.ahp(),
                Map.of("S2", s.ahp().get(0)));
        double[] local = WeightCalculator.normaliseAmongSiblings(t, raw);
        assertEquals(w[2], local[t.indexOf("Q6")], EPS);
        assertEquals(0.5, local[t.indexOf("Q1")], EPS);
    }
}
