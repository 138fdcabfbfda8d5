package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.MetaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §2 inputs: folders, skipped files, unreadable files, checksums, progress. */
class InputReaderTest {
    @TempDir
    Path dir;

    private final IssueLog issues = new IssueLog();
    private final List<String> opened = new ArrayList<>();

    /** Opens a file whose text is comma-separated lines; a file containing "BROKEN" cannot be read. */
    private final BiFunction<Path, String, SpreadsheetFile> opener = (path, display) -> {
        opened.add(display);
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (text.contains("BROKEN")) throw EcoscoreException.input(display, "not a spreadsheet: bad bytes");
            return TestSheets.file(display, TestSheets.csv(text.strip().split("\n")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    };

    private void write(String relative, String content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private ResponseTable read(List<String> inputs, java.util.function.LongConsumer progress) {
        return InputReader.read(Level.FIRM, inputs, WorkedExample.framework(), Options.defaults(inputs, List.of()),
                issues, progress, opener);
    }

    @Test
    void folderIsScannedRecursivelyInSortedOrderSkippingLockHiddenAndOtherFiles() throws IOException {
        write("b.csv", "id,Q1\nB,2\n");
        write("a/z.csv", "id,Q1\nAZ,1\n");
        write("a.csv", "id,Q1\nA,5\n");
        write("~$a.xlsx", "lock");
        write(".hidden.csv", "id,Q1\nH,1\n");
        write(".git/c.csv", "id,Q1\nG,1\n");
        write("notes.txt", "hello");
        String folder = dir.toString();
        ResponseTable t = read(List.of(folder + "/"), n -> { });
        assertEquals(List.of(folder + "/a.csv", folder + "/a/z.csv", folder + "/b.csv"), opened);
        assertEquals(3, t.rows());
        assertEquals(List.of("A", "AZ", "B"), List.of(t.meta(MetaRole.ID, 0), t.meta(MetaRole.ID, 1),
                t.meta(MetaRole.ID, 2)));
        assertEquals(2, t.fileIndex(2));
        InputFile f = t.files().get(1);
        assertEquals(1, f.index());
        assertEquals(folder + "/a/z.csv", f.display());
        assertEquals("table", f.layout());
        assertEquals("", f.sheet());
        assertEquals(1, f.rowsRead());
        assertTrue(f.readable());
        // each of the three files lacks a region column (one missing-region-column warning each)
        assertEquals(3, issues.all().stream().filter(i -> i.code().equals("missing-region-column")).count());
        List<Issue> skipped = issues.all().stream().filter(i -> !i.code().equals("missing-region-column")).toList();
        assertEquals(1, skipped.size());
        assertEquals("skipped-file", skipped.get(0).code());
        assertEquals(folder + "/notes.txt", skipped.get(0).file());
        assertEquals(Severity.INFO, skipped.get(0).severity());
    }

    private ResponseTable readSkipping(List<String> inputs, List<String> skip) {
        return InputReader.read(Level.FIRM, inputs, WorkedExample.framework(),
                Options.defaults(inputs, List.of()).withSkipFiles(skip), issues, n -> { }, opener);
    }

    @Test
    void skipFilePassesOverFilesByNameOrPathWithinTheFolder() throws IOException {
        write("a.csv", "id,Q1\nA,5\n");
        write("说明-2026.csv", "BROKEN");          // a codebook kept beside the exports: unreadable as a questionnaire
        write("old/b.csv", "id,Q1\nOLD,1\n");      // last year's export in a subfolder
        write("new/old-b.csv", "id,Q1\nN,2\n");    // "old" only in the name: not matched by old/**
        write("new/c.CSV", "id,Q1\nC,3\n");
        String folder = dir.toString();
        ResponseTable t = readSkipping(List.of(folder), List.of("说明*.csv", "old/**"));
        assertEquals(List.of(folder + "/a.csv", folder + "/new/c.CSV", folder + "/new/old-b.csv"), opened);
        assertEquals(List.of("A", "C", "N"), List.of(t.meta(MetaRole.ID, 0), t.meta(MetaRole.ID, 1),
                t.meta(MetaRole.ID, 2)));
        List<Issue> skipped = issues.all().stream().filter(i -> i.code().equals("skipped-file")).toList();
        assertEquals(List.of(folder + "/old/b.csv", folder + "/说明-2026.csv"), skipped.stream().map(Issue::file).toList());
        assertEquals("matches --skip-file old/**: skipped", skipped.get(0).message());
        assertEquals("matches --skip-file 说明*.csv: skipped", skipped.get(1).message());
        assertEquals(Severity.INFO, skipped.get(1).severity());
        assertTrue(issues.all().stream().noneMatch(i -> i.code().equals("unreadable-file")), "the codebook is not read");
    }

    /* New-user finding: "old" and "old/", the natural way to leave out last year's folder, matched nothing. */
    @Test
    void skipFileNamingAFolderPassesOverEverythingInItAndTheFolderGivenMayLeadThePath() throws IOException {
        write("a.csv", "id,Q1\nA,5\n");
        write("old/b.csv", "id,Q1\nOLD,1\n");
        write("old/deeper/c.csv", "id,Q1\nOLDER,1\n");
        write("older.csv", "id,Q1\nX,2\n");                // "old" is a folder name, not a prefix of names
        write("2025/d.csv", "id,Q1\nY,2\n");
        String folder = dir.toString();
        for (String pattern : List.of("old", "old/", "old/**")) {
            opened.clear();
            readSkipping(List.of(folder), List.of(pattern, dir.getFileName() + "/2025/*.csv"));
            assertEquals(List.of(folder + "/a.csv", folder + "/older.csv"), opened, pattern);
        }
    }

    @Test
    void skipFileAlsoPassesOverAFileNamedByItselfAndMatchesOnlyWholeNames() throws IOException {
        write("a.csv", "id,Q1\nA,5\n");
        write("summary.csv", "BROKEN");
        write("x/summary.csv.bak.csv", "id,Q1\nS,4\n");
        String a = dir.resolve("a.csv").toString();
        String summary = dir.resolve("summary.csv").toString();
        ResponseTable t = readSkipping(List.of(a, summary, dir.resolve("x").toString()), List.of("summary.csv"));
        assertEquals(List.of(a, dir.resolve("x") + "/summary.csv.bak.csv"), opened);
        assertEquals(2, t.rows());
        assertEquals(List.of(summary), issues.all().stream().filter(i -> i.code().equals("skipped-file"))
                .map(Issue::file).toList());
    }

    @Test
    void skipFileThatIsNoPatternIsAUsageError() {
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> SkipPatterns.of(List.of("[说明")));
        assertEquals(org.ecoscore.core.ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("--skip-file [说明 is not a file-name pattern ("), e.getMessage());
        assertTrue(e.getMessage().contains("close every [ and {"), e.getMessage());
        assertThrows(EcoscoreException.class, () -> SkipPatterns.of(List.of(" ")));
    }

    @Test
    void sha256OfTheFileBytes() throws IOException {
        write("x.csv", "Q1\n1\n");
        ResponseTable t = read(List.of(dir.resolve("x.csv").toString()), n -> { });
        // sha256 of "Q1\n1\n", computed with sha256sum
        assertEquals("160aa80c67e64b5c2bb3d2bd048f342b474bf001ed4d6ec53c94a9381e163b5b", t.files().get(0).sha256());
    }

    @Test
    void unreadableFileIsAnErrorAndTheRestIsRead() throws IOException {
        write("a.csv", "BROKEN");
        write("b.csv", "Q1\n3\n");
        write("c.csv", "nothing,here\n1,2\n");
        ResponseTable t = read(List.of(dir.toString()), n -> { });
        assertEquals(1, t.rows());
        assertEquals(1, t.fileIndex(0));
        assertEquals(3, t.files().size());
        InputFile a = t.files().get(0);
        assertEquals("not a spreadsheet: bad bytes", a.error());
        assertEquals(0, a.rowsRead());
        assertEquals(64, a.sha256().length());
        InputFile c = t.files().get(2);
        assertTrue(c.error().startsWith("no header row matching the framework's questions"));
        List<Issue> errors = issues.all().stream().filter(i -> i.code().equals("unreadable-file")).toList();
        assertEquals(2, errors.size());
        assertEquals(Severity.ERROR, errors.get(0).severity());
        assertEquals(dir + "/a.csv", errors.get(0).file());
    }

    @Test
    void rowsOfAFileRefusedHalfwayAreNotKept() throws IOException {
        write("a.csv", "Q1,Q2\n1,2\n");
        // 50 good rows (past the 40 rows read ahead to find the header), then a quote that is never closed
        write("b.csv", "Q1,Q2\n" + "3,4\n".repeat(50) + "\"5,6\n");
        ResponseTable t = InputReader.read(Level.FIRM, List.of(dir.toString()), WorkedExample.framework(),
                Options.defaults(List.of(dir.toString()), List.of()), issues, n -> { });
        assertEquals(1, t.rows(), "b.csv's 50 rows were read before line 52 refused the file, and are dropped");
        assertNull(t.files().get(0).error());
        assertTrue(t.files().get(1).error().startsWith("a quoted field that starts on line 52 is never closed"),
                t.files().get(1).error());
    }

    @Test
    void missingPathIsAUsageError() {
        String missing = dir.resolve("nope.xlsx").toString();
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> read(List.of(missing), n -> { }));
        assertEquals(2, e.exitCode());
        assertEquals("no such file or folder: " + missing, e.getMessage());
    }

    @Test
    void noInputsGiveAnEmptyTable() {
        ResponseTable t = read(List.of(), n -> { });
        assertEquals(0, t.rows());
        assertEquals(5, t.questions().size());
        assertTrue(t.files().isEmpty());
    }

    @Test
    void progressIsReportedEvery10000Rows() throws IOException {
        StringBuilder sb = new StringBuilder("Q1\n");
        for (int i = 0; i < 25_000; i++) sb.append(i % 5 + 1).append('\n');
        write("big.csv", sb.toString());
        List<Long> calls = new ArrayList<>();
        ResponseTable t = read(List.of(dir.resolve("big.csv").toString()), calls::add);
        assertEquals(25_000, t.rows());
        assertEquals(List.of(10_000L, 20_000L), calls);
        assertEquals(3, t.raw(0)[24_999 - 2]); // row i = 24997 → 24997 % 5 + 1 = 3
    }
}
