package org.ecoscore.report;

import org.ecoscore.fixtures.Bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fast row writer writes exactly what OpenCSV's CSVWriter (as the CSV tables used it) writes. */
class CsvRowWriterTest {
    private static final String[][] ROWS = {
        {"level", "unit", "code", "obstacle"},
        {"firm", "a,b", "say \"hi\"", "0.25"},
        {"line\nbreak", "cr\rhere", "", null},
        {"'=SUM(A1)", "北京市", "😀 emoji", "tab\there"},
        {},
        {null},
        {"\"", ",", "\r\n", "x"},
        {"lone \uD800", "\uDC00\""},
    };

    @Test
    void writesWhatOpenCsvWrites() throws Exception {
        StringWriter expected = new StringWriter();
        ICSVWriter open = new CSVWriter(expected, ',', '"', '"', "\r\n");
        for (String[] row : ROWS) open.writeNext(row, false);
        open.flush();

        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        CsvRowWriter fast = new CsvRowWriter(actual);
        for (String[] row : ROWS) fast.row(row);
        fast.flush();
        // the bytes a UTF-8 OutputStreamWriter writes (a lone surrogate as '?', as String.getBytes too)
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), actual.toByteArray());
        String text = actual.toString(StandardCharsets.UTF_8);
        // by hand: row 2 is firm,"a,b","say ""hi""",0.25 then CRLF
        assertEquals("firm,\"a,b\",\"say \"\"hi\"\"\",0.25\r\n", text.split("(?<=\r\n)")[1]);
        // 北 is U+5317: 1110 0101, 10 001100, 10 010111 = E5 8C 97; 😀 U+1F600 is F0 9F 98 80; a lone surrogate is '?'
        assertTrue(Bytes.indexOf(actual.toByteArray(), new byte[] {(byte) 0xE5, (byte) 0x8C, (byte) 0x97}) >= 0);
        assertTrue(Bytes.indexOf(actual.toByteArray(), new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}) >= 0);
        assertTrue(text.endsWith("lone ?,\"?\"\"\"\r\n"), text);
    }

    @Test
    void escapedFieldsMatchFields() throws Exception {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        CsvRowWriter one = new CsvRowWriter(a);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        CsvRowWriter two = new CsvRowWriter(b);
        for (String[] row : ROWS) {
            for (String f : row) {
                one.field(f);
                two.escapedField(CsvRowWriter.escaped(f));
            }
            one.end();
            two.end();
        }
        one.flush();
        two.flush();
        assertArrayEquals(a.toByteArray(), b.toByteArray());
    }

    @Test
    void fieldsLongerThanTheBufferAreWrittenWhole() throws Exception {
        String big = "x".repeat(200_000);
        ByteArrayOutputStream w = new ByteArrayOutputStream();
        CsvRowWriter csv = new CsvRowWriter(w);
        csv.row(new String[] {"a", big, "b"});
        csv.escapedField(CsvRowWriter.escaped(big));
        csv.number(0.25);
        csv.end();
        csv.flush();
        assertEquals("a," + big + ",b\r\n" + big + ",0.25\r\n", w.toString(StandardCharsets.UTF_8));
    }

    /** count: the digits of an int as Integer.toString writes them, empty below blankBelow. */
    @Test
    void countsAsCsvNumbersWritesThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRowWriter w = new CsvRowWriter(out);
        int[] n = {0, 1, 9, 10, 11526, 2147483647, -7, -2147483648, 0};
        for (int v : n) w.count(v, v == 0 ? 1 : Integer.MIN_VALUE);
        w.end();
        w.flush();
        // 0 with blankBelow 1 is empty (a unit without a rank); the rest as written by hand
        assertEquals(",1,9,10,11526,2147483647,-7,-2147483648,\r\n", out.toString(StandardCharsets.UTF_8));
    }

    /**
     * A number field holds CsvNumbers.format's text: integers, plain decimals (written without a String) and
     * the rest (exponents, blanks for NaN and infinities), hand-picked and half a million of random bits around
     * the plain range, each row written field by field beside the same row with the number as text.
     */
    @Test
    void numbersAsCsvNumbersFormatsThem() throws Exception {
        double[] picked = {0, -0.0, 75, -3, 1e15, 1e15 - 1, 123456789012345.0, 0.25, -0.125, 0.1 + 0.2, 1.0 / 3,
            1e-3, Math.nextDown(1e-3), 1e7, Math.nextDown(1e7), 1e-5, 2.5e-8, 1e21, 1.5e22, 1e-31, 4e-320,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MIN_VALUE};
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(14);
        double[] xs = new double[picked.length + 500_000];
        System.arraycopy(picked, 0, xs, 0, picked.length);
        for (int i = picked.length; i < xs.length; i++) {
            long exponent = 990 + rnd.nextInt(80);
            xs[i] = Double.longBitsToDouble(exponent << 52 | (rnd.nextLong() & ((1L << 52) - 1)) | (rnd.nextBoolean() ? Long.MIN_VALUE : 0));
        }
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        CsvRowWriter a = new CsvRowWriter(direct);
        CsvRowWriter b = new CsvRowWriter(text);
        for (double x : xs) {
            a.field("u");
            a.number(x);
            a.end();
            b.row(new String[] {"u", CsvNumbers.format(x)});
        }
        a.flush();
        b.flush();
        assertArrayEquals(text.toByteArray(), direct.toByteArray());
        assertTrue(new String(direct.toByteArray(), StandardCharsets.US_ASCII).startsWith("u,0\r\nu,0\r\nu,75\r\nu,-3\r\nu,1000000000000000\r\n"));
    }
}
