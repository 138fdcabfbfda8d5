package org.ecoscore.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.ecoscore.core.ShortestDecimal;
import org.junit.jupiter.api.Test;

/** DecimalText against the JDK's own Double.parseDouble, bit for bit. */
class DecimalTextTest {
    static void same(String s) {
        long want = Double.doubleToRawLongBits(Double.parseDouble(s));
        assertEquals(want, Double.doubleToRawLongBits(DecimalText.parse(s)), s);
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        double plain = DecimalText.plain(b, 0, b.length);
        if (!Double.isNaN(plain)) assertEquals(want, Double.doubleToRawLongBits(plain), s);
    }

    @Test
    void scoresAsOurTablesWriteThemReadBackBitForBit() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double score = r.nextDouble() * 100; // 0–100 scores: 16 or 17 significant digits
            same(ShortestDecimal.of(score));
            same(ShortestDecimal.of(-score));
            same(ShortestDecimal.of(Math.rint(score * 1000) / 1000)); // few digits
            same(ShortestDecimal.of(Double.longBitsToDouble(r.nextLong()))); // anything, exponents included
        }
    }

    @Test
    void theFastPathAndItsEdges() {
        byte[] b = "60.20861724728213".getBytes(StandardCharsets.US_ASCII);
        // 6020861724728213 < 2^53 = 9007199254740992 and 14 digits after the point: m / 10^14 exactly rounded
        assertEquals(60.20861724728213, DecimalText.plain(b, 0, b.length));
        for (String s : new String[] {"0", "-0", "1.", ".5", "-3", "75", "0.1", "9007199254740992", "9007199254740993",
            "123456789012345678", "1234567890123456789", "0.0000000000000000000001", "0.00000000000000000000001",
            "1e5", "1E-5", "+2", " 4", "4 ", "Infinity"}) {
            same(s);
        }
        // 2^53 + 1 has no exact double: not the fast path
        byte[] big = "9007199254740993".getBytes(StandardCharsets.US_ASCII);
        assertTrue(Double.isNaN(DecimalText.plain(big, 0, big.length)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(DecimalText.parse("-0")));
        for (String s : new String[] {"", "-", ".", "1.2.3", "12 ", "abc", "1e5"}) {
            byte[] t = s.getBytes(StandardCharsets.US_ASCII);
            assertTrue(Double.isNaN(DecimalText.plain(t, 0, t.length)), s);
        }
        assertThrows(NumberFormatException.class, () -> DecimalText.parse("abc"));
        assertThrows(NumberFormatException.class, () -> DecimalText.parse("."));
        assertThrows(NumberFormatException.class, () -> DecimalText.parse("-"));
    }
}
