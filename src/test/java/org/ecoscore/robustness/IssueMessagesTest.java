package org.ecoscore.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.cli.CliRun;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.ScaleKind;
import org.ecoscore.pipeline.Pipeline;
import org.ecoscore.report.IssueMessages;
import org.ecoscore.screen.CreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 part 6: issue messages in the report language. The catalogue's English templates say word for word
 * what the sources write (checked on the issues of real runs over messy files), the Chinese ones are used for
 * a zh report, and every issue code the sources can log has a Chinese message.
 */
class IssueMessagesTest {
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    @TempDir
    Path dir;

    /** A batch of firm rows going wrong in every way screening and reading know, one way per row. */
    private Path messyFirms(String name) throws Exception {
        List<List<String>> rows = Corpus.rows("M", 14);
        List<String> header = rows.get(0);
        header.add("所用时间");
        header.add("备注");
        header.add("企业名称");
        for (int r = 1; r < rows.size(); r++) {
            rows.get(r).add("300");
            rows.get(r).add("无");
            rows.get(r).add("again");
        }
        List<Question> qs = Corpus.DEFAULT.questionsOf(Level.FIRM);
        rows.get(1).set(0, "");                                   // missing-id
        rows.get(2).set(0, "9.14403E+17");                        // mangled-id
        String code17 = "91110108MA01ABCDE";
        char wrong = CreditCode.checkCharacter(code17) == '0' ? '1' : '0';
        rows.get(3).set(0, code17 + wrong);                       // invalid-credit-code
        rows.get(5).set(0, "M004");                               // duplicate-id of row 4 (M004)
        rows.get(6).set(2, "火星省");                              // unknown-region
        rows.get(7).set(2, "");                                   // missing-region
        for (int q = 3; q < qs.size(); q++) rows.get(8).set(3 + q, ""); // low-coverage
        rows.get(9).set(header.size() - 3, "5");                  // speeder (--min-duration 60)
        for (int q = 0; q < qs.size(); q++) {                     // straight-lining
            if (qs.get(q).kind() == ScaleKind.NAMED) rows.get(10).set(3 + q, "3");
        }
        for (ScaleKind kind : ScaleKind.values()) {               // invalid-value of each kind
            for (int q = 0; q < qs.size(); q++) {
                if (qs.get(q).kind() == kind) {
                    rows.get(11).set(3 + q, "abc");
                    break;
                }
            }
        }
        rows.get(12).set(header.size() - 3, "a while");           // invalid duration
        return Corpus.csv(dir.resolve(name), rows, StandardCharsets.UTF_8);
    }

    /** A firm file whose id and region headers are misspelt, and one without them at all. */
    private List<Path> headerless() throws Exception {
        List<List<String>> rows = Corpus.rows("H", 2);
        rows.get(0).set(0, "统一社会信用代马");
        rows.get(0).set(2, "所在地去");
        Path misspelt = Corpus.csv(dir.resolve("misspelt.csv"), rows, StandardCharsets.UTF_8);
        List<List<String>> bare = Corpus.rows("B", 2);
        for (List<String> r : bare) {
            r.set(0, "");
            r.set(2, "");
        }
        bare.get(0).set(0, "x1");
        bare.get(0).set(2, "x2");
        Path none = Corpus.csv(dir.resolve("bare.csv"), bare, StandardCharsets.UTF_8);
        return List.of(misspelt, none);
    }

    private List<Issue> issues(Options.DuplicatePolicy duplicates, List<Path> files) {
        List<String> inputs = new ArrayList<>();
        for (Path p : files) inputs.add(p.toString());
        Options o = Options.defaults(inputs, List.of()).withScreening(duplicates, 0.5, 60, false);
        IssueLog log = new IssueLog();
        Pipeline.screen(Corpus.DEFAULT, o, log, n -> { });
        return log.all();
    }

    @Test
    void englishTemplatesSayWhatTheSourcesWriteAndChineseOnesAreChinese() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("notes.txt"), "not a questionnaire");
        Files.write(folder.resolve("empty.csv"), new byte[0]);
        BadInputTest.mixedEncodings(folder);
        List<Path> files = new ArrayList<>(List.of(messyFirms("messy.csv"), folder));
        files.addAll(headerless());
        List<Issue> all = new ArrayList<>(issues(Options.DuplicatePolicy.KEEP_LAST, files));
        all.addAll(issues(Options.DuplicatePolicy.KEEP_FIRST, List.of(messyFirms("messy2.csv"))));
        all.addAll(issues(Options.DuplicatePolicy.REJECT, List.of(messyFirms("messy3.csv"))));

        Set<String> forms = new TreeSet<>();
        for (Issue i : all) {
            String form = i.params().get("form");
            String key = form == null ? i.code() : i.code() + "/" + form;
            assertNotNull(IssueMessages.template(i.code(), form, false), "no catalogue entry for " + key);
            String en = IssueMessages.template(i.code(), form, true); // null: the source's English (plurals)
            assertFalse(i.params().isEmpty() && en != null && en.contains("{"), "no parameters: " + i);
            assertEquals(i.message(), IssueMessages.render(i, true), key + ": English template and source differ");
            String zh = IssueMessages.render(i, false);
            assertTrue(CJK.matcher(zh).find() && !zh.equals(i.message()), key + " in Chinese: " + zh);
            forms.add(key);
        }
        // every form these files can produce was seen (the rest are covered by the template checks below)
        for (String f : List.of("missing-id", "mangled-id", "invalid-credit-code", "duplicate-id/keep-last",
                "duplicate-id/keep-first", "duplicate-id/reject", "unknown-region", "missing-region",
                "low-coverage", "speeder/scored", "straight-lining/scored", "invalid-value/scale-labels",
                "invalid-value/number", "invalid-value/percent", "invalid-value/yesno", "invalid-value/duration",
                "unmapped-column", "unmapped-column/second-meta", "missing-id-column/firm",
                "missing-id-column/firm-misspelt", "missing-region-column/firm",
                "missing-region-column/firm-misspelt", "mixed-encoding", "skipped-file", "unreadable-file")) {
            assertTrue(forms.contains(f), f + " not produced; produced " + forms);
        }
    }

    @Test
    void chineseWordsInsideParametersAreTranslated() {
        Issue keep = new Issue("a.csv", "", 9, "", "duplicate-id", org.ecoscore.core.Severity.WARNING, "x",
                Issue.paramsOf("form", "keep-last", "id", "M004", "copies", 2, "kept", "row 12 of b.csv",
                        "why", "the latest submitted", "agree", "the answers of the copies are identical"));
        assertEquals("标识“M004”出现 2 次；保留b.csv 第 12 行（提交时间最晚，--duplicates keep-last），本行剔除；"
                + "两份副本的答案完全相同。请删除多余的副本；如为不同的填报单位，请更正标识。", IssueMessages.render(keep, false));
        Issue reject = new Issue("a.csv", "", 9, "", "duplicate-id", org.ecoscore.core.Severity.WARNING, "x",
                Issue.paramsOf("form", "reject", "id", "M4", "others", "row 3, row 7 of b.csv",
                        "agree", "this copy differs from row 7 of b.csv in 2 answers (e.g. Q1, Q4): check which copy is right"));
        assertTrue(IssueMessages.render(reject, false).contains("还出现在第 3 行、b.csv 第 7 行；"),
                IssueMessages.render(reject, false));
        assertTrue(IssueMessages.render(reject, false).contains("（--duplicates reject）；本行与b.csv 第 7 行有 2 个答案不同（如 "
                + "Q1、Q4）：请核对哪一份正确。"), IssueMessages.render(reject, false));
        Issue cover = new Issue("a.csv", "", 9, "", "low-coverage", org.ecoscore.core.Severity.WARNING, "x",
                Issue.paramsOf("level", "firm", "answered", 3, "questions", 40, "share", "7.5%", "min", "50%"));
        assertTrue(IssueMessages.render(cover, false).startsWith("企业题目 40 道，仅答 3 道（7.5%），低于 50%"));
    }

    @Test
    void aCodeWithoutACatalogueEntryOrWithoutParametersFallsBackToItsEnglishMessage() {
        Issue novel = new Issue("a.csv", "", 3, "B", "some-new-code", org.ecoscore.core.Severity.WARNING,
                "column B is new", Issue.paramsOf("column", "B"));
        assertEquals("column B is new", IssueMessages.render(novel, false));
        Issue bare = new Issue("a.csv", "", 3, "", "missing-id", org.ecoscore.core.Severity.WARNING, "old text");
        assertEquals("old text", IssueMessages.render(bare, false));
        Issue partial = new Issue("a.csv", "", 3, "", "missing-id", org.ecoscore.core.Severity.WARNING, "old text",
                Issue.paramsOf("level", "firm"));
        assertEquals("old text", IssueMessages.render(partial, false), "a template parameter is missing");
    }

    /** Codes the sources log (as TroubleshootingTest finds them) and those documented in TROUBLESHOOTING.md. */
    static Set<String> knownCodes() throws Exception {
        Set<String> codes = new TreeSet<>(TroubleshootingTest.codesInSources());
        Matcher m = Pattern.compile("^\\| `([a-z]+(?:-[a-z]+)*)` \\|", Pattern.MULTILINE)
                .matcher(Files.readString(Path.of("TROUBLESHOOTING.md")));
        while (m.find()) codes.add(m.group(1));
        return codes;
    }

    @Test
    void everyIssueCodeHasAChineseMessage() throws Exception {
        Set<String> codes = knownCodes();
        assertTrue(codes.size() >= 19, codes.toString());
        Set<String> without = new TreeSet<>();
        for (String c : codes) if (!IssueMessages.codesWithChinese().contains(c)) without.add(c);
        // and the Issues sheet's code and what-to-do columns have words for each (report/Labels code.*, todo.*)
        org.ecoscore.report.Labels zh = new org.ecoscore.report.Labels(false);
        Set<String> unnamed = new TreeSet<>();
        for (String c : codes) if (zh.code(c).equals(c) || zh.todo(c).isEmpty()) unnamed.add(c);
        assertEquals(Set.of(), unnamed, "issue codes without code.* or todo.* words in report/Labels");
        assertEquals(Set.of(), without, "issue codes without a Chinese message (add zh/en templates to "
                + "report/IssueMessages, pass the specifics from the source as parameters and check both renderings "
                + "where a test raises the code, with fixtures.CatalogueCheck)");
    }

    @Test
    void theIssuesSheetOfAChineseReportReadsChinese() throws Exception {
        Path report = dir.resolve("report.xlsx");
        CliRun run = CliRun.of("score", messyFirms("firms.csv").toString(), "-o", report.toString(),
                "--csv", dir.resolve("csv").toString(), "--min-duration", "60", "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        int rows = 0;
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("数据问题");
            assertNotNull(s);
            assertEquals("说明", s.getRow(0).getCell(6).getStringCellValue());
            for (Row r : s) {
                if (r.getRowNum() == 0) continue;
                String msg = r.getCell(6).getStringCellValue();
                assertTrue(CJK.matcher(msg).find(), "row " + (r.getRowNum() + 1) + ": " + msg);
                assertFalse(msg.contains(" is ") || msg.contains(" the "), msg);
                rows++;
            }
        }
        assertTrue(rows >= 10, "issues on the sheet: " + rows);
        // issues.csv keeps the English messages (stable for scripts)
        String csv = Files.readString(dir.resolve("csv").resolve("issues.csv"));
        assertTrue(csv.contains("has no id; it is scored as"), csv);
    }

    /**
     * New-user test (session 5): TROUBLESHOOTING listed speeder and straight-lining as warnings, while a flagged row
     * that stays scored gets a note (info) and only one excluded by --exclude-flagged a warning. The severity column
     * of each code's row names the severity of every issue of it that the messy firms give, with and without
     * --exclude-flagged.
     */
    @Test
    void theDocumentedSeverityOfEachCodeIsTheOneItIsLoggedWith() throws Exception {
        Map<String, String> documented = new java.util.HashMap<>();
        Matcher m = Pattern.compile("^\\| `([a-z]+(?:-[a-z]+)*)` \\| ([^|]+) \\|", Pattern.MULTILINE)
                .matcher(Files.readString(Path.of("TROUBLESHOOTING.md")));
        while (m.find()) documented.putIfAbsent(m.group(1), m.group(2));
        assertEquals("note (warning with `--exclude-flagged`)", documented.get("speeder"));
        assertEquals("note (warning with `--exclude-flagged`)", documented.get("straight-lining"));
        List<Issue> all = new ArrayList<>();
        for (boolean exclude : new boolean[] {false, true}) {
            Options o = Options.defaults(List.of(messyFirms("flags-" + exclude + ".csv").toString()), List.of())
                    .withScreening(Options.DuplicatePolicy.KEEP_LAST, 0.5, 60, exclude);
            IssueLog log = new IssueLog();
            Pipeline.screen(Corpus.DEFAULT, o, log, n -> { });
            all.addAll(log.all());
        }
        Set<String> seen = new TreeSet<>();
        for (Issue i : all) {
            String word = switch (i.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "note";
            };
            String doc = documented.get(i.code());
            assertNotNull(doc, i.code() + " is not in TROUBLESHOOTING.md");
            assertTrue(doc.contains(word), i.code() + " is logged as " + word + " but documented as " + doc);
            seen.add(i.code() + ":" + word);
        }
        assertTrue(seen.containsAll(List.of("speeder:note", "speeder:warning", "straight-lining:note",
                "straight-lining:warning")), seen.toString());
    }

    @Test
    void theConsoleFollowsLang() throws Exception {
        Path firms = messyFirms("firms.csv");
        CliRun zh = CliRun.of("validate", firms.toString(), "--lang", "zh");
        assertTrue(zh.out().contains("企业问卷：读取 14 行"), zh.out());
        assertTrue(zh.out().contains("该企业没有标识"), zh.out());
        assertTrue(zh.out().startsWith("文件"), zh.out());
        CliRun en = CliRun.of("validate", firms.toString());
        assertTrue(en.out().contains("Firms: 14 rows read"), "the test JVM's locale is English: " + en.out());
        assertTrue(en.out().contains("This firm has no id"), en.out());
    }

    @Test
    void withoutLangTheConsoleFollowsTheSystemLocale() throws Exception {
        java.lang.reflect.Method m = Class.forName("org.ecoscore.cli.LangOption")
                .getDeclaredMethod("consoleEnglish", Options.Lang.class, java.util.Locale.class);
        m.setAccessible(true);
        assertEquals(false, m.invoke(null, null, java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals(false, m.invoke(null, null, java.util.Locale.forLanguageTag("zh-TW")));
        assertEquals(true, m.invoke(null, null, java.util.Locale.US));
        assertEquals(true, m.invoke(null, null, java.util.Locale.ROOT));
        assertEquals(true, m.invoke(null, Options.Lang.EN, java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals(false, m.invoke(null, Options.Lang.ZH, java.util.Locale.US));
    }

}
