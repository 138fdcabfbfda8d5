package org.ecoscore.score;

import static org.ecoscore.score.WorkedExample.NA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.screen.Screened;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SPEC §4.7 statistics on hand-computed data and on the worked example. */
class StatisticsTest {
    private static final double EPS = 1e-9;
    private static Statistics stats;

    @BeforeAll
    static void compute() {
        Framework fw = WorkedExample.framework();
        Screened firms = WorkedExample.firms(fw);
        Screened regions = WorkedExample.regions(fw);
        Options options = Options.defaults(List.of(), List.of());
        Scores scores = Scorer.score(firms, regions, fw, options, new IssueLog());
        stats = StatisticsCalculator.compute(firms, regions, scores, fw, options);
    }

    private static QuestionStat question(Level level, String code) {
        return stats.questions().stream().filter(q -> q.level() == level && q.code().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void cronbachAlphaOnFourByThreeByHand() {
        // cases (rows): (1,2,2) (2,2,3) (3,4,3) (4,4,5), plus a fifth case with a missing answer (left out)
        double[][] items = {{1, 2, 3, 4, 5}, {2, 2, 4, 4, NA}, {2, 3, 3, 5, 1}};
        Reliability r = Cronbach.of("N", List.of("a", "b", "c"), items);
        assertEquals(4, r.cases());
        // var: 5/3, 4/3, 19/12 (sum 55/12); totals 5, 7, 10, 13 → var 12.25 = 147/12; α = 3/2·(1 − 55/147)
        assertEquals(1.5 * (1 - 55.0 / 147), r.alpha(), EPS);
        assertEquals(138.0 / 147, r.alpha(), EPS);
        // without a: b, c totals 4, 5, 7, 9 → var 59/12; α = 2·(1 − (16/12 + 19/12)/(59/12)) = 48/59
        assertEquals(48.0 / 59, r.alphaIfDeleted()[0], EPS);
        // a vs (b + c): deviations (−1.5, −.5, .5, 1.5) and (−2.25, −1.25, .75, 2.75): 8.5 / √(5 · 14.75)
        assertEquals(8.5 / Math.sqrt(5 * 14.75), r.itemTotal()[0], EPS);
    }

    @Test
    void cronbachWithTwoItemsHasNoAlphaIfDeleted() {
        Reliability r = Cronbach.of("N", List.of("a", "b"), new double[][]{{1, 2, 3}, {1, 3, 3}});
        assertTrue(Double.isNaN(r.alphaIfDeleted()[0]) && Double.isNaN(r.alphaIfDeleted()[1]));
        // var 1, 4/3; totals 2, 5, 6 → var 13/3; α = 2·(1 − (7/3)/(13/3)) = 12/13
        assertEquals(12.0 / 13, r.alpha(), EPS);
    }

    @Test
    void reliabilityReverseCodesAndUsesCompleteScoredCases() {
        assertEquals(1, stats.reliability().size());
        Reliability r = stats.reliability().get(0);
        assertEquals("S1", r.node());
        assertEquals(List.of("Q1", "Q2"), r.items());
        // F1 (4, 6−2), F2 (5, 6−5), F5 (2, 6−4); F3 lacks Q2, F4 not scored
        assertEquals(3, r.cases());
        // Q1 4,5,2 var 7/3; Q2' 4,1,2 var 7/3; totals 8,6,4 var 4 → α = 2·(1 − (14/3)/4) = −1/3
        assertEquals(-1.0 / 3, r.alpha(), EPS);
    }

    @Test
    void tConfidenceIntervalWithFiveValues() {
        GroupStat g = GroupStatistics.of("region", "X", "R", new double[]{1, 2, 3, NA, 4, 5});
        assertEquals(5, g.n());
        assertEquals(3, g.mean(), EPS);
        assertEquals(Math.sqrt(2.5), g.sd(), EPS);
        double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3 - half, g.ciLow(), 1e-9);
        assertEquals(3 + half, g.ciHigh(), 1e-9);
        assertEquals(2.776445, GroupStatistics.tQuantile975(4), 1e-6);
    }

    @Test
    void confidenceIntervalNeedsTwoValues() {
        GroupStat g = GroupStatistics.of("region", "X", "R", new double[]{7, NA});
        assertEquals(1, g.n());
        assertEquals(7, g.mean(), EPS);
        assertTrue(Double.isNaN(g.sd()) && Double.isNaN(g.ciLow()) && Double.isNaN(g.ciHigh()));
    }

    @Test
    void firmLevelQuestionStatistics() {
        QuestionStat q1 = question(Level.FIRM, "Q1");
        // scored firms F1 4, F2 5, F3 3, F5 2 (F4's invalid "abc" is not a scored firm)
        assertEquals(4, q1.n());
        assertEquals(0, q1.missing());
        assertEquals(0, q1.invalid());
        assertEquals(3.5, q1.meanRaw(), EPS);
        assertEquals(Math.sqrt(5.0 / 3), q1.sdRaw(), EPS);
        assertEquals((75 + 100 + 50 + 25) / 4.0, q1.meanScore(), EPS);
        QuestionStat q2 = question(Level.FIRM, "Q2");
        assertEquals(3, q2.n());
        assertEquals(1, q2.missing());
        assertEquals((75 + 0 + 25) / 3.0, q2.meanScore(), EPS);
        assertTrue(stats.questions().stream().noneMatch(q -> q.level() == Level.FIRM && q.code().equals("Q6")));
    }

    @Test
    void regionLevelQuestionStatistics() {
        QuestionStat q2 = question(Level.REGION, "Q2");
        assertEquals(2, q2.n(), "regions with a value");
        assertEquals(0, q2.missing());
        // raw answers pooled over the regions' scored firms: 2, 5, 4
        assertEquals(11.0 / 3, q2.meanRaw(), EPS);
        assertEquals((37.5 + 25) / 2, q2.meanScore(), EPS);
        QuestionStat q6 = question(Level.REGION, "Q6");
        assertEquals(2, q6.n());
        assertEquals(105, q6.meanRaw(), EPS);
        assertEquals(Math.sqrt(2 * 45 * 45), q6.sdRaw(), EPS);
        assertEquals(80, q6.meanScore(), EPS);
    }

    @Test
    void nodeStatisticsOverUnitsWithScore() {
        NodeStat s1 = stats.nodes().stream().filter(n -> n.level() == Level.FIRM && n.code().equals("S1"))
                .findFirst().orElseThrow();
        double[] v = {68.75, 75, 125.0 / 3, 21.25};
        double mean = (v[0] + v[1] + v[2] + v[3]) / 4;
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        assertEquals(4, s1.n());
        assertEquals(mean, s1.mean(), EPS);
        assertEquals(Math.sqrt(ss / 3), s1.sd(), EPS);
        NodeStat rr = stats.nodes().stream().filter(n -> n.level() == Level.REGION && n.code().equals("R"))
                .findFirst().orElseThrow();
        assertEquals(2, rr.n());
        assertEquals((61.973878 + 46.040018) / 2, rr.mean(), 1e-6);
    }

    @Test
    void groupStatisticsByRegionInRegionOrder() {
        List<GroupStat> r = stats.groups().stream().filter(g -> g.code().equals("R")).toList();
        assertEquals(List.of("北京市", "广东省"), r.stream().map(GroupStat::group).toList());
        GroupStat gd = r.get(1);
        double f1 = (2 * 68.75 + Math.sqrt(5000)) / 3;
        double f2 = 151.0 / 3;
        assertEquals("region", gd.grouping());
        assertEquals(2, gd.n());
        assertEquals((f1 + f2) / 2, gd.mean(), EPS);
        assertEquals(Math.abs(f1 - f2) / Math.sqrt(2), gd.sd(), EPS);
        double half = 12.706204736174698 * (Math.abs(f1 - f2) / Math.sqrt(2)) / Math.sqrt(2);
        assertEquals((f1 + f2) / 2 - half, gd.ciLow(), 1e-8);
        assertEquals((f1 + f2) / 2 + half, gd.ciHigh(), 1e-8);
        assertEquals(3 * 2, stats.groups().size(), "R, S1, S2 for each of two regions; no --by");
    }
}
