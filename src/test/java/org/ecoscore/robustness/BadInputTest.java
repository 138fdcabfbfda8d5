package org.ecoscore.robustness;

import org.ecoscore.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 4 item 1 (SPEC §2, §3, §6): each bad input is scored next to a good one. An unreadable file gives
 * exit 3, a message naming it and saying what to do, no stack trace, and the report still covers the good
 * file; a messy but readable file is read, and its rows are accounted for on the Summary sheet.
 */
class BadInputTest {
    static final int GOOD_ROWS = 4;

    @TempDir
    Path dir;

    /** How to build one corpus file. */
    @FunctionalInterface
    interface Builder {
        Path build(Path dir) throws Exception;
    }

    /**
     * @param exit     the SPEC §6 exit code of the run
     * @param fragment a text the stderr or the issues must contain (the message)
     * @param read     rows the Summary shows as read from the file; -1 when it is unreadable
     */
    record Case(String name, Builder builder, int exit, String fragment, int read) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() {
        return Stream.of(
                new Case("empty file", d -> Files.write(d.resolve("empty.csv"), new byte[0]), 3, "is empty", -1),
                new Case("headers only", d -> Corpus.xlsx(d.resolve("headers.xlsx"), Corpus.rows("H", 0)), 0,
                        "no-answer-rows", 0),
                new Case("truncated xlsx", d -> {
                    byte[] b = Corpus.bytes(Corpus.workbook(Corpus.rows("T", 3)));
                    return Files.write(d.resolve("truncated.xlsx"), Arrays.copyOf(b, b.length * 2 / 3));
                }, 3, "save it as .xlsx", -1),
                new Case("random bytes named .xlsx", d -> {
                    byte[] b = new byte[4000];
                    new Random(7).nextBytes(b);
                    return Files.write(d.resolve("random.xlsx"), b);
                }, 3, "is not a spreadsheet", -1),
                new Case("csv named .xlsx", d -> Corpus.csv(d.resolve("csv.xlsx"), Corpus.rows("C", 3),
                        StandardCharsets.UTF_8), 0, "", 3),
                new Case("xlsx named .csv", d -> Corpus.xlsx(d.resolve("xlsx.csv"), Corpus.rows("X", 3)), 0, "", 3),
                new Case("password-protected xlsx", d -> Corpus.encrypted(d.resolve("locked.xlsx"),
                        Corpus.bytes(Corpus.workbook(Corpus.rows("P", 3)))), 3, "password", -1),
                new Case("Excel 5 xls", d -> Corpus.biff5(d.resolve("old.xls")), 3, "Excel 5/95", -1),
                new Case("zip bomb", BadInputTest::zipBomb, 3, "zip bomb", -1),
                new Case("external entity in the workbook part", d -> entity(d, "xl/workbook.xml", "xxe-wb.xlsx"), 3,
                        "DOCTYPE", -1),
                new Case("external entity in a sheet", d -> entity(d, "xl/worksheets/sheet1.xml", "xxe-sheet.xlsx"),
                        3, "DOCTYPE", -1),
                new Case("external entity in shared strings", d -> entity(d, "xl/sharedStrings.xml", "xxe-sst.xlsx"),
                        3, "DOCTYPE", -1),
                new Case("16,384 columns", BadInputTest::widest, 0, "", 3),
                new Case("a cell of 32,767 characters", BadInputTest::longCell, 0, "", 3),
                new Case("an invalid answer of 32,767 characters", BadInputTest::longInvalidAnswer, 0,
                        "invalid-value", 3),
                new Case("a CSV name of 40,000 characters", BadInputTest::longCsvName, 0, "", 3),
                new Case("merged header cells", BadInputTest::mergedHeader, 0, "", 3),
                new Case("hidden sheet before the data", BadInputTest::hiddenSheet, 0, "", 3),
                new Case("unbalanced quotes", BadInputTest::unbalancedQuotes, 3, "never closed", -1),
                new Case("duplicate header texts", BadInputTest::duplicateHeaders, 0, "duplicate-column", 3),
                new Case("Excel's scientific notation in ids", BadInputTest::scientificIds, 0, "mangled-id", 3),
                new Case("mixed encodings in one CSV", BadInputTest::mixedEncodings, 0, "mixed-encoding", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badInputIsReportedAndTheOtherInputsAreStillScored(Case c) throws Exception {
        Path good = Corpus.csv(dir.resolve("good.csv"), Corpus.rows("G", GOOD_ROWS), StandardCharsets.UTF_8);
        Path bad = c.builder().build(dir);
        byte[] before = Files.readAllBytes(bad);
        var mtime = Files.getLastModifiedTime(bad);
        Path report = dir.resolve("out").resolve("report.xlsx");
        Files.createDirectories(report.getParent());

        CliRun run = CliRun.of("score", good.toString(), bad.toString(), "-o", report.toString(), "--csv",
                dir.resolve("csv").toString(), "--quiet");

        assertEquals(c.exit(), run.exitCode(), run.err());
        assertTrue(run.noStackTrace(), run.out() + run.err());
        String issues = Files.readString(dir.resolve("csv").resolve("issues.csv"));
        if (c.read() < 0) {
            assertTrue(run.err().contains("could not be read"), run.err());
            assertTrue(issues.contains(bad.toString()) && issues.contains("unreadable-file"), issues);
            // the Summary's highlights lead with it: the report covers the other files only
            String first = firstHighlight(report);
            assertEquals("有 1 个输入文件无法读取，未计入本报告：" + bad + "（原因见“数据问题”工作表）。", first);
        }
        assertTrue(issues.contains(c.fragment()), issues);
        assertTrue(Files.exists(report), "the report is still written");
        assertArrayEquals(new int[] {GOOD_ROWS, GOOD_ROWS, 0}, ReportCells.fileCounts(report, good.toString()));
        int[] counts = ReportCells.fileCounts(report, bad.toString());
        assertNotNull(counts, "the Summary lists " + bad);
        assertEquals(Math.max(0, c.read()), counts[0]);
        assertEquals(counts[0], counts[1] + counts[2], "rows read = scored + excluded");
        assertArrayEquals(before, Files.readAllBytes(bad), "the input is unchanged");
        assertEquals(mtime, Files.getLastModifiedTime(bad));
    }

    /** The Summary's first highlight: the cell below the 要点 / Highlights heading. */
    static String firstHighlight(Path report) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(report.toFile())) {
            var sheet = wb.getSheet("概览");
            boolean next = false;
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) continue;
                    String t = cell.getStringCellValue();
                    if (next && !t.isBlank()) return t;
                    if (t.equals("要点")) next = true;
                }
            }
            return null;
        }
    }

    static Path zipBomb(Path d) throws Exception {
        byte[] ok = Corpus.bytes(Corpus.workbook(Corpus.rows("Z", 1)));
        String sheet = Corpus.entryText(ok, "xl/worksheets/sheet1.xml");
        int at = sheet.indexOf("</sheetData>");
        String padded = sheet.substring(0, at) + " ".repeat(30_000_000) + sheet.substring(at);
        byte[] bomb = Corpus.replaceEntry(ok, "xl/worksheets/sheet1.xml", b -> padded.getBytes(StandardCharsets.UTF_8));
        assertTrue(bomb.length < 200_000, "a small file: " + bomb.length);
        return Files.write(d.resolve("bomb.xlsx"), bomb);
    }

    static Path entity(Path d, String part, String name) throws Exception {
        byte[] ok = Corpus.bytes(Corpus.workbook(Corpus.rows("E", 3)));
        byte[] evil = Corpus.replaceEntry(ok, part, b -> {
            String xml = new String(b, StandardCharsets.UTF_8);
            int root = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") : 0);
            String doctype = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
            String withEntity = xml.replaceFirst("<t>([^<]*)</t>", "<t>&e;$1</t>");
            return (withEntity.substring(0, root) + doctype + withEntity.substring(root))
                    .getBytes(StandardCharsets.UTF_8);
        });
        return Files.write(d.resolve(name), evil);
    }

    static Path widest(Path d) throws Exception {
        List<List<String>> rows = Corpus.rows("W", 3);
        List<String> header = rows.get(0);
        while (header.size() < 16_384) header.add("备注" + header.size());
        return Corpus.xlsx(d.resolve("wide.xlsx"), rows);
    }

    static Path longCell(Path d) throws Exception {
        List<List<String>> rows = Corpus.rows("L", 3);
        rows.get(1).set(1, "长".repeat(32_767));
        return Corpus.xlsx(d.resolve("long.xlsx"), rows);
    }

    static Path longInvalidAnswer(Path d) throws Exception {
        List<List<String>> rows = Corpus.rows("I", 3);
        rows.get(2).set(3, "x".repeat(32_767));
        return Corpus.xlsx(d.resolve("long-answer.xlsx"), rows);
    }

    static Path longCsvName(Path d) throws Exception {
        List<List<String>> rows = Corpus.rows("N", 3);
        rows.get(3).set(1, "名".repeat(40_000));
        return Corpus.csv(d.resolve("long-name.csv"), rows, StandardCharsets.UTF_8);
    }

    static Path mergedHeader(Path d) throws Exception {
        List<List<String>> rows = new ArrayList<>(Corpus.rows("M", 3));
        rows.add(0, new ArrayList<>(List.of("人工智能企业创新生态调查")));
        try (XSSFWorkbook wb = Corpus.workbook(rows)) {
            var s = wb.getSheetAt(0);
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
            // the header of the name column merged with an extra, empty column to its right
            Row h = s.getRow(1);
            h.createCell(rows.get(1).size()).setCellValue("");
            s.addMergedRegion(new CellRangeAddress(1, 1, rows.get(1).size(), rows.get(1).size() + 1));
            Files.write(d.resolve("merged.xlsx"), Corpus.bytes(wb));
        }
        return d.resolve("merged.xlsx");
    }

    static Path hiddenSheet(Path d) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Corpus.fill(wb.createSheet("旧数据"), Corpus.rows("OLD", 7));
            Corpus.fill(wb.createSheet("答卷"), Corpus.rows("V", 3));
            wb.setActiveSheet(1);
            wb.setSheetHidden(0, true);
            Files.write(d.resolve("hidden.xlsx"), Corpus.bytes(wb));
        }
        return d.resolve("hidden.xlsx");
    }

    static Path unbalancedQuotes(Path d) throws Exception {
        String text = Corpus.csvText(Corpus.rows("Q", 3));
        int second = text.indexOf("\r\n") + 2;
        String broken = text.substring(0, second) + "\"" + text.substring(second);
        return Files.write(d.resolve("quotes.csv"), broken.getBytes(StandardCharsets.UTF_8));
    }

    static Path duplicateHeaders(Path d) throws Exception {
        List<List<String>> rows = Corpus.rows("D", 3);
        rows.get(0).add("A1_1");
        for (int r = 1; r < rows.size(); r++) rows.get(r).add("3");
        return Corpus.xlsx(d.resolve("dup.xlsx"), rows);
    }

    static Path scientificIds(Path d) throws Exception {
        List<List<String>> rows = Corpus.rows("S", 3);
        rows.get(1).set(0, "9.14403E+17");
        return Corpus.csv(d.resolve("sci.csv"), rows, StandardCharsets.UTF_8);
    }

    static Path mixedEncodings(Path d) throws Exception {
        List<List<String>> rows = Corpus.rows("U", 3);
        byte[] utf8 = Corpus.csvText(rows.subList(0, 3)).getBytes(StandardCharsets.UTF_8);
        byte[] gbk = Corpus.csvText(rows.subList(3, 4)).getBytes(java.nio.charset.Charset.forName("GB18030"));
        byte[] all = Arrays.copyOf(utf8, utf8.length + gbk.length);
        System.arraycopy(gbk, 0, all, utf8.length, gbk.length);
        return Files.write(d.resolve("mixed.csv"), all);
    }
}
