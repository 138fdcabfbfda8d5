package org.ecoscore.robustness;

import org.ecoscore.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4 item 6, SPEC §6: validate lists every problem of a batch in one run — mapping, unreadable cells,
 * duplicates, coverage, regions, credit codes, unreadable files — as a table and as CSV, with the exit code.
 */
class ValidateCliTest {
    @TempDir
    Path dir;

    private Path messyBatch() throws Exception {
        List<List<String>> rows = Corpus.rows("V", 6);
        rows.get(0).add("备注栏");                      // unmapped-column
        for (int r = 1; r < rows.size(); r++) rows.get(r).add("");
        rows.get(1).set(3, "非常好");                    // invalid-value (A1_1, agree5)
        rows.get(2).set(0, "V001");                      // duplicate-id with row 2
        rows.get(3).set(2, "火星");                      // unknown-region
        rows.get(4).set(2, "");                          // missing-region
        String body = "91350100M000100Y4";
        char wrong = org.ecoscore.screen.CreditCode.checkCharacter(body) == '0' ? '1' : '0';
        rows.get(5).set(0, body + wrong);                // invalid-credit-code: a wrong check character
        for (int c = 3; c < rows.get(6).size() - 1; c++) rows.get(6).set(c, ""); // low-coverage
        return Corpus.csv(dir.resolve("batch.csv"), rows, StandardCharsets.UTF_8);
    }

    @Test
    void validateListsEveryKindOfProblemInOneRunAsATableAndAsCsv() throws Exception {
        Path batch = messyBatch();
        Path broken = Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Path csv = dir.resolve("issues.csv");
        CliRun run = CliRun.of("validate", batch.toString(), broken.toString(), "--issues-csv", csv.toString());
        assertEquals(3, run.exitCode(), "an unreadable file: exit 3\n" + run.out() + run.err());
        assertTrue(run.noStackTrace(), run.err());
        String table = run.out();
        String issues = Files.readString(csv);
        for (String code : List.of("unmapped-column", "invalid-value", "duplicate-id", "unknown-region",
                "missing-region", "invalid-credit-code", "low-coverage", "unreadable-file")) {
            assertTrue(table.contains(code), code + " in\n" + table);
            assertTrue(issues.contains("," + code + ","), code + " in\n" + issues);
        }
        assertTrue(table.startsWith("file"), table);
        assertTrue(issues.startsWith("\uFEFFfile,sheet,row,column,code,severity,message"), issues);
        assertTrue(table.contains("batch.csv") && table.contains("broken.xlsx"), table);
        assertTrue(run.err().contains("1 input file could not be read"), run.err());
    }

    /*
     * New-user test F9/F10: "Files read: 3 (1 unreadable)" for four files, "1 errors", the one error in the middle
     * of the notes. Now: the total first, a count in the right number, errors then warnings then notes, and the
     * columns lined up by display width with a Chinese file name (two columns a character).
     */
    @Test
    void validatePutsErrorsFirstAlignsChineseNamesAndCountsInTheRightNumber() throws Exception {
        Path batch = messyBatch();
        Path broken = Files.write(dir.resolve("问卷星_补充批次.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        CliRun run = CliRun.of("validate", batch.toString(), broken.toString(), "--lang", "en");
        assertEquals(3, run.exitCode(), run.out() + run.err());
        List<String> lines = List.of(run.out().split("\n"));
        int blank = lines.indexOf("");
        List<String> table = lines.subList(0, blank);
        assertTrue(table.get(1).contains("unreadable-file") && table.get(1).contains("问卷星_补充批次.xlsx"),
                "the one error first:\n" + run.out());
        int header = org.ecoscore.core.Text.displayWidth(table.get(0).substring(0, table.get(0).indexOf("code")));
        int last = 0;
        for (String line : table.subList(1, table.size())) {
            int severity = line.contains("  error  ") ? 0 : line.contains("  warning  ") ? 1 : 2;
            assertTrue(severity >= last, "errors, then warnings, then notes:\n" + run.out());
            last = severity;
            String code = java.util.stream.Stream.of("unreadable-file", "unmapped-column", "invalid-value",
                    "duplicate-id", "unknown-region", "missing-region", "invalid-credit-code", "low-coverage")
                    .filter(c -> line.contains("  " + c + "  ")).findFirst().orElseThrow(() -> new AssertionError(line));
            assertEquals(header, org.ecoscore.core.Text.displayWidth(line.substring(0, line.indexOf(code))),
                    "code column at display column " + header + ": " + line);
        }
        assertEquals(2, last, "the batch has notes (unmapped-column)");
        assertTrue(lines.contains("Files: 2 (1 read, 1 unreadable)"), run.out());
        assertTrue(run.out().contains("\n1 error, "), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("1 error, \\d+ warnings?, \\d+ notes?")), run.out());
        assertTrue(run.err().contains("ecoscore: 1 input file could not be read."), run.err());
    }

    @Test
    void validateExitsFiveWhenTheDataHasErrorsAndZeroWhenClean() throws Exception {
        Path clean = Corpus.csv(dir.resolve("clean.csv"), Corpus.rows("C", 3), StandardCharsets.UTF_8);
        CliRun ok = CliRun.of("validate", clean.toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        Path dup = Corpus.xlsx(dir.resolve("dup.xlsx"), Corpus.rows("D", 2));
        Path other = Corpus.csv(dir.resolve("other.csv"), Corpus.rows("D", 2), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("validate", dup.toString(), other.toString(), "--duplicates", "reject");
        assertTrue(run.out().contains("duplicate-id"), run.out());
        assertTrue(run.exitCode() == 3 || run.exitCode() == 5 || run.exitCode() == 0, run.out());
    }
}
