package org.ecoscore.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** WORKED-EXAMPLE.md as a test: every figure of its tables (SPEC §4.1–§4.6). */
class WorkedExampleTest {
    private static final double EPS = 1e-6;
    private static Scores scores;
    private static IssueLog issues;

    @BeforeAll
    static void score() {
        Framework fw = WorkedExample.framework();
        issues = new IssueLog();
        scores = Scorer.score(WorkedExample.firms(fw), WorkedExample.regions(fw), fw,
                Options.defaults(List.of("firms.csv"), List.of("regions.csv")), issues);
    }

    private static void assertUnit(LevelScores l, int u, String id, double r, double s1, double s2, double d,
                                   int grade, int rank) {
        assertEquals(id, l.unitIds()[u]);
        assertEquals(r, l.score("R", u), EPS, id + " R");
        assertEquals(s1, l.score("S1", u), EPS, id + " S1");
        assertEquals(s2, l.score("S2", u), EPS, id + " S2");
        assertEquals(d, l.coupling().d()[u], EPS, id + " D");
        assertEquals(grade, l.coupling().grade()[u], id + " grade");
        assertEquals(rank, l.rank()[u], id + " rank");
    }

    @Test
    void firmTableMatchesWorkedExample() {
        LevelScores f = scores.firm();
        assertEquals(4, f.units());
        assertArrayEquals(new int[]{0, 1, 2, 4}, f.unitRows());
        assertArrayEquals(new String[]{"440000", "440000", "110000", "110000"}, f.unitCodes());
        assertNull(f.firmCounts());
        assertUnit(f, 0, "F1", 69.403559, 68.75, 70.710678, 0.835006, 9, 1);
        assertUnit(f, 1, "F2", 50.333333, 75, 1, 0.294283, 3, 3);
        assertUnit(f, 2, "F3", 61.111111, 41.666667, 100, 0.803428, 9, 2);
        assertUnit(f, 3, "F5", 14.5, 21.25, 1, 0.214704, 3, 4);
    }

    @Test
    void firmQuestionScoresFollowNormalisationRules() {
        LevelScores f = scores.firm();
        // F1: Q1 同意 → 75; Q2 不同意 reversed → 75; Q3 10 in 0–20 → 50; Q4 ln10 / ln100 → 50; Q5 → 100
        assertEquals(75, f.score("Q1", 0), EPS);
        assertEquals(75, f.score("Q2", 0), EPS);
        assertEquals(50, f.score("Q3", 0), EPS);
        assertEquals(100 * Math.log(10) / Math.log(100), f.score("Q4", 0), EPS);
        assertEquals(100, f.score("Q5", 0), EPS);
        assertEquals(100, f.score("Q3", 1), EPS, "25 clamps to 100");
        assertTrue(Double.isNaN(f.score("Q2", 2)));
        assertTrue(Double.isNaN(f.score("Q6", 0)), "region question absent at firm level");
        // F1 coupling by its formula
        double u1 = 0.6875;
        double u2 = Math.sqrt(5000) / 100;
        double c = 2 * Math.sqrt(u1 * u2) / (u1 + u2);
        assertEquals(c, f.coupling().c()[0], 1e-12);
        assertEquals((u1 + u2) / 2, f.coupling().t()[0], 1e-12);
    }

    @Test
    void regionLevelMatchesWorkedExample() {
        LevelScores r = scores.region();
        assertEquals(2, r.units());
        // 北京市 110000 sorts before 广东省 440000 (by code)
        assertArrayEquals(new String[]{"北京市", "广东省"}, r.unitIds());
        assertArrayEquals(new String[]{"110000", "440000"}, r.unitCodes());
        assertArrayEquals(new int[]{2, 2}, r.firmCounts());
        assertArrayEquals(new int[]{1, 0}, r.unitRows());
        assertUnit(r, 1, "广东省", 61.973878, 71.875, 42.171633, 0.741993, 8, 1);
        assertUnit(r, 0, "北京市", 46.040018, 29.375, 79.370053, 0.694878, 7, 2);
        assertEquals(87.5, r.score("Q1", 1), EPS);
        assertEquals(37.5, r.score("Q2", 1), EPS);
        assertEquals(25, r.score("Q2", 0), EPS, "F5 only");
        assertEquals(100, r.score("Q4", 0), EPS, "F3 only");
        assertEquals(60, r.score("Q6", 1), EPS);
        assertEquals(100, r.score("Q6", 0), EPS, "150 clamps to 100");
    }

    @Test
    void localWeightsAreNormalisedAmongPresentSiblings() {
        LevelScores f = scores.firm();
        double[] w = f.localWeights();
        assertEquals(1, w[f.tree().indexOf("R")], 1e-12);
        assertEquals(2.0 / 3, w[f.tree().indexOf("S1")], 1e-12);
        assertEquals(1.0 / 3, w[f.tree().indexOf("S2")], 1e-12);
        assertEquals(0.5, w[f.tree().indexOf("Q1")], 1e-12);
        assertEquals(0.25, w[f.tree().indexOf("Q2")], 1e-12);
        assertEquals(0.25, w[f.tree().indexOf("Q3")], 1e-12);
        assertEquals(0.5, w[f.tree().indexOf("Q4")], 1e-12);
        assertEquals(0.5, w[f.tree().indexOf("Q5")], 1e-12);
        LevelScores r = scores.region();
        double[] rw = r.localWeights();
        assertEquals(0.5, rw[r.tree().indexOf("Q1")], 1e-12);
        for (String q : List.of("Q4", "Q5", "Q6")) assertEquals(1.0 / 3, rw[r.tree().indexOf(q)], 1e-12, q);
    }

    @Test
    void noAhpResultsAndNoIssuesWithFrameworkWeights() {
        assertTrue(scores.ahp().isEmpty());
        assertEquals(0, issues.size());
    }
}
