package org.ecoscore.instrument;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Aggregation;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.Scale;
import org.ecoscore.framework.ScaleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §6 {@code template}: files written and read back with POI. */
class TemplateWriterTest {
    private static final List<String> FIRM_META = List.of("统一社会信用代码", "企业名称", "所在地区", "所属行业", "企业规模", "创新群落");
    private static final List<String> AGREE_ZH = List.of("非常不同意", "不同意", "一般", "同意", "非常同意");
    private static final List<String> AGREE_EN = List.of("Strongly disagree", "Disagree", "Neutral", "Agree",
            "Strongly agree");

    @TempDir
    Path dir;

    private XSSFWorkbook write(Framework f, Level source, TemplateLayout layout, boolean english) throws IOException {
        Path out = dir.resolve(source.id() + "-" + layout.id() + (english ? "-en" : "-zh") + ".xlsx");
        TemplateWriter.write(f, source, layout, english, out);
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> row(XSSFSheet s, int r) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < s.getRow(r).getLastCellNum(); c++) out.add(ReadingRules.text(s, r, c));
        return out;
    }

    private static List<XSSFDataValidation> validations(XSSFSheet s) {
        return s.getDataValidations();
    }

    /** The validation whose ranges cover a cell (0-based), or null. */
    private static XSSFDataValidation covering(XSSFSheet s, int row, int col) {
        for (XSSFDataValidation dv : validations(s)) {
            for (CellRangeAddress a : dv.getRegions().getCellRangeAddresses()) {
                if (a.isInRange(row, col)) return dv;
            }
        }
        return null;
    }

    private static List<String> explicit(XSSFDataValidation dv) {
        String[] v = dv.getValidationConstraint().getExplicitListValues();
        return v == null ? null : List.of(v);
    }

    // --- sheets and instructions

    @Test
    void templateHasInstructionsThenQuestionnaireSheetInChinese() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.TABLE, false)) {
            assertEquals(2, wb.getNumberOfSheets());
            assertEquals("填写说明", wb.getSheetName(0));
            assertEquals("问卷", wb.getSheetName(1));
            XSSFSheet s = wb.getSheetAt(0);
            String all = allText(s);
            assertEquals("企业问卷（指标框架：worked）", ReadingRules.text(s, 0, 0), "the name, never where it was read from");
            assertTrue(all.contains("目的") && all.contains("5 个题目"), all);
            assertTrue(all.contains("填写方法") && all.contains("从第 2 行开始"), all);
            assertTrue(all.contains("联系人") && all.contains("截止日期"), all);
        }
    }

    @Test
    void instructionsInEnglishNameTheFormSheetAndLeaveContactAndDeadlineOpen() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.REGION, TemplateLayout.FORM, true)) {
            assertEquals(List.of("Instructions", "Questionnaire"), List.of(wb.getSheetName(0), wb.getSheetName(1)));
            XSSFSheet s = wb.getSheetAt(0);
            String all = allText(s);
            assertEquals("Regional questionnaire — indicator framework: worked", ReadingRules.text(s, 0, 0));
            assertTrue(all.contains("answers to 1 question of the indicator framework"), all);
            assertTrue(all.contains("On the sheet \"Questionnaire\", fill in the details at the top"), all);
            for (String label : List.of("Contact", "Phone / e-mail", "Deadline")) {
                int r = rowOf(s, label);
                assertTrue(r >= 0, label);
                assertFalse(s.getRow(r).getCell(1).getCellStyle().getLocked(), label + " value cell is unlocked");
                assertEquals("", ReadingRules.text(s, r, 1));
            }
        }
    }

    @Test
    void instructionsSheetReadsAsNeitherTableNorForm() throws IOException {
        Framework f = TemplateFixtures.workedExample();
        List<String> codes = f.questions().stream().map(q -> q.code()).toList();
        for (boolean en : new boolean[] {false, true}) {
            for (TemplateLayout layout : TemplateLayout.values()) {
                try (XSSFWorkbook wb = write(f, Level.FIRM, layout, en)) {
                    assertEquals(-1, ReadingRules.tableHeaderRow(wb.getSheetAt(0), codes));
                    assertNull(ReadingRules.formHeader(wb.getSheetAt(0)));
                }
            }
        }
    }

    // --- table layout

    @Test
    void tableHeadsMetaWithFirstAliasesThenCodeAndText() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.TABLE, false)) {
            List<String> expected = new ArrayList<>(FIRM_META);
            expected.addAll(List.of("Q1 政策清晰", "Q2 政策多变", "Q3 研发强度", "Q4 发明专利数", "Q5 是否参与揭榜挂帅"));
            XSSFSheet s = wb.getSheet("问卷");
            assertEquals(expected, row(s, 0));
            assertEquals(0, s.getLastRowNum(), "only the header row is written");
        }
    }

    @Test
    void regionTableHasRegionThenNameThenRegionQuestionsInEnglish() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.REGION, TemplateLayout.TABLE, true)) {
            // a region office is not a firm: its name field takes the first name alias that is not about firms
            assertEquals(List.of("所在地区", "name", "Q6 Guidance fund size"), row(wb.getSheet("Questionnaire"), 0));
        }
    }

    @Test
    void tableValidatesEveryQuestionColumnAndTheRegionOnRows2To1001() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.TABLE, false)) {
            XSSFSheet s = wb.getSheet("问卷");
            assertEquals(6, validations(s).size(), "5 questions + the region");
            for (XSSFDataValidation dv : validations(s)) {
                CellRangeAddress[] a = dv.getRegions().getCellRangeAddresses();
                assertEquals(1, a.length);
                assertEquals(1, a[0].getFirstRow());
                assertEquals(1000, a[0].getLastRow());
                assertEquals(a[0].getFirstColumn(), a[0].getLastColumn());
            }
            assertEquals(AGREE_ZH, explicit(covering(s, 1, 6)));
            assertEquals(AGREE_ZH, explicit(covering(s, 1000, 7)));
            assertEquals(List.of("是", "否"), explicit(covering(s, 5, 10)));
            XSSFDataValidation region = covering(s, 1, 2);
            assertEquals(34, explicit(region).size(), "zh names join to 162 characters: inline");
            assertEquals("北京市", explicit(region).get(0));
            assertEquals("澳门特别行政区", explicit(region).get(33));
            assertEquals(DataValidation.ErrorStyle.WARNING, region.getErrorStyle(), "unknown regions are kept");
            assertNull(covering(s, 1, 0), "the id takes any text");
            assertNull(covering(s, 1001, 6), "row 1002 is beyond the template");

            XSSFDataValidation q3 = covering(s, 1, 8);
            assertEquals(ValidationType.DECIMAL, q3.getValidationConstraint().getValidationType());
            assertEquals(OperatorType.GREATER_OR_EQUAL, q3.getValidationConstraint().getOperator());
            assertEquals("0", q3.getValidationConstraint().getFormula1());
            assertEquals("百分比（填 10 或 10%），不小于 0；参考范围 0–20%", q3.getPromptBoxText());
            assertTrue(q3.getShowPromptBox());
            assertEquals("数字，不小于 0", covering(s, 1, 9).getPromptBoxText(), "log question without goalposts");
            assertEquals(DataValidation.ErrorStyle.STOP, covering(s, 1, 6).getErrorStyle());
        }
    }

    @Test
    void listValidationsShowTheDropDownArrow() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.FORM, true)) {
            int lists = 0;
            var xml = wb.getSheet("Questionnaire").getCTWorksheet().getDataValidations();
            for (var dv : xml.getDataValidationArray()) {
                if (dv.getType() != org.openxmlformats.schemas.spreadsheetml.x2006.main.STDataValidationType.LIST) {
                    continue;
                }
                lists++;
                // OOXML showDropDown="1" HIDES the arrow; POI's setSuppressDropDownArrow(true) leaves it false
                assertFalse(dv.getShowDropDown(), "arrow shown in Excel");
            }
            assertEquals(4, lists, "Q1, Q2, Q5 and the region");
        }
    }

    @Test
    void englishRegionListPassing255CharactersGoesToTheHiddenListSheet() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.TABLE, true)) {
            XSSFSheet s = wb.getSheet("Questionnaire");
            XSSFSheet lists = wb.getSheet("lists");
            assertNotNull(lists);
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(wb.getSheetIndex(lists)));
            XSSFDataValidation region = covering(s, 1, 2);
            assertNull(explicit(region));
            String name = region.getValidationConstraint().getFormula1();
            Name n = wb.getName(name);
            assertNotNull(n, name);
            assertEquals("lists!$A$1:$A$34", n.getRefersToFormula());
            assertEquals("Beijing", ReadingRules.text(lists, 0, 0));
            assertEquals("Inner Mongolia", ReadingRules.text(lists, 4, 0));
            assertEquals("Macao", ReadingRules.text(lists, 33, 0));
            assertEquals(AGREE_EN, explicit(covering(s, 1, 6)), "short lists stay inline");
            assertEquals(List.of("yes", "no"), explicit(covering(s, 1, 10)));
        }
    }

    @Test
    void scaleLabelsPassing255CharactersShareOneNamedColumnOfTheListSheet() throws IOException {
        List<String> labels = new ArrayList<>();
        Map<String, Integer> byLabel = new LinkedHashMap<>();
        Map<Integer, List<String>> byValue = new LinkedHashMap<>();
        for (int v = 1; v <= 5; v++) {
            String l = "level " + v + " " + "x".repeat(50); // 58 characters, 5 of them + 4 commas = 294
            labels.add(l);
            byLabel.put(l, v);
            byValue.put(v, List.of(l));
        }
        Scale wide = new Scale("wide", 1, 5, byLabel, byValue);
        double nan = Double.NaN;
        Framework f = TemplateFixtures.framework(List.of(
                TemplateFixtures.q("W1", "S1", Level.FIRM, wide, ScaleKind.NAMED, nan, nan,
                        false, "宽一", "Wide one"),
                TemplateFixtures.q("W2", "S2", Level.FIRM, wide, ScaleKind.NAMED, nan, nan,
                        false, "宽二", "Wide two")), Map.of("wide", wide));
        try (XSSFWorkbook wb = write(f, Level.FIRM, TemplateLayout.TABLE, false)) {
            XSSFSheet s = wb.getSheet("问卷");
            assertEquals(List.of("填写说明", "问卷", "lists"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            XSSFDataValidation w1 = covering(s, 1, 6);
            XSSFDataValidation w2 = covering(s, 1, 7);
            assertEquals("choices_1", w1.getValidationConstraint().getFormula1());
            assertEquals("choices_1", w2.getValidationConstraint().getFormula1());
            assertEquals("lists!$A$1:$A$5", wb.getName("choices_1").getRefersToFormula());
            XSSFSheet lists = wb.getSheet("lists");
            for (int i = 0; i < 5; i++) assertEquals(labels.get(i), ReadingRules.text(lists, i, 0));
            assertEquals("", ReadingRules.text(lists, 0, 1), "one column for the shared scale");
        }
    }

    @Test
    void formGroupsQuestionsDepthFirstUnderEveryElementAboveThem() throws IOException {
        double nan = Double.NaN;
        var yes = ScaleKind.YESNO;
        List<Node> nodes = List.of(
                new Node("R", "", "综合", "Overall", 1,
                        Aggregation.ARITHMETIC, "", 2),
                new Node("A", "R", "体制", "System", 1,
                        Aggregation.ARITHMETIC, "", 3),
                new Node("B", "R", "生态", "Ecosystem", 1,
                        Aggregation.ARITHMETIC, "", 4),
                new Node("A1", "A", "需求", "Demand", 1,
                        Aggregation.ARITHMETIC, "", 5));
        List<Question> qs = List.of(
                TemplateFixtures.q("Q1", "A1", Level.FIRM, null, yes, nan, nan, false, "一", "one"),
                TemplateFixtures.q("Q0", "R", Level.FIRM, null, yes, nan, nan, false, "零", "zero"),
                TemplateFixtures.q("Q2", "A", Level.FIRM, null, yes, nan, nan, false, "二", "two"),
                TemplateFixtures.q("QB", "B", Level.REGION, null, yes, nan, nan, false, "地区", "region"));
        Framework f = new Framework("nested", "test", nodes, qs, Map.of(),
                Map.of(MetaRole.ID, List.of("统一社会信用代码")),
                TemplateFixtures.regions(), Map.of(), List.of());
        try (XSSFWorkbook wb = write(f, Level.FIRM, TemplateLayout.FORM, false)) {
            XSSFSheet s = wb.getSheet("问卷");
            int h = ReadingRules.formHeader(s)[0];
            assertEquals(3, h, "title, one meta row, a blank row, then the header");
            List<String> below = new ArrayList<>();
            for (int r = h + 1; r <= s.getLastRowNum(); r++) below.add(ReadingRules.text(s, r, 0));
            assertEquals(List.of("Q0", "A 体制", "Q2", "A1 需求", "Q1"), below, "B has no firm question");
        }
    }

    @Test
    void chineseTemplateWithShortListsHasNoListSheet() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.TABLE, false)) {
            assertNull(wb.getSheet("lists"));
        }
    }

    @Test
    void tableHeaderLockedAnswerColumnsUnlockedAndSheetProtectedWithoutPassword() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.TABLE, false)) {
            XSSFSheet s = wb.getSheet("问卷");
            assertTrue(s.getProtect());
            assertFalse(s.getCTWorksheet().getSheetProtection().isSetPassword());
            assertFalse(s.getCTWorksheet().getSheetProtection().isSetHashValue());
            for (int c = 0; c < 11; c++) {
                assertTrue(s.getRow(0).getCell(c).getCellStyle().getLocked(), "header " + c);
                assertFalse(s.getColumnStyle(c).getLocked(), "column " + c);
            }
        }
    }

    @Test
    void tableIsPrintReady() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.TABLE, false)) {
            XSSFSheet s = wb.getSheet("问卷");
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals(0, s.getPrintSetup().getFitHeight());
            assertTrue(s.getFitToPage());
            assertEquals(CellRangeAddress.valueOf("1:1").formatAsString(), s.getRepeatingRows().formatAsString());
            // width from text length, CJK double: "Q5 是否参与揭榜挂帅" = 3 + 8·2 = 19 → 21 characters
            assertEquals(21 * 256, s.getColumnWidth(10));
            // "Q1 政策清晰" = 11 → 13, the longest label 非常不同意 = 10 → 12
            assertEquals(13 * 256, s.getColumnWidth(6));
            assertEquals(22 * 256, s.getColumnWidth(0), "an 18-character credit code fits");
        }
    }

    // --- form layout

    @Test
    void formHasMetaRowsThenHeaderThenQuestionsGroupedUnderElements() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.FORM, false)) {
            XSSFSheet s = wb.getSheet("问卷");
            for (int i = 0; i < FIRM_META.size(); i++) {
                assertEquals(List.of(FIRM_META.get(i), ""), row(s, 1 + i), "meta row " + (2 + i));
            }
            assertArrayEquals(new int[] {8, 0, 1, 2}, ReadingRules.formHeader(s));
            assertEquals(List.of("题号", "题目", "答案", "说明"), row(s, 8));
            assertEquals("S1 体制", ReadingRules.text(s, 9, 0));
            assertEquals("", ReadingRules.text(s, 9, 2));
            assertEquals(List.of("Q1", "政策清晰", "", "1 非常不同意；2 不同意；3 一般；4 同意；5 非常同意"), row(s, 10));
            assertEquals(List.of("Q2", "政策多变", "", "1 非常不同意；2 不同意；3 一般；4 同意；5 非常同意"), row(s, 11));
            assertEquals(List.of("Q3", "研发强度", "", "百分比（填 10 或 10%），不小于 0；参考范围 0–20%"), row(s, 12));
            assertEquals("S2 生态", ReadingRules.text(s, 13, 0));
            assertEquals(List.of("Q4", "发明专利数", "", "数字，不小于 0"), row(s, 14));
            assertEquals(List.of("Q5", "是否参与揭榜挂帅", "", "是/否"), row(s, 15));
            assertEquals(15, s.getLastRowNum());
            assertEquals(CellRangeAddress.valueOf("9:9").formatAsString(), s.getRepeatingRows().formatAsString());
        }
    }

    @Test
    void englishFormUsesIdQuestionAnswerNoteAndEnglishLabels() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.FORM, true)) {
            XSSFSheet s = wb.getSheet("Questionnaire");
            assertEquals(List.of("ID", "Question", "Answer", "Note"), row(s, 8));
            assertEquals("S1 System", ReadingRules.text(s, 9, 0));
            assertEquals(List.of("Q1", "Policy is clear", "",
                    "1 Strongly disagree; 2 Disagree; 3 Neutral; 4 Agree; 5 Strongly agree"), row(s, 10));
            assertEquals(AGREE_EN, explicit(covering(s, 10, 2)));
        }
    }

    @Test
    void formLocksQuestionsAndUnlocksAnswerAndMetaValueCells() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.FORM, false)) {
            XSSFSheet s = wb.getSheet("问卷");
            assertTrue(s.getProtect());
            assertFalse(s.getCTWorksheet().getSheetProtection().isSetPassword());
            for (int r = 1; r <= 6; r++) {
                assertTrue(s.getRow(r).getCell(0).getCellStyle().getLocked());
                assertFalse(s.getRow(r).getCell(1).getCellStyle().getLocked());
            }
            for (int r : new int[] {10, 11, 12, 14, 15}) {
                assertTrue(s.getRow(r).getCell(0).getCellStyle().getLocked(), "题号 " + r);
                assertTrue(s.getRow(r).getCell(1).getCellStyle().getLocked(), "题目 " + r);
                assertFalse(s.getRow(r).getCell(2).getCellStyle().getLocked(), "答案 " + r);
                assertTrue(s.getRow(r).getCell(3).getCellStyle().getLocked(), "说明 " + r);
            }
            assertTrue(s.getRow(9).getCell(2).getCellStyle().getLocked(), "heading");
            assertEquals(6, validations(s).size(), "5 answers + the region value");
            assertEquals(34, explicit(covering(s, 3, 1)).size(), "region dropdown on the 所在地区 value");
        }
    }

    @Test
    void regionFormAsksRegionAndNameThenTheRegionQuestion() throws IOException {
        try (XSSFWorkbook wb = write(TemplateFixtures.workedExample(), Level.REGION, TemplateLayout.FORM, false)) {
            XSSFSheet s = wb.getSheet("问卷");
            assertEquals(List.of("所在地区", ""), row(s, 1));
            assertEquals(List.of("name", ""), row(s, 2));
            assertArrayEquals(new int[] {4, 0, 1, 2}, ReadingRules.formHeader(s));
            assertEquals("S2 生态", ReadingRules.text(s, 5, 0));
            assertEquals(List.of("Q6", "引导基金规模", "", "数字，不小于 0；参考范围 0–100"), row(s, 6));
        }
    }

    // --- round trips: fill the blank template as a respondent would and apply the reading rules

    @Test
    void filledTableReadsBackByCodeAndFirstAlias() throws IOException {
        Framework f = TemplateFixtures.workedExample();
        Path out = dir.resolve("firms.xlsx");
        TemplateWriter.write(f, Level.FIRM, TemplateLayout.TABLE, false, out);
        Path filled = dir.resolve("filled.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet s = wb.getSheet("问卷");
            Object[] f1 = {"F1", "甲", "广东省", "", "", "", "同意", "不同意", "10%", 9.0, "是"};
            Object[] f2 = {"F2", "乙", "广东省", "", "", "", "非常同意", "非常同意", 25.0, 0.0, "否"};
            fill(s, 1, f1);
            fill(s, 2, f2);
            try (var os = Files.newOutputStream(filled)) {
                wb.write(os);
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(filled))) {
            XSSFSheet s = wb.getSheet("问卷");
            List<String> codes = f.questionsOf(Level.FIRM).stream().map(q -> q.code()).toList();
            int header = ReadingRules.tableHeaderRow(s, codes);
            assertEquals(0, header);
            Map<String, Integer> cols = ReadingRules.tableColumns(s, header);
            assertEquals(0, cols.get("统一社会信用代码"));
            assertEquals(2, cols.get("所在地区"));
            // each question header's first token is its code
            for (int i = 0; i < codes.size(); i++) {
                assertEquals(codes.get(i), ReadingRules.firstToken(ReadingRules.text(s, 0, 6 + i)).toUpperCase());
            }
            assertEquals(List.of("F1", "甲", "广东省", "", "", "", "同意", "不同意", "10%", "9", "是"), row(s, 1));
            assertEquals(List.of("F2", "乙", "广东省", "", "", "", "非常同意", "非常同意", "25", "0", "否"), row(s, 2));
            // every filled label is one its column's drop-down offers
            assertTrue(explicit(covering(s, 1, 6)).contains("同意"));
            assertTrue(explicit(covering(s, 2, 10)).contains("否"));
            assertTrue(explicit(covering(s, 1, 2)).contains("广东省"));
        }
    }

    @Test
    void filledFormReadsBackMetaFromTheRightAndAnswersByCode() throws IOException {
        Framework f = TemplateFixtures.workedExample();
        Path out = dir.resolve("form.xlsx");
        TemplateWriter.write(f, Level.FIRM, TemplateLayout.FORM, false, out);
        Path filled = dir.resolve("form-filled.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet s = wb.getSheet("问卷");
            // B2..B4 metadata, C11..C13 and C15..C16 answers (1-based), as the respondent sees them
            s.getRow(1).getCell(1).setCellValue("F1");
            s.getRow(2).getCell(1).setCellValue("甲");
            s.getRow(3).getCell(1).setCellValue("广东省");
            s.getRow(10).getCell(2).setCellValue("同意");
            s.getRow(11).getCell(2).setCellValue("不同意");
            s.getRow(12).getCell(2).setCellValue("10%");
            s.getRow(14).getCell(2).setCellValue(9);
            s.getRow(15).getCell(2).setCellValue("是");
            try (var os = Files.newOutputStream(filled)) {
                wb.write(os);
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(filled))) {
            XSSFSheet s = wb.getSheet("问卷");
            Map<String, String> meta = ReadingRules.formMeta(s, new HashSet<>(FIRM_META));
            assertEquals(Map.of("统一社会信用代码", "F1", "企业名称", "甲", "所在地区", "广东省"), meta);
            Map<String, String> answers = ReadingRules.formAnswers(s, Set.of("Q1", "Q2", "Q3", "Q4", "Q5"));
            assertEquals(List.of("Q1", "Q2", "Q3", "Q4", "Q5"), new ArrayList<>(answers.keySet()));
            assertEquals(List.of("同意", "不同意", "10%", "9", "是"), new ArrayList<>(answers.values()));
            assertTrue(explicit(covering(s, 15, 2)).contains("是"));
        }
    }

    // --- files and errors

    @Test
    void writingReplacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("t.xlsx");
        Files.writeString(out, "old");
        TemplateWriter.write(TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.TABLE, false, out);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("t.xlsx"), files.map(p -> p.getFileName().toString()).toList());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals("问卷", wb.getSheetName(1));
        }
    }

    @Test
    void missingOutputFolderIsAnOutputError() {
        Path out = dir.resolve("no-such-folder").resolve("t.xlsx");
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> TemplateWriter.write(
                TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.TABLE, false, out));
        assertEquals(ExitCode.OUTPUT, e.exitCode());
        assertEquals(out.toString(), e.file());
        assertEquals("cannot write " + out + ": the folder does not exist; choose another -o path",
                e.getMessage());
    }

    @Test
    void outputThatIsAFolderIsAnOutputErrorAndLeavesNoTemporaryFile() throws IOException {
        Path out = Files.createDirectories(dir.resolve("taken.xlsx"));
        Files.writeString(out.resolve("keep.txt"), "x");
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> TemplateWriter.write(
                TemplateFixtures.workedExample(), Level.FIRM, TemplateLayout.TABLE, false, out));
        assertEquals(ExitCode.OUTPUT, e.exitCode());
        assertTrue(e.getMessage().endsWith("taken.xlsx: it is a folder; choose another -o path"), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("taken.xlsx"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void sourceWithoutQuestionsIsAUsageError() {
        Framework f = TemplateFixtures.workedExample();
        Framework firmOnly = TemplateFixtures.framework(f.questionsOf(Level.FIRM), f.scales());
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> TemplateWriter.write(firmOnly,
                Level.REGION, TemplateLayout.FORM, false, dir.resolve("r.xlsx")));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("framework worked asks no region question; choose --source firm or add region questions "
                + "to questions.csv.", e.getMessage());
    }

    private static void fill(XSSFSheet s, int r, Object[] values) {
        var row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Double d) row.createCell(c).setCellValue(d);
            else if (!((String) values[c]).isEmpty()) row.createCell(c).setCellValue((String) values[c]);
        }
    }

    private static int rowOf(XSSFSheet s, String label) {
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            if (s.getRow(r) != null && label.equals(ReadingRules.text(s, r, 0))) return r;
        }
        return -1;
    }

    private static String allText(XSSFSheet s) {
        List<String> t = new ArrayList<>();
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            if (s.getRow(r) == null) continue;
            for (int c = 0; c < 2; c++) t.add(ReadingRules.text(s, r, c));
        }
        t.removeAll(Collections.singleton(""));
        return String.join("\n", t);
    }
}
