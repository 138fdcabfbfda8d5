package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The xlsx scanner's fast path for plain decimals ({@link XlsxSheetScanner#decimal}, the shared
 * {@link org.ecoscore.core.DecimalText#plain}) must give the very bits
 * {@link Double#parseDouble} gives, and hand every other text back (NaN) to it.
 */
class XlsxDecimalTest {

    private static double fast(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return XlsxSheetScanner.decimal(b, b.length);
    }

    /** When the fast path takes {@code s}: its bits are parseDouble's. */
    private static void sameBits(String s) {
        double f = fast(s);
        if (Double.isNaN(f)) return; // left to parseDouble
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(f), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"104.5", "945.0", "0.1", "0.3", "-0.25", "-0.0", "0.0", "-0", "1.", ".5", "-.5",
        "27.9", "31.2", "0.00000000000001", "999999999999999", "99999999999999.9", ".999999999999999",
        "123456789012.345", "1.000000000000", "0.30000000000000", "4.35", "2.675", "1.005", "8.325",
        // 16 to 18 digits whose integer is at most 2^53 (9007199254740992): still exact, still the fast path
        "1234567890123456", "0.1234567890123456", "12345678901234.56", "9007199254740992", "-900719925474099.2"})
    void plainDecimalsHaveTheBitsOfParseDouble(String s) {
        assertTrue(!Double.isNaN(fast(s)), s + " takes the fast path");
        sameBits(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "-.", "1.2.3", "1e5", "1E-3", "+5", " 5", "5 ", "1,5", "0x10", "NaN",
        "Infinity", "9007199254740993", "90071992547409.93", "1234567890123456789", "1d", "５",
        "0.12345678901234567890123"})
    void anythingElseIsLeftToParseDouble(String s) {
        assertTrue(Double.isNaN(fast(s)), s);
    }

    @Test
    void randomDecimalsOfUpToFifteenDigitsHaveTheBitsOfParseDouble() {
        Random r = new Random(20261202);
        for (int n = 0; n < 200_000; n++) {
            int digits = 1 + r.nextInt(15);
            StringBuilder sb = new StringBuilder();
            if (r.nextBoolean()) sb.append('-');
            int point = r.nextInt(digits + 1);
            for (int i = 0; i < digits; i++) {
                if (i == point) sb.append('.');
                sb.append((char) ('0' + r.nextInt(10)));
            }
            if (point == digits && r.nextBoolean()) sb.append('.');
            sameBits(sb.toString());
        }
    }

    @Test
    void theDecimalsAnExportWritesHaveTheBitsOfParseDouble() {
        // numbers as Excel and POI write them: a double's shortest text, e.g. 0.1 + 0.2 as 0.30000000000000004
        // (17 digits: left to parseDouble) and amounts such as 1234.56
        Random r = new Random(7);
        for (int n = 0; n < 100_000; n++) {
            double d = Math.round(r.nextDouble() * 1e6) / 100.0;
            String s = Double.toString(d);
            if (s.indexOf('E') >= 0) continue;
            sameBits(s);
        }
    }
}
