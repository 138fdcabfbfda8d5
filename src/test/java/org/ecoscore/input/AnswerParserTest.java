package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecoscore.core.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §2 "Answers", kind by kind. */
class AnswerParserTest {
    private static AnswerParser parser(String scale) {
        return new AnswerParser(WorkedExample.question("Q", "S1", Level.FIRM, scale, "t", "t", List.of()));
    }

    private final AnswerParser agree = parser("agree5");
    private final AnswerParser yesno = parser("yesno");
    private final AnswerParser number = parser("number");
    private final AnswerParser percent = parser("percent");

    private static void assertInvalid(double v) {
        assertTrue(AnswerParser.isInvalid(v), "expected invalid, got " + v);
    }

    private static void assertMissing(double v) {
        assertTrue(AnswerParser.isMissing(v), "expected missing, got " + v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-", "--", "—", "n/a", "N/A", "na", "NULL", "(跳过)", "（跳过）", "跳过", "(空)",
            "不适用", "(skipped)", "(Skipped)"})
    void missingTokensAreMissingInEveryKind(String token) {
        for (AnswerParser p : List.of(agree, yesno, number, percent)) assertMissing(p.parseText(token));
    }

    @Test
    void skipCodesMinus2And3AreMissingOnlyForNamedScalesAndYesNo() {
        assertMissing(agree.parseText("-2"));
        assertMissing(agree.parseText("-3"));
        assertMissing(agree.parseNumber(-2, false));
        assertMissing(yesno.parseText("-3"));
        assertMissing(yesno.parseNumber(-2, false));
        assertEquals(-2, number.parseText("-2"));
        assertEquals(-3, number.parseNumber(-3, false));
        assertEquals(-2, percent.parseText("-2"));
    }

    @Test
    void namedScaleTakesValuesAndLabels() {
        assertEquals(4, agree.parseText("同意"));
        assertEquals(1, agree.parseText(" 非常不同意 "));
        assertEquals(3, agree.parseText("3"));
        assertEquals(3, agree.parseText("３")); // full width
        assertEquals(5, agree.parseText("5.0"));
        assertEquals(2, agree.parseNumber(2, false));
        assertInvalid(agree.parseText("abc"));
        assertInvalid(agree.parseText("6"));
        assertInvalid(agree.parseNumber(2.5, false));
        assertInvalid(agree.parseNumber(0, false));
    }

    @Test
    void pointsAnswersOfWjxTextExportReadAsTheirNumber() {
        // SPEC §2 (added 2026-12): 问卷星 按文本 writes scale answers as N分
        assertEquals(4, agree.parseText("4分"));
        assertEquals(1, agree.parseText("１分")); // full width, NFKC
        assertEquals(5, agree.parseText("5 分"));
        assertInvalid(agree.parseText("6分"));   // 6 is no value of agree5
        assertInvalid(agree.parseText("4.5分"));
        assertInvalid(number.parseText("4分"), "only named scales read N分");
        // a label equal to the text wins: a scale whose label 1分 stands for value 5
        var odd = new org.ecoscore.framework.Scale("odd", 1, 5, java.util.Map.of("1分", 5),
                java.util.Map.of(5, List.of("1分")));
        var q = new org.ecoscore.framework.Question("Q", "S1", Level.FIRM, "odd",
                org.ecoscore.framework.ScaleKind.NAMED, odd, false, Double.NaN, Double.NaN, false, 1, "t", "t",
                List.of(), 0);
        assertEquals(5, new AnswerParser(q).parseText("1分"));
    }

    private static void assertInvalid(double v, String why) {
        assertTrue(AnswerParser.isInvalid(v), why + ": expected invalid, got " + v);
    }

    @Test
    void yesNoWordLists() {
        for (String y : List.of("是", "有", "已", "yes", "Y", "TRUE", "1", "√", "✓")) assertEquals(1, yesno.parseText(y), y);
        for (String n : List.of("否", "无", "没有", "未", "no", "N", "false", "0", "×", "2")) {
            assertEquals(0, yesno.parseText(n), n);
        }
        assertEquals(0, yesno.parseNumber(2, false));
        assertEquals(1, yesno.parseNumber(1, false));
        assertInvalid(yesno.parseText("maybe"));
        assertInvalid(yesno.parseNumber(3, false));
    }

    @Test
    void numberAsWrittenWithThousandsSeparatorsAndFullWidth() {
        assertEquals(1234, number.parseText("1,234"));
        assertEquals(1234567.5, number.parseText("1，234，567.5"));
        assertEquals(1234, number.parseText("1 234"));
        assertEquals(-2, number.parseText("－２")); // NFKC
        assertEquals(0.5, number.parseText(".5"));
        assertEquals(120000, number.parseText("1.2E5"));
        assertEquals(0.1, number.parseNumber(0.1, true)); // a number question takes the value as written
        assertInvalid(number.parseText("10%"));
        assertInvalid(number.parseText("abc"));
        assertInvalid(number.parseText("NaN"));
        assertInvalid(number.parseText("Infinity"));
        assertInvalid(number.parseText("0x10"));
    }

    @Test
    void percentTrailingSignAndPercentFormat() {
        assertEquals(10, percent.parseText("10%"));
        assertEquals(12.5, percent.parseText("12.5 ％"));
        assertEquals(25, percent.parseText("25"));
        assertEquals(0.1, percent.parseText("0.1")); // text without % is taken as written
        assertEquals(10, percent.parseNumber(0.1, true), 1e-12); // percent-formatted cell: value × 100
        assertEquals(0.1, percent.parseNumber(0.1, false));
        assertInvalid(percent.parseText("10%%"));
        assertInvalid(percent.parseText("%"));
    }

    @Test
    void parseReadsCellsByType() {
        CellSource s = TestSheets.of("f", "", new Object[][] {
                {"同意", 4.0, TestSheets.percent(0.1), TestSheets.date(45000), "", null, Boolean.TRUE}});
        s.nextRow();
        assertEquals(4, agree.parse(s, 0));
        assertEquals(4, agree.parse(s, 1));
        assertEquals(10, percent.parse(s, 2), 1e-12);
        assertInvalid(number.parse(s, 3)); // a date is no answer to a number question
        assertMissing(agree.parse(s, 4));
        assertMissing(agree.parse(s, 5));
        assertEquals(1, yesno.parse(s, 6));
        assertInvalid(number.parse(s, 6));
    }

    @Test
    void sharedStringCacheGivesTheSameAnswersAsParsing() {
        CellSource s = TestSheets.of("f", "", new Object[][] {
                {TestSheets.shared("同意", 7), TestSheets.shared("abc", 8)},
                {TestSheets.shared("同意", 7), TestSheets.shared("abc", 8)}});
        for (int row = 0; row < 2; row++) {
            s.nextRow();
            assertEquals(4, agree.parse(s, 0));
            assertInvalid(agree.parse(s, 1));
        }
    }

    @Test
    void plainIntegerShortcutGivesTheSameAnswerAsTextParsing() {
        CellSource s = TestSheets.of("f", "", new Object[][] {{"-3", "-2", "0", "1", "2", "3", "5", "6", "007",
                "1234567890", "-", "12a"}});
        s.nextRow();
        for (AnswerParser p : List.of(agree, yesno, number, percent)) {
            for (int c = 0; c < 12; c++) {
                assertEquals(p.parseText(s.text(c)), p.parse(s, c), p.accepted() + " " + s.text(c));
            }
        }
        assertEquals(7, AnswerParser.plainInteger("007"));
        assertEquals(-12, AnswerParser.plainInteger("-12"));
        assertEquals(AnswerCache.ABSENT, AnswerParser.plainInteger("1234567890"));
        assertEquals(AnswerCache.ABSENT, AnswerParser.plainInteger("1.5"));
    }

    @Test
    void invalidMessageQuotesTheValueAndNamesTheScale() {
        assertEquals("\"abc\" is not an answer of Q (scale agree5: 1–5 or 非常不同意/不同意/一般/同意/非常同意); "
                + "fix the cell or leave it blank", agree.invalidMessage("abc"));
    }
}
