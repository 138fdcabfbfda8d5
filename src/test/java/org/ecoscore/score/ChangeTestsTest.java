package org.ecoscore.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The two tests of SPEC §7 against R's published output on R's {@code sleep} data set (Cushny and Peebles 1905,
 * as printed by Student 1908): extra hours of sleep of 10 patients under drug 1 and drug 2. From R's
 * documentation examples ({@code ?t.test}, {@code ?sleep}):
 * <pre>
 * t.test(extra ~ group, data = sleep)                 # Welch: t = -1.8608, df = 17.776, p-value = 0.07939
 * with(sleep, t.test(extra[group == 1], extra[group == 2], paired = TRUE))
 *                                                     # paired: t = -4.0621, df = 9, p-value = 0.002833
 * </pre>
 */
class ChangeTestsTest {
    static final double[] DRUG1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    static final double[] DRUG2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @Test
    void welchAgreesWithR() {
        assertEquals(0.07939, ChangeTests.welch(DRUG1, DRUG2), 5e-6);
        assertEquals(0.07939, ChangeTests.welch(DRUG2, DRUG1), 5e-6, "two-sided: the order does not matter");
    }

    @Test
    void pairedAgreesWithR() {
        assertEquals(0.002833, ChangeTests.paired(DRUG1, DRUG2), 5e-7);
    }

    @Test
    void missingValuesAreLeftOutAndPairsNeedBothSides() {
        double[] a = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0, Double.NaN, 9};
        double[] b = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4, 7, Double.NaN};
        assertEquals(0.002833, ChangeTests.paired(a, b), 5e-7, "the last two pairs are incomplete");
        assertEquals(ChangeTests.welch(DRUG1, new double[] {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4, 7}),
                ChangeTests.welch(new double[] {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0, Double.NaN},
                        b), 1e-15);
    }

    @Test
    void fewerThanTwoValuesOrNoVarianceGiveNoP() {
        assertTrue(Double.isNaN(ChangeTests.welch(new double[] {50}, new double[] {40, 60})));
        assertTrue(Double.isNaN(ChangeTests.welch(new double[] {50, Double.NaN}, new double[] {40, 60})));
        assertTrue(Double.isNaN(ChangeTests.welch(new double[] {50, 50}, new double[] {60, 60})));
        assertTrue(Double.isNaN(ChangeTests.paired(new double[] {1, 2, 3}, new double[] {2, 3, 4})),
                "every difference is 1: no variance");
        assertTrue(Double.isNaN(ChangeTests.paired(new double[] {1}, new double[] {2})));
        // one constant sample, the other varying: defined (Welch's variance is the other's alone)
        assertTrue(ChangeTests.welch(new double[] {50, 50}, new double[] {40, 60, 70}) > 0);
    }
}
