package org.ecoscore.screen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.core.Options;
import org.ecoscore.core.Options.DuplicatePolicy;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Framework;
import org.ecoscore.input.ResponseTable;
import org.junit.jupiter.api.Test;

class ScreenerTest {
    private static final Set<String> REASONS = Set.of("duplicate-id", "low-coverage", "speeder", "straight-lining");
    private static final double NAN = Double.NaN;

    private final Framework worked = ScreenFixtures.workedExample();
    private final Framework nine = ScreenFixtures.nineScaleQuestions();
    private final IssueLog issues = new IssueLog();

    private static Options defaults() {
        return Options.defaults(List.of("firms.csv"), List.of());
    }

    private static Options screening(DuplicatePolicy d, double minCoverage, double minDuration, boolean exclude) {
        return defaults().withScreening(d, minCoverage, minDuration, exclude);
    }

    private Screened screen(ResponseTable t, Framework f, Options o) {
        Screened s = Screener.screen(t, f, o, issues);
        assertAccounting(s);
        return s;
    }

    /** SPEC §3: every row ends scored or excluded with exactly one known reason; scoredRows in input order. */
    private static void assertAccounting(Screened s) {
        int excluded = 0;
        for (int r = 0; r < s.table().rows(); r++) {
            if (s.exclusion()[r] != null) {
                excluded++;
                assertTrue(REASONS.contains(s.exclusion()[r]), s.exclusion()[r]);
            }
        }
        assertEquals(s.table().rows(), s.scoredRows().length + excluded, "rows = scored + excluded");
        int prev = -1;
        for (int r : s.scoredRows()) {
            assertNull(s.exclusion()[r]);
            assertTrue(r > prev, "scored rows in input order");
            prev = r;
        }
        assertEquals(s.table().rows(), s.ids().length);
    }

    private List<Issue> issues(String code) {
        return issues.all().stream().filter(i -> i.code().equals(code)).toList();
    }

    // ---- WORKED-EXAMPLE.md ----

    private ResponseTable workedFirms() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("F1").region("广东").answer("Q1", 4).answer("Q2", 2).answer("Q3", 10).answer("Q4", 9).answer("Q5", 1);
        t.row(3).id("F2").region("广东省").answer("Q1", 5).answer("Q2", 5).answer("Q3", 25).answer("Q4", 0)
                .answer("Q5", 0);
        t.row(4).id("F3").region("北京").answer("Q1", 3).answer("Q3", 5).answer("Q4", 99).answer("Q5", 1);
        t.row(5).id("F4").region("北京市").invalid("Q1").answer("Q2", 3);
        t.row(6).id("F5").region("北京").answer("Q1", 2).answer("Q2", 4).answer("Q3", 2).answer("Q5", 0);
        return t.build();
    }

    @Test
    void workedExampleExcludesF4ForLowCoverageAndScoresFour() {
        Screened s = screen(workedFirms(), worked, defaults());
        assertArrayEquals(new int[] {0, 1, 2, 4}, s.scoredRows());
        assertEquals("low-coverage", s.exclusion()[3]);
        assertArrayEquals(new String[] {"F1", "F2", "F3", "F4", "F5"}, s.ids());
        assertArrayEquals(new String[] {"广东省", "广东省", "北京市", "北京市", "北京市"}, s.regionName());
        assertArrayEquals(new String[] {"440000", "440000", "110000", "110000", "110000"}, s.regionCode());
        assertArrayEquals(new int[5], s.flags());
        assertEquals(1, issues.size(), issues.all().toString());
        Issue i = issues("low-coverage").get(0);
        assertEquals("firms.csv", i.file());
        assertEquals("", i.sheet());
        assertEquals(5, i.row());
        assertEquals(Severity.WARNING, i.severity());
        assertTrue(i.message().startsWith("1 of 5 firm questions answered (20%) < 50%"), i.message());
    }

    @Test
    void workedExampleRegionQuestionnaireTakesItsRegionAsId() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.REGION, "regions.csv");
        t.row(2).region("广东省").answer("Q6", 60);
        t.row(3).region("北京市").answer("Q6", 150);
        Screened s = screen(t.build(), worked, defaults());
        assertArrayEquals(new int[] {0, 1}, s.scoredRows());
        assertArrayEquals(new String[] {"广东省", "北京市"}, s.ids());
        assertArrayEquals(new String[] {"440000", "110000"}, s.regionCode());
        assertEquals(0, issues.size(), issues.all().toString());
    }

    @Test
    void regionNamesFollowTheReportLanguage() {
        Screened s = screen(workedFirms(), worked, defaults().withLang(Options.Lang.EN));
        assertArrayEquals(new String[] {"Guangdong", "Guangdong", "Beijing", "Beijing", "Beijing"}, s.regionName());
    }

    // ---- id ----

    @Test
    void blankIdBecomesFileHashRowWithMissingIdWarning() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "in/firms.xlsx");
        t.row(7).id(null).region("上海").answerFirst(5);
        t.row(8).id("   ").region("上海").answerFirst(5);
        Screened s = screen(t.build(), worked, defaults());
        assertArrayEquals(new String[] {"in/firms.xlsx#7", "in/firms.xlsx#8"}, s.ids());
        assertArrayEquals(new int[] {0, 1}, s.scoredRows(), "FILE#ROW ids are never duplicates");
        List<Issue> missing = issues("missing-id");
        assertEquals(2, missing.size());
        assertEquals(7, missing.get(0).row());
        assertEquals("Sheet1", missing.get(0).sheet());
        assertTrue(missing.get(0).message().contains("in/firms.xlsx#7"), missing.get(0).message());
    }

    @Test
    void idIsTrimmedAsWrittenAndComparedNormalised() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("  ＡＢＣ  公司 ").region("上海").answerFirst(5);
        t.row(3).id("abc 公司").region("上海").answerFirst(5);
        Screened s = screen(t.build(), worked, defaults());
        assertEquals("ＡＢＣ  公司", s.ids()[0]);
        assertEquals("duplicate-id", s.exclusion()[0], "full-width, case and spacing do not make another id");
        assertArrayEquals(new int[] {1}, s.scoredRows());
    }

    /**
     * New-user finding: a 按序号 export's industry column holds the options' numbers, and --by industry grouped the
     * firms by them without a word. A file whose scored firms' industries are all small whole numbers (full-width
     * ones too) is warned once; a file with one industry written out, or one such row only, is not; sizes that are
     * head counts (beyond the options' range) are not option numbers.
     */
    @Test
    void groupingColumnsOfOptionNumbersAreWarnedOncePerFile() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "按序号.xlsx", "按文本.xlsx");
        t.row(0, 2).id("A").region("广东").meta(MetaRole.INDUSTRY, "3").meta(MetaRole.SIZE, "250").answerFirst(5);
        t.row(0, 3).id("B").region("广东").meta(MetaRole.INDUSTRY, "１２").meta(MetaRole.SIZE, "2").answerFirst(5);
        t.row(0, 4).id("C").region("广东").meta(MetaRole.INDUSTRY, "3").answerFirst(5);
        t.row(1, 2).id("D").region("广东").meta(MetaRole.INDUSTRY, "2").answerFirst(5);
        t.row(1, 3).id("E").region("广东").meta(MetaRole.INDUSTRY, "制造业").answerFirst(5);
        screen(t.build(), worked, defaults());
        List<Issue> w = issues("group-number");
        assertEquals(1, w.size(), w.toString());
        assertEquals("按序号.xlsx", w.get(0).file());
        assertEquals(0, w.get(0).row());
        assertEquals("The industry column holds only option numbers (3, 12), as an export of the choices' numbers "
                + "(问卷星's 按序号) writes them: --by industry and the Firms sheet show these numbers, not the industry "
                + "names. Export the survey 按文本 (by the answers' text), or write the names in the column.",
                w.get(0).message());
    }

    @Test
    void creditCodeWithWrongCheckCharacterIsWarnedButScored() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("91350100M000100Y43").region("上海").answerFirst(5);
        t.row(3).id("000000000000000013").region("上海").answerFirst(5);
        t.row(4).id("91350100M000100Y44").region("上海").answerFirst(5);
        t.row(5).id("F-17-characters-x").region("上海").answerFirst(5);
        Screened s = screen(t.build(), worked, defaults());
        assertArrayEquals(new int[] {0, 1, 2, 3}, s.scoredRows());
        List<Issue> bad = issues("invalid-credit-code");
        assertEquals(1, bad.size(), issues.all().toString());
        assertEquals(4, bad.get(0).row());
        assertEquals(Severity.WARNING, bad.get(0).severity());
        assertTrue(bad.get(0).message().contains("expected '3'"), bad.get(0).message());
    }

    /*
     * New-user finding: a credit code typed with the input method in full-width mode, or with lower-case letters, was
     * accepted silently and shown as typed, so firms.csv held three spellings of one registry code.
     */
    @Test
    void creditCodeTypedFullWidthOrLowerCaseIsShownAsTheRegistryWritesItAndStillOneFirm() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("９１３５０１００Ｍ０００１００Ｙ４３").region("上海").answerFirst(5);   // full-width digits and letters
        t.row(3).id("91350100m000100y43").region("上海").answerFirst(4);   // the same code, lower case
        t.row(4).id(" 91350100M000100Y44").region("上海").answerFirst(5);  // standard form (wrong check character)
        t.row(5).id("f-001").region("上海").answerFirst(5);                 // no credit code: left as typed
        Screened s = screen(t.build(), worked, defaults());
        // rows 2 and 3 are one firm (keep-last keeps row 3)
        assertArrayEquals(new int[] {1, 2, 3}, s.scoredRows());
        assertEquals(1, issues("duplicate-id").size());
        assertEquals("91350100M000100Y43", s.ids()[0]);
        assertEquals("91350100M000100Y43", s.ids()[1]);
        assertEquals("f-001", s.ids()[3]);
        List<Issue> notes = issues("id-normalised");
        assertEquals(2, notes.size(), issues.all().toString());
        assertEquals(2, notes.get(0).row());
        assertEquals(Severity.INFO, notes.get(0).severity());
        assertEquals("The id '91350100m000100y43' is a unified social credit code written in full-width or lower-case"
                + " characters; it is scored and shown as 91350100M000100Y43, as the registry writes it.",
                notes.get(1).message());
        // the check character is still checked, on the standard form
        assertEquals(1, issues("invalid-credit-code").size());
        assertEquals(4, issues("invalid-credit-code").get(0).row());
    }

    @Test
    void excelScientificNotationIdIsReportedAsMangled() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.xlsx");
        t.row(2).id("9.14403E+17").region("上海").answerFirst(5);
        t.row(3).id("9.14403e17").region("上海").answerFirst(5);
        t.row(4).id("914403001234567890").region("上海").answerFirst(5);
        Screened s = screen(t.build(), worked, defaults());
        assertArrayEquals(new int[] {0, 1, 2}, s.scoredRows());
        assertEquals("9.14403E+17", s.ids()[0]);
        List<Issue> mangled = issues("mangled-id");
        assertEquals(2, mangled.size());
        assertEquals(2, mangled.get(0).row());
        assertTrue(mangled.get(0).message().contains("destroyed by Excel"), mangled.get(0).message());
        assertTrue(mangled.get(0).message().contains("Format the id column as text"), mangled.get(0).message());
        assertEquals(1, issues("invalid-credit-code").size(), "the 18-digit id fails its check character");
    }

    // ---- duplicates ----

    private ResponseTable twoCopies(double t1, double t2) {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("A").region("上海").answerFirst(5).submitted(t1);
        t.row(3).id("A").region("上海").answerFirst(5).submitted(t2);
        t.row(4).id("B").region("上海").answerFirst(5);
        return t.build();
    }

    @Test
    void keepLastKeepsTheLatestSubmitted() {
        Screened s = screen(twoCopies(200, 100), worked, defaults());
        assertArrayEquals(new int[] {0, 2}, s.scoredRows());
        assertEquals("duplicate-id", s.exclusion()[1]);
        Issue i = issues("duplicate-id").get(0);
        assertEquals(3, i.row());
        assertTrue(i.message().contains("row 2 is kept"), i.message());
    }

    @Test
    void keepLastFallsBackToInputOrderWhenATimeIsMissing() {
        Screened s = screen(twoCopies(200, NAN), worked, defaults());
        assertArrayEquals(new int[] {1, 2}, s.scoredRows());
        assertEquals("duplicate-id", s.exclusion()[0]);
        assertTrue(issues("duplicate-id").get(0).message().contains("row 3 is kept"));
    }

    @Test
    void keepLastWithEqualTimesKeepsTheLaterInInputOrder() {
        Screened s = screen(twoCopies(100, 100), worked, defaults());
        assertArrayEquals(new int[] {1, 2}, s.scoredRows());
    }

    @Test
    void equalTimesSayInputOrderDecidedNotTime() {
        screen(twoCopies(100, 100), worked, defaults());
        Issue last = issues("duplicate-id").get(0);
        assertEquals("The id 'A' appears 2 times; row 3 is kept (the last in input order, submitted at the same time,"
                + " --duplicates keep-last) and this row is excluded; the answers of the copies are identical. Remove"
                + " the extra copies or correct the id if they are different respondents.", last.message());
        assertTrue(org.ecoscore.fixtures.CatalogueCheck.chinese(last).contains("保留第 3 行（提交时间相同，按输入顺序取最后，"
                + "--duplicates keep-last）"), org.ecoscore.fixtures.CatalogueCheck.chinese(last));
    }

    @Test
    void equalTimesUnderKeepFirstSayInputOrderDecided() {
        screen(twoCopies(100, 100), worked, screening(DuplicatePolicy.KEEP_FIRST, 0.5, NAN, false));
        Issue first = issues("duplicate-id").get(0);
        assertTrue(first.message().contains("row 2 is kept (the first in input order, submitted at the same time,"
                + " --duplicates keep-first)"), first.message());
        assertTrue(org.ecoscore.fixtures.CatalogueCheck.chinese(first).contains("提交时间相同，按输入顺序取最前"));
    }

    @Test
    void aMissingTimeSaysInputOrderDecidedAndWhy() {
        screen(twoCopies(200, NAN), worked, defaults());
        Issue i = issues("duplicate-id").get(0);
        assertTrue(i.message().contains("row 3 is kept (the last in input order, as not every copy has a readable"
                + " submission time, --duplicates keep-last)"), i.message());
        assertTrue(org.ecoscore.fixtures.CatalogueCheck.chinese(i).contains("并非每份副本都有可读的提交时间，按输入顺序取最后"));
    }

    @Test
    void aLaterTimeStillSaysTimeDecided() {
        screen(twoCopies(200, 100), worked, defaults());
        assertTrue(issues("duplicate-id").get(0).message().contains("row 2 is kept (the latest submitted,"));
    }

    @Test
    void keepFirstKeepsTheEarliestSubmitted() {
        Screened s = screen(twoCopies(200, 100), worked, screening(DuplicatePolicy.KEEP_FIRST, 0.5, NAN, false));
        assertArrayEquals(new int[] {1, 2}, s.scoredRows());
        assertEquals("duplicate-id", s.exclusion()[0]);
    }

    @Test
    void keepFirstWithoutTimesKeepsTheFirstInInputOrder() {
        Screened s = screen(twoCopies(NAN, NAN), worked, screening(DuplicatePolicy.KEEP_FIRST, 0.5, NAN, false));
        assertArrayEquals(new int[] {0, 2}, s.scoredRows());
    }

    @Test
    void keepFirstWithEqualTimesKeepsTheEarlierInInputOrder() {
        Screened s = screen(twoCopies(100, 100), worked, screening(DuplicatePolicy.KEEP_FIRST, 0.5, NAN, false));
        assertArrayEquals(new int[] {0, 2}, s.scoredRows());
    }

    @Test
    void rejectExcludesEveryCopy() {
        Screened s = screen(twoCopies(100, 200), worked, screening(DuplicatePolicy.REJECT, 0.5, NAN, false));
        assertArrayEquals(new int[] {2}, s.scoredRows());
        assertEquals("duplicate-id", s.exclusion()[0]);
        assertEquals("duplicate-id", s.exclusion()[1]);
        assertEquals(2, issues("duplicate-id").size());
    }

    @Test
    void duplicateInAnotherFileIsNamedWithItsFile() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "a.csv", "b.xlsx");
        t.row(0, 2).id("A").region("上海").answerFirst(5);
        t.row(1, 5).id("A").region("上海").answerFirst(5);
        Screened s = screen(t.build(), worked, defaults());
        assertArrayEquals(new int[] {1}, s.scoredRows());
        Issue i = issues("duplicate-id").get(0);
        assertEquals("a.csv", i.file());
        assertTrue(i.message().contains("row 5 of b.xlsx is kept"), i.message());
    }

    // ---- coverage ----

    @Test
    void coverageExactlyAtThresholdIsKept() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(nine, Level.FIRM, "firms.csv");
        t.row(2).id("A").region("上海").answerFirst(5);              // 5 of 10 = 0.5: not below 0.5
        t.row(3).id("B").region("上海").answerFirst(4).invalid("N9"); // 4 of 10; invalid is not an answer
        Screened s = screen(t.build(), nine, defaults());
        assertArrayEquals(new int[] {0}, s.scoredRows());
        assertEquals("low-coverage", s.exclusion()[1]);
        assertTrue(issues("low-coverage").get(0).message().startsWith("4 of 10 firm questions answered (40%) < 50%"));
    }

    @Test
    void coverageBelowAGivenThresholdExcludesRow() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("A").region("上海").answerFirst(2);   // 2 of 5 = 0.4
        t.row(3).id("B").region("上海").answerFirst(1);   // 1 of 5 = 0.2
        Screened s = screen(t.build(), worked, screening(DuplicatePolicy.KEEP_LAST, 0.4, NAN, false));
        assertArrayEquals(new int[] {0}, s.scoredRows());
        assertTrue(issues("low-coverage").get(0).message().startsWith("1 of 5 firm questions answered (20%) < 40%"));
    }

    @Test
    void duplicatesAreResolvedBeforeCoverage() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("A").region("上海").answerFirst(5);
        t.row(3).id("A").region("上海").answerFirst(1);
        Screened s = screen(t.build(), worked, defaults());
        assertEquals("duplicate-id", s.exclusion()[0]);
        assertEquals("low-coverage", s.exclusion()[1]);
        assertEquals(0, s.scoredRows().length);
    }

    // ---- flags ----

    @Test
    void speederIsOffUnlessMinDurationIsGiven() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("A").region("上海").answerFirst(5).duration(10);
        Screened s = screen(t.build(), worked, defaults());
        assertEquals(0, s.flags()[0]);
        assertEquals(0, issues.size());
    }

    @Test
    void speederFlagsDurationBelowMinDuration() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("A").region("上海").answerFirst(5).duration(30);
        t.row(3).id("B").region("上海").answerFirst(5).duration(60);
        t.row(4).id("C").region("上海").answerFirst(5);
        Screened s = screen(t.build(), worked, screening(DuplicatePolicy.KEEP_LAST, 0.5, 60, false));
        assertArrayEquals(new int[] {0, 1, 2}, s.scoredRows(), "flagged rows stay scored");
        assertArrayEquals(new int[] {Screened.SPEEDER, 0, 0}, s.flags());
        List<Issue> speed = issues("speeder");
        assertEquals(1, speed.size());
        assertEquals(Severity.INFO, speed.get(0).severity());
        assertTrue(speed.get(0).message().startsWith("Answered in 30 s, less than --min-duration 60 s"));
    }

    @Test
    void rowsWithoutADurationAreCountedInOneNotePerFileWhenMinDurationIsGiven() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "a.csv", "b.csv");
        t.row(0, 2).id("A").region("上海").answerFirst(5).duration(30);
        t.row(0, 3).id("B").region("上海").answerFirst(5);             // blank: not checked
        t.row(0, 4).id("C").region("上海").answerFirst(5);             // blank: not checked
        t.row(0, 5).id("C").region("上海").answerFirst(5).duration(90); // C's copy kept: row 4 is not checked at all
        t.row(1, 2).id("D").region("上海").answerFirst(5);             // b.csv: its one row has no duration
        Screened s = screen(t.build(), worked, screening(DuplicatePolicy.KEEP_LAST, 0.5, 60, false));
        // a.csv: rows 2, 3, 5 reach the speed check (row 4 is a duplicate); row 2 (30 < 60) flagged; row 3 blank
        // b.csv: row 2 blank. In all: 4 checked, 1 flagged, 2 unchecked
        assertEquals(new SpeedCheck(4, 1, 2), SpeedCheck.of(s));
        List<Issue> notes = issues("unchecked-duration");
        assertEquals(2, notes.size(), notes.toString());
        assertEquals(Severity.INFO, notes.get(0).severity());
        assertEquals("a.csv", notes.get(0).file());
        assertEquals(0, notes.get(0).row());
        assertEquals("1 of the 3 rows of this file still in at the speed check has no readable duration (the cell is"
                + " blank, or is not a duration: see the row's invalid-value warning), so --min-duration could not check"
                + " it for speed; such a row is not flagged as a speeder. Fill in the durations to check them.",
                notes.get(0).message());
        assertEquals("本文件进入作答速度检查的 3 行中有 1 行没有可读的作答时长（单元格为空，或不是时长：见该行的 invalid-value"
                + " 警告），--min-duration 无法检查这些行，它们不会被标记为作答过快。请补填作答时长以便检查。",
                org.ecoscore.fixtures.CatalogueCheck.chinese(notes.get(0)));
        assertEquals("b.csv", notes.get(1).file());
        assertEquals("The one row of this file still in at the speed check has no readable duration, so"
                + " --min-duration could not check this file; no row of it is flagged as a speeder. Give the file its"
                + " duration column (所用时间, or another duration alias of meta.csv) or fill it in.",
                notes.get(1).message());
        assertTrue(org.ecoscore.fixtures.CatalogueCheck.chinese(notes.get(1)).startsWith("本文件进入作答速度检查的 1 行都"
                + "没有可读的作答时长"));
    }

    @Test
    void withoutMinDurationABlankDurationIsNoIssue() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("A").region("上海").answerFirst(5);
        t.row(3).id("B").region("上海").answerFirst(5).duration(10);
        Screened s = screen(t.build(), worked, defaults());
        assertEquals(new SpeedCheck(2, 0, 1), SpeedCheck.of(s), "counted, but only shown with --min-duration");
        assertEquals(0, issues.size(), issues.all().toString());
    }

    @Test
    void straightLiningNeedsEightEqualScaleAnswers() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(nine, Level.FIRM, "firms.csv");
        ScreenFixtures.Table.Row eight = t.row(2).id("eight").region("上海");
        ScreenFixtures.Table.Row seven = t.row(3).id("seven").region("上海");
        ScreenFixtures.Table.Row mixed = t.row(4).id("mixed").region("上海");
        for (int i = 1; i <= 8; i++) eight.answer("N" + i, 3);
        eight.answer("Y", 1);                       // yes/no is not a named scale: does not break the line
        for (int i = 1; i <= 7; i++) seven.answer("N" + i, 3);
        for (int i = 1; i <= 8; i++) mixed.answer("N" + i, 3);
        mixed.answer("N9", 4);
        Screened s = screen(t.build(), nine, defaults());
        assertArrayEquals(new int[] {Screened.STRAIGHT_LINING, 0, 0}, s.flags());
        assertArrayEquals(new int[] {0, 1, 2}, s.scoredRows());
        assertEquals(1, issues("straight-lining").size());
        assertEquals(2, issues("straight-lining").get(0).row());
    }

    @Test
    void excludeFlaggedExcludesWithTheFlagAsReasonSpeederFirst() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(nine, Level.FIRM, "firms.csv");
        ScreenFixtures.Table.Row both = t.row(2).id("both").region("上海").duration(5);
        ScreenFixtures.Table.Row line = t.row(3).id("line").region("上海").duration(500);
        for (int i = 1; i <= 9; i++) {
            both.answer("N" + i, 5);
            line.answer("N" + i, 1);
        }
        t.row(4).id("fine").region("上海").answerFirst(9).answer("N9", 2).duration(500);
        Screened s = screen(t.build(), nine, screening(DuplicatePolicy.KEEP_LAST, 0.5, 60, true));
        assertEquals("speeder", s.exclusion()[0]);
        assertEquals(Screened.SPEEDER | Screened.STRAIGHT_LINING, s.flags()[0]);
        assertEquals("straight-lining", s.exclusion()[1]);
        assertArrayEquals(new int[] {2}, s.scoredRows());
        assertEquals(Severity.WARNING, issues("speeder").get(0).severity());
        assertEquals(2, issues("straight-lining").size());
    }

    @Test
    void flagsAreNotSetOnExcludedRows() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("A").region("上海").answerFirst(1).duration(5);
        Screened s = screen(t.build(), worked, screening(DuplicatePolicy.KEEP_LAST, 0.5, 60, true));
        assertEquals("low-coverage", s.exclusion()[0]);
        assertEquals(0, s.flags()[0]);
        assertEquals(0, issues("speeder").size());
    }

    // ---- region ----

    @Test
    void unknownRegionIsKeptAsWrittenWithoutCode() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("A").region(" 雄安新区 ").answerFirst(5);
        t.row(3).id("B").region("ＸＹ区").answerFirst(5);
        t.row(4).id("C").region("粤").answerFirst(5);
        Screened s = screen(t.build(), worked, defaults());
        assertArrayEquals(new String[] {"雄安新区", "XY区", "广东省"}, s.regionName());
        assertArrayEquals(new String[] {"", "", "440000"}, s.regionCode());
        assertArrayEquals(new int[] {0, 1, 2}, s.scoredRows());
        List<Issue> unknown = issues("unknown-region");
        assertEquals(2, unknown.size());
        assertTrue(unknown.get(0).message().contains("'雄安新区'"), unknown.get(0).message());
    }

    /*
     * New-user finding (session 8): a 问卷星 按序号 export writes the region question's option number ("5"), and each
     * number became a region of its own, ranked, briefed and trended among the provinces. A bare number (up to four
     * digits, full-width too) is an option's number: the firm is scored, counted in no region, and warned about; a
     * GB/T 2260 code (six digits) is still a place, and a region questionnaire's number id is left as it was.
     */
    @Test
    void aRegionThatIsABareNumberIsAnOptionNumberNotARegion() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "问卷星-按序号.xlsx");
        t.row(2).id("A").region("5").answerFirst(5);
        t.row(3).id("B").region("１２").answerFirst(5);
        t.row(4).id("C").region("440000").answerFirst(5);
        t.row(5).id("D").region("广东").answerFirst(5);
        Screened s = screen(t.build(), worked, defaults());
        assertArrayEquals(new int[] {0, 1, 2, 3}, s.scoredRows());
        assertArrayEquals(new String[] {null, null, "广东省", "广东省"}, s.regionName());
        assertArrayEquals(new String[] {null, null, "440000", "440000"}, s.regionCode());
        List<Issue> numbers = issues("region-number");
        assertEquals(2, numbers.size());
        assertEquals(2, numbers.get(0).row());
        assertEquals("The region '5' is a number, not a place: an export of the choices' numbers (问卷星's 按序号) gives"
                + " the number of the option chosen, so this firm is scored but counted in no region. Export the survey"
                + " 按文本 (by the answers' text), or write the region's name in the column.", numbers.get(0).message());
        assertEquals(numbers.get(0).message(), org.ecoscore.report.IssueMessages.render(numbers.get(0), true));
        assertEquals("地区“5”是一个数字而不是地名：按选项序号导出的答卷（问卷星“按序号”）写的是所选选项的序号，因此该企业仍计分，"
                + "但不计入任何地区。请按文本导出答卷（问卷星“按文本”），或在该列填写地区名称。",
                org.ecoscore.report.IssueMessages.render(numbers.get(0), false));
        assertEquals(0, issues("unknown-region").size());
        assertEquals(0, issues("missing-region").size());
    }

    @Test
    void missingRegionLeavesFirmScoredInNoRegion() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.FIRM, "firms.csv");
        t.row(2).id("A").answerFirst(5);
        Screened s = screen(t.build(), worked, defaults());
        assertArrayEquals(new int[] {0}, s.scoredRows());
        assertNull(s.regionName()[0]);
        assertNull(s.regionCode()[0]);
        assertEquals(1, issues("missing-region").size());
        assertEquals(2, issues("missing-region").get(0).row());
    }

    @Test
    void regionQuestionnaireRegionComesFromRegionColumnElseId() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.REGION, "regions.xlsx");
        t.row(2).region("广东").answer("Q6", 1);            // no id: the canonical region is the id
        t.row(3).id("北京").answer("Q6", 1);                // no region column value: the id is the region
        t.row(4).id("SH-01").region("上海").answer("Q6", 1); // both: the id as written, the region column
        t.row(5).answer("Q6", 1);                           // neither
        Screened s = screen(t.build(), worked, defaults());
        assertArrayEquals(new String[] {"广东省", "北京", "SH-01", "regions.xlsx#5"}, s.ids());
        assertArrayEquals(new String[] {"广东省", "北京市", "上海市", null}, s.regionName());
        assertArrayEquals(new String[] {"440000", "110000", "310000", null}, s.regionCode());
        assertArrayEquals(new int[] {0, 1, 2, 3}, s.scoredRows());
        assertEquals(1, issues("missing-id").size());
        assertEquals(5, issues("missing-id").get(0).row());
        assertEquals(0, issues("missing-region").size(), "missing-region is a firm-level warning");
    }

    @Test
    void regionQuestionnairesForTheSameRegionAreDuplicates() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(worked, Level.REGION, "regions.csv");
        t.row(2).region("广东").answer("Q6", 1);
        t.row(3).region("广东省").answer("Q6", 2);
        Screened s = screen(t.build(), worked, defaults());
        assertArrayEquals(new int[] {1}, s.scoredRows());
        assertEquals("duplicate-id", s.exclusion()[0]);
    }
}
