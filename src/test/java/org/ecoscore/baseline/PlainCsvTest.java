package org.ecoscore.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainCsvTest {
    static List<List<String>> lines(byte[] bytes) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (PlainCsv csv = new PlainCsv(new ByteArrayInputStream(bytes))) {
            while (csv.next()) {
                List<String> f = new ArrayList<>();
                for (int i = 0; i < csv.fields(); i++) f.add(csv.text(i));
                out.add(f);
            }
        }
        return out;
    }

    static List<List<String>> lines(String s) throws Exception {
        return lines(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesSplitAtEveryCommaAfterTheByteOrderMark() throws Exception {
        assertEquals(List.of(List.of("id", "name", ""), List.of("F1", "广东博海", "7.5")),
                lines("\uFEFFid,name,\r\nF1,广东博海,7.5\r\n"));
        assertEquals(List.of(List.of("a", "", "b"), List.of("", "c")), lines("a,,b\n,c"));
        assertEquals(List.of(List.of("😀x")), lines("😀x\n")); // a 4-byte sequence
    }

    @Test
    void aLineLongerThanTheBufferIsReadWhole() throws Exception {
        String field = "x".repeat(200_000);
        assertEquals(List.of(List.of(field, "1"), List.of("2")), lines(field + ",1\n2\n"));
    }

    @Test
    void numbersWithoutText() throws Exception {
        try (PlainCsv csv = new PlainCsv(new ByteArrayInputStream("60.25,-3,,abc,1e5\n".getBytes(StandardCharsets.UTF_8)))) {
            assertTrue(csv.next());
            assertEquals(60.25, csv.number(0));
            assertEquals(-3.0, csv.number(1));
            for (int f = 2; f < 5; f++) assertTrue(Double.isNaN(csv.number(f)), "field " + f);
            assertFalse(csv.next());
        }
    }

    /** What OpenCSV's reader does more than splitting at commas is left to it. */
    @Test
    void anythingButPlainLinesIsRefused() {
        for (String s : new String[] {"a,\"b,c\"\n", "a\rb\n", "a\n\nb\n", "x\n\n"}) {
            assertThrows(PlainCsv.NotPlain.class, () -> lines(s), s.replace("\n", "\\n").replace("\r", "\\r"));
        }
        // not UTF-8: an overlong '/', an encoded surrogate, a sequence cut short, a stray continuation byte,
        // beyond U+10FFFF
        for (byte[] b : new byte[][] {{'a', (byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {'a', (byte) 0xE4, (byte) 0xB8}, {(byte) 0x80, 'a'}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}}) {
            assertThrows(PlainCsv.NotPlain.class, () -> lines(b));
        }
    }
}
