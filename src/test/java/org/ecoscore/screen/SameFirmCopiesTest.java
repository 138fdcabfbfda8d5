package org.ecoscore.screen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Options.DuplicatePolicy;
import org.ecoscore.core.Severity;
import org.ecoscore.fixtures.CatalogueCheck;
import org.ecoscore.framework.Framework;
import org.ecoscore.input.ResponseTable;
import org.junit.jupiter.api.Test;

/**
 * New-user test (session 6), findings F2 and F3: an exact copy of a row without its credit code (问卷星 double
 * submission) was scored as a second firm with only missing-id; and the duplicate-id message was the same for
 * identical copies and for copies with different answers. Tables built in code over the worked example's firm
 * questions Q1–Q5; the differences are counted by hand in each test.
 */
class SameFirmCopiesTest {
    private static final double NAN = Double.NaN;
    private final Framework worked = ScreenFixtures.workedExample();
    private final IssueLog issues = new IssueLog();

    private Screened screen(ResponseTable t, Options o) {
        Screened s = Screener.screen(t, worked, o, issues);
        int excluded = 0;
        for (String e : s.exclusion()) if (e != null) excluded++;
        assertEquals(t.rows(), s.scoredRows().length + excluded, "rows = scored + excluded");
        return s;
    }

    private static Options defaults() {
        return Options.defaults(List.of("firms.csv"), List.of());
    }

    private static Options policy(DuplicatePolicy d) {
        return defaults().withScreening(d, 0.5, NAN, false);
    }

    private List<Issue> issues(String code) {
        return issues.all().stream().filter(i -> i.code().equals(code)).toList();
    }

    /** Q1 4, Q2 2, Q3 10, Q4 9, Q5 1: the answers of the first firm of the worked example. */
    private static ScreenFixtures.Table.Row f1(ScreenFixtures.Table.Row r) {
        return r.answer("Q1", 4).answer("Q2", 2).answer("Q3", 10).answer("Q4", 9).answer("Q5", 1);
    }

    // ---- F3: duplicate ids say whether the copies agree ----

    @Test
    void identicalCopiesOfAnIdSaySo() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        f1(t.row(2).id("A").region("上海")).submitted(100);
        f1(t.row(3).id("A").region("上海")).submitted(100);
        screen(t.build(), defaults());
        Issue i = issues("duplicate-id").get(0);
        assertEquals(2, i.row());
        assertEquals("The id 'A' appears 2 times; row 3 is kept (the last in input order, submitted at the same time,"
                + " --duplicates keep-last) and this row is excluded; the answers of the copies are identical. Remove"
                + " the extra copies or correct the id if they are different respondents.", i.message());
        assertEquals("标识“A”出现 2 次；保留第 3 行（提交时间相同，按输入顺序取最后，--duplicates keep-last），本行剔除；"
                + "两份副本的答案完全相同。请删除多余的副本；如为不同的填报单位，请更正标识。", CatalogueCheck.chinese(i));
    }

    @Test
    void copiesOfAnIdThatDifferSayInHowManyAnswersWithTheFirstThreeCodes() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        f1(t.row(2).id("A").region("上海")).submitted(100);
        // Q1 5 ≠ 4, Q2 the same, Q3 12 ≠ 10, Q4 invalid ≠ 9, Q5 missing ≠ 1: four of five differ
        t.row(3).id("A").region("上海").answer("Q1", 5).answer("Q2", 2).answer("Q3", 12).invalid("Q4").submitted(100);
        screen(t.build(), defaults());
        Issue i = issues("duplicate-id").get(0);
        assertTrue(i.message().contains("and this row is excluded; the copies differ in 4 answers (e.g. Q1, Q3, Q4): "
                + "check which copy is right. Remove the extra copies"), i.message());
        assertTrue(CatalogueCheck.chinese(i).contains("本行剔除；两份副本有 4 个答案不同（如 Q1、Q3、Q4）：请核对哪一份正确。"),
                CatalogueCheck.chinese(i));
    }

    @Test
    void anInvalidAnswerAndABlankOneAreADifferenceButTwoBlanksAreNot() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("A").answer("Q1", 3).answer("Q3", 1).invalid("Q2");
        t.row(3).id("A").answer("Q1", 3).answer("Q3", 1);
        screen(t.build(), defaults());
        assertTrue(issues("duplicate-id").get(0).message().contains("the copies differ in 1 answer (e.g. Q2)"),
                issues("duplicate-id").get(0).message());
    }

    @Test
    void withThreeCopiesEachExcludedOneIsComparedWithTheOneKept() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv", "b.xlsx");
        f1(t.row(0, 2).id("A"));
        f1(t.row(0, 3).id("A")).answer("Q5", 0);
        f1(t.row(1, 4).id("A"));
        screen(t.build(), defaults());
        List<Issue> dup = issues("duplicate-id");
        assertEquals(2, dup.size());
        assertTrue(dup.get(0).message().contains("row 4 of b.xlsx is kept (the last in input order, --duplicates "
                + "keep-last) and this row is excluded; this copy is identical to row 4 of b.xlsx."), dup.get(0).message());
        assertTrue(CatalogueCheck.chinese(dup.get(0)).contains("本行与b.xlsx 第 4 行的答案完全相同。"),
                CatalogueCheck.chinese(dup.get(0)));
        assertTrue(dup.get(1).message().contains("this copy differs from row 4 of b.xlsx in 1 answer (e.g. Q5): check "
                + "which copy is right."), dup.get(1).message());
        assertTrue(CatalogueCheck.chinese(dup.get(1)).contains("本行与b.xlsx 第 4 行有 1 个答案不同（如 Q5）：请核对哪一份正确。"),
                CatalogueCheck.chinese(dup.get(1)));
    }

    @Test
    void rejectSaysWhetherTheCopiesAgreeToo() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        f1(t.row(2).id("A"));
        f1(t.row(3).id("A")).answer("Q1", 1);
        screen(t.build(), policy(DuplicatePolicy.REJECT));
        Issue i = issues("duplicate-id").get(0);
        assertEquals("The id 'A' also appears at row 3; every copy is excluded (--duplicates reject); the copies differ "
                + "in 1 answer (e.g. Q1). Keep one copy, or choose --duplicates keep-last or keep-first.", i.message());
        assertTrue(CatalogueCheck.chinese(i).startsWith("标识“A”还出现在第 3 行；所有副本均剔除（--duplicates reject）；两份副本有 1 "
                + "个答案不同（如 Q1）。请只保留一份"), CatalogueCheck.chinese(i));
    }

    @Test
    void whenTheLaterSubmissionIsKeptDifferingCopiesAreNotACoinToss() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        f1(t.row(2).id("A")).submitted(100);
        f1(t.row(3).id("A")).answer("Q2", 5).submitted(200);
        screen(t.build(), defaults());
        Issue i = issues("duplicate-id").get(0);
        assertTrue(i.message().contains("row 3 is kept (the latest submitted, --duplicates keep-last) and this row is "
                + "excluded; the copies differ in 1 answer (e.g. Q2). Remove"), i.message());
        assertTrue(CatalogueCheck.chinese(i).contains("本行剔除；两份副本有 1 个答案不同（如 Q2）。请删除"), CatalogueCheck.chinese(i));
    }

    // ---- F2: rows without an id that share a name ----

    @Test
    void anIdlessExactCopyOfAFirmIsExcludedAsADuplicateNamingTheRowKept() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        f1(t.row(9).id("91440300MA5F000001").name("广东智擎科技002有限公司").region("广东"));
        t.row(10).id("B").name("乙公司").region("北京").answerFirst(5);
        // the copy: no credit code, the name as the platform wrote it again (white space and width differ)
        f1(t.row(43).name(" 广东智擎科技００２有限公司 ").region("广东"));
        Screened s = screen(t.build(), defaults());
        assertArrayEquals(new int[] {0, 1}, s.scoredRows());
        assertEquals("duplicate-name", s.exclusion()[2]);
        List<Issue> same = issues("duplicate-name");
        assertEquals(1, same.size(), issues.all().toString());
        Issue i = same.get(0);
        assertEquals(43, i.row());
        assertEquals(Severity.WARNING, i.severity());
        assertEquals("This firm has no id and the same name '广东智擎科技００２有限公司' as row 9, and its answers are identical: it "
                + "is taken for a second submission of the same firm and excluded (row 9 is kept). Delete the copy from "
                + "the file, or fill in both ids if they are different.", i.message());
        assertEquals("该企业没有标识，名称“广东智擎科技００２有限公司”与第 9 行相同，且答案完全相同：视为同一企业的重复提交，本行剔除（保留第 9 行）。"
                + "请从文件中删除这份副本；如为不同的企业，请为两者填写标识。", CatalogueCheck.chinese(i));
    }

    @Test
    void anIdlessRowOfTheSameNameWithOtherAnswersIsScoredAndWarnedAbout() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv", "b.xlsx");
        f1(t.row(0, 9).id("A").name("甲公司").region("广东"));
        // Q1 5 ≠ 4, Q2 3 ≠ 2, the rest the same
        f1(t.row(1, 5).name("甲公司").region("广东")).answer("Q1", 5).answer("Q2", 3);
        Screened s = screen(t.build(), defaults());
        assertArrayEquals(new int[] {0, 1}, s.scoredRows());
        Issue i = issues("duplicate-name").get(0);
        assertEquals("b.xlsx", i.file());
        assertEquals("This firm has no id and the same name '甲公司' as row 9 of firms.csv, but they differ in 2 answers "
                + "(e.g. Q1, Q2): both rows are scored. If they are the same firm, delete one copy (or fill in its id in "
                + "both, so that --duplicates keeps one); if they are different, give each its own id.", i.message());
        assertEquals("该企业没有标识，名称“甲公司”与firms.csv 第 9 行相同，但有 2 个答案不同（如 Q1、Q2）：两行都计分。如为同一企业，"
                + "请删除其中一份（或为两者填写同一标识，由 --duplicates 保留一份）；如为不同的企业，请为两者填写各自的标识。",
                CatalogueCheck.chinese(i));
    }

    @Test
    void ofTwoIdlessExactCopiesTheLaterIsExcludedAndOnlyItIsWarnedAbout() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        f1(t.row(3).name("甲公司"));
        f1(t.row(4).name("乙公司"));
        f1(t.row(7).name("甲公司"));
        Screened s = screen(t.build(), defaults());
        assertArrayEquals(new int[] {0, 1}, s.scoredRows());
        assertEquals("duplicate-name", s.exclusion()[2]);
        List<Issue> same = issues("duplicate-name");
        assertEquals(1, same.size(), same.toString());
        assertEquals(7, same.get(0).row());
        assertTrue(same.get(0).message().contains("as row 3, and its answers are identical"), same.get(0).message());
        // 乙公司 has identical answers too, but another name: not a copy
        assertNull(s.exclusion()[1]);
    }

    @Test
    void theExactCopyIsExcludedUnderEveryDuplicatesPolicy() {
        for (DuplicatePolicy p : DuplicatePolicy.values()) {
            ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
            f1(t.row(2).id("A").name("甲公司"));
            f1(t.row(3).name("甲公司"));
            Screened s = screen(t.build(), policy(p));
            assertArrayEquals(new int[] {0}, s.scoredRows(), p.toString());
        }
    }

    @Test
    void idlessRowsOfOtherNamesOrNoNameAreLeftAlone() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        f1(t.row(2).id("A").name("甲公司"));
        f1(t.row(3).name("乙公司"));
        f1(t.row(4));
        f1(t.row(5));
        Screened s = screen(t.build(), defaults());
        assertEquals(4, s.scoredRows().length);
        assertTrue(issues("duplicate-name").isEmpty(), issues.all().toString());
        assertEquals(3, issues("missing-id").size());
    }

    @Test
    void twoFirmsOfOneNameWithIdsAreNotThisCheck() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        f1(t.row(2).id("A").name("甲公司").region("北京"));
        f1(t.row(3).id("B").name("甲公司").region("北京"));
        Screened s = screen(t.build(), defaults());
        assertEquals(2, s.scoredRows().length);
        assertTrue(issues.all().isEmpty(), issues.all().toString());
    }
}
