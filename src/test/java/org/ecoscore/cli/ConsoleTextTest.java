package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecoscore.core.Issue;
import org.ecoscore.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: text quoted from an input (an answer such as ESC]0;…BEL, which retitles a terminal, or ESC[2J,
 * which clears it) reached the console as written through validate's issue table and error messages.
 */
class ConsoleTextTest {
    @TempDir
    Path dir;

    @Test
    void controlCharactersAreShownEscapedAndLineFeedsKeptOnlyWhereTheyAreTheTextsOwn() {
        assertEquals("a\\u001B[2Jb\nc", ConsoleText.printable("a\u001b[2Jb\nc"));
        assertEquals("a b c \\u0007", ConsoleText.oneLine("a\r\nb\tc\n\u0007"));
        assertEquals("\\u009B31m", ConsoleText.printable("\u009b31m"));
        assertEquals("中文 plain", ConsoleText.printable("中文 plain"));
    }

    @Test
    void issueTableShowsAnEscapeSequenceFromAnAnswerAsText() {
        String table = IssueTable.format(List.of(new Issue("f.csv", "", 2, "D", "invalid-value", Severity.WARNING,
                "\"\u001b]0;pwned\u0007\" is not an answer of Q")));
        assertFalse(table.contains("\u001b") || table.contains("\u0007"), table);
        assertTrue(table.contains("\"\\u001B]0;pwned\\u0007\" is not an answer of Q"), table);
    }

    @Test
    void validateNeverPrintsAControlCharacterTakenFromAnInput() throws Exception {
        Path csv = dir.resolve("f.csv");
        Files.writeString(csv, "A1_1,A1_2,A1_3\n\u001b[2J,3,4\n" + "3,3,3\n".repeat(20));
        CliRun run = CliRun.of("validate", csv.toString());
        assertFalse((run.out() + run.err()).contains("\u001b"), run.out());
        assertTrue(run.out().contains("\\u001B[2J"), run.out());
    }
}
