package org.ecoscore.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SPEC §8 ICC(2,1) and ICC(2,k), two-way random effects, absolute agreement. */
class IccTest {
    /**
     * Shrout, P. E. &amp; Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater reliability.
     * Psychological Bulletin 86(2), 420–428. Table 1: 6 targets rated by 4 judges; Table 2 prints ICC(2,1) = .29
     * and ICC(2,4) = .62. Their ANOVA (BMS 11.24, JMS 32.49, EMS 1.02) gives (11.24 − 1.02)/(11.24 + 3·1.02 +
     * 4·(32.49 − 1.02)/6) = 0.2897 and (11.24 − 1.02)/(11.24 + (32.49 − 1.02)/6) = 0.6200.
     */
    @Test
    void shroutFleissTable2() {
        double[][] x = {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
        Icc.Result r = Icc.of(x);
        assertEquals(0.29, r.single(), 0.005);
        assertEquals(0.62, r.average(), 0.005);
        // the exact mean squares: grand mean 127/24; sums of squares targets 1349/24, judges 2339/24, total
        // 4055/24 (Σx² = 841 less 127²/24), residual 367/24; BMS = SS/5, JMS = SS/3, EMS = SS/15
        double bms = 1349.0 / 24 / 5;
        double jms = 2339.0 / 24 / 3;
        double ems = 367.0 / 24 / 15;
        assertEquals((bms - ems) / (bms + 3 * ems + 4 * (jms - ems) / 6), r.single(), 1e-12);
        assertEquals((bms - ems) / (bms + (jms - ems) / 6), r.average(), 1e-12);
        assertEquals(6, r.targets());
        assertEquals(4, r.judges());
    }

    @Test
    void identicalJudgesAgreeFullyAndOneJudgeIsUndefined() {
        Icc.Result r = Icc.of(new double[][] {{1, 1}, {2, 2}, {4, 4}});
        assertEquals(1, r.single(), 1e-12);
        assertEquals(1, r.average(), 1e-12);
        assertTrue(Double.isNaN(Icc.of(new double[][] {{1}, {2}}).single()));
    }
}
