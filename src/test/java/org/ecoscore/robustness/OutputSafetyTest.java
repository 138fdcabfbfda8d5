package org.ecoscore.robustness;

import org.ecoscore.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4 item 3, SPEC §5: formula injection, atomic writes, exit 4, inputs never written. */
class OutputSafetyTest {
    static final List<String> EVIL = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-1+2",
            "@SUM(A1:A9)", "=cmd|' /C calc'!A0");

    @TempDir
    Path dir;

    private Path evilBatch() throws IOException {
        List<List<String>> rows = Corpus.rows("X", EVIL.size());
        for (int i = 0; i < EVIL.size(); i++) {
            rows.get(i + 1).set(0, EVIL.get(i));
            rows.get(i + 1).set(1, EVIL.get(EVIL.size() - 1 - i));
            rows.get(i + 1).set(2, EVIL.get(i));
            rows.get(i + 1).set(3, EVIL.get(i)); // an invalid answer, quoted in the issue message
        }
        return Corpus.csv(dir.resolve("evil.csv"), rows, StandardCharsets.UTF_8);
    }

    @Test
    void formulaLikeInputTextIsWrittenAsQuotePrefixedStringsAndNeverAsAFormula() throws Exception {
        Path in = evilBatch();
        Path report = dir.resolve("report.xlsx");
        CliRun run = CliRun.of("score", in.toString(), "-o", report.toString(), "--csv", dir.resolve("csv").toString(),
                "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        List<String> seen = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(report.toFile(), null, true)) {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        assertFalse(c.getCellType() == CellType.FORMULA, s.getSheetName() + "!" + c.getAddress());
                        if (c.getCellType() == CellType.STRING && EVIL.contains(c.getStringCellValue())) {
                            assertTrue(c.getCellStyle().getQuotePrefixed(), s.getSheetName() + "!" + c.getAddress());
                            seen.add(c.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertTrue(seen.containsAll(EVIL), "every id and name is in the report: " + seen);
        String firms = Files.readString(dir.resolve("csv").resolve("firms.csv"));
        for (String e : EVIL) {
            String quoted = e.contains("\"") || e.contains(",") ? "\"'" + e.replace("\"", "\"\"") + "\"" : "'" + e;
            assertTrue(firms.contains(quoted), e + " in " + firms);
        }
        for (String line : firms.split("\r?\n")) {
            for (String field : line.split(",")) {
                assertFalse(!field.isEmpty() && "=+@".indexOf(field.charAt(0)) >= 0, "unprotected field " + field);
            }
        }
    }

    @Test
    void failedWriteLeavesThePreviousReportIntactAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("report.xlsx"), "previous report");
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertEquals(4, e.exitCode());
        assertEquals("previous report", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void unwritableOutputPathGivesExit4AClearMessageAndNoFile() throws Exception {
        Path in = Corpus.csv(dir.resolve("good.csv"), Corpus.rows("G", 3), StandardCharsets.UTF_8);
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path out = notAFolder.resolve("report.xlsx");
        CliRun run = CliRun.of("score", in.toString(), "-o", out.toString(), "--quiet");
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains("cannot write " + out) && run.err().contains("choose another -o path"),
                run.err());
        assertTrue(run.noStackTrace(), run.err());
        assertEquals("x", Files.readString(notAFolder));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no partial file");
        }
    }

    @Test
    void reportPathThatIsAFolderGivesExit4() throws Exception {
        Path in = Corpus.csv(dir.resolve("good.csv"), Corpus.rows("G", 3), StandardCharsets.UTF_8);
        Path folder = Files.createDirectory(dir.resolve("report.xlsx"));
        CliRun run = CliRun.of("score", in.toString(), "-o", folder.toString(), "--quiet");
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains("it is a folder"), run.err());
    }

    @Test
    void inputsAreNeverOpenedForWriting() throws Exception {
        Path in = Corpus.xlsx(dir.resolve("firms.xlsx"), Corpus.rows("R", 3));
        assertTrue(in.toFile().setReadOnly());
        byte[] before = Files.readAllBytes(in);
        var mtime = Files.getLastModifiedTime(in);
        CliRun run = CliRun.of("score", in.toString(), "-o", dir.resolve("r.xlsx").toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        assertArrayEquals(before, Files.readAllBytes(in));
        assertEquals(mtime, Files.getLastModifiedTime(in));
    }
}
