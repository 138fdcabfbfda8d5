package org.ecoscore.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §6 {@code framework draft}, issue 10 part 5: a framework drafted from each platform's export (generated
 * by {@link PlatformExports}) scores that export unchanged — exit 0, every row read scored — with the scale of
 * each question inferred from its answers and the platform's metadata in meta.csv; {@code framework check}
 * and {@code indicators/check_framework.py} both find it clean.
 */
class FrameworkDraftTest {
    @TempDir
    Path dir;

    @Test
    void wenjuanxingByTextDraftsScalesFromLabelsAndScoresItsExport() throws Exception {
        Path export = PlatformExports.wjx(dir, "wjx-text.xlsx", true);
        Path fw = draft(export);
        assertEquals(Map.of("Q3", "agree5", "Q4", "satisfy5", "Q5", "yesno", "Q6", "number", "Q7_1", "points1_5",
                "Q7_2", "points1_5"), scales(fw));
        Map<String, String> texts = texts(fw);
        assertEquals("本企业的研发方向与国家战略需求高度契合", texts.get("Q3"), "number and type tag removed");
        assertEquals("外观", texts.get("Q7_1"));
        assertEquals(Map.of("id", "序号", "name", "1、企业名称", "region", "2、所在省份(填空题)", "submitted", "提交答卷时间",
                "duration", "所用时间"), firstMetaAliases(fw));
        String readme = Files.readString(fw.resolve("README.md"));
        assertTrue(readme.contains("| O | 8、您对政策还有什么建议(填空题) | free text |"), readme);
        assertTrue(readme.contains("| P | 总分 | 问卷星 | not read (platform metadata) |"), readme);
        assertTrue(readme.contains("| F | 来自IP | 问卷星 | not read: column H \"2、所在省份(填空题)\" is the region |"), readme);
        assertTrue(readme.contains("## What to edit next"), readme);
        // respondent 0: agree 1 → 0, satisfaction 3 → 50, 否 → 0, R&D 0 (batch min) → 0, 外观 2 → 25, 价格 5 → 100;
        // (0 + 50 + 0 + 0 + 25 + 100) / 6 = 29.1667
        Map<Integer, Double> scores = scoreAll(export, fw);
        assertEquals(175.0 / 6, scores.get(2), 1e-9);
    }

    @Test
    void wenjuanxingByNumberDraftsCodeScalesAndYesNoFromOneAndTwo() throws Exception {
        Path export = PlatformExports.wjx(dir, "wjx-number.xls", false);
        Path fw = draft(export);
        assertEquals(Map.of("Q3", "codes1_5", "Q4", "codes1_5", "Q5", "yesno", "Q6", "number", "Q7_1", "codes1_5",
                "Q7_2", "codes1_5"), scales(fw));
        // the same respondent scores the same as from the 按文本 export (1 = 是, 2 = 否 read as yes/no)
        assertEquals(175.0 / 6, scoreAll(export, fw).get(2), 1e-9);
    }

    @Test
    void theByTextAndByNumberExportsOfOneSurveyDraftOneFrameworkThatScoresBothAlike() throws Exception {
        Path text = PlatformExports.wjx(dir, "wjx-text.xlsx", true);
        Path number = PlatformExports.wjx(dir, "wjx-number.xlsx", false);
        Path fw = draft(text, number);
        assertEquals(Map.of("Q3", "agree5", "Q4", "satisfy5", "Q5", "yesno", "Q6", "number", "Q7_1", "points1_5",
                "Q7_2", "points1_5"), scales(fw));
        Map<Integer, Double> a = scoreAll(text, fw);
        Map<Integer, Double> b = scoreAll(number, fw);
        assertEquals(PlatformExports.N, a.size());
        assertEquals(a, b);
    }

    @Test
    void multiSelectQuestionsAreDraftedFromBothShapesAndScoreAlike() throws Exception {
        Path text = PlatformExports.wjxMulti(dir, "multi-text.xlsx", true);
        Path number = PlatformExports.wjxMulti(dir, "multi-number.xlsx", false);
        Path fwText = draft(text);
        assertEquals(Map.of("Q1", "Q1_options", "Q2", "agree5"), scales(fwText));
        assertEquals("multi", column(fwText, "Q1", "select"));
        Path fwNumber = draft(number);
        assertEquals(Map.of("Q1", "Q1_options", "Q2", "codes1_5"), scales(fwNumber));
        // the option columns give the options in the survey's order; 以上都没有 is "none of these" (value 0)
        assertEquals(List.of("Q1_options,0,以上都没有", "Q1_options,1,计算机视觉", "Q1_options,2,自然语言处理",
                "Q1_options,3,智能硬件(机器人、无人机等)", "Q1_options,4,其他"), scaleRows(fwNumber, "Q1_options"));
        Path pair = draft(text, number);
        assertEquals(Map.of("Q1", "Q1_options", "Q2", "agree5"), scales(pair));
        assertEquals("贵企业的主要业务领域", texts(pair).get("Q1"));
        Map<Integer, Double> a = scoreAll(text, pair);
        assertEquals(a, scoreAll(number, pair));
        assertEquals(a, scoreAll(text, fwText));
        assertEquals(a, scoreAll(number, fwNumber));
        // respondent 0 chose 计算机视觉 and 自然语言处理: k = 2 of K = 4 options → 50; agree 1 → 0; (50 + 0) / 2
        assertEquals(25.0, a.get(2), 1e-9);
        // respondent 11 chose 以上都没有: k = 0 → 0; agree 2 → 25; (0 + 25) / 2
        assertEquals(12.5, a.get(13), 1e-9);
    }

    @Test
    void tencentSurveyCsvInGbkDraftsItsMatrixAndProvince() throws Exception {
        Path export = PlatformExports.tencent(dir);
        Path fw = draft(export);
        assertEquals(Map.of("Q1", "yesno", "Q2_1", "fit5", "Q2_2", "fit5", "Q3", "number"), scales(fw));
        assertEquals("政策透明度", texts(fw).get("Q2_1"));
        assertEquals(Map.of("id", "编号", "province", "地理位置省", "city", "地理位置市", "submitted", "结束答题时间",
                "duration", "答题时长"), firstMetaAliases(fw));
        // respondent 5's 不知道 is declared missing: not on the scale, and not an invalid answer either
        assertEquals(List.of("answer", "meaning"), List.of(read(fw.resolve("missing.csv")).get(0)));
        assertEquals("不知道", rows(fw.resolve("missing.csv")).get(0)[0]);
        // respondent 0: 否 → 0, 非常不符合 → 0, 比较符合 (4) → 75, 20 staff (batch min) → 0: 75 / 4
        assertEquals(75.0 / 4, scoreAll(export, fw).get(2), 1e-9);
    }

    @Test
    void qualtricsCsvWithItsTwoExtraHeaderRowsTakesCodesFromRowOneAndTextsFromRowTwo() throws Exception {
        Path export = PlatformExports.qualtrics(dir);
        Path fw = draft(export);
        assertEquals(Map.of("Q1", "satisfy5", "Q2_1", "agree7", "Q2_2", "agree7", "Q3", "yesno", "Q4", "number"),
                scales(fw));
        assertEquals("How satisfied are you with local government services", texts(fw).get("Q1"));
        assertEquals("Price", texts(fw).get("Q2_1"));
        assertEquals(Map.of("id", "ResponseId", "submitted", "EndDate", "duration", "Duration (in seconds)"),
                firstMetaAliases(fw));
        Map<Integer, Double> scores = scoreAll(export, fw);
        // data from row 4; respondent 0: 1 → 0, agree7 1 → 0 and 7 → 100, No → 0, 10 employees (min) → 0: 100 / 5
        assertEquals(20.0, scores.get(4), 1e-9);
        // respondent 1: 2 → 25, 2 → 100/6, 6 → 500/6, Yes → 100, (20 − 10)/(120 − 10) → 100/11
        assertEquals((25 + 100.0 / 6 + 500.0 / 6 + 100 + 100.0 / 11) / 5, scores.get(5), 1e-9);
    }

    @Test
    void qualtrics2016ExportWithDictStyleImportIdRowsDraftsAndScoresTheSame() throws Exception {
        Path export = PlatformExports.qualtrics(dir, true);
        assertTrue(Files.readAllLines(export).get(2).startsWith("\"{'ImportId': 'startDate'"),
                Files.readAllLines(export).get(2));
        Path fw = draft(export);
        assertEquals(Map.of("Q1", "satisfy5", "Q2_1", "agree7", "Q2_2", "agree7", "Q3", "yesno", "Q4", "number"),
                scales(fw));
        assertEquals(20.0, scoreAll(export, fw).get(4), 1e-9);
    }

    @Test
    void limeSurveyCodeAndTextHeadingsDraftTheSameCodesAndScores() throws Exception {
        Path export = PlatformExports.limeSurvey(dir, true);
        Path fw = draft(export);
        assertEquals(Map.of("G1Q1", "codes1_5", "G1Q2_SQ001", "codes1_5", "G1Q2_SQ002", "codes1_5", "G1Q3", "yesno",
                "G1Q4", "number"), scales(fw));
        assertEquals("Financing", texts(fw).get("G1Q2_SQ001"));
        assertEquals(Map.of("id", "id. Response ID", "submitted", "submitdate. Date submitted", "duration",
                "interviewtime. Total time"), firstMetaAliases(fw));
        assertEquals(45.0, scoreAll(export, fw).get(2), 1e-9);
    }

    @Test
    void limeSurveyCodesExportKeepsItsQuestionCodes() throws Exception {
        Path export = PlatformExports.limeSurvey(dir);
        Path fw = draft(export);
        assertEquals(Map.of("G1Q1", "codes1_5", "G1Q2_SQ001", "codes1_5", "G1Q2_SQ002", "codes1_5", "G1Q3", "yesno",
                "G1Q4", "number"), scales(fw));
        assertEquals(Map.of("id", "id", "submitted", "submitdate", "duration", "interviewtime"), firstMetaAliases(fw));
        // respondent 0: 1 → 0, 2 → 25, 5 → 100, Y → 100, 0 (min) → 0: 225 / 5
        assertEquals(45.0, scoreAll(export, fw).get(2), 1e-9);
    }

    @Test
    void tencentDocsCollectionFormWithoutQuestionNumbersIsNumberedInOrder() throws Exception {
        Path export = PlatformExports.tencentDocs(dir);
        Path fw = draft(export);
        assertEquals(Map.of("Q1", "satisfy5", "Q2", "yesno", "Q3", "number"), scales(fw));
        assertEquals("您对园区服务的满意程度", texts(fw).get("Q1"));
        assertEquals(Map.of("name", "企业名称", "city", "所在城市", "submitted", "提交时间"), firstMetaAliases(fw));
        String readme = Files.readString(fw.resolve("README.md"));
        assertTrue(readme.contains("| H | 意见建议 | free text |"), readme);
        assertTrue(readme.contains("| A | 提交者 | 腾讯文档 | not read (platform metadata) |"), readme);
        assertTrue(readme.contains("No column identifies the respondent"), readme);
        // respondent 0: 不满意 → 25, 否 → 0, 0 staff (min) → 0: 25 / 3
        assertEquals(25.0 / 3, scoreAll(export, fw).get(2), 1e-9);
    }

    @Test
    void anExportOfOnlyMetadataIsRefusedNamingTheFile() throws Exception {
        Path export = PlatformExports.text(dir.resolve("meta-only.csv"), List.of("序号,提交答卷时间,所用时间,来源",
                "1,2025/3/1 10:00:00,100秒,手机提交"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("framework", "draft", export.toString(), "-o", dir.resolve("fw").toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains(export.toString()), run.err());
        assertTrue(run.err().contains("no answer columns to draft questions from"), run.err());
        assertTrue(run.noStackTrace(), run.err());
        assertFalse(Files.exists(dir.resolve("fw")), "nothing written");
    }

    @Test
    void anExportOfOnlyFreeTextIsRefusedSayingWhy() throws Exception {
        Path export = PlatformExports.text(dir.resolve("comments.csv"), List.of("序号,1、您的建议",
                "1,多一些扶持", "2,简化流程", "3,没有"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("framework", "draft", export.toString(), "-o", dir.resolve("fw").toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("comments.csv") && run.err().contains("no column holds answers"), run.err());
    }

    @Test
    void aFolderThatIsNotEmptyIsOnlyOverwrittenWithForce() throws Exception {
        Path export = PlatformExports.tencent(dir);
        Path fw = Files.createDirectories(dir.resolve("fw"));
        Files.writeString(fw.resolve("notes.txt"), "mine");
        CliRun run = CliRun.of("framework", "draft", export.toString(), "-o", fw.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(fw + ": is not empty") && run.err().contains("--force"), run.err());
        assertFalse(Files.exists(fw.resolve("questions.csv")));
        run = CliRun.of("framework", "draft", export.toString(), "-o", fw.toString(), "--force");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(fw.resolve("questions.csv")));
        assertEquals("mine", Files.readString(fw.resolve("notes.txt")));
        assertTrue(run.out().contains("Kept in " + fw + " (not written by the draft): notes.txt"), run.out());
    }

    // ---- helpers ----

    /** Drafts into a new folder, checks it with both checkers, returns the folder. */
    private Path draft(Path... exports) throws Exception {
        Path fw = dir.resolve("fw-" + exports[0].getFileName() + (exports.length > 1 ? "-and-" + exports.length : ""));
        List<String> args = new ArrayList<>(List.of("framework", "draft"));
        for (Path e : exports) args.add(e.toString());
        args.addAll(List.of("-o", fw.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("Framework drafted in " + fw + ": "), run.out());
        CliRun check = CliRun.of("framework", "check", "-f", fw.toString());
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertEquals("", PythonChecker.problemsAndWarnings(fw), "check_framework.py agrees: no problem, no warning");
        return fw;
    }

    /** Scores one export with the framework: exit 0, every row read scored; firm root score by spreadsheet row. */
    private Map<Integer, Double> scoreAll(Path export, Path fw) throws IOException {
        Path csv = dir.resolve("csv-" + export.getFileName() + "-" + fw.getFileName());
        CliRun run = CliRun.of("score", export.toString(), "-f", fw.toString(), "-o",
                csv.resolveSibling(csv.getFileName() + ".xlsx").toString(), "--csv", csv.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<String[]> firms = read(csv.resolve("firms.csv"));
        assertEquals(PlatformExports.N + 1, firms.size(), "every row scored");
        int rowColumn = List.of(firms.get(0)).indexOf("row");
        int root = List.of(firms.get(0)).indexOf(Drafter.NODE);
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (String[] r : firms.subList(1, firms.size())) out.put(Integer.parseInt(r[rowColumn]), Double.parseDouble(r[root]));
        return out;
    }

    private static Map<String, String> scales(Path fw) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] r : rows(fw.resolve("questions.csv"))) out.put(r[0], r[3]);
        return out;
    }

    /** One cell of questions.csv: the column named {@code name} of question {@code code}. */
    private static String column(Path fw, String code, String name) throws IOException {
        List<String[]> all = read(fw.resolve("questions.csv"));
        int c = List.of(all.get(0)).indexOf(name);
        for (String[] r : all.subList(1, all.size())) if (r[0].equals(code)) return r[c];
        throw new AssertionError(code);
    }

    private static List<String> scaleRows(Path fw, String scale) throws IOException {
        List<String> out = new ArrayList<>();
        for (String[] r : rows(fw.resolve("scales.csv"))) if (r[0].equals(scale)) out.add(String.join(",", r));
        return out;
    }

    private static Map<String, String> texts(Path fw) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] r : rows(fw.resolve("questions.csv"))) {
            assertEquals(r[9], r[10], "text_zh and text_en both hold the header text");
            out.put(r[0], r[9]);
        }
        return out;
    }

    /**
     * role → the export's header read for it, from the README's metadata table; each is also the first alias of
     * its role in meta.csv.
     */
    private static Map<String, String> firstMetaAliases(Path fw) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(fw.resolve("README.md"))) {
            String[] cells = line.split(" \\| ");
            if (cells.length == 4 && cells[3].startsWith("read as ")) {
                out.put(cells[3].substring("read as ".length()).replace(" |", ""), cells[1]);
            }
        }
        Map<String, String> first = new LinkedHashMap<>();
        for (String[] r : rows(fw.resolve("meta.csv"))) first.put(r[0], r[1].split("\\|")[0]);
        for (Map.Entry<String, String> e : out.entrySet()) assertEquals(e.getValue(), first.get(e.getKey()), e.getKey());
        return out;
    }

    private static List<String[]> rows(Path csv) throws IOException {
        List<String[]> all = read(csv);
        return all.subList(1, all.size());
    }

    private static List<String[]> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(r)) {
            List<String[]> out = new ArrayList<>();
            for (String[] row : reader) {
                if (!out.isEmpty() || row.length == 0) {
                    out.add(row);
                } else {
                    row[0] = row[0].replace("\uFEFF", "");
                    out.add(row);
                }
            }
            return out;
        }
    }
}
