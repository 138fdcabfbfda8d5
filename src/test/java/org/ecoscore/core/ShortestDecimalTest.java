package org.ecoscore.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ShortestDecimalTest {

    /** Any finite double: random bit patterns (every exponent), subnormals, [0, 1), and decimals of few digits. */
    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
                Arbitraries.longs().between(1, 0x000FFFFFFFFFFFFFL).map(Double::longBitsToDouble),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.longs().between(-999_999_999, 999_999_999)
                        .flatMap(m -> Arbitraries.integers().between(-330, 310).map(e -> Double.parseDouble(m + "E" + e)))
                        .filter(Double::isFinite));
    }

    @Property(tries = 20000)
    void readsBackToTheSameDoubleNoLongerThanJdk(@ForAll("doubles") double d) {
        String s = ShortestDecimal.of(d);
        assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(Double.parseDouble(s)), s);
        // both write at least two digits (1.0E-323, 9.9E-324), so one digit counts as two here
        assertTrue(Math.max(2, digits(s)) <= Math.max(2, digits(Double.toString(d))), s + " vs " + Double.toString(d));
    }

    /**
     * No decimal with one significant digit fewer reads back to d (the nearest such decimals below and above
     * d, the exact value cut to n - 1 digits, both read back to other doubles); and of the decimals with n
     * digits it is the nearest to d's exact value (ties to an even digit). Two digits are always written
     * ({@code 4.9E-324}, not {@code 5E-324}, as Double.toString), so a one-digit text is not looked for then.
     */
    @Property(tries = 20000)
    void noShorterDecimalReadsBackAndItIsTheNearest(@ForAll("doubles") double d) {
        if (d == 0) return;
        String s = ShortestDecimal.of(d);
        int n = digits(s);
        BigDecimal exact = new BigDecimal(d);
        assertEquals(0, new BigDecimal(s).compareTo(exact.round(new MathContext(n, RoundingMode.HALF_EVEN))), s);
        if (n <= 2) return;
        for (RoundingMode m : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal shorter = exact.round(new MathContext(n - 1, m));
            assertNotEquals(d, shorter.doubleValue(), s + ": " + shorter + " is shorter");
        }
    }

    /**
     * Doubles whose JDK 17 Double.toString is longer than needed or not the nearest (bug JDK-4511638, fixed in
     * JDK 19 with this algorithm; the first four are of the kind that bug report lists). Each shorter text is
     * shown to read back to the same double as JDK 17's. By hand for 10^23: the doubles there are 2^24 =
     * 16777216 apart, and 10^23 = 99999999999999991611392 + 8388608 = 100000000000000008388608 − 8388608 lies
     * exactly halfway between two of them; reading rounds the tie to the even significand, the first, which
     * JDK 17 writes 9.999999999999999E22 although 1.0E23 reads back to it.
     */
    @Test
    void jdk17sLongerTextsAreShortened() {
        String[][] cases = {
            {"1.0E23", "9.999999999999999E22"},
            {"2.0E23", "1.9999999999999998E23"},
            {"8.41E21", "8.409999999999999E21"},
            {"2.82879384806159E17", "2.82879384806159008E17"},
            {"4.8726570057E288", "4.8726570056999995E288"},
        };
        for (String[] c : cases) {
            double d = Double.parseDouble(c[1]);
            assertEquals(d, Double.parseDouble(c[0]), c[0]); // the shorter text is the same double
            assertEquals(c[0], ShortestDecimal.of(d));
        }
        assertEquals(new BigDecimal("99999999999999991611392"), new BigDecimal(1e23));
        assertEquals(new BigDecimal("100000000000000008388608"), new BigDecimal(Math.nextUp(1e23)));
        // same length as JDK 17's, but nearer: 2 × 4.9E-324 is 9.88…E-324, nearer 9.9E-324 than 1.0E-323
        assertEquals("9.9E-324", ShortestDecimal.of(2 * Double.MIN_VALUE));
        assertEquals("4.9E-324", ShortestDecimal.of(Double.MIN_VALUE));
        assertEquals("1.9400994884341945E25", ShortestDecimal.of(1.9400994884341945E25));
    }

    @Test
    void layoutIsDoubleToStrings() {
        assertEquals("0.25", ShortestDecimal.of(0.25));
        assertEquals("75.0", ShortestDecimal.of(75));
        assertEquals("-0.0", ShortestDecimal.of(-0.0));
        assertEquals("0.001", ShortestDecimal.of(1e-3));
        assertEquals("1.0E-4", ShortestDecimal.of(1e-4));
        assertEquals("9999999.0", ShortestDecimal.of(9999999));
        assertEquals("1.0E7", ShortestDecimal.of(1e7));
        assertEquals("NaN", ShortestDecimal.of(Double.NaN));
        assertEquals("-Infinity", ShortestDecimal.of(Double.NEGATIVE_INFINITY));
        assertEquals("1.7976931348623157E308", ShortestDecimal.of(Double.MAX_VALUE));
    }

    /** Significant digits of a Double.toString-style text (leading and trailing zeros not counted). */
    private static int digits(String s) {
        int e = s.indexOf('E');
        String m = (e < 0 ? s : s.substring(0, e)).replace("-", "").replace(".", "");
        m = m.replaceAll("^0+", "").replaceAll("0+$", "");
        return Math.max(1, m.length());
    }
}
