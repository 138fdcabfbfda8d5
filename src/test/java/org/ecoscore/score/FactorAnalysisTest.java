package org.ecoscore.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SPEC §8 validity against published analyses of R's public {@code mtcars} data set (Motor Trend 1974, 32 cars;
 * R Core Team, {@code datasets::mtcars}), to the printed precision:
 * <ul>
 *   <li>KMO, per-item MSA and Bartlett's test of all 11 variables — the example of
 *   {@code performance::check_factorstructure(mtcars)} in the easystats {@code performance} package's reference
 *   (reference/check_factorstructure.md): "Chisq(55) = 408.01, p &lt; .001", "KMO = 0.83", "mpg (0.93), cyl
 *   (0.90), disp (0.76), hp (0.84), drat (0.95), wt (0.74), qsec (0.74), vs (0.91), am (0.88), gear (0.85),
 *   carb (0.62)" (a wrapper of psych::KMO and psych::cortest.bartlett);</li>
 *   <li>varimax-rotated principal components of mpg, cyl, disp, hp, drat — the example
 *   {@code principal_components(mtcars[, 1:5], n = 2, rotation = "varimax")} of the easystats
 *   {@code parameters} package's reference (reference/principal_components.md; psych::principal underneath):
 *   loadings RC1/RC2, uniqueness, MSA, and "RC1 = 56.46%, RC2 = 35.54%";</li>
 *   <li>the unrotated components of mtcars[, 1:7] in the same reference: "PC1 = 72.66%, PC2 = 16.52%" (the
 *   two components with eigenvalue &gt; 1, Kaiser's rule).</li>
 * </ul>
 */
class FactorAnalysisTest {
    /** mpg, cyl, disp, hp, drat, wt, qsec, vs, am, gear, carb. */
    static final double[][] MTCARS = {
            {21, 6, 160, 110, 3.9, 2.62, 16.46, 0, 1, 4, 4}, // Mazda RX4
            {21, 6, 160, 110, 3.9, 2.875, 17.02, 0, 1, 4, 4}, // Mazda RX4 Wag
            {22.8, 4, 108, 93, 3.85, 2.32, 18.61, 1, 1, 4, 1}, // Datsun 710
            {21.4, 6, 258, 110, 3.08, 3.215, 19.44, 1, 0, 3, 1}, // Hornet 4 Drive
            {18.7, 8, 360, 175, 3.15, 3.44, 17.02, 0, 0, 3, 2}, // Hornet Sportabout
            {18.1, 6, 225, 105, 2.76, 3.46, 20.22, 1, 0, 3, 1}, // Valiant
            {14.3, 8, 360, 245, 3.21, 3.57, 15.84, 0, 0, 3, 4}, // Duster 360
            {24.4, 4, 146.7, 62, 3.69, 3.19, 20, 1, 0, 4, 2}, // Merc 240D
            {22.8, 4, 140.8, 95, 3.92, 3.15, 22.9, 1, 0, 4, 2}, // Merc 230
            {19.2, 6, 167.6, 123, 3.92, 3.44, 18.3, 1, 0, 4, 4}, // Merc 280
            {17.8, 6, 167.6, 123, 3.92, 3.44, 18.9, 1, 0, 4, 4}, // Merc 280C
            {16.4, 8, 275.8, 180, 3.07, 4.07, 17.4, 0, 0, 3, 3}, // Merc 450SE
            {17.3, 8, 275.8, 180, 3.07, 3.73, 17.6, 0, 0, 3, 3}, // Merc 450SL
            {15.2, 8, 275.8, 180, 3.07, 3.78, 18, 0, 0, 3, 3}, // Merc 450SLC
            {10.4, 8, 472, 205, 2.93, 5.25, 17.98, 0, 0, 3, 4}, // Cadillac Fleetwood
            {10.4, 8, 460, 215, 3, 5.424, 17.82, 0, 0, 3, 4}, // Lincoln Continental
            {14.7, 8, 440, 230, 3.23, 5.345, 17.42, 0, 0, 3, 4}, // Chrysler Imperial
            {32.4, 4, 78.7, 66, 4.08, 2.2, 19.47, 1, 1, 4, 1}, // Fiat 128
            {30.4, 4, 75.7, 52, 4.93, 1.615, 18.52, 1, 1, 4, 2}, // Honda Civic
            {33.9, 4, 71.1, 65, 4.22, 1.835, 19.9, 1, 1, 4, 1}, // Toyota Corolla
            {21.5, 4, 120.1, 97, 3.7, 2.465, 20.01, 1, 0, 3, 1}, // Toyota Corona
            {15.5, 8, 318, 150, 2.76, 3.52, 16.87, 0, 0, 3, 2}, // Dodge Challenger
            {15.2, 8, 304, 150, 3.15, 3.435, 17.3, 0, 0, 3, 2}, // AMC Javelin
            {13.3, 8, 350, 245, 3.73, 3.84, 15.41, 0, 0, 3, 4}, // Camaro Z28
            {19.2, 8, 400, 175, 3.08, 3.845, 17.05, 0, 0, 3, 2}, // Pontiac Firebird
            {27.3, 4, 79, 66, 4.08, 1.935, 18.9, 1, 1, 4, 1}, // Fiat X1-9
            {26, 4, 120.3, 91, 4.43, 2.14, 16.7, 0, 1, 5, 2}, // Porsche 914-2
            {30.4, 4, 95.1, 113, 3.77, 1.513, 16.9, 1, 1, 5, 2}, // Lotus Europa
            {15.8, 8, 351, 264, 4.22, 3.17, 14.5, 0, 1, 5, 4}, // Ford Pantera L
            {19.7, 6, 145, 175, 3.62, 2.77, 15.5, 0, 1, 5, 6}, // Ferrari Dino
            {15, 8, 301, 335, 3.54, 3.57, 14.6, 0, 1, 5, 8}, // Maserati Bora
            {21.4, 4, 121, 109, 4.11, 2.78, 18.6, 1, 1, 4, 2}, // Volvo 142E
    };

    /** Columns of MTCARS as [item][case]. */
    static double[][] columns(int count) {
        double[][] x = new double[count][MTCARS.length];
        for (int c = 0; c < MTCARS.length; c++) for (int i = 0; i < count; i++) x[i][c] = MTCARS[c][i];
        return x;
    }

    @Test
    void kmoAndBartlettOfMtcarsAsPublished() {
        double[][] r = FactorAnalysis.correlation(columns(11));
        FactorAnalysis.Kmo kmo = FactorAnalysis.kmo(r);
        assertEquals(0.83, kmo.overall(), 0.005);
        double[] printed = {0.93, 0.90, 0.76, 0.84, 0.95, 0.74, 0.74, 0.91, 0.88, 0.85, 0.62};
        for (int i = 0; i < printed.length; i++) assertEquals(printed[i], kmo.msa()[i], 0.005, "MSA " + i);
        FactorAnalysis.Bartlett b = FactorAnalysis.bartlett(r, 32);
        assertEquals(408.01, b.chiSquare(), 0.005);
        assertEquals(55, b.df());
        assertTrue(b.p() < 0.001);
    }

    @Test
    void varimaxLoadingsOfMtcarsAsPublished() {
        List<String> items = List.of("mpg", "cyl", "disp", "hp", "drat");
        Validity v = ValidityCalculator.of("mtcars", items, List.of("a", "a", "a", "a", "b"), columns(5), 2);
        assertTrue(v.computed());
        assertEquals(32, v.cases());
        double[][] printed = {{-0.77, 0.53}, {0.81, -0.52}, {0.77, -0.56}, {0.95, -0.16}, {-0.27, 0.95}};
        double[] uniqueness = {0.14, 0.08, 0.10, 0.06, 0.03};
        double[] msa = {0.92, 0.84, 0.88, 0.81, 0.80};
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(printed[i], v.loadings()[i], 0.005, items.get(i));
            assertEquals(uniqueness[i], 1 - v.communalities()[i], 0.005);
            assertEquals(msa[i], v.msa()[i], 0.005);
        }
        assertEquals(0.5646, v.variance()[0], 0.00005);
        assertEquals(0.3554, v.variance()[1], 0.00005);
        // summary(pca): eigenvalues 4.038, 0.562 (of R, before rotation)
        assertEquals(4.038, v.eigenvalues()[0], 0.0005);
        assertEquals(0.562, v.eigenvalues()[1], 0.0005);
        // closest_component(pca): mpg cyl disp hp → 1, drat → 2
        assertArrayEquals(new int[]{0, 0, 0, 0, 1}, v.dominant());
        assertArrayEquals(new int[]{0, 0, 0, 0, 1}, v.nodeFactor());
        for (int i = 0; i < 5; i++) assertTrue(v.agrees(i));
    }

    @Test
    void kaisersRuleKeepsComponentsWithEigenvalueAboveOne() {
        List<String> items = List.of("mpg", "cyl", "disp", "hp", "drat", "wt", "qsec");
        Validity v = ValidityCalculator.of("mtcars", items, List.of("a", "a", "a", "a", "a", "a", "a"),
                columns(7), -1);
        assertEquals(2, v.factors());
        assertEquals(0.7266, v.eigenvalues()[0] / 7, 0.00005);
        assertEquals(0.1652, v.eigenvalues()[1] / 7, 0.00005);
        assertTrue(v.eigenvalues()[2] < 1);
        // rotation keeps the total: 72.66% + 16.52% = 89.18% ("The 2 principal components accounted for 89.18%")
        assertEquals(0.8918, v.variance()[0] + v.variance()[1], 0.00005);
    }

    @Test
    void equicorrelatedItemsByHand() {
        // R with every r = 0.5, p = 3: R⁻¹ has diagonal (1 + r)/((1 − r)(1 + 2r)) = 1.5 and off-diagonal
        // −r/((1 − r)(1 + 2r)) = −0.5, so every partial correlation q = 0.5/1.5 = 1/3;
        // KMO = 6·0.25 / (6·0.25 + 6·(1/9)) = 9/13, each MSA also 9/13.
        double[][] r = {{1, 0.5, 0.5}, {0.5, 1, 0.5}, {0.5, 0.5, 1}};
        FactorAnalysis.Kmo kmo = FactorAnalysis.kmo(r);
        assertEquals(9.0 / 13, kmo.overall(), 1e-12);
        for (double m : kmo.msa()) assertEquals(9.0 / 13, m, 1e-12);
        // |R| = (1 − r)²(1 + 2r) = 0.5; n = 50: χ² = −(49 − 11/6)·ln 0.5 = 32.69297…, df 3
        FactorAnalysis.Bartlett b = FactorAnalysis.bartlett(r, 50);
        assertEquals(-(49 - 11.0 / 6) * Math.log(0.5), b.chiSquare(), 1e-10);
        assertEquals(3, b.df());
        // upper tail of χ²(3): exp(−x/2)·(1 + …): use the closed form Q(3, x) = erfc(√(x/2)) + √(2x/π)·e^(−x/2)
        double x = b.chiSquare();
        double q = org.apache.commons.numbers.gamma.Erfc.value(Math.sqrt(x / 2))
                + Math.sqrt(2 * x / Math.PI) * Math.exp(-x / 2);
        assertEquals(q, b.p(), 1e-15);
        // eigenvalues 1 + 2r = 2 and 1 − r = 0.5 (twice): one factor, loadings √(2/3)·√2 = 2/√3·… = √(2/3)·√2?
        // loading of each item on the first component = v·√λ = (1/√3)·√2 = 0.816497
        double[][] loadings = FactorAnalysis.componentLoadings(FactorAnalysis.Eigen.of(r), 1);
        for (double[] l : loadings) assertEquals(Math.sqrt(2.0 / 3), Math.abs(l[0]), 1e-12);
    }

    @Test
    void completeCasesOnlyAndConstantItemsDropped() {
        double[][] x = columns(5);
        double[][] withGaps = new double[6][x[0].length + 2];
        for (int i = 0; i < 5; i++) {
            System.arraycopy(x[i], 0, withGaps[i], 0, x[i].length);
            withGaps[i][x[i].length] = Double.NaN;
            withGaps[i][x[i].length + 1] = 1;
        }
        // a sixth item answered 3 by every complete case, NaN in the extra case of the others
        java.util.Arrays.fill(withGaps[5], 3);
        withGaps[5][x[0].length + 1] = Double.NaN;
        withGaps[0][x[0].length] = 7;
        List<String> items = List.of("mpg", "cyl", "disp", "hp", "drat", "same");
        Validity v = ValidityCalculator.of("s", items, List.of("a", "a", "a", "a", "b", "b"), withGaps, 2);
        assertEquals(32, v.cases(), "the two rows with a gap are not complete cases");
        assertEquals(List.of("same"), v.dropped());
        assertEquals(items.subList(0, 5), v.items());
        assertEquals(0.5646, v.variance()[0], 0.00005);
    }

    @Test
    void tooFewItemsOrCasesOrASingularMatrixIsReportedNotComputed() {
        double[][] x = columns(2);
        assertEquals(Validity.Reason.FEW_ITEMS, ValidityCalculator.of("s", List.of("a", "b"), List.of("n", "n"), x, -1)
                .note());
        double[][] few = {{1, 2, 3}, {2, 1, 3}, {3, 3, 1}};
        assertEquals(Validity.Reason.FEW_CASES, ValidityCalculator.of("s", List.of("a", "b", "c"),
                List.of("n", "n", "n"), few, -1).note());
        double[][] y = columns(3);
        double[][] dependent = new double[4][];
        System.arraycopy(y, 0, dependent, 0, 3);
        dependent[3] = new double[y[0].length];
        for (int c = 0; c < y[0].length; c++) dependent[3][c] = y[0][c] + 2 * y[1][c];
        Validity s = ValidityCalculator.of("s", List.of("a", "b", "c", "d"), new ArrayList<>(List.of("n", "n", "n",
                "n")), dependent, -1);
        assertEquals(Validity.Reason.SINGULAR, s.note());
        assertTrue(Double.isNaN(s.kmo()));
    }

    @Test
    void theCallersDataIsLeftAsItWasAndTheConsumingFormGivesTheSameResult() {
        double[][] x = columns(5);
        double[][] before = columns(5);
        List<String> items = List.of("mpg", "cyl", "disp", "hp", "drat");
        List<String> nodes = List.of("a", "a", "a", "a", "b");
        Validity v = ValidityCalculator.of("mtcars", items, nodes, x, 2);
        for (int i = 0; i < 5; i++) assertTrue(java.util.Arrays.equals(before[i], x[i]), "item " + i + " unchanged");
        double[][] r = FactorAnalysis.correlation(x);
        for (int i = 0; i < 5; i++) assertTrue(java.util.Arrays.equals(before[i], x[i]), "correlation leaves item " + i);
        // the consuming form (used on a large batch) lets go of the columns it was given, with the same figures
        double[][] given = columns(5);
        Validity w = ValidityCalculator.consuming("mtcars", items, nodes, given, 2);
        for (int i = 0; i < 5; i++) assertNull(given[i]);
        assertEquals(v.kmo(), w.kmo());
        assertTrue(java.util.Arrays.equals(v.variance(), w.variance()));
        assertEquals(1.0, r[2][2]);
    }
}
