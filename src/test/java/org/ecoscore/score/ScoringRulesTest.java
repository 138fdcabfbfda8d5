package org.ecoscore.score;

import static org.ecoscore.score.WorkedExample.NA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Aggregation;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.ScaleKind;
import org.ecoscore.screen.Screened;
import org.junit.jupiter.api.Test;

/** SPEC §4.1, §4.3, §4.5, §4.6 rule by rule, on numbers worked out by hand. */
class ScoringRulesTest {
    private static final double EPS = 1e-9;

    private static Question number(boolean reverse, double min, double max, boolean log) {
        return WorkedExample.question("X", "S", Level.FIRM, ScaleKind.NUMBER, reverse, min, max, log, 1);
    }

    @Test
    void batchMinMaxWithoutGoalpostsUsesScoredUnits() {
        double[] n = Normaliser.normalise(number(false, NA, NA, false), new double[]{2, 4, 10, NA});
        assertArrayEquals(new double[]{0, 25, 100, NA}, n, EPS);
    }

    @Test
    void hiEqualToLoGivesFifty() {
        assertArrayEquals(new double[]{50, 50, NA},
                Normaliser.normalise(number(false, NA, NA, false), new double[]{3, 3, NA}), EPS);
        assertArrayEquals(new double[]{50}, Normaliser.normalise(number(false, NA, NA, false), new double[]{7}), EPS);
    }

    @Test
    void goalpostsClampToZeroAndHundred() {
        assertArrayEquals(new double[]{0, 25, 100},
                Normaliser.normalise(number(false, 0, 20, false), new double[]{-5, 5, 30}), EPS);
    }

    @Test
    void reverseTakesHundredMinusScore() {
        assertArrayEquals(new double[]{100, 75, 0},
                Normaliser.normalise(number(true, 0, 20, false), new double[]{-5, 5, 30}), EPS);
        Question yesNo = WorkedExample.question("Y", "S", Level.FIRM, ScaleKind.YESNO, true, NA, NA, false, 1);
        assertArrayEquals(new double[]{0, 100, NA}, Normaliser.normalise(yesNo, new double[]{1, 0, NA}), EPS);
        Question agree = WorkedExample.question("A", "S", Level.FIRM, ScaleKind.NAMED, true, NA, NA, false, 1);
        assertArrayEquals(new double[]{100, 25, 0}, Normaliser.normalise(agree, new double[]{1, 4, 5}), EPS);
    }

    @Test
    void logTransformAppliesToGoalpostsToo() {
        // ln(1+9)/ln(1+99) = 1/2
        assertArrayEquals(new double[]{50, 0, 100},
                Normaliser.normalise(number(false, 0, 99, true), new double[]{9, 0, 99}), EPS);
    }

    @Test
    void negativeAnswerToLogQuestionIsInvalidWithIssue() {
        Framework fw = WorkedExample.framework();
        Screened firms = WorkedExample.firms(fw);
        // F5 (row 4, spreadsheet row 6) answers Q4 = -3 instead of blank
        org.ecoscore.input.ResponseTable.Builder b =
                new org.ecoscore.input.ResponseTable.Builder(Level.FIRM, fw.questionsOf(Level.FIRM));
        org.ecoscore.input.ResponseTable t = firms.table();
        b.addFile(t.files().get(0));
        for (int r = 0; r < t.rows(); r++) {
            int row = b.addRow(0, t.rowNumber(r));
            for (int q = 0; q < 5; q++) if (!Double.isNaN(t.raw(q)[r])) b.answer(q, row, t.raw(q)[r]);
        }
        b.answer(3, 4, -3);
        Screened changed = new Screened(b.build(), firms.scoredRows(), firms.ids(), firms.exclusion(),
                firms.regionName(), firms.regionCode(), firms.flags());
        IssueLog issues = new IssueLog();
        Scores s = Scorer.score(changed, WorkedExample.regions(fw), fw, Options.defaults(List.of(), List.of()),
                issues);
        assertTrue(Double.isNaN(s.firm().score("Q4", 3)));
        assertEquals(50, s.firm().score("Q4", 0), EPS, "min/max unaffected by the invalid answer");
        assertEquals(1, issues.size());
        Issue issue = issues.all().get(0);
        assertEquals("invalid-value", issue.code());
        assertEquals("firms.csv", issue.file());
        assertEquals(6, issue.row());
        assertTrue(issue.message().contains("-3"), issue.message());
    }

    @Test
    void nodeCoverageExactlyAtThresholdIsKept() {
        assertEquals(40, Aggregator.aggregate(new double[]{1, 1}, new double[]{40, NA}, Aggregation.ARITHMETIC,
                0.5), EPS);
        assertEquals(40, Aggregator.aggregate(new double[]{2, 1, 1}, new double[]{40, NA, NA},
                Aggregation.ARITHMETIC, 0.5), EPS);
    }

    @Test
    void aWeightedMeanOfFullMarksIsExactlyFullMarks() {
        // regression (CI, property test): exp(log 100) is 100.00000000000004 in doubles, and these weights give
        // Σw·100 / Σw = 100.00000000000001; a mean of 100s is 100, and a score never prints above 100
        assertEquals(100.0, Aggregator.aggregate(new double[]{0.3, 0.7}, new double[]{100, 100},
                Aggregation.GEOMETRIC, 0.5));
        assertEquals(100.0, Aggregator.aggregate(new double[]{0.006117182265761301, 0.9637047970232077,
                0.9398653887819098, 0.9471949176631939}, new double[]{100, 100, 100, 100}, Aggregation.ARITHMETIC,
                0.5));
        // a zero-weight child does not widen the range: its 0 would otherwise be the floor
        assertEquals(100.0, Aggregator.aggregate(new double[]{0.3, 0.7, 0}, new double[]{100, 100, 0},
                Aggregation.GEOMETRIC, 0.5));
        // inside the range nothing moves: √(20·80) = 40 within a rounding error
        assertEquals(40, Aggregator.aggregate(new double[]{1, 1}, new double[]{20, 80}, Aggregation.GEOMETRIC,
                0.5), 1e-12);
    }

    @Test
    void nodeCoverageTieIsKeptDespiteRoundingInTheWeights() {
        // 0.7 + 0.1 is 0.8 (coverage 0.8 of total 1), though 0.7 + 0.1 < 0.8 in doubles: (0.7·50 + 0.1·90)/0.8 = 55
        assertEquals(55, Aggregator.aggregate(new double[]{0.7, 0.1, 0.2}, new double[]{50, 90, NA},
                Aggregation.ARITHMETIC, 0.8), EPS);
        // the AHP eigenvector of [[1,1,1/4],[1,1,2],[4,1/2,1]] is exactly (0.2, 0.4, 0.4) (A·v = 3.5·v); power
        // iteration gives these doubles, and the two answered children still cover 0.8: (0.4·30 + 0.4·60)/0.8 = 45
        assertEquals(45, Aggregator.aggregate(new double[]{0.20000000000000007, 0.4000000000000002,
                0.39999999999999974}, new double[]{NA, 30, 60}, Aggregation.ARITHMETIC, 0.8), EPS);
        // genuinely below stays missing: 0.79 of 1
        assertTrue(Double.isNaN(Aggregator.aggregate(new double[]{0.79, 0.21}, new double[]{50, NA},
                Aggregation.ARITHMETIC, 0.8)));
    }

    @Test
    void nodeCoverageBelowThresholdIsMissing() {
        assertTrue(Double.isNaN(Aggregator.aggregate(new double[]{2, 1}, new double[]{NA, 40},
                Aggregation.ARITHMETIC, 0.5)));
        assertTrue(Double.isNaN(Aggregator.aggregate(new double[]{1, 1}, new double[]{NA, NA},
                Aggregation.GEOMETRIC, 0.5)));
    }

    @Test
    void arithmeticIsWeightedMeanOfAnsweredChildren() {
        // (2·30 + 1·90) / 3 = 50, the missing third child left out (weight 1 of 4 missing)
        assertEquals(50, Aggregator.aggregate(new double[]{2, 1, 1}, new double[]{30, 90, NA},
                Aggregation.ARITHMETIC, 0.5), EPS);
    }

    @Test
    void geometricTakesMaxOfScoreAndOne() {
        // exp((ln 1 + ln 100)/2) = 10
        assertEquals(10, Aggregator.aggregate(new double[]{1, 1}, new double[]{0, 100}, Aggregation.GEOMETRIC,
                0.5), EPS);
        // weights 1, 3: exp((ln 16 + 3 ln 1)/4) = 2
        assertEquals(2, Aggregator.aggregate(new double[]{1, 3}, new double[]{16, 0.5}, Aggregation.GEOMETRIC,
                0.5), EPS);
    }

    @Test
    void gradeBands() {
        assertEquals(1, CouplingCalculator.grade(0.0));
        assertEquals(1, CouplingCalculator.grade(0.0999));
        assertEquals(2, CouplingCalculator.grade(0.1));
        assertEquals(10, CouplingCalculator.grade(0.95));
        assertEquals(10, CouplingCalculator.grade(1.0));
        assertEquals(0, CouplingCalculator.grade(NA));
    }

    @Test
    void couplingFormulasAndMissingSubsystem() {
        Coupling c = CouplingCalculator.compute(new double[]{36, 0, NA, 50}, new double[]{64, 0, 40, NA});
        // U1 .36, U2 .64: C = 2·.48/1 = .96, T = .5, D = √.48
        assertEquals(0.96, c.c()[0], EPS);
        assertEquals(0.5, c.t()[0], EPS);
        assertEquals(Math.sqrt(0.48), c.d()[0], EPS);
        assertEquals(7, c.grade()[0]);
        assertEquals(0, c.c()[1], EPS, "C = 0 when U1 + U2 = 0");
        assertEquals(0, c.d()[1], EPS);
        assertEquals(1, c.grade()[1]);
        assertTrue(Double.isNaN(c.d()[2]) && Double.isNaN(c.c()[3]));
        assertEquals(0, c.grade()[2]);
        assertEquals(0, c.grade()[3]);
    }

    @Test
    void tiedScoresShareRankAndMissingHasNone() {
        assertArrayEquals(new int[]{3, 1, 1, 0, 4}, Ranker.rank(new double[]{50, 70, 70, NA, 10}));
        assertArrayEquals(new int[]{1, 2, 2, 4}, Ranker.rank(new double[]{9, 5, 5, 1}));
    }
}
