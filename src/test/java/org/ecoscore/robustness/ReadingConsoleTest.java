package org.ecoscore.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecoscore.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 part 7: what reading prints. A damaged workbook part gives our message only, never the XML parser's
 * own {@code [Fatal Error] :-1:-1: Invalid byte 2 of 2-byte UTF-8 sequence.} line on the process's stderr; a
 * file with a header and no answer rows is named in the console summary although the other file is fine.
 */
class ReadingConsoleTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels", "xl/sharedStrings.xml",
            "xl/styles.xml"})
    void aDamagedPartGivesOurMessageAndNothingFromTheXmlParser(String part) throws Exception {
        byte[] ok = Corpus.bytes(Corpus.workbook(Corpus.rows("E", 3)));
        // 0xC3 opens a 2-byte UTF-8 sequence; '(' cannot continue it: "Invalid byte 2 of 2-byte UTF-8 sequence"
        byte[] bad = Corpus.replaceEntry(ok, part, b -> {
            String xml = new String(b, StandardCharsets.UTF_8);
            int at = xml.indexOf("?>") + 2;
            byte[] head = xml.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] rest = xml.substring(at).getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[head.length + 2 + rest.length];
            System.arraycopy(head, 0, out, 0, head.length);
            out[head.length] = (byte) 0xC3;
            out[head.length + 1] = '(';
            System.arraycopy(rest, 0, out, head.length + 2, rest.length);
            return out;
        });
        Path file = Files.write(dir.resolve("damaged.xlsx"), bad);
        Path good = Corpus.csv(dir.resolve("good.csv"), Corpus.rows("G", 2), StandardCharsets.UTF_8);
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        CliRun run;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run = CliRun.of("validate", good.toString(), file.toString());
        } finally {
            System.setErr(original);
        }
        String processErr = captured.toString(StandardCharsets.UTF_8);
        assertEquals("", processErr, "nothing printed behind the command's back");
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("unreadable: " + file + ": is damaged"), run.out());
        assertFalse((run.out() + run.err()).contains("[Fatal Error]"));
        assertTrue(run.noStackTrace(), run.out() + run.err());
    }

    @Test
    void aFileWithAHeaderOnlyIsNamedWhenTheOtherFileIsFine() throws Exception {
        Path good = Corpus.csv(dir.resolve("good.csv"), Corpus.rows("G", 2), StandardCharsets.UTF_8);
        Path empty = Corpus.csv(dir.resolve("empty-export.csv"), Corpus.rows("H", 0), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("validate", good.toString(), empty.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("  no answer rows: " + empty + " (a header row only)"), run.out());
        assertTrue(run.out().contains("no-answer-rows"), run.out());
        assertTrue(run.out().contains("Firms: 2 rows read, 2 scored"), run.out());
    }
}
