package org.ecoscore.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.ecoscore.input.CellSource;
import org.ecoscore.input.CellType;
import org.junit.jupiter.api.Test;

/** docs/framework-format.md "Drafting": the header parts and the scale inferred from a column's answers. */
class InferenceTest {
    @Test
    void headerPartsTakeTheNumberTheSubItemAndTheTextWithoutTags() {
        assertParts("3、本企业的研发方向(单选题 *必答)", 3, null, "本企业的研发方向", null);
        assertParts("第7题(外观)", 7, null, "", "外观");
        assertParts("7、(外观)", 7, null, "", "外观");
        assertParts("13、对产品的评价—界面美观度", 13, null, "对产品的评价", "界面美观度");
        assertParts("2.请评价以下方面:政策透明度", 2, null, "请评价以下方面", "政策透明度");
        assertParts("Please rate - Price", -1, null, "Please rate", "Price");
        assertParts("Q6_1", 6, "Q6_1", "Q6_1", null);
        assertParts("G1Q2[SQ001]", -1, "G1Q2_SQ001", "G1Q2[SQ001]", null);
        assertParts("您的建议：", -1, null, "您的建议", null);
        assertParts("*4. 满意度？", 4, null, "满意度", null);
        assertParts("Note: how satisfied are you", -1, null, "Note: how satisfied are you", null);
    }

    private static void assertParts(String header, int number, String code, String stem, String item) {
        HeaderParts p = HeaderParts.parse(header);
        assertEquals(number, p.number(), header);
        assertEquals(code, p.code(), header);
        assertEquals(stem, p.stem(), header);
        assertEquals(item, p.item(), header);
    }

    @Test
    void scalesAreInferredFromTheAnswers() {
        assertGuess(Guess.Kind.SCALE, "agree5", "非常同意", "同意", "一般", "不适用");
        assertGuess(Guess.Kind.SCALE, "agree7", "Strongly disagree", "Disagree", "Somewhat disagree", "Agree");
        assertGuess(Guess.Kind.SCALE, "fit5", "比较符合", "非常不符合");
        assertGuess(Guess.Kind.SCALE, "satisfy5", "非常满意", "比较满意", "不知道");
        assertGuess(Guess.Kind.SCALE, "agree5", "完全同意", "完全不同意");
        assertGuess(Guess.Kind.SCALE, "points1_5", "4分", "5分", "2分");
        assertGuess(Guess.Kind.SCALE, "codes1_5", "1", "3", "5", "-2");
        assertGuess(Guess.Kind.SCALE, "codes1_7", "1", "7", "6");
        assertGuess(Guess.Kind.SCALE, "codes0_10", "0", "10", "8");
        assertGuess(Guess.Kind.YESNO, null, "是", "否");
        assertGuess(Guess.Kind.YESNO, null, "Y", "N");
        assertGuess(Guess.Kind.YESNO, null, "1", "0");
        assertGuess(Guess.Kind.YESNO, null, "是", "否", "1", "2");
        assertGuess(Guess.Kind.NUMBER, null, "12", "250", "3");
        assertGuess(Guess.Kind.NUMBER, null, "1.5", "3.25");
        assertGuess(Guess.Kind.NUMBER, null, "1,200", "35");
        assertGuess(Guess.Kind.PERCENT, null, "12%", "3.5%");
        assertGuess(Guess.Kind.MULTI, null, "运动┋音乐", "运动");
        assertGuess(Guess.Kind.LEFT_OUT, null);
        assertGuess(Guess.Kind.LEFT_OUT, null, "深圳", "杭州", "深圳", "杭州");
    }

    @Test
    void oneAndTwoAreYesNoOnlyUnderAHeaderThatAsksYesOrNo() {
        assertEquals(Guess.Kind.YESNO, Inference.guess(values("1", "2", "1"), "近三年是否参与过揭榜挂帅项目").kind());
        assertEquals(Guess.Kind.YESNO, Inference.guess(values("1", "2", "1"), "Do you export").kind());
        Guess g = Inference.guess(values("1", "2", "1"), "您的性别");
        assertEquals("codes1_5", g.scale().name());
    }

    @Test
    void aScaleNeedsDistinctLabelsForDistinctValues() {
        // "Disagree" and "Somewhat disagree" would both be 2 on agree5; a 7-point answer set is agree7
        assertEquals("agree7", Inference.guess(values("Disagree", "Somewhat disagree"), "x").scale().name());
        assertNull(Inference.guess(values("同意", "一般", "很好"), "x").scale());
    }

    private static void assertGuess(Guess.Kind kind, String scale, String... answers) {
        Guess g = Inference.guess(values(answers), "满意度");
        assertEquals(kind, g.kind(), String.join(",", answers));
        assertEquals(scale, g.scale() == null ? null : g.scale().name(), String.join(",", answers));
    }

    private static ColumnValues values(String... answers) {
        ColumnValues v = new ColumnValues();
        for (String a : answers) v.add(new OneCell(a), 0);
        return v;
    }

    /** One text cell. */
    private record OneCell(String text) implements CellSource {
        public String file() {
            return "";
        }

        public String sheet() {
            return "";
        }

        public boolean nextRow() {
            return false;
        }

        public int rowNumber() {
            return 1;
        }

        public int width() {
            return 1;
        }

        public CellType type(int column) {
            return CellType.STRING;
        }

        public String text(int column) {
            return text;
        }

        public double number(int column) {
            return Double.NaN;
        }

        public boolean percent(int column) {
            return false;
        }

        public void close() {
        }
    }
}
