package org.ecoscore.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PlainDecimalTest {

    /** What {@link PlainDecimal#write} puts, as text, or null when it returns -1; the bytes before {@code at} kept. */
    private static String written(double d) {
        byte[] b = new byte[3 + PlainDecimal.MAX_BYTES];
        b[0] = 'x';
        b[1] = 'y';
        b[2] = ',';
        int end = PlainDecimal.write(d, b, 3);
        if (end < 0) return null;
        assertEquals("xy,", new String(b, 0, 3, StandardCharsets.US_ASCII));
        return new String(b, 3, end - 3, StandardCharsets.US_ASCII);
    }

    /** ShortestDecimal's text when it has no exponent (and is a number), else null. */
    private static String expected(double d) {
        if (d == 0 || !Double.isFinite(d)) return null;
        String s = ShortestDecimal.of(d);
        return s.indexOf('E') >= 0 ? null : s;
    }

    @Test
    void writesWhatShortestDecimalWritesForHandPickedDoubles() {
        assertEquals("0.21296727420741174", written(0.21296727420741174));
        assertEquals("0.1", written(0.1));
        assertEquals("0.30000000000000004", written(0.1 + 0.2));
        assertEquals("0.3333333333333333", written(1.0 / 3));
        assertEquals("-2.5", written(-2.5));
        assertEquals("75.0", written(75));
        assertEquals("0.001", written(0.001));
        assertEquals("0.007888857301983227", written(0.007888857301983227));
        assertEquals("9999999.999999998", written(Math.nextDown(1e7)));
        assertEquals("1234567.0", written(1234567));
        assertEquals("0.5", written(0.5));
        assertEquals(null, written(Math.scalb(1.0, -10))); // 9.765625E-4
        assertEquals(null, written(Math.nextDown(0.001))); // 9.999999999999998E-4
        assertEquals(null, written(1e7)); // 1.0E7
        assertEquals(null, written(0));
        assertEquals(null, written(-0.0));
        assertEquals(null, written(Double.NaN));
        assertEquals(null, written(Double.POSITIVE_INFINITY));
        assertEquals(null, written(Double.MIN_VALUE));
        assertEquals(null, written(1e300));
    }

    /** Every power of two and its neighbours across the plain range (the c = 2^52 case of Schubfach's interval). */
    @Test
    void powersOfTwoAndTheirNeighbours() {
        List<Double> xs = new ArrayList<>();
        for (int e = -12; e <= 25; e++) {
            double p = Math.scalb(1.0, e);
            xs.add(p);
            xs.add(Math.nextDown(p));
            xs.add(Math.nextUp(p));
            xs.add(-p);
        }
        for (double d : new double[] {1e-3, 1e-2, 0.1, 1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7}) {
            xs.add(d);
            xs.add(Math.nextDown(d));
            xs.add(Math.nextUp(d));
        }
        for (double d : xs) assertEquals(expected(d), written(d), () -> Double.toString(d));
    }

    /** Two million doubles of random bits at every exponent around the plain range, and their negatives. */
    @Test
    void randomBitsAtEveryExponentNearThePlainRange() {
        SplittableRandom rnd = new SplittableRandom(20261202);
        for (int i = 0; i < 2_000_000; i++) {
            long exponent = 1005 + rnd.nextInt(50);
            long bits = exponent << 52 | (rnd.nextLong() & ((1L << 52) - 1));
            if (rnd.nextBoolean()) bits |= Long.MIN_VALUE;
            double d = Double.longBitsToDouble(bits);
            String want = expected(d);
            String got = written(d);
            if (want == null ? got != null : !want.equals(got)) assertEquals(want, got, Long.toHexString(bits));
        }
    }

    /** Any double at all, decimals of few digits (the short outputs) among them. */
    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Double::longBitsToDouble),
                Arbitraries.doubles().between(-1e7, 1e7),
                Arbitraries.longs().between(-999_999_999, 999_999_999)
                        .flatMap(m -> Arbitraries.integers().between(-14, 8).map(e -> Double.parseDouble(m + "E" + e))));
    }

    @Property(tries = 20000)
    void sameTextAsShortestDecimalWhenPlainElseNone(@ForAll("doubles") double d) {
        assertEquals(expected(d), written(d));
    }

    /**
     * writeCsv: what the CSV tables write (CsvNumbers.format: the shortest digits, laid out plain from 1e-5 on — in
     * the table of obstacle shares many are below 1e-3), for a million random doubles from 2^-18 to 2^-8 and their
     * negatives; below 1e-5 nothing (the caller writes CsvNumbers' text).
     */
    @Test
    void writeCsvLaysOutSmallNumbersAsTheCsvTablesDo() {
        assertEquals("0.00012345", csvWritten(0.00012345));
        assertEquals("0.0001", csvWritten(1e-4));
        assertEquals("-0.00001", csvWritten(-1e-5));
        assertEquals("0.0009999999999999998", csvWritten(Math.nextDown(0.001)));
        assertEquals(null, csvWritten(Math.nextDown(1e-5)));
        SplittableRandom rnd = new SplittableRandom(20261203);
        for (int i = 0; i < 1_000_000; i++) {
            long exponent = 1005 + rnd.nextInt(11);
            long bits = exponent << 52 | (rnd.nextInt(6) == 0 ? rnd.nextLong() & 0xFF : rnd.nextLong() & ((1L << 52) - 1));
            if (rnd.nextBoolean()) bits |= Long.MIN_VALUE;
            double d = Double.longBitsToDouble(bits);
            String want = Math.abs(d) >= 1e-5 ? org.ecoscore.report.CsvNumbers.format(d) : null;
            String got = csvWritten(d);
            if (want == null ? got != null : !want.equals(got)) assertEquals(want, got, Long.toHexString(bits));
        }
    }

    private static String csvWritten(double d) {
        byte[] b = new byte[PlainDecimal.MAX_BYTES + 8];
        int end = PlainDecimal.writeCsv(d, b, 3);
        return end < 0 ? null : new String(b, 3, end - 3, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
