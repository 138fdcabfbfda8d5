package org.ecoscore.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/** SPEC §8 Kendall's W with the tie correction, χ², df and p; Spearman's ρ. */
class ConcordanceTest {
    /**
     * The anxiety ratings of 20 subjects by 3 raters, the example of R's irr::kendall (Gamer et al.), kept in
     * DescTools::KendallW, whose reference page prints {@code KendallW(anxiety, TRUE)} = 0.5396569 (corrected for
     * ties within raters: every rater here ties many subjects). The test statistic printed by irr is
     * χ² = r(m − 1)W = 3 · 19 · 0.5396569 = 30.76044 on 19 df.
     */
    @Test
    void publishedAnxietyExampleWithTies() {
        double[][] byRater = {
            {3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3},
            {3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4},
            {2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2}};
        Concordance.Kendall k = Concordance.kendall(byRater);
        assertEquals(0.5396569, k.w(), 5e-8);
        assertEquals(30.76044, k.chi2(), 5e-5);
        assertEquals(19, k.df());
        assertEquals(3, k.raters());
        assertEquals(20, k.cases());
        assertEquals(ChiSquaredDistribution.of(19).survivalProbability(3 * 19 * k.w()), k.p(), 1e-15);
        assertTrue(k.p() > 0.04 && k.p() < 0.05, "χ²(19) = 30.76 lies between the 5% (30.14) and 4% points");
    }

    /**
     * By hand, 3 raters × 4 cases with one tie. Rater 1: 10, 20, 30, 40 → ranks 1 2 3 4; rater 2: 15, 15, 30, 50
     * → 1.5 1.5 3 4 (T = 2³ − 2 = 6); rater 3: 40, 30, 20, 10 → 4 3 2 1. Rank sums R = 6.5, 6.5, 8, 9; mean
     * r(m + 1)/2 = 7.5; S = 1 + 1 + 0.25 + 2.25 = 4.5. W = 12 · 4.5 / (9 · (64 − 4) − 3 · 6) = 54 / 522.
     */
    @Test
    void tieCorrectionByHand() {
        Concordance.Kendall k = Concordance.kendall(new double[][] {{10, 20, 30, 40}, {15, 15, 30, 50}, {40, 30, 20, 10}});
        assertEquals(54.0 / 522, k.w(), 1e-15);
        assertEquals(3 * 3 * 54.0 / 522, k.chi2(), 1e-14);
        assertEquals(3, k.df());
    }

    @Test
    void perfectAgreementIsOneAndTooFewRatersUndefined() {
        assertEquals(1, Concordance.kendall(new double[][] {{1, 2, 3}, {10, 20, 30}}).w(), 1e-15);
        assertTrue(Double.isNaN(Concordance.kendall(new double[][] {{1, 2, 3}}).w()));
        assertTrue(Double.isNaN(Concordance.kendall(new double[][] {{5, 5, 5}, {2, 2, 2}}).w()), "every rater ties all");
    }

    /** Average ranks: 10, 30, 20, 30 → 1, 3.5, 2, 3.5. */
    @Test
    void averageRanks() {
        assertArrayEquals(new double[] {1, 3.5, 2, 3.5}, Concordance.averageRanks(new double[] {10, 30, 20, 30}), 0);
    }

    /**
     * Spearman's ρ of (1, 2, 3, 4, 5) and (2, 1, 4, 3, 5): d² = 1 + 1 + 1 + 1 + 0 = 4, ρ = 1 − 6 · 4 / (5 · 24) = 0.8;
     * reversed order gives −1.
     */
    @Test
    void spearmanByHand() {
        assertEquals(0.8, Concordance.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {2, 1, 4, 3, 5}), 1e-15);
        assertEquals(-1, Concordance.spearman(new double[] {1, 2, 3}, new double[] {9, 5, 1}), 1e-15);
    }
}
