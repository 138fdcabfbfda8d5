package org.ecoscore.instrument;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.fixtures.WorkedExampleFiles;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;
import org.ecoscore.input.InputFile;
import org.ecoscore.input.ResponseTable;
import org.ecoscore.pipeline.Pipeline;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.LevelScores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §6 "a filled template reads back with no mapping", proved end to end: the WORKED-EXAMPLE.md framework
 * (CSV files on disk) → blank templates written by {@link TemplateWriter} → filled with POI as a respondent
 * would (labels, {@code 10%}, a percent-formatted number, plain numbers, 是/否, regions 广东/北京市) → scored by
 * {@link Pipeline#run}. The expected figures are the example's hand computation, as exact expressions.
 */
class TemplateRoundTripTest {
    private static final double EPS = 1e-9;
    private static final String SHEET = "问卷";

    /** A numeric answer cell with a percent number format (SPEC §2: counts as value × 100). */
    private record Percent(double fraction) {
    }

    /** The firms of WORKED-EXAMPLE.md: id, name, region, Q1…Q5 (null = left blank). */
    private static final Object[][] FIRMS = {
            {"F1", "甲", "广东", "同意", "不同意", "10%", 9.0, "是"},
            {"F2", "乙", "广东省", "非常同意", "非常同意", 25.0, 0.0, "否"},
            {"F3", "丙", "北京", "一般", null, 5.0, 99.0, "是"},
            {"F4", "丁", "北京市", "abc", "一般", null, null, null},
            {"F5", "戊", "北京", "不同意", "同意", 2.0, null, "否"}};
    /** F1 again, with Q3 typed as the number 0.1 in a cell formatted 0% (reads as 10). */
    private static final Object[] F1_PERCENT_CELL = {"F1", "甲", "广东", "同意", "不同意", new Percent(0.10), 9.0, "是"};
    private static final String[] META = {"统一社会信用代码", "企业名称", "所在地区"};
    private static final String[] FIRM_CODES = {"Q1", "Q2", "Q3", "Q4", "Q5"};

    @TempDir
    static Path dir;
    static Path fw;
    static Framework framework;
    static Path regionTable;

    @BeforeAll
    static void frameworkAndRegionTemplate() throws IOException {
        fw = dir.resolve("fw");
        WorkedExampleFiles.writeFramework(fw);
        framework = FrameworkLoader.load(fw);

        Path blank = dir.resolve("region-table-blank.xlsx");
        TemplateWriter.write(framework, Level.REGION, TemplateLayout.TABLE, false, blank);
        regionTable = dir.resolve("regions-filled.xlsx");
        fillTable(blank, regionTable, new String[] {"所在地区", "Q6"},
                new Object[][] {{"广东", 60.0}, {"北京市", 150.0}});
    }

    // --- firms: the table template, one firm per row

    @Test
    void filledTableTemplateScoresAsTheWorkedExample() throws IOException {
        Path blank = dir.resolve("firm-table-blank.xlsx");
        TemplateWriter.write(framework, Level.FIRM, TemplateLayout.TABLE, false, blank);
        Path filled = dir.resolve("firms-table.xlsx");
        fillTable(blank, filled, firmColumns(), FIRMS);

        RunResult r = run(List.of(filled.toString()));
        assertWorkedExampleScores(r);
        ResponseTable t = r.firms().table();
        assertEquals(5, t.rows());
        assertEquals(1, t.files().size());
        InputFile f = t.files().get(0);
        assertEquals("table", f.layout());
        assertEquals(SHEET, f.sheet());
        assertEquals(5, f.rowsRead());
        for (int row = 0; row < 5; row++) assertEquals(row + 2, t.rowNumber(row)); // row 1 is the header
        // F4's abc: invalid, quoted, at its cell (Q1 is the fourth column, D), then excluded
        assertTrue(hasIssue(r.issues(), filled.toString(), 5, "D", "invalid-value"), r.issues().all().toString());
        assertEquals("low-coverage", r.firms().exclusion()[3]);
    }

    // --- firms: a folder of form files, one firm per file

    @Test
    void folderOfFilledFormsScoresAsTheWorkedExampleOneRespondentPerFile() throws IOException {
        Path folder = formFolder("forms", FIRMS);
        RunResult r = run(List.of(folder.toString()));
        assertWorkedExampleScores(r);

        ResponseTable t = r.firms().table();
        int header = formHeaderRow(); // 1-based row of 题号 | 题目 | 答案 | 说明
        assertEquals(5, t.rows());
        assertEquals(5, t.files().size());
        for (int i = 0; i < 5; i++) {
            InputFile f = t.files().get(i);
            assertEquals(folder + "/firm-" + (i + 1) + ".xlsx", f.display());
            assertEquals("form", f.layout());
            assertEquals(SHEET, f.sheet());
            assertEquals(1, f.rowsRead(), f.display());
            assertEquals(64, f.sha256().length());
            assertEquals(i, t.fileIndex(i));
            assertEquals(header, t.rowNumber(i), "a form respondent's row is the form header's row");
        }
        // rows read = scored + excluded, per file and in all
        assertEquals(4, r.firms().scoredRows().length);
        assertEquals("low-coverage", r.firms().exclusion()[3]);
        // F4's abc is reported in its own file, on Q1's row, in the 答案 column C
        assertTrue(hasIssue(r.issues(), folder + "/firm-4.xlsx", header + 2, "C", "invalid-value"),
                r.issues().all().toString());
    }

    @Test
    void percentFormattedNumberInAFormCountsAsPercent() throws IOException {
        Object[][] firms = FIRMS.clone();
        firms[0] = F1_PERCENT_CELL;
        RunResult r = run(List.of(formFolder("forms-percent-cell", firms).toString()));
        assertWorkedExampleScores(r);
    }

    @Test
    void filledRegionFormsGiveTheSameRegionScoresAsTheRegionTable() throws IOException {
        Path blank = dir.resolve("region-form-blank.xlsx");
        TemplateWriter.write(framework, Level.REGION, TemplateLayout.FORM, false, blank);
        Path regions = Files.createDirectories(dir.resolve("region-forms"));
        fillForm(blank, regions.resolve("gd.xlsx"), Map.of("所在地区", "广东"), Map.of("Q6", 60.0));
        fillForm(blank, regions.resolve("bj.xlsx"), Map.of("所在地区", "北京市"), Map.of("Q6", 150.0));
        Path firms = dir.resolve("firms-for-region-forms.xlsx");
        Path firmBlank = dir.resolve("firm-table-blank-2.xlsx");
        TemplateWriter.write(framework, Level.FIRM, TemplateLayout.TABLE, false, firmBlank);
        fillTable(firmBlank, firms, firmColumns(), FIRMS);

        Options o = Options.defaults(List.of(firms.toString()), List.of(regions.toString())).withFramework(fw);
        RunResult r = Pipeline.run(o, new IssueLog(), n -> { });
        assertWorkedExampleScores(r);
        assertEquals(List.of(1, 1), r.regions().table().files().stream().map(InputFile::rowsRead).toList());
    }

    // --- forms whose question ids were edited

    @Test
    void formRowWithClearedOrChangedIdIsMatchedByItsQuestionText() throws IOException {
        Path folder = formFolder("forms-edited-ids", FIRMS);
        Path f1 = folder.resolve("firm-1.xlsx");
        editForm(f1, s -> {
            s.getRow(rowOfCode(s, "Q1")).getCell(FormSheet.CODE).setBlank();
            s.getRow(rowOfCode(s, "Q2")).getCell(FormSheet.CODE).setCellValue("第2题");
        });
        IssueLog issues = new IssueLog();
        RunResult r = Pipeline.run(Options.defaults(List.of(folder.toString()), List.of(regionTable.toString()))
                .withFramework(fw), issues, n -> { });
        assertWorkedExampleScores(r);
        ResponseTable t = r.firms().table();
        assertEquals(4.0, t.raw(0)[0], 0.0); // Q1 同意 read through its text 政策清晰
        assertEquals(2.0, t.raw(1)[0], 0.0); // Q2 不同意 read through its text 政策多变
        assertTrue(issues.all().stream().noneMatch(i -> i.file().endsWith("firm-1.xlsx")), issues.all().toString());
    }

    @Test
    void formRowMatchingNothingGivesAnUnmappedRowWarningNamingFileSheetAndRow() throws IOException {
        Path folder = formFolder("forms-extra-row", FIRMS);
        Path f1 = folder.resolve("firm-1.xlsx");
        int[] extra = new int[1];
        editForm(f1, s -> {
            int r = s.getLastRowNum() + 1;
            XSSFRow row = s.createRow(r);
            row.createCell(FormSheet.CODE).setCellValue("X9");
            row.createCell(FormSheet.QUESTION).setCellValue("其他意见和建议");
            row.createCell(FormSheet.ANSWER).setCellValue("加大算力支持");
            extra[0] = r + 1;
        });
        RunResult r = run(List.of(folder.toString()));
        assertWorkedExampleScores(r);
        List<Issue> unmapped = r.issues().all().stream().filter(i -> i.code().equals("unmapped-row")).toList();
        assertEquals(1, unmapped.size(), r.issues().all().toString());
        Issue i = unmapped.get(0);
        assertEquals(folder + "/firm-1.xlsx", i.file());
        assertEquals(SHEET, i.sheet());
        assertEquals(extra[0], i.row());
        assertEquals("C", i.column());
        assertEquals(Severity.WARNING, i.severity());
        assertTrue(i.message().contains("X9 其他意见和建议") && i.message().contains("加大算力支持"), i.message());
        assertEquals(1, r.firms().table().files().get(0).rowsRead());
    }

    // --- the hand computation of WORKED-EXAMPLE.md

    private static void assertWorkedExampleScores(RunResult r) {
        LevelScores f = r.scores().firm();
        assertArrayEquals(new String[] {"F1", "F2", "F3", "F5"}, f.unitIds());
        double[] s1 = {(2 * 75 + 75 + 50) / 4.0, (2 * 100 + 0 + 100) / 4.0, (2 * 50 + 25) / 3.0,
                (2 * 25 + 25 + 10) / 4.0};
        double[] s2 = {Math.sqrt(50 * 100), 1, 100, 1};
        for (int u = 0; u < 4; u++) {
            String id = f.unitIds()[u];
            assertEquals(s1[u], f.score("S1", u), EPS, "S1 of " + id);
            assertEquals(s2[u], f.score("S2", u), EPS, "S2 of " + id);
            assertEquals((2 * s1[u] + s2[u]) / 3, f.score("R", u), EPS, "R of " + id);
            assertEquals(coupling(s1[u], s2[u]), f.coupling().d()[u], EPS, "D of " + id);
        }
        assertEquals(68.75, f.score("S1", 0), EPS);
        assertEquals(70.710678, f.score("S2", 0), 1e-6);
        assertEquals(69.403559, f.score("R", 0), 1e-6);
        assertArrayEquals(new int[] {1, 3, 2, 4}, f.rank());

        LevelScores g = r.scores().region();
        assertArrayEquals(new String[] {"北京市", "广东省"}, g.unitIds());
        double gdS1 = (2 * 87.5 + 37.5 + 75) / 4, gdS2 = Math.cbrt(25 * 50 * 60.0);
        double bjS1 = (2 * 37.5 + 25 + 17.5) / 4, bjS2 = Math.cbrt(100 * 50 * 100.0);
        assertEquals((2 * gdS1 + gdS2) / 3, g.score("R", 1), EPS);
        assertEquals((2 * bjS1 + bjS2) / 3, g.score("R", 0), EPS);
        assertEquals(gdS2, g.score("S2", 1), EPS);
        assertEquals(bjS2, g.score("S2", 0), EPS);
        assertEquals(61.973878, g.score("R", 1), 1e-6);
        assertEquals(46.040018, g.score("R", 0), 1e-6);
        assertEquals(coupling(gdS1, gdS2), g.coupling().d()[1], EPS);
    }

    private static double coupling(double s1, double s2) {
        double u1 = s1 / 100, u2 = s2 / 100;
        double c = 2 * Math.sqrt(u1 * u2) / (u1 + u2);
        return Math.sqrt(c * (u1 + u2) / 2);
    }

    // --- filling templates as a respondent would

    private static RunResult run(List<String> firmInputs) {
        Options o = Options.defaults(firmInputs, List.of(regionTable.toString())).withFramework(fw);
        return Pipeline.run(o, new IssueLog(), n -> { });
    }

    private static String[] firmColumns() {
        String[] cols = new String[META.length + FIRM_CODES.length];
        System.arraycopy(META, 0, cols, 0, META.length);
        System.arraycopy(FIRM_CODES, 0, cols, META.length, FIRM_CODES.length);
        return cols;
    }

    /** Fills rows 2… of a table template; a column is found by its meta label or its question code. */
    private static void fillTable(Path blank, Path filled, String[] columns, Object[][] rows) throws IOException {
        try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(SHEET);
            XSSFRow header = s.getRow(0);
            Map<String, Integer> at = new HashMap<>();
            for (Cell c : header) {
                String h = c.getStringCellValue();
                at.put(h.contains(" ") ? h.substring(0, h.indexOf(' ')) : h, c.getColumnIndex());
            }
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = s.createRow(r + 1);
                for (int k = 0; k < columns.length; k++) {
                    Integer c = at.get(columns[k]);
                    if (c == null) throw new AssertionError("no column " + columns[k] + " in " + blank);
                    put(wb, row.createCell(c), rows[r][k]);
                }
            }
            save(wb, filled);
        }
    }

    /** One form file per firm, firm-1.xlsx …, in a new folder. */
    private static Path formFolder(String name, Object[][] firms) throws IOException {
        Path blank = dir.resolve(name + "-blank.xlsx");
        TemplateWriter.write(framework, Level.FIRM, TemplateLayout.FORM, false, blank);
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < firms.length; i++) {
            Map<String, Object> meta = new HashMap<>();
            Map<String, Object> answers = new HashMap<>();
            for (int k = 0; k < META.length; k++) meta.put(META[k], firms[i][k]);
            for (int k = 0; k < FIRM_CODES.length; k++) answers.put(FIRM_CODES[k], firms[i][META.length + k]);
            fillForm(blank, folder.resolve("firm-" + (i + 1) + ".xlsx"), meta, answers);
        }
        return folder;
    }

    /** Fills a form: the value of a metadata row right of its label, each answer in the 答案 column. */
    private static void fillForm(Path blank, Path filled, Map<String, ?> meta, Map<String, ?> answers)
            throws IOException {
        try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(SHEET);
            for (Map.Entry<String, ?> e : meta.entrySet()) {
                put(wb, s.getRow(rowOfCode(s, e.getKey())).getCell(FormSheet.QUESTION), e.getValue());
            }
            for (Map.Entry<String, ?> e : answers.entrySet()) {
                put(wb, s.getRow(rowOfCode(s, e.getKey())).getCell(FormSheet.ANSWER), e.getValue());
            }
            save(wb, filled);
        }
    }

    private interface SheetEdit {
        void apply(XSSFSheet sheet);
    }

    private static void editForm(Path file, SheetEdit edit) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            edit.apply(wb.getSheet(SHEET));
            save(wb, file);
        }
    }

    /** 0-based row whose first cell reads {@code text} (a meta label or a question code). */
    private static int rowOfCode(XSSFSheet s, String text) {
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            XSSFRow row = s.getRow(r);
            if (row == null || row.getCell(0) == null) continue;
            Cell c = row.getCell(0);
            if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && text.equals(c.getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + text);
    }

    /** The 1-based row of the form header 题号 in a firm form of this framework. */
    private static int formHeaderRow() throws IOException {
        Path blank = dir.resolve("firm-form-probe.xlsx");
        TemplateWriter.write(framework, Level.FIRM, TemplateLayout.FORM, false, blank);
        try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(SHEET);
            int r = rowOfCode(s, "题号");
            assertEquals(r + 2, rowOfCode(s, "Q1"), "heading S1 between the header and Q1");
            return r + 1;
        }
    }

    private static void put(XSSFWorkbook wb, Cell cell, Object value) {
        if (value == null) return;
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Double d) {
            cell.setCellValue(d);
        } else if (value instanceof Percent p) {
            CellStyle style = wb.createCellStyle();
            style.cloneStyleFrom(cell.getCellStyle());
            style.setDataFormat(wb.createDataFormat().getFormat("0%"));
            cell.setCellStyle(style);
            cell.setCellValue(p.fraction());
        } else {
            throw new AssertionError(value);
        }
    }

    private static boolean hasIssue(IssueLog log, String file, int row, String column, String code) {
        return log.all().stream().anyMatch(i -> i.file().equals(file) && i.row() == row
                && i.column().equals(column) && i.code().equals(code));
    }

    private static void save(XSSFWorkbook wb, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            wb.write(out);
        }
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
