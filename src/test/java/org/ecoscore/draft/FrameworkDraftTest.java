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

    /**
     * The new user's pair (问卷星 按文本 + 按序号 of one survey, 8 respondents): agree = 1 + i%5; policy support
     * 研发补贴 when i%2 == 0, 税收优惠 when i%3 == 0, 其他 with fill-in text when i is 1, 5 or 7 (按序号 writes
     * {@code 1〖…〗} in the 其他 column); a suggestion (free text, each one different) when i%2 == 0, else (空).
     */
    private Path newUserPair(boolean byText) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> head = new ArrayList<>(List.of("序号", "提交答卷时间", "所用时间",
                "1、本企业对本地人工智能政策非常了解(单选题 *必答)"));
        if (byText) head.add("2、贵企业获得过哪些政策支持？(多选题)");
        else head.addAll(List.of("第2题(研发补贴)", "第2题(税收优惠)", "第2题(其他)"));
        head.add("3、您对本地人工智能产业生态还有什么建议？(填空题)");
        rows.add(head);
        String[] agree = {"非常不同意", "不同意", "一般", "同意", "非常同意"};
        for (int i = 0; i < 8; i++) {
            int a = 1 + i % 5;
            boolean rd = i % 2 == 0;
            boolean tax = i % 3 == 0;
            boolean other = i == 1 || i == 5 || i == 7;
            List<Object> r = new ArrayList<>(List.of((double) (i + 1), String.format("2026/11/2%d 09:1%d:00", i % 3, i),
                    (100 + i) + "秒", byText ? agree[a - 1] : (Object) (double) a));
            if (byText) {
                List<String> picked = new ArrayList<>();
                if (rd) picked.add("研发补贴");
                if (tax) picked.add("税收优惠");
                if (other) picked.add("其他〖平台" + i + "〗");
                r.add(String.join("┋", picked));
            } else {
                r.add(rd ? 1.0 : 0.0);
                r.add(tax ? 1.0 : 0.0);
                r.add(other ? "1〖平台" + i + "〗" : (Object) 0.0);
            }
            r.add(i % 2 == 0 ? "希望加强第" + i + "项支持" : "(空)");
            rows.add(r);
        }
        return PlatformExports.workbook(dir.resolve(byText ? "wjx-text-pair.xlsx" : "wjx-number-pair.xlsx"), rows,
                false);
    }

    @Test
    void aByTextAndByNumberPairIsScoredOneExportAtATimeAndItsReadmeListsOnlyWhatIsLeftOut() throws Exception {
        Path text = newUserPair(true);
        Path number = newUserPair(false);
        Path fw = dir.resolve("fw-pair");
        CliRun run = CliRun.of("framework", "draft", text.toString(), number.toString(), "-o", fw.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        // one score command per export: given together, every respondent would be read twice
        assertTrue(run.out().contains("\n  ecoscore score " + text + " -f " + fw + "\n  ecoscore score " + number
                + " -f " + fw + "\n"), run.out());
        assertFalse(run.out().contains(text + " " + number), run.out());
        // new-user test: each role once on the console, though both exports name the same metadata columns
        String meta = run.out().lines().filter(l -> l.contains("Metadata: ")).findFirst().orElseThrow();
        List<String> roles = List.of(meta.substring(meta.indexOf("Metadata: ") + 10).split("; "));
        assertEquals(new java.util.LinkedHashSet<>(roles).size(), roles.size(), meta);
        assertTrue(roles.size() >= 2, meta);
        String readme = Files.readString(fw.resolve("README.md"));
        // …and the README's metadata table names each column's export
        String metaTable = readme.substring(readme.indexOf("## Metadata (meta.csv)"), readme.indexOf("## Columns left out"));
        assertTrue(metaTable.contains("\n| " + text + " A | ") && metaTable.contains("\n| " + number + " A | "), metaTable);
        assertTrue(readme.contains("hold the same respondents, so score them one at a time"), readme);
        assertTrue(readme.contains("    ecoscore score " + text + " -f " + fw + " -o report1.xlsx\n    ecoscore score "
                + number + " -f " + fw + " -o report2.xlsx\n"), readme);
        assertFalse(readme.contains("ecoscore score " + text + " " + number), readme);
        // the multi-select row: 3 options, both exports' columns
        assertTrue(readme.contains("| Q2 | 贵企业获得过哪些政策支持 | Q2_options (multi) | 3 options: 研发补贴, 税收优惠, 其他 | "
                + number + ": E–G 第2题(研发补贴) … 第2题(其他); " + text + ": E 2、贵企业获得过哪些政策支持？(多选题) |"),
                readme);
        // left out: only the suggestions, as free text in each export; not the 其他 option column
        String leftOut = readme.substring(readme.indexOf("## Columns left out"), readme.indexOf("## What to edit next"));
        assertFalse(leftOut.contains("第2题(其他)"), leftOut);
        assertTrue(leftOut.contains("| F | 3、您对本地人工智能产业生态还有什么建议？(填空题) | free text |"), leftOut);
        assertTrue(leftOut.contains("| H | 3、您对本地人工智能产业生态还有什么建议？(填空题) | free text |"), leftOut);
        assertFalse(readme.contains("a choice without an order"), readme);
        assertFalse(leftOut.contains("meta.csv"), leftOut);
        CliRun check = CliRun.of("framework", "check", "-f", fw.toString());
        assertEquals(0, check.exitCode(), check.out() + check.err());
        Map<Integer, Double> a = scoreAll(text, fw, 8);
        assertEquals(a, scoreAll(number, fw, 8));
        // respondent 7 (row 9): agree 3 → (3−1)/4 = 50; only 其他〖平台7〗 chosen: k = 1 of K = 3 → 33.33;
        // (50 + 100/3) / 2 = 41.667 — the 1〖…〗 cell counts as chosen
        assertEquals((50 + 100.0 / 3) / 2, a.get(9), 1e-9);
        // respondent 0 (row 2): agree 1 → 0; 研发补贴 and 税收优惠: k = 2 → 66.67; (0 + 200/3) / 2 = 33.33
        assertEquals(100.0 / 3, a.get(2), 1e-9);
    }

    /** A valid credit code (GB 32100 check character) for respondent {@code i} of export {@code e}. */
    private static String creditCode(int e, int i) {
        String first17 = String.format("91110108MA%05d%02d", e, i);
        return first17 + org.ecoscore.screen.CreditCode.checkCharacter(first17);
    }

    /**
     * The new user's F8: one questionnaire collected on two platforms. 问卷星 (6 firms): agree = 1 + i%5, 是 when
     * i is even, R&D 10 + 5·i 万元. 腾讯问卷 CSV in GBK (5 firms): agree = 1 + (i+2)%5, 是 when i is even, R&D
     * 100 + 10·i; its region header misspelt 所在省分 (the province comes from its IP columns).
     */
    private Path[] twoPlatforms() throws IOException {
        String[] agree = PlatformExports.AGREE;
        List<List<Object>> wjx = new ArrayList<>();
        wjx.add(List.of("序号", "提交答卷时间", "所用时间", "来自IP", "1、企业名称", "2、所在省份", "3、统一社会信用代码",
                "4、本企业能够便利地获得所需的算力资源(单选题 *必答)", "5、本企业是否为高新技术企业", "6、近一年研发投入（万元）"));
        for (int i = 0; i < 6; i++) {
            wjx.add(List.of((double) (i + 1), "2026/11/2" + i + " 09:00:00", (200 + i) + "秒", "1.2.3." + i + "(北京-北京)",
                    "星企业" + i, "北京", creditCode(1, i), agree[i % 5], i % 2 == 0 ? "是" : "否", (double) (10 + 5 * i)));
        }
        Path a = PlatformExports.workbook(dir.resolve("问卷星_按文本.xlsx"), wjx, false);
        List<String> tencent = new ArrayList<>();
        tencent.add("编号,开始答题时间,结束答题时间,答题时长,地理位置省,地理位置市,1.企业名称,2.所在省分,3.统一社会信用代码,"
                + "4.本企业能够便利地获得所需的算力资源,5.本企业是否为高新技术企业,6.近一年研发投入（万元）");
        for (int i = 0; i < 5; i++) {
            tencent.add(String.join(",", Integer.toString(i + 1), "2026-11-02 10:00:00", "2026-11-02 10:05:00",
                    "00:05:00", "上海", "上海", "腾企业" + i, "上海市", creditCode(2, i), agree[(i + 2) % 5],
                    i % 2 == 0 ? "是" : "否", Integer.toString(100 + 10 * i)));
        }
        Path b = PlatformExports.text(dir.resolve("腾讯问卷_数据导出.csv"), tencent, java.nio.charset.Charset.forName("GBK"));
        return new Path[] {a, b};
    }

    @Test
    void theSameQuestionFromTwoPlatformsIsOneQuestionAndBothExportsScoreWithTheDraft() throws Exception {
        Path[] e = twoPlatforms();
        Path fw = dir.resolve("fw-two");
        CliRun run = CliRun.of("framework", "draft", e[0].toString(), e[1].toString(), "-o", fw.toString(),
                "--lang", "en");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        // 4、 and 4. … are one question each, read from both exports' columns
        assertEquals(Map.of("Q4", "agree5", "Q5", "yesno", "Q6", "number"), scales(fw));
        assertEquals("本企业能够便利地获得所需的算力资源", texts(fw).get("Q4"));
        assertTrue(run.out().startsWith("Framework drafted in " + fw + ": 3 questions (1 scale, 1 yes/no, 1 number), "
                + "1 column left out."), run.out());
        // two platforms are not one survey's 按文本/按序号 pair: scored together, in one command
        assertTrue(run.out().contains("then score the exports together (the framework fits each):\n  ecoscore score "
                + e[0] + " " + e[1] + " -f " + fw + "\n"), run.out());
        String readme = Files.readString(fw.resolve("README.md"));
        assertFalse(readme.contains("same respondents"), readme);
        assertTrue(readme.contains("so they are scored together"), readme);
        assertTrue(readme.contains("| Q4 | 本企业能够便利地获得所需的算力资源 | agree5 |"), readme);
        assertTrue(readme.contains(e[0] + ": H 4、本企业能够便利地获得所需的算力资源(单选题 *必答); " + e[1]
                + ": J 4.本企业能够便利地获得所需的算力资源 |"), readme);
        // the misspelt region header: left out, and the README says which metadata header it looks like
        assertTrue(readme.contains("| H | 2.所在省分 | looks like a misspelling of the metadata header 所在省份 (the "
                + "`region` row of meta.csv, one edit apart): correct the header in the export, or add it to that row "
                + "of meta.csv | 上海市 |"), readme);
        CliRun check = CliRun.of("framework", "check", "-f", fw.toString());
        assertEquals(0, check.exitCode(), check.out() + check.err());
        // each export scores with the draft, every question read: 问卷星 row 2 (i = 0): agree 1 → 0, 是 → 100,
        // R&D 10 of 10–35 → 0: (0 + 100 + 0) / 3; row 4 (i = 2): agree 3 → 50, 是 → 100, R&D 20 → 10/25 = 40
        Map<Integer, Double> a = scoreAll(e[0], fw, 6);
        assertEquals(100.0 / 3, a.get(2), 1e-9);
        assertEquals((50 + 100 + 40) / 3.0, a.get(4), 1e-9);
        // 腾讯问卷 row 3 (i = 1): agree 1 + 3 = 4 → 75, 否 → 0, R&D 110 of 100–140 → 25: (75 + 0 + 25) / 3
        Map<Integer, Double> b = scoreAll(e[1], fw, 5);
        assertEquals(100.0 / 3, b.get(3), 1e-9);
        // together: 11 firms, R&D 10–140: 问卷星 row 2 → (0 + 100 + 0) / 3 still, 腾讯问卷 row 3: 110 → 100/130
        Path csv = dir.resolve("csv-together");
        CliRun both = CliRun.of("score", e[0].toString(), e[1].toString(), "-f", fw.toString(), "-o",
                dir.resolve("together.xlsx").toString(), "--csv", csv.toString(), "--quiet");
        assertEquals(0, both.exitCode(), both.out() + both.err());
        List<String[]> firms = read(csv.resolve("firms.csv"));
        assertEquals(12, firms.size(), "11 firms");
        int root = List.of(firms.get(0)).indexOf(Drafter.NODE);
        int id = List.of(firms.get(0)).indexOf("id");
        Map<String, Double> byId = new LinkedHashMap<>();
        for (String[] r : firms.subList(1, firms.size())) byId.put(r[id], Double.parseDouble(r[root]));
        assertEquals(100.0 / 3, byId.get(creditCode(1, 0)), 1e-9);
        assertEquals((75 + 0 + 100.0 * 100 / 130) / 3, byId.get(creditCode(2, 1)), 1e-9);
    }

    @Test
    void theReaderKnowsEveryRespondentNumberTheDraftReadsAsId() {
        // the reader's missing-id-column advice (add it to meta.csv's id aliases) names the same headers
        int ids = 0;
        for (Map.Entry<String, PlatformMeta.Known> e : PlatformMeta.all().entrySet()) {
            if (e.getValue().role() != org.ecoscore.framework.MetaRole.ID) continue;
            ids++;
            assertEquals(e.getValue().platform(), org.ecoscore.input.PlatformHeaders.respondentNumberPlatform(e.getKey()),
                    e.getKey());
        }
        assertEquals(7, ids, "序号 答卷序号 编号 答卷编号 responseid \"response id\" id");
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

    /*
     * Regression (new-user test): a closing comment box, 问卷星's (填空题), answered mostly 无 (once 有, once blank),
     * was drafted as a scored yes/no question (无 reads as "no"). A fill-in is typed text: left out as free
     * text unless its answers are numbers (a headcount typed in stays a number question).
     */
    @Test
    void aFillInCommentBoxAnsweredMostlyNothingIsFreeTextNotYesNo() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("序号", "提交答卷时间", "1、本企业对本地人工智能政策非常了解(单选题 *必答)", "2、员工人数(填空题)",
                "3、其他意见(填空题)"));
        String[] agree = {"非常不同意", "不同意", "一般", "同意", "非常同意"};
        for (int i = 0; i < 10; i++) {
            rows.add(List.of((double) (i + 1), "2026/11/20 09:1" + i + ":00", agree[i % 5], (double) (20 + 7 * i),
                    i == 3 ? "有" : i == 8 ? "" : "无"));
        }
        Path export = PlatformExports.workbook(dir.resolve("wjx-comment.xlsx"), rows, false);
        Path fw = draft(export);
        assertEquals(Map.of("Q1", "agree5", "Q2", "number"), scales(fw));
        String readme = Files.readString(fw.resolve("README.md"));
        String leftOut = readme.substring(readme.indexOf("## Columns left out"), readme.indexOf("## What to edit next"));
        assertTrue(leftOut.contains("| E | 3、其他意见(填空题) | free text |"), leftOut);
    }

    /*
     * Regression (new-user test): in a 问卷星 按序号 download the region question holds option numbers, which the
     * reader takes as region names (regions "1", "3" …, every row an unknown-region warning in the Issues sheet
     * only). The draft says so on the console, naming the column and the export; the 按文本 export is not named.
     */
    @Test
    void aRegionColumnOfOptionNumbersIsPointedOut() throws Exception {
        String[] regions = {"江苏省", "上海市", "浙江省"};
        Path[] e = new Path[2];
        for (int k = 0; k < 2; k++) {
            List<List<Object>> rows = new ArrayList<>();
            rows.add(List.of("序号", "提交答卷时间", "1、所在地区(单选题 *必答)", "2、本企业对本地人工智能政策非常了解(单选题 *必答)"));
            for (int i = 0; i < 6; i++) {
                rows.add(List.of((double) (i + 1), "2026/11/20 09:1" + i + ":00",
                        k == 0 ? regions[i % 3] : (Object) (double) (1 + i % 3),
                        k == 0 ? new String[] {"不同意", "一般", "同意"}[i % 3] : (Object) (double) (2 + i % 3)));
            }
            e[k] = PlatformExports.workbook(dir.resolve(k == 0 ? "wjx-text-region.xlsx" : "wjx-number-region.xlsx"), rows,
                    false);
        }
        Path fw = dir.resolve("fw-region");
        CliRun run = CliRun.of("framework", "draft", e[0].toString(), e[1].toString(), "-o", fw.toString(), "--lang", "en");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("\nNote: the region column \"1、所在地区(单选题 *必答)\" of " + e[1] + " holds option "
                + "numbers (1, 2, 3 …), not region names; scored from it, the regions would be named 1, 2, 3. Score an "
                + "export with the names (问卷星's 按文本 download).\n"), run.out());
        assertFalse(run.out().contains("of " + e[0] + " holds option numbers"), run.out());
        CliRun zh = CliRun.of("framework", "draft", e[1].toString(), "-o", dir.resolve("fw-region-zh").toString(),
                "--lang", "zh");
        assertTrue(zh.out().contains("注意：" + e[1] + " 的地区列“1、所在地区(单选题 *必答)”中是选项编号"), zh.out());
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
        return scoreAll(export, fw, PlatformExports.N);
    }

    private Map<Integer, Double> scoreAll(Path export, Path fw, int respondents) throws IOException {
        Path csv = dir.resolve("csv-" + export.getFileName() + "-" + fw.getFileName());
        CliRun run = CliRun.of("score", export.toString(), "-f", fw.toString(), "-o",
                csv.resolveSibling(csv.getFileName() + ".xlsx").toString(), "--csv", csv.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<String[]> firms = read(csv.resolve("firms.csv"));
        assertEquals(respondents + 1, firms.size(), "every row scored");
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
