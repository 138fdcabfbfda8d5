package org.ecoscore.score;

import static org.ecoscore.framework.Aggregation.ARITHMETIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.RegionDictionary;
import org.ecoscore.framework.ScaleKind;
import org.junit.jupiter.api.Test;

/** {@link UncertaintyAnalysis}: Monte Carlo rank intervals under perturbed weights and aggregation. */
class UncertaintyAnalysisTest {

    private static Options options(int runs, long seed, Options.CompositeMethod method) {
        return new Options(List.of(), List.of(), null, null, null, null, Options.Lang.ZH,
                Options.DuplicatePolicy.KEEP_LAST, 0.5, 0.5, Double.NaN, false, Options.WeightMethod.FRAMEWORK,
                method, List.of(), false, false, null, null, runs, seed, false);
    }

    private static Scores workedExample(Options options) {
        Framework fw = WorkedExample.framework();
        return Scorer.score(WorkedExample.firms(fw), WorkedExample.regions(fw), fw, options, new IssueLog());
    }

    private static double[] frameworkWeights(LevelScores level) {
        return WeightCalculator.weights(level.tree(), level.scores(), Options.WeightMethod.FRAMEWORK, Map.of(),
                Map.of());
    }

    @Test
    void zeroPerturbationCollapsesToNominalRank() {
        for (Options.CompositeMethod method : Options.CompositeMethod.values()) {
            Scores s = workedExample(options(0, 1, method));
            assertNull(s.uncertainty(), "off by default");
            UncertaintyResult r = UncertaintyAnalysis.run(s.firm(), frameworkWeights(s.firm()), s.region(),
                    frameworkWeights(s.region()), 50, 7, 0, false, 0.5, method == Options.CompositeMethod.TOPSIS);
            assertCollapsed(r.firms(), s.firm());
            assertCollapsed(r.regions(), s.region());
            assertEquals(50, r.runs());
            assertEquals(7, r.seed());
        }
    }

    private static void assertCollapsed(List<RankInterval> intervals, LevelScores level) {
        assertEquals(level.units(), intervals.size());
        for (int u = 0; u < level.units(); u++) {
            RankInterval i = intervals.get(u);
            assertEquals(level.unitIds()[u], i.unitId());
            assertEquals(level.rank()[u], i.nominal());
            assertEquals(i.nominal(), i.median(), 0);
            assertEquals(i.nominal(), i.p05());
            assertEquals(i.nominal(), i.p95());
        }
    }

    @Test
    void fixedSeedGivesFixedIntervals() {
        Scores a = workedExample(options(300, 42, Options.CompositeMethod.AGGREGATE));
        Scores b = workedExample(options(300, 42, Options.CompositeMethod.AGGREGATE));
        assertNotNull(a.uncertainty());
        assertEquals(300, a.uncertainty().runs());
        assertEquals(42, a.uncertainty().seed());
        assertEquals(a.uncertainty(), b.uncertainty());
        assertEquals(a.firm().units(), a.uncertainty().firms().size());
        assertEquals(a.region().units(), a.uncertainty().regions().size());
    }

    /** Root R (arithmetic) over Q1, Q2 with weights 1, 1: a two-question level for synthetic units. */
    private static LevelScores twoQuestions(double[] q1, double[] q2, int[] nominal) {
        Framework fw = new Framework("t", "test", List.of(new Node("R", "", "综合", "Overall", 1, ARITHMETIC, "", 2)),
                List.of(WorkedExample.question("Q1", "R", Level.FIRM, ScaleKind.NUMBER, false, 0, 100, false, 1),
                        WorkedExample.question("Q2", "R", Level.FIRM, ScaleKind.NUMBER, false, 0, 100, false, 1)),
                Map.of(), Map.of(MetaRole.ID, List.of("id")), new RegionDictionary(List.of()), Map.of(), List.of());
        LevelTree tree = fw.tree(Level.FIRM);
        int units = q1.length;
        double[][] scores = new double[tree.items().size()][];
        scores[tree.indexOf("R")] = new double[units];
        scores[tree.indexOf("Q1")] = q1;
        scores[tree.indexOf("Q2")] = q2;
        String[] ids = new String[units];
        for (int u = 0; u < units; u++) ids[u] = "F" + (u + 1);
        return new LevelScores(Level.FIRM, tree, ids, new int[units], new String[units], null, scores,
                new double[]{1, 0.5, 0.5}, null, nominal);
    }

    private static LevelScores noUnits() {
        return twoQuestions(new double[0], new double[0], new int[0]);
    }

    @Test
    void clearLeaderKeepsMedianRankOne() {
        // F1 scores 100 on both questions: 100 under any weights, arithmetic or geometric; the others < 100.
        LevelScores firms = twoQuestions(new double[]{100, 60, 40, 90, 10}, new double[]{100, 50, 70, 20, 95},
                new int[]{1, 3, 2, 4, 5});
        UncertaintyResult r = UncertaintyAnalysis.run(firms, new double[]{1, 1, 1}, noUnits(), new double[]{1, 1, 1},
                500, 3, 0.25, true, 0.5, false);
        RankInterval leader = r.firms().get(0);
        assertEquals(new RankInterval("F1", 1, 1, 1, 1), leader);
    }

    @Test
    void closeRivalsWhoseOrderDependsOnWeightsGetWideIntervals() {
        // F1 (60, 42) → 51 and F2 (40, 60) → 50 at weights 1:1; F1 leads iff 20·w1 > 18·w2, i.e. w1/w2 > 0.9,
        // which factors in [0.75, 1.25] make true in some runs and false in others (geometric alike:
        // F1 leads iff w1·ln(60/40) > w2·ln(60/42), i.e. w1/w2 > 0.88).
        LevelScores firms = twoQuestions(new double[]{60, 40, 0}, new double[]{42, 60, 0}, new int[]{1, 2, 3});
        UncertaintyResult r = UncertaintyAnalysis.run(firms, new double[]{1, 1, 1}, noUnits(), new double[]{1, 1, 1},
                400, 11, 0.25, true, 0.5, false);
        assertEquals(1, r.firms().get(0).p05());
        assertEquals(2, r.firms().get(0).p95());
        assertEquals(1, r.firms().get(1).p05());
        assertEquals(2, r.firms().get(1).p95());
        assertEquals(new RankInterval("F3", 3, 3, 3, 3), r.firms().get(2));
    }

    @Test
    void percentilesUseNearestRank() {
        int[] ranks = new int[20];
        for (int i = 0; i < 20; i++) ranks[i] = i + 1;
        // ⌈0.05·20⌉ = 1st, ⌈0.95·20⌉ = 19th
        assertEquals(1, UncertaintyAnalysis.nearestRank(ranks, 0.05));
        assertEquals(19, UncertaintyAnalysis.nearestRank(ranks, 0.95));
        // n = 3: ⌈0.15⌉ = 1st, ⌈2.85⌉ = 3rd
        assertEquals(4, UncertaintyAnalysis.nearestRank(new int[]{4, 5, 6}, 0.05));
        assertEquals(6, UncertaintyAnalysis.nearestRank(new int[]{4, 5, 6}, 0.95));
    }
}
