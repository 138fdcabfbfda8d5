package org.ecoscore.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.ScaleKind;
import org.junit.jupiter.api.Test;

/**
 * How templates print (found by printing them through LibreOffice): a wide table is not shrunk to one page
 * wide, and wrapped Chinese notes get rows tall enough for their lines.
 */
class TemplatePrintLayoutTest {
    /** 30 number questions headed "Wn 第n个较长的题目文字用于测试打印": each header is wider than the 24-character cap. */
    private static Framework wide() {
        List<Question> qs = new ArrayList<>();
        double nan = Double.NaN;
        for (int i = 1; i <= 30; i++) {
            qs.add(TemplateFixtures.q("W" + i, i % 2 == 0 ? "S1" : "S2", Level.FIRM, null, ScaleKind.NUMBER, nan, nan,
                    false, "第" + i + "个较长的题目文字用于测试打印", "Question " + i));
        }
        return TemplateFixtures.framework(qs, Map.of());
    }

    @Test
    void tableWiderThanAboutOneAndAHalfPagesPrintsAcrossPagesAtSeventyPercentWithIdColumnRepeated()
            throws IOException {
        try (XSSFWorkbook wb = TemplateWriter.build(wide(), Level.FIRM, TemplateLayout.TABLE, false)) {
            XSSFSheet s = wb.getSheet("问卷");
            int chars = 0;
            for (int c = 0; c < s.getRow(0).getLastCellNum(); c++) chars += s.getColumnWidth(c) / 256;
            assertTrue(chars > TableSheet.FIT_WIDTH_CHARS, "30 × 24 characters: " + chars);
            // fitted to one page wide, 30 questions would print at about 15 %: unreadable
            assertFalse(s.getFitToPage());
            assertEquals(70, s.getPrintSetup().getScale());
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals("1:1", s.getRepeatingRows().formatAsString());
            assertEquals("A:A", s.getRepeatingColumns().formatAsString(), "the credit code on every page");
        }
    }

    @Test
    void narrowTableStillPrintsOnePageWide() throws IOException {
        try (XSSFWorkbook wb = TemplateWriter.build(TemplateFixtures.workedExample(), Level.FIRM,
                TemplateLayout.TABLE, false)) {
            XSSFSheet s = wb.getSheet("问卷");
            assertTrue(s.getFitToPage());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertNull(s.getRepeatingColumns());
        }
    }

    @Test
    void formRowWithATwoLineChineseNoteIsTallEnoughForTwoCjkLines() throws IOException {
        try (XSSFWorkbook wb = TemplateWriter.build(TemplateFixtures.workedExample(), Level.FIRM,
                TemplateLayout.FORM, false)) {
            XSSFSheet s = wb.getSheet("问卷");
            int q1 = -1;
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                if (s.getRow(r) != null && "Q1".equals(ReadingRules.text(s, r, FormSheet.CODE))) q1 = r;
            }
            String note = ReadingRules.text(s, q1, FormSheet.NOTE);
            // the agree5 note, 1 非常不同意；… = 10 Latin + 20 wide characters = 50 > the 36-character column
            assertEquals(2, DisplayWidth.lines(note, 36), note);
            // an 11-point CJK line takes about 1.45 em ≈ 16 points; at 15 points per line print cut the 2nd line
            assertTrue(s.getRow(q1).getHeightInPoints() >= 2 * 16, "height " + s.getRow(q1).getHeightInPoints());
        }
    }
}
