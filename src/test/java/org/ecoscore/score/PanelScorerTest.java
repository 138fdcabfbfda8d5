package org.ecoscore.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §8: the per-rater agreement and its flag, and which raters a node's agreement rests on. */
class PanelScorerTest {
    /**
     * Four raters rank four cases: (1,2,3,4), (1,2,4,3), (2,1,3,4) and the reverse (4,3,2,1). Spearman's ρ = 1 −
     * 6Σd²/(4·15): r1–r2 and r1–r3 Σd² = 2 → 0.8; r2–r3 Σd² = 4 → 0.6; r4–r1 Σd² = 20 → −1; r4–r2 and r4–r3
     * Σd² = 18 → −0.8. Mean ρ: r1 (0.8 + 0.8 − 1)/3 = 0.2, r2 and r3 (0.8 + 0.6 − 0.8)/3 = 0.2, r4 −2.6/3. The
     * median is 0.2; r4 lies more than 0.5 below it and is flagged. W without r4: rank sums 4, 5, 10, 11 about
     * 7.5, S = 37, W = 12·37/(9·60) = 444/540.
     */
    @Test
    void reversedRaterIsFlagged() {
        double[][] byRater = {{1, 2, 3, 4}, {1, 2, 4, 3}, {2, 1, 3, 4}, {4, 3, 2, 1}};
        List<PanelScores.RaterAgreement> a = PanelScorer.raterAgreement(List.of("r1", "r2", "r3", "r4"), byRater);
        assertEquals(0.2, a.get(0).meanRho(), 1e-12);
        assertEquals(0.2, a.get(1).meanRho(), 1e-12);
        assertEquals(0.2, a.get(2).meanRho(), 1e-12);
        assertEquals(-2.6 / 3, a.get(3).meanRho(), 1e-12);
        assertEquals(444.0 / 540, a.get(3).wWithout(), 1e-12);
        assertFalse(a.get(0).flagged() || a.get(1).flagged() || a.get(2).flagged());
        assertTrue(a.get(3).flagged());
        assertEquals(4, a.get(3).cases());
    }

    /** A rater who left a case out counts for neither the node's W nor the flag; the others still do. */
    @Test
    void incompleteRaterIsLeftOut() {
        double n = Double.NaN;
        double[][] byRater = {{1, 2, 3}, {1, 2, 3}, {3, n, 1}, {1, 3, 2}};
        PanelScores.NodeAgreement a = PanelScorer.agreement("X", byRater);
        assertEquals(3, a.raters());
        assertEquals(3, a.cases());
        // raters 1, 2, 4: rank sums 3, 7, 8 about 6: S = 9 + 1 + 4 = 14, W = 12·14/(9·24) = 168/216
        assertEquals(168.0 / 216, a.kendall().w(), 1e-12);
        List<PanelScores.RaterAgreement> r = PanelScorer.raterAgreement(List.of("a", "b", "c", "d"), byRater);
        assertTrue(Double.isNaN(r.get(2).meanRho()));
        assertEquals(2, r.get(2).cases());
        assertFalse(r.get(2).flagged());
    }

    /** Two raters: the flag needs three (a median of two says nothing about who disagrees). */
    @Test
    void noFlagWithTwoRaters() {
        List<PanelScores.RaterAgreement> r = PanelScorer.raterAgreement(List.of("a", "b"),
                new double[][] {{1, 2, 3}, {3, 2, 1}});
        assertFalse(r.get(0).flagged() || r.get(1).flagged());
        assertTrue(Double.isNaN(r.get(0).meanRho()));
    }

    /** Case means of n over the raters who gave one: (100 + 50)/2 for case 0, 20 for case 1, none for case 2. */
    @Test
    void caseMeans() {
        int[] counts = new int[3];
        double[] m = PanelScorer.caseMeans(new double[] {100, 20, 50, Double.NaN}, new int[] {0, 1, 0, 2}, 3, counts);
        assertEquals(75, m[0], 1e-12);
        assertEquals(20, m[1], 1e-12);
        assertTrue(Double.isNaN(m[2]));
        assertEquals(2, counts[0]);
        assertEquals(0, counts[2]);
    }
}
