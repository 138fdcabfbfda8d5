package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.MetaRole;
import org.junit.jupiter.api.Test;

/** SPEC §2 table layout, read through {@link WorkbookReader} from in-memory sheets. */
class TableReaderTest {
    private final Framework framework = WorkedExample.framework();
    private final IssueLog issues = new IssueLog();

    private ResponseTable read(Level level, SpreadsheetFile file, String sheetOption) {
        HeaderMatcher matcher = new HeaderMatcher(framework, level);
        ResponseTable.Builder b = new ResponseTable.Builder(level, matcher.questions());
        ReadContext ctx = new ReadContext(matcher, b, issues, new RowCounter(n -> { }), framework.name(), sheetOption);
        b.addFile(new InputFile(0, file.file(), level, "", "", "", 0, null));
        new WorkbookReader(ctx).read(file, file.file(), 0);
        return b.build();
    }

    private ResponseTable readFirms(Object[][] rows) {
        return read(Level.FIRM, TestSheets.file("firms.csv", rows), null);
    }

    private List<Issue> issues(String code) {
        return issues.all().stream().filter(i -> i.code().equals(code)).collect(Collectors.toList());
    }

    private static final String[] WORKED_FIRMS = {
            "统一社会信用代码,企业名称,所在地区,Q1,Q2,Q3,Q4,Q5",
            "F1,甲,广东,同意,不同意,10%,9,是",
            "F2,乙,广东省,非常同意,非常同意,25,0,否",
            "F3,丙,北京,一般,,5,99,是",
            "F4,丁,北京市,abc,一般,,,",
            "F5,戊,北京,不同意,同意,2,,否"};

    @Test
    void workedExampleFirmsAreReadWithF4InvalidAtRow5ColumnD() {
        ResponseTable t = readFirms(TestSheets.csv(WORKED_FIRMS));
        assertEquals(5, t.rows());
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4", "Q5"), t.questions().stream().map(q -> q.code()).toList());
        assertEquals("F1", t.meta(MetaRole.ID, 0));
        assertEquals("甲", t.meta(MetaRole.NAME, 0));
        assertEquals("北京", t.meta(MetaRole.REGION, 4));
        assertNull(t.meta(MetaRole.INDUSTRY, 0));
        // F1: 同意 4, 不同意 2, 10% → 10, 9, 是 → 1
        assertEquals(4, t.raw(0)[0]);
        assertEquals(2, t.raw(1)[0]);
        assertEquals(10, t.raw(2)[0]);
        assertEquals(9, t.raw(3)[0]);
        assertEquals(1, t.raw(4)[0]);
        // F2: Q3 25 as written, Q5 否 → 0
        assertEquals(25, t.raw(2)[1]);
        assertEquals(0, t.raw(4)[1]);
        // F3: Q2 blank → missing
        assertEquals(CellStatus.MISSING, t.status(1)[2]);
        // F4: abc invalid, one valid answer (Q2)
        assertEquals(CellStatus.INVALID, t.status(0)[3]);
        assertTrue(Double.isNaN(t.raw(0)[3]));
        assertEquals(3, t.raw(1)[3]);
        assertEquals(CellStatus.MISSING, t.status(2)[3]);
        assertEquals(List.of(2, 3, 4, 5, 6), List.of(t.rowNumber(0), t.rowNumber(1), t.rowNumber(2), t.rowNumber(3),
                t.rowNumber(4)));
        List<Issue> invalid = issues("invalid-value");
        assertEquals(1, invalid.size());
        Issue i = invalid.get(0);
        assertEquals("firms.csv", i.file());
        assertEquals(5, i.row());
        assertEquals("D", i.column());
        assertEquals(Severity.WARNING, i.severity());
        assertEquals("\"abc\" is not an answer of Q1 (scale agree5: 1–5 or 非常不同意/不同意/一般/同意/非常同意); "
                + "fix the cell or leave it blank", i.message());
        assertTrue(issues("unmapped-column").isEmpty());
    }

    @Test
    void workedExampleRegionsAreReadAtTheRegionLevel() {
        ResponseTable t = read(Level.REGION, TestSheets.file("regions.csv",
                TestSheets.csv("所在地区,Q6", "广东省,60", "北京市,150")), null);
        assertEquals(2, t.rows());
        assertEquals(List.of("Q6"), t.questions().stream().map(q -> q.code()).toList());
        assertEquals("广东省", t.meta(MetaRole.REGION, 0));
        assertNull(t.meta(MetaRole.ID, 0));
        assertEquals(60, t.raw(0)[0]);
        assertEquals(150, t.raw(0)[1]);
    }

    @Test
    void headerRowNeedNotBeTheFirstAndUnmappedColumnsAreReported() {
        ResponseTable t = readFirms(TestSheets.csv(
                "2025年企业问卷,,",
                ",,",
                "序号,1、政策清晰,2、政策多变",
                "1,同意,3"));
        assertEquals(1, t.rows());
        assertEquals(4, t.rowNumber(0));
        assertEquals(4, t.raw(0)[0]);
        assertEquals(3, t.raw(1)[0]);
        List<Issue> unmapped = issues("unmapped-column");
        assertEquals(1, unmapped.size());
        assertEquals("A", unmapped.get(0).column());
        assertEquals(3, unmapped.get(0).row());
        assertEquals(Severity.INFO, unmapped.get(0).severity());
    }

    @Test
    void qualtricsSecondAndThirdHeaderRowsAreNotRespondents() {
        ResponseTable t = readFirms(TestSheets.csv(
                "StartDate,Duration (in seconds),Q1,Q2",
                "Start Date,Duration (in seconds),Policy is clear,Please rate - Policy changes often",
                "{\"ImportId\":\"startDate\"},{\"ImportId\":\"duration\"},{\"ImportId\":\"QID1\"},{\"ImportId\":\"QID2\"}",
                "2025-04-02 10:00:00,95,5,1"));
        assertEquals(1, t.rows());
        assertEquals(4, t.rowNumber(0));
        assertEquals(5, t.raw(0)[0]);
        assertEquals(1, t.raw(1)[0]);
        assertTrue(issues("invalid-value").isEmpty());
    }

    @Test
    void qualtrics2016DictStyleImportIdRowsAreHeaderRowsToo() {
        // the question-text row does not name the questions here (texts differ from the framework's), and is
        // still a header row because an ImportId row follows it
        ResponseTable t = readFirms(TestSheets.csv(
                "ResponseId,Q1,Q2",
                "Response ID,How clear is policy?,How often does it change?",
                "{'ImportId': '_recordId'},{'ImportId': 'QID1'},{'ImportId': 'QID2'}",
                "R_1,5,1",
                "R_2,4,2"));
        assertEquals(2, t.rows(), "rows read = respondents");
        assertEquals(List.of(4, 5), List.of(t.rowNumber(0), t.rowNumber(1)));
        assertTrue(issues("invalid-value").isEmpty(), issues.all().toString());
    }

    @Test
    void aHeaderThatNearlyNamesAQuestionGetsADidYouMeanWarningAndIsNotMapped() {
        ResponseTable t = readFirms(TestSheets.csv("id,Q1,3、研发强度比,备注", "F1,4,12,x"));
        assertEquals(CellStatus.MISSING, t.status(2)[0], "Q3 is not mapped on a guess");
        List<Issue> near = issues("near-miss-column");
        assertEquals(1, near.size());
        assertEquals("C", near.get(0).column());
        assertEquals(Severity.WARNING, near.get(0).severity());
        assertEquals("column \"3、研发强度比\" matches no question and is ignored; did you mean Q3 \"研发强度\"? If so, "
                + "correct the header or add \"3、研发强度比\" to Q3's aliases in questions.csv", near.get(0).message());
        assertEquals("列“3、研发强度比”与任何题目都不对应，已忽略；是否指 Q3“研发强度”？如是，请更正表头，或把“3、研发强度比”"
                + "加入 questions.csv 中 Q3 的别名（aliases）", org.ecoscore.fixtures.CatalogueCheck.chinese(near.get(0)));
        assertEquals(List.of("D"), issues("unmapped-column").stream().map(Issue::column).toList(),
                "备注 is merely unmapped");
    }

    @Test
    void theNearMissWarningQuotesTheAliasThatMakesThePlatformHeaderMatch() {
        // the new user's case: 问卷星 header with its number and type tag; the bare text "研发强度比" as alias would
        // not match (aliases are compared with the whole header), the header without its type tag does
        String header = "3、研发强度比(填空题 *必答)";
        readFirms(TestSheets.csv("id,Q1," + header, "F1,4,12"));
        List<Issue> near = issues("near-miss-column");
        assertEquals(1, near.size());
        String quoted = "3、研发强度比";
        assertTrue(near.get(0).message().endsWith("correct the header or add \"" + quoted
                + "\" to Q3's aliases in questions.csv"), near.get(0).message());

        List<org.ecoscore.framework.Question> qs = new java.util.ArrayList<>(WorkedExample.questions());
        qs.set(2, WorkedExample.question("Q3", "S1", Level.FIRM, "percent", "研发强度", "R&D intensity",
                List.of("研发强度比")));
        assertEquals(-1, matchOf(qs, header), "the bare text as alias does not make the column match");
        qs.set(2, WorkedExample.question("Q3", "S1", Level.FIRM, "percent", "研发强度", "R&D intensity",
                List.of(quoted)));
        assertEquals(2, matchOf(qs, header), "the quoted alias makes the column match Q3");
        IssueLog log = new IssueLog();
        HeaderMatcher matcher = new HeaderMatcher(WorkedExample.framework(qs), Level.FIRM);
        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM, matcher.questions());
        ReadContext ctx = new ReadContext(matcher, b, log, new RowCounter(n -> { }), "worked", null);
        SpreadsheetFile file = TestSheets.file("firms.csv", TestSheets.csv("id,Q1," + header, "F1,4,12"));
        b.addFile(new InputFile(0, "firms.csv", Level.FIRM, "", "", "", 0, null));
        new WorkbookReader(ctx).read(file, "firms.csv", 0);
        ResponseTable t = b.build();
        assertEquals(12.0, t.raw(2)[0], "Q3 read from the column: 12");
        assertTrue(log.all().stream().noneMatch(i -> i.code().equals("near-miss-column")), log.all().toString());
    }

    private static int matchOf(List<org.ecoscore.framework.Question> qs, String header) {
        return new HeaderMatcher(WorkedExample.framework(qs), Level.FIRM).match(header).question();
    }

    @Test
    void aPlatformRespondentNumberUnderAnIdlessMetaCsvIsNamedAsSuchNotAdvisedAsTheId() {
        // 腾讯问卷's 编号 is one edit from 问卷星's 序号 and two from "id": still not a misspelling. New-user finding
        // (session 7): the message advised adding 编号 to meta.csv's id row, which gives every submission an id of
        // its own and hides every double submission (found by the firm's name without an id)
        ResponseTable t = readFirms(TestSheets.csv("编号,所在地区,Q1", "1,广东,4"));
        assertEquals(1, t.rows());
        List<Issue> id = issues("missing-id-column");
        assertEquals(1, id.size());
        assertEquals("A", id.get(0).column());
        assertEquals("no id column: column A \"编号\" is 腾讯问卷's respondent number, which numbers submissions, not "
                + "firms (every row gets a FILE#ROW id, and a double submission is found only by the firm's name); ask "
                + "for the firm's credit code (统一社会信用代码) in the survey — taking 编号 as the id would give every "
                + "submission an id of its own, and no double submission would be found", id.get(0).message());
        assertTrue(!id.get(0).message().contains("misspelt"), id.get(0).message());
        // the report says the same in English, and in Chinese for a zh report
        assertEquals(id.get(0).message(), org.ecoscore.report.IssueMessages.render(id.get(0), true));
        assertEquals("缺少标识列：A 列“编号”是腾讯问卷的答卷编号，编的是答卷而不是企业（每行以“文件#行号”为标识，重复提交只能按企业名称发现）。"
                + "请在问卷中请企业填写统一社会信用代码；若以 编号 为标识，每份答卷各有一个标识，重复提交将无从发现。",
                org.ecoscore.report.IssueMessages.render(id.get(0), false));
    }

    @Test
    void aFileWithAHeaderAndNoAnswerRowsIsNamed() {
        ResponseTable t = readFirms(TestSheets.csv("id,Q1,Q2", ",,"));
        assertEquals(0, t.rows());
        List<Issue> empty = issues("no-answer-rows");
        assertEquals(1, empty.size());
        assertEquals("firms.csv", empty.get(0).file());
        assertEquals(1, empty.get(0).row());
        assertTrue(empty.get(0).message().startsWith("has a header row (row 1) but no answer rows"));
        assertTrue(org.ecoscore.fixtures.CatalogueCheck.chinese(empty.get(0)).startsWith("有表头行（第 1 行），但其下没有答卷行"));
    }

    @Test
    void wjxMatrixSubItemsAfterTheStemColumnAreReadWithTheStem() {
        // two matrices share the sub-item 外观: the bare column belongs to the matrix whose stem precedes it
        List<org.ecoscore.framework.Question> qs = List.of(
                WorkedExample.question("S_A", "S1", Level.FIRM, "agree5", "满意度—外观", "a", List.of()),
                WorkedExample.question("S_B", "S1", Level.FIRM, "agree5", "满意度—价格", "b", List.of()),
                WorkedExample.question("I_A", "S1", Level.FIRM, "agree5", "重要性—外观", "c", List.of()),
                WorkedExample.question("I_B", "S1", Level.FIRM, "agree5", "重要性—价格", "d", List.of()));
        Framework fw = WorkedExample.framework(qs);
        HeaderMatcher matcher = new HeaderMatcher(fw, Level.FIRM);
        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM, matcher.questions());
        ReadContext ctx = new ReadContext(matcher, b, issues, new RowCounter(n -> { }), fw.name(), null);
        SpreadsheetFile file = TestSheets.file("wjx.csv", TestSheets.csv(
                "id,13、满意度—价格,外观,14、重要性—外观,价格", "F1,1,2,3,4"));
        b.addFile(new InputFile(0, "wjx.csv", Level.FIRM, "", "", "", 0, null));
        new WorkbookReader(ctx).read(file, "wjx.csv", 0);
        ResponseTable t = b.build();
        // S_A ← 外观 after 13's stem (2); S_B ← 13、满意度—价格 (1); I_A ← 14、… (3); I_B ← 价格 after 14's stem (4)
        assertEquals(List.of(2.0, 1.0, 3.0, 4.0), List.of(t.raw(0)[0], t.raw(1)[0], t.raw(2)[0], t.raw(3)[0]));
        assertTrue(issues("duplicate-column").isEmpty());
    }

    @Test
    void repeatedHeaderRowAndBlankRowsAreSkipped() {
        ResponseTable t = readFirms(TestSheets.csv(
                "id,Q1,Q2",
                "F1,1,2",
                ",,",
                "id,Q1,Q2",
                "F2,3,4",
                "  ,,"));
        assertEquals(2, t.rows());
        assertEquals("F2", t.meta(MetaRole.ID, 1));
        assertEquals(5, t.rowNumber(1));
        assertEquals(List.of("missing-region-column"), issues.all().stream().map(Issue::code).toList(),
                "the only issue is the absent region column, none for the skipped rows");
    }

    @Test
    void aMisspeltIdHeaderIsNamedOnceForTheFile() {
        ResponseTable t = readFirms(TestSheets.csv(
                "统一社会信用代吗,所在省分,Q1",
                "F1,广东,1"));
        assertEquals(1, t.rows());
        List<Issue> id = issues("missing-id-column");
        assertEquals(1, id.size());
        assertEquals("A", id.get(0).column());
        assertEquals(1, id.get(0).row());
        assertTrue(id.get(0).message().startsWith("no id column: column A \"统一社会信用代吗\" looks like a misspelt "
                + "\"统一社会信用代码\""), id.get(0).message());
        List<Issue> region = issues("missing-region-column");
        assertEquals("B", region.get(0).column());
        // the worked-example meta.csv knows only 所在地区 and region: two edits away
        assertTrue(region.get(0).message().contains("misspelt \"所在地区\""), region.get(0).message());
    }

    /** New-user test: 问卷星's 序号 column beside a misspelt id header used to take the warning's place. */
    @Test
    void aMisspeltIdHeaderIsNamedRatherThanThePlatformsRespondentNumberBesideIt() {
        readFirms(TestSheets.csv(
                "序号,统一社会信用代吗,所在地区,Q1",
                "1,F1,广东,1"));
        List<Issue> id = issues("missing-id-column");
        assertEquals(1, id.size());
        assertEquals("B", id.get(0).column());
        assertTrue(id.get(0).message().startsWith("no id column: column B \"统一社会信用代吗\" looks like a misspelt "
                + "\"统一社会信用代码\""), id.get(0).message());
    }

    @Test
    void withoutAMisspeltIdHeaderThePlatformsRespondentNumberIsNamed() {
        readFirms(TestSheets.csv("序号,所在地区,Q1", "1,广东,1"));
        List<Issue> id = issues("missing-id-column");
        assertEquals("A", id.get(0).column());
        assertTrue(id.get(0).message().contains("is 问卷星's respondent number"), id.get(0).message());
    }

    /**
     * A header one edit from a metadata alias of 4 characters (企业名陈 for 企业名称: 1 ≤ max(1, 4 / 5) edits) gets a
     * "did you mean", in English and Chinese; a header that is not that close (名字: 2 edits from 企业名称, and no
     * alias shorter than 3 characters is ever suggested) is only reported as unmapped.
     */
    @Test
    void aHeaderThatNearlyNamesAMetadataColumnGetsADidYouMean() {
        readFirms(TestSheets.csv(
                "统一社会信用代码,企业名陈,所在地区,名字,Q1",
                "F1,甲公司,广东,x,1"));
        List<Issue> near = issues("near-miss-column");
        assertEquals(1, near.size(), near.toString());
        assertEquals("B", near.get(0).column());
        assertEquals(Severity.WARNING, near.get(0).severity());
        assertEquals("column \"企业名陈\" matches no question or metadata and is ignored; did you mean the name column "
                + "\"企业名称\"? If so, correct the header or add \"企业名陈\" to the name row of meta.csv",
                near.get(0).message());
        assertEquals("列“企业名陈”与任何题目和基本信息都不对应，已忽略；是否指名称列“企业名称”？如是，请更正表头，"
                + "或把“企业名陈”加入 meta.csv 中“企业名称”所在行的别名", org.ecoscore.fixtures.CatalogueCheck.chinese(near.get(0)));
        List<Issue> unmapped = issues("unmapped-column");
        assertEquals(1, unmapped.size());
        assertEquals("D", unmapped.get(0).column(), "名字 is only reported as unmapped");
    }

    @Test
    void rowWithOnlyInvalidAnswersIsStillARespondent() {
        ResponseTable t = readFirms(TestSheets.csv("Q1,Q2", "x,y"));
        assertEquals(1, t.rows());
        assertEquals(2, issues("invalid-value").size());
        assertEquals("B", issues("invalid-value").get(1).column());
    }

    @Test
    void aQuestionMatchedByTwoColumnsTakesTheFirstValidAnswerOfEachRow() {
        // 腾讯问卷 cascading select: one header per level; here both levels are headed Q1
        ResponseTable t = readFirms(TestSheets.csv(
                "id,Q1,Q2,1、政策清晰",
                "F1,abc,2,同意",      // A's cell invalid, C's valid → 同意 = 4
                "F2,不同意,2,同意",    // first column valid → 不同意 = 2
                "F3,abc,2,xyz",       // none valid → the first non-blank, abc, invalid
                "F4,,2,5",            // first blank → 5
                "F5,,2,"));           // both blank → missing
        assertEquals(5, t.rows(), "the file is read, not refused");
        assertEquals(4, t.raw(0)[0]);
        assertEquals(2, t.raw(0)[1]);
        assertEquals(CellStatus.INVALID, t.status(0)[2]);
        assertEquals(5, t.raw(0)[3]);
        assertEquals(CellStatus.MISSING, t.status(0)[4]);
        List<Issue> invalid = issues("invalid-value");
        assertEquals(1, invalid.size());
        assertEquals(4, invalid.get(0).row());
        assertEquals("B", invalid.get(0).column(), "the first non-blank column is the one quoted");
        assertTrue(invalid.get(0).message().startsWith("\"abc\" is not an answer of Q1"), invalid.get(0).message());
        List<Issue> dup = issues("duplicate-column");
        assertEquals(1, dup.size(), "one warning per file");
        assertEquals(Severity.WARNING, dup.get(0).severity());
        assertEquals(1, dup.get(0).row());
        assertEquals("D", dup.get(0).column());
        assertTrue(dup.get(0).message().startsWith("questions matched by more than one column: Q1 by columns B \"Q1\","
                + " D \"1、政策清晰\"."), dup.get(0).message());
        assertTrue(org.ecoscore.fixtures.CatalogueCheck.chinese(dup.get(0)).startsWith("有题目与不止一列对应：Q1：B 列“Q1”、D 列“1、政策清晰”。"),
                org.ecoscore.fixtures.CatalogueCheck.chinese(dup.get(0)));
    }

    @Test
    void submittedAndDurationAreParsedAndAnUnparseableOneIsAWarning() {
        ResponseTable t = readFirms(new Object[][] {
                {"提交答卷时间", "所用时间", "Q1"},
                {TestSheets.date(45727.5), "2分30秒", 4.0},
                {"not a time", "95 s", 4.0},
                {TestSheets.date(45727.5), "a while", 4.0}});
        assertEquals(1741694400, t.submitted(0)); // 2025-03-11 12:00 UTC
        assertEquals(150, t.duration(0));
        assertTrue(Double.isNaN(t.submitted(1)));
        assertEquals(95, t.duration(1));
        assertTrue(Double.isNaN(t.duration(2)));
        List<Issue> invalid = issues("invalid-value");
        assertEquals(2, invalid.size());
        assertEquals("A", invalid.get(0).column());
        assertEquals(3, invalid.get(0).row());
        // each says what is lost and what to do (new-user test: the duration's message said neither)
        assertTrue(invalid.get(0).message().endsWith("it is ignored, so this row cannot be ordered by time when its id "
                + "appears twice (--duplicates keep-last keeps the last row instead): fix the cell, or export the times "
                + "again"), invalid.get(0).message());
        assertEquals("B", invalid.get(1).column());
        assertEquals("\"a while\" is not a duration (seconds, such as 95, 2分30秒 or 0:02:30); it is ignored, so --min-duration "
                + "cannot check this row: fix the cell, or export the durations again", invalid.get(1).message());
        assertEquals("“a while”不是作答时长（秒数，如 95、2分30秒 或 0:02:30），已忽略，--min-duration 无法检查本行。请更正该单元格，"
                + "或重新导出作答时长。", org.ecoscore.fixtures.CatalogueCheck.chinese(invalid.get(1)));
    }

    @Test
    void noHeaderInAnySheetIsExit3() {
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> readFirms(TestSheets.csv(
                "a,b", "1,2")));
        assertEquals(3, e.exitCode());
        assertEquals("no header row matching the framework's questions in the first 10 rows of the file: check that "
                + "this is a questionnaire for framework worked, or give -f", e.getMessage());
    }

    @Test
    void headerBelowRow10IsNotFound() {
        Object[][] rows = new Object[12][];
        for (int i = 0; i < 10; i++) rows[i] = new Object[] {"note"};
        rows[10] = new Object[] {"Q1"};
        rows[11] = new Object[] {"1"};
        assertThrows(EcoscoreException.class, () -> readFirms(rows));
    }

    @Test
    void workbookSkipsSheetsWithoutHeaderAndHiddenSheets() {
        SpreadsheetFile wb = TestSheets.workbook("b.xlsx", List.of("说明", "隐藏", "数据"), List.of(false, true, false),
                List.of(TestSheets.csv("本问卷由…", "x"), TestSheets.csv("Q1", "1"), TestSheets.csv("Q1", "2")));
        ResponseTable t = read(Level.FIRM, wb, null);
        assertEquals(1, t.rows());
        assertEquals(2, t.raw(0)[0]);
    }

    @Test
    void sheetOptionChoosesAHiddenSheetAndAnUnknownNameListsTheSheets() {
        List<Object[][]> sheets = List.of(TestSheets.csv("Q1", "1"), TestSheets.csv("Q1", "2"));
        ResponseTable t = read(Level.FIRM, TestSheets.workbook("b.xlsx", List.of("A", "B"), List.of(false, true),
                sheets), "B");
        assertEquals(2, t.raw(0)[0]);
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> read(Level.FIRM,
                TestSheets.workbook("b.xlsx", List.of("A", "B"), List.of(false, true), sheets), "C"));
        assertEquals(3, e.exitCode());
        assertEquals("no sheet named \"C\"; the sheets are A, B: give one of them with --sheet", e.getMessage());
    }

    @Test
    void platformHeadersMapToTheirQuestions() {
        ResponseTable t = readFirms(TestSheets.csv(
                "序号,提交答卷时间,所用时间,第1题(政策清晰),6、(政策多变),7、请填写—研发强度,8.数量:发明专利数,Q5 参与",
                "1,2025/3/11 15:29:52,120秒,5,4,10%,3,2"));
        assertEquals(5, t.raw(0)[0]);
        assertEquals(4, t.raw(1)[0]);
        assertEquals(10, t.raw(2)[0]);
        assertEquals(3, t.raw(3)[0]);
        assertEquals(0, t.raw(4)[0]);
        assertEquals(120, t.duration(0));
    }
}
