package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void drawsRowsReadInPlaceAndErasesTheLineAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine p = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        p.accept(1234);
        p.clear();
        String s = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\rreading: 1,234 rows ("), s);
        assertTrue(s.endsWith("\r"), s);
        String drawn = s.substring(1, s.indexOf('\r', 1));
        assertEquals(" ".repeat(drawn.length()), s.substring(s.indexOf('\r', 1) + 1, s.length() - 1));
    }

    @Test
    void silentWhenDisabled() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine p = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        p.accept(10);
        p.clear();
        assertEquals(0, bytes.size());
    }
}
