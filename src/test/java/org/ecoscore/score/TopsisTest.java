package org.ecoscore.score;

import static org.ecoscore.score.WorkedExample.NA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.junit.jupiter.api.Test;

/** {@link Topsis}: closeness per unit at a node, worked out by hand. */
class TopsisTest {
    private static final double EPS = 1e-9;

    /*
     * Five units, three criteria with raw weights 2, 1, 1 → w = (0.5, 0.25, 0.25).
     *        s (scores)       v = w·s
     *  u1  100,   0,  40     50,  0, 10
     *  u2    0, 100,  40      0, 25, 10
     *  u3   60,  40,  80     30, 10, 20
     *  u4   20,  80,   0     10, 20,  0
     *  u5   40,  20, 100     20,  5, 25
     * A+ = (50, 25, 25), A- = (0, 0, 0).
     *  u1: D+² = 0 + 625 + 225 = 850,      D-² = 2500 + 0 + 100 = 2600
     *  u2: D+² = 2500 + 0 + 225 = 2725,    D-² = 0 + 625 + 100 = 725
     *  u3: D+² = 400 + 225 + 25 = 650,     D-² = 900 + 100 + 400 = 1400
     *  u4: D+² = 1600 + 25 + 625 = 2250,   D-² = 100 + 400 + 0 = 500
     *  u5: D+² = 900 + 400 + 0 = 1300,     D-² = 400 + 25 + 625 = 1050
     * C = 100·D-/(D+ + D-): u1 63.6225, u2 34.0285, u3 59.4748, u4 32.0377, u5 47.3329
     * → ranks u1 1, u3 2, u5 3, u2 4, u4 5.
     */
    private static final double[][] TABLE = {
            {100, 0, 60, 20, 40},
            {0, 100, 40, 80, 20},
            {40, 40, 80, 0, 100}};
    private static final double[] WEIGHTS = {2, 1, 1};

    private static double c(double plus2, double minus2) {
        return 100 * Math.sqrt(minus2) / (Math.sqrt(plus2) + Math.sqrt(minus2));
    }

    @Test
    void fiveUnitsThreeCriteriaByHand() {
        double[] closeness = Topsis.closeness(TABLE, WEIGHTS, 0.5);
        assertArrayEquals(new double[]{c(850, 2600), c(2725, 725), c(650, 1400), c(2250, 500), c(1300, 1050)},
                closeness, EPS);
        assertArrayEquals(new double[]{63.6225, 34.0285, 59.4748, 32.0377, 47.3329}, closeness, 1e-4);
        assertArrayEquals(new int[]{1, 4, 2, 5, 3}, Ranker.rank(closeness));
    }

    @Test
    void missingChildComputesDistancesOverAvailableChildrenOrFailsCoverage() {
        // u6 lacks criterion 1 (weight 0.5 of 1 answered = coverage 0.5, kept): v = (-, 25, 10)
        //   D+² = (25-25)² + (10-25)² = 225, D-² = 625 + 100 = 725 (ideals unchanged by u6)
        // u7 answers only criterion 3 (0.25 < 0.5): missing; its v3 = 25 equals A+_3 already.
        double[][] table = {
                {100, 0, 60, 20, 40, NA, NA},
                {0, 100, 40, 80, 20, 100, NA},
                {40, 40, 80, 0, 100, 40, 100}};
        double[] closeness = Topsis.closeness(table, WEIGHTS, 0.5);
        assertEquals(c(850, 2600), closeness[0], EPS);
        assertEquals(c(225, 725), closeness[5], EPS);
        assertTrue(Double.isNaN(closeness[6]));
    }

    @Test
    void noDistanceToEitherIdealGivesFifty() {
        double[] closeness = Topsis.closeness(new double[][]{{30, 30}, {70, 70}}, new double[]{1, 1}, 0.5);
        assertArrayEquals(new double[]{50, 50}, closeness, EPS);
    }

    @Test
    void methodTopsisScoresNodesBottomUpByCloseness() {
        Framework fw = WorkedExample.framework();
        Options defaults = Options.defaults(List.of(), List.of());
        Options topsis = new Options(List.of(), List.of(), null, null, null, null, Options.Lang.ZH,
                Options.DuplicatePolicy.KEEP_LAST, 0.5, 0.5, Double.NaN, false, Options.WeightMethod.FRAMEWORK,
                Options.CompositeMethod.TOPSIS, List.of(), false, false, null, null, 0, 1L, false);
        Scores plain = Scorer.score(WorkedExample.firms(fw), WorkedExample.regions(fw), fw, defaults,
                new IssueLog());
        Scores s = Scorer.score(WorkedExample.firms(fw), WorkedExample.regions(fw), fw, topsis, new IssueLog());
        LevelScores f = s.firm();
        // question scores are untouched by the method
        for (String q : List.of("Q1", "Q2", "Q3", "Q4", "Q5")) {
            for (int u = 0; u < f.units(); u++) assertEquals(plain.firm().score(q, u), f.score(q, u), 0);
        }
        // S1 from Q1..Q3 (weights 2, 1, 1), R from S1, S2 (weights 2, 1)
        double[] s1 = Topsis.closeness(new double[][]{row(f, "Q1"), row(f, "Q2"), row(f, "Q3")},
                new double[]{2, 1, 1}, 0.5);
        assertArrayEquals(s1, row(f, "S1"), EPS);
        double[] r = Topsis.closeness(new double[][]{s1, row(f, "S2")}, new double[]{2, 1}, 0.5);
        assertArrayEquals(r, row(f, "R"), EPS);
        assertArrayEquals(Ranker.rank(r), f.rank());
        for (double v : r) assertTrue(Double.isNaN(v) || v >= 0 && v <= 100);
    }

    private static double[] row(LevelScores level, String code) {
        return level.scores()[level.tree().indexOf(code)];
    }
}
