package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecoscore.core.Level;
import org.ecoscore.core.Text;
import org.ecoscore.framework.MetaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPEC §2 "Header text as platforms write it" (added 2026-12), rule by rule, on the worked example's firm
 * questions (Q1 政策清晰 = 0 … Q5 是否参与揭榜挂帅 = 4). Each header is one a platform writes.
 */
class PlatformHeadersTest {
    private final HeaderMatcher m = new HeaderMatcher(WorkedExample.questions().subList(0, 5), WorkedExample.meta());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // 腾讯问卷: number, text, type tag with required mark
            "1.政策清晰(单选题 *必答)|0",
            "2.政策多变（单选题 *必答）|1",
            "5.是否参与揭榜挂帅(多选题)|4",
            "1、政策清晰(矩阵单选题 *必答)|0",
            // 问卷星 type tag in brackets, required star, trailing colon / question mark
            "1、政策清晰[单选题]|0",
            "*1、政策清晰|0",
            "1、*政策清晰|0",
            "政策清晰*|0",
            "1、政策清晰：|0",
            "5、是否参与揭榜挂帅？|4",
            "5、是否参与揭榜挂帅?(单选题 *必答)|4",
            "【单选题】政策多变|1",
            "Policy is clear?|0"})
    void typeTagsRequiredMarksAndTrailingPunctuationAreDropped(String header, int expected) {
        assertEquals(expected, m.question(header), header);
    }

    @Test
    void aParenthesisedPartThatIsNotATypeTagStays() {
        assertEquals("1、政策清晰(本地)", PlatformHeaders.withoutPlatformMarks(Text.normalise("1、政策清晰(本地)")));
        assertEquals(-1, m.question("1、政策清晰(本地)"), "no fuzzy match: the text is not 政策清晰");
        assertEquals("政策清晰", PlatformHeaders.withoutPlatformMarks(Text.normalise("政策清晰 (单选题 *必答) ：")));
    }

    @Test
    void aQuestionTextWithItsOwnQuestionMarkStillMatchesATaggedHeader() {
        HeaderMatcher q = new HeaderMatcher(List.of(WorkedExample.question("IND", "S1", Level.FIRM, "agree5",
                "您所在的行业？", "Your industry?", List.of())), WorkedExample.meta());
        assertEquals(0, q.question("3、您所在的行业？"));
        assertEquals(0, q.question("3.您所在的行业(单选题 *必答)"));
    }

    @Test
    void metadataHeadersDropTheirMarksToo() {
        assertEquals(MetaRole.REGION, m.match("3、所在地区(单选题 *必答)").meta());
        assertEquals(MetaRole.ID, m.match("*统一社会信用代码：").meta());
    }

    @Test
    void limeSurveyCodeAndTextHeadersMatchByTheirCode() {
        // Export with heading "question code & question text": CODE. text, sub-questions CODE[SUB]. text [sub]
        assertEquals(0, m.question("Q1. The text as LimeSurvey writes it, however long it may be"));
        assertEquals(2, m.question("Q3. 研发投入占营业收入的比重（%）"));
        HeaderMatcher array = new HeaderMatcher(List.of(
                WorkedExample.question("G01Q02_SQ001", "S1", Level.FIRM, "agree5", "外观", "Looks", List.of()),
                WorkedExample.question("G01Q02_SQ002", "S1", Level.FIRM, "agree5", "易用", "Ease", List.of())),
                WorkedExample.meta());
        assertEquals(1, array.question("G01Q02[SQ002]. How do you rate the product? [Ease of use]"));
        // heading "question code": the sub-question code alone
        assertEquals(0, array.question("G01Q02[SQ001]"));
        assertEquals("q3_sq001_1", PlatformHeaders.limeSurveySubCode("q3[sq001][1]"));
        // heading "full question text": the sub-question's own text in the last brackets
        assertEquals(1, array.question("How do you rate the product? [易用]"));
        assertEquals(-1, array.question("G01Q03[SQ001]"), "an unknown code stays unmatched");
        // a survey coded otherwise than the framework: the text after "CODE. " still matches exactly
        assertEquals(1, m.question("G01Q02. 政策多变"));
        assertEquals(-1, m.question("G01Q02. 政策多变吗"));
    }

    @Test
    void wjxMatrixStemOnItsFirstColumnCarriesToTheNextSubItemColumns() {
        HeaderMatcher matrix = new HeaderMatcher(List.of(
                WorkedExample.question("P1", "S1", Level.FIRM, "agree5", "您对产品的评价—外观", "looks", List.of()),
                WorkedExample.question("P2", "S1", Level.FIRM, "agree5", "您对产品的评价—界面美观度", "ui", List.of()),
                WorkedExample.question("P3", "S1", Level.FIRM, "agree5", "您对产品的评价—操作便捷度", "ease", List.of())),
                WorkedExample.meta());
        String first = "13、您对产品的评价—外观";
        assertEquals(0, matrix.question(first));
        String stem = HeaderMatcher.matrixStem(first);
        assertEquals("13、您对产品的评价—", stem);
        assertEquals(-1, matrix.question("界面美观度"), "alone, the sub-item names no question");
        assertEquals(1, matrix.byMatrixContinuation(stem, "界面美观度"));
        assertEquals(2, matrix.byMatrixContinuation(stem, "操作便捷度"));
        assertEquals(-1, matrix.byMatrixContinuation(stem, "14、操作便捷度"), "a header with its own number ends it");
        assertEquals(-1, matrix.byMatrixContinuation(null, "操作便捷度"));
    }

    @Test
    void nearMissSuggestsTheClosestQuestionAndNeverMaps() {
        // 政策清晰度 is one insertion from 政策清晰 (4 characters: a fifth rounds down to 0, so at least 1 edit)
        assertEquals(-1, m.question("3、政策清晰度"));
        HeaderMatcher.Suggestion s = m.nearestQuestion("3、政策清晰度");
        assertEquals(0, s.question());
        assertEquals("政策清晰", s.text());
        // "Took part in open competition" is one deletion from the 30-character English text (limit 6)
        assertEquals(4, m.nearestQuestion("Took part in open competition").question());
        assertNull(m.nearestQuestion("备注"), "too short to suggest anything");
        assertNull(m.nearestQuestion("企业年营业收入"), "nothing close");
    }

    @Test
    void typeTagWordsAreTheOnlyOnesDropped() {
        assertTrue(PlatformHeaders.withoutTypeTags("政策清晰(单选题 *必答)").equals("政策清晰"));
        assertEquals("第6题(运动)", PlatformHeaders.withoutTypeTags("第6题(运动)"));
        assertEquals("政策(*)", PlatformHeaders.withoutRequiredMarks("政策(*)"), "only marks at the ends go here");
        assertEquals("政策", PlatformHeaders.withoutPlatformMarks("政策(*)"));
    }

}
