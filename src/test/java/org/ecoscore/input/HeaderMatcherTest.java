package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.ecoscore.core.Level;
import org.ecoscore.core.Text;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §2 header rules, one by one, on the worked example's firm questions (Q1=0 … Q5=4). */
class HeaderMatcherTest {
    private final HeaderMatcher m = new HeaderMatcher(WorkedExample.questions().subList(0, 5), WorkedExample.meta());

    private static HeaderMatcher with(Question... qs) {
        return new HeaderMatcher(List.of(qs), WorkedExample.meta());
    }

    @Test
    void rule1HeaderEqualsCodeAfterNormalisation() {
        assertEquals(0, m.byCode(Text.normalise(" q1 ")));
        assertEquals(2, m.question("Ｑ３")); // full width, NFKC
        assertEquals(-1, m.byCode("q7"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Q1 政策清晰|0", "Q2、政策多变|1", "Q3:研发强度|2", "Q3：研发强度|2", "Q4）发明专利数|3", "Q5)x|4",
            "Q1　whatever the text|0"})
    void rule2FirstTokenEqualsCode(String header, int expected) {
        assertEquals(expected, m.byFirstToken(Text.normalise(header)));
    }

    @Test
    void rule2DoesNotSplitOnDotBecauseCodesMayContainOne() {
        HeaderMatcher dotted = with(WorkedExample.question("A1.1", "S1", Level.FIRM, "agree5", "甲", "a", List.of()),
                WorkedExample.question("A1", "S1", Level.FIRM, "agree5", "乙", "b", List.of()));
        assertEquals(0, dotted.question("A1.1 国家战略"));
        assertEquals(1, dotted.question("A1 国家战略"));
        assertEquals(-1, dotted.byFirstToken("a1.2 国家战略"));
    }

    @Test
    void rule2UnderscoreCodeWithChineseComma() {
        HeaderMatcher m2 = with(WorkedExample.question("A1_1", "S1", Level.FIRM, "agree5", "甲", "a", List.of()));
        assertEquals(0, m2.question("A1_1、贵企业承担国家重大科技任务的情况"));
    }

    @Test
    void rule3HeaderEqualsAlias() {
        HeaderMatcher m2 = with(WorkedExample.question("Q1", "S1", Level.FIRM, "agree5", "政策清晰", "Policy is clear",
                List.of("政策是否清晰", "Clarity")));
        assertEquals(0, m2.byAlias("clarity"));
        assertEquals(0, m2.question("  CLARITY "));
        assertEquals(0, m2.question("政策是否清晰"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "政策清晰|0", "1、政策清晰|0", "1. 政策清晰|0", "Q3.研发强度|2", "12)发明专利数|3", "12）发明专利数|3",
            "第3题 研发强度|2", "第3题：研发强度|2", "2.policy changes often|1", "Policy Is Clear|0",
            "3、 R&D intensity|2"})
    void rule4TextAfterQuestionNumber(String header, int expected) {
        assertEquals(expected, m.question(header));
    }

    @Test
    void rule4NeedsTheWholeText() {
        assertEquals(-1, m.question("1、政策清晰吗"));
        assertEquals(-1, m.question("政策"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "第6题(政策清晰)|0",          // 问卷星 matrix
            "6、(政策多变)|1",            // 问卷星 matrix, numbered
            "6、您对以下说法的看法—政策清晰|0", // 问卷星 sub-question
            "6.您对以下说法的看法:研发强度|2", // Tencent Survey
            "6.您对以下说法的看法：研发强度|2",
            "How much do you agree - Policy changes often|1", // Qualtrics
            "Rate the following - R&D intensity|2"})
    void rule5SubQuestionColumns(String header, int expected) {
        assertEquals(expected, m.bySubQuestion(Text.normalise(header)));
        assertEquals(expected, m.question(header));
    }

    @Test
    void rule5MatchesAnAliasToo() {
        HeaderMatcher m2 = with(WorkedExample.question("Q1", "S1", Level.FIRM, "agree5", "政策清晰", "Policy is clear",
                List.of("清晰")));
        assertEquals(0, m2.question("第6题(清晰)"));
        assertEquals(-1, m2.question("第6题(模糊)"));
    }

    @Test
    void aliasEqualToAnotherQuestionsTextGoesToTheAliasFirstRuleWins() {
        HeaderMatcher m2 = with(
                WorkedExample.question("Q1", "S1", Level.FIRM, "agree5", "政策清晰", "a", List.of()),
                WorkedExample.question("Q2", "S1", Level.FIRM, "agree5", "政策多变", "b", List.of("政策清晰")));
        assertEquals(1, m2.question("政策清晰")); // rule 3 (alias of Q2) before rule 4 (text of Q1)
    }

    @Test
    void metadataMatchesAliasExactlyOrAfterQuestionNumber() {
        assertEquals(MetaRole.ID, m.meta("统一社会信用代码"));
        assertEquals(MetaRole.NAME, m.meta("2、企业名称"));
        assertEquals(MetaRole.REGION, m.meta("Q3. Region"));
        assertEquals(MetaRole.SUBMITTED, m.meta("提交答卷时间"));
        assertNull(m.meta("企业名称（全称）"));
        HeaderMatcher.Match match = m.match("所用时间");
        assertEquals(MetaRole.DURATION, match.meta());
        assertEquals(-1, match.question());
    }

    @Test
    void unknownHeaderMatchesNothing() {
        HeaderMatcher.Match match = m.match("序号");
        assertEquals(-1, match.question());
        assertNull(match.meta());
        assertEquals(-1, m.question(""));
    }

    @Test
    void formCodeCellUsesOnlyTheCodeRules() {
        assertEquals(0, m.questionByCode("Q1"));
        assertEquals(-1, m.questionByCode("政策清晰"));
    }
}
