package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.fixtures.PlatformExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New-user test (问卷星 export, garbled 提交答卷时间 / 所用时间, {@code --min-duration 120}): the durations platforms
 * write are read (问卷星 {@code 95秒} / {@code 2分30秒} / {@code 1,200秒}, h:mm:ss {@code 00:05:30}, m:ss
 * {@code 5:30}); the console and the Summary count the speeders and the rows that could not be checked (blank or
 * unreadable duration) and the Issues have one {@code unchecked-duration} note for them; the message of an
 * unreadable duration or time says what this run loses; a duplicate kept among tied times says input order decided.
 */
class SpeedCheckEndToEndTest {
    @TempDir
    Path dir;

    private static final String[] HEADER = {"序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP",
            "1、统一社会信用代码", "2、企业名称", "3、所在地区", "4、政策清晰", "5、政策稳定", "6、是否获得政府补贴",
            "7、研发人员数", "8、所在园区级别", "9、园区服务评价—政务服务", "融资服务", "人才服务", "总分"};

    /**
     * A 问卷星 按序号 .xlsx (as fixtures.PlatformExports writes it) with these submission times and durations, one
     * invented firm a row (F005 twice), every answer filled in.
     */
    private Path wjx(String[][] timeAndDuration, String[] ids) throws Exception {
        Path file = dir.resolve("wjx.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Sheet1");
            Row h = s.createRow(0);
            for (int c = 0; c < HEADER.length; c++) h.createCell(c).setCellValue(HEADER[c]);
            for (int r = 0; r < ids.length; r++) {
                Row row = s.createRow(r + 1);
                Object[] v = {(double) (r + 1), timeAndDuration[r][0], timeAndDuration[r][1], "手机提交", "直接访问",
                        "1.2.3.4(北京-北京)", ids[r], "企业" + (r + 1), "北京市", 4.0, 3.0, 1.0, 12.0, 2.0, 4.0, 3.0,
                        5.0, 0.0};
                for (int c = 0; c < v.length; c++) {
                    if (v[c] instanceof Double d) row.createCell(c).setCellValue(d);
                    else if (!((String) v[c]).isEmpty()) row.createCell(c).setCellValue((String) v[c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    /** Row 2 answered in 95 s, row 4 blank, row 5 未知; rows 6 and 7 are F005 submitted at the same second. */
    private Path garbled() throws Exception {
        return wjx(new String[][] {
                {"2025/3/11 15:29:52", "95秒"},
                {"2025/3/12 9:05:10", "2分30秒"},
                {"2025/3/12 11:00:00", ""},
                {"2025/3/12 12:00:00", "未知"},
                {"2025/3/13 10:00:00", "1,200秒"},
                {"2025/3/13 10:00:00", "5:30"},
                {"2025/3/14 8:00:00", "00:05:30"}},
                new String[] {"F001", "F002", "F003", "F004", "F005", "F005", "F006"});
    }

    private CliRun score(Path input, String lang, String... more) throws Exception {
        Path fw = PlatformExports.framework(dir.resolve("fw"));
        List<String> args = new ArrayList<>(List.of("score", input.toString(), "-f", fw.toString(), "--lang", lang,
                "-o", dir.resolve(lang + ".xlsx").toString(), "--csv", dir.resolve(lang + "-csv").toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertTrue(run.noStackTrace(), run.err());
        return run;
    }

    private List<String> issues(String lang) throws Exception {
        return Files.readAllLines(dir.resolve(lang + "-csv").resolve("issues.csv"), StandardCharsets.UTF_8);
    }

    /** Every cell's text of a sheet of the report (the Summary, or the Issues in the report's language). */
    private List<String> summaryTexts(String lang, String sheet) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve(lang + ".xlsx")))) {
            for (Row r : wb.getSheet(sheet)) for (Cell c : r) out.add(f.formatCellValue(c));
        }
        return out;
    }

    @Test
    void speedersAndRowsWithoutADurationAreCountedInTheConsoleTheSummaryAndOneNote() throws Exception {
        CliRun en = score(garbled(), "en", "--min-duration", "120");
        assertEquals(0, en.exitCode(), en.err());
        // checked: the 6 rows left after duplicates (row 6, F005's first copy, is excluded); of them row 2 (95 s <
        // 120) is a speeder and rows 4 (blank) and 5 (未知) have no duration; 150, 330 (5:30) and 330 (00:05:30)
        // are not below 120
        assertTrue(en.out().contains("Firms: 7 rows read, 6 scored, 1 excluded (duplicate-id 1)\n"
                + "  speed check (--min-duration 120 s): 1 faster, flagged (still scored); 2 without a readable"
                + " duration, not checked\n"), en.out());
        assertTrue(summaryTexts("en", "Summary").contains("1 firm respondent answered faster than 120 s"
                + " (--min-duration) and is flagged (still scored); 2 rows have no readable duration and could not"
                + " be checked."), summaryTexts("en", "Summary").toString());
        List<String> issues = issues("en");
        assertTrue(issues.stream().anyMatch(l -> l.endsWith("wjx.xlsx,Sheet1,,,unchecked-duration,info,\"2 of the 6"
                + " rows of this file still in at the speed check have no readable duration (the cell is blank, or is"
                + " not a duration: see the row's invalid-value warning), so --min-duration could not check them for"
                + " speed; such a row is not flagged as a speeder. Fill in the durations to check them.\"")),
                String.join("\n", issues));
        // the only unreadable duration is 未知 (row 5, column C): 1,200秒, 5:30 and 00:05:30 are read
        List<String> invalid = issues.stream().filter(l -> l.contains(",invalid-value,")).toList();
        assertEquals(1, invalid.size(), String.join("\n", invalid));
        assertTrue(invalid.get(0).contains(",Sheet1,5,C,invalid-value,"), invalid.get(0));
        // tied times: input order decided, and the message says so
        assertTrue(issues.stream().anyMatch(l -> l.contains(",Sheet1,6,,duplicate-id,") && l.contains("row 7 is kept"
                + " (the last in input order, submitted at the same time, --duplicates keep-last)")),
                String.join("\n", issues));
        assertTrue(issues.stream().noneMatch(l -> l.contains("the latest submitted")), String.join("\n", issues));

        CliRun zh = score(garbled(), "zh", "--min-duration", "120", "--exclude-flagged");
        assertTrue(zh.out().contains("\n  作答速度检查（--min-duration 120 秒）：作答过快 1 行，已标记并剔除；没有可读作答时长、"
                + "未能检查 2 行\n"), zh.out());
        assertTrue(summaryTexts("zh", "概览").contains("1 家企业作答快于 120 秒（--min-duration），已标记并剔除；2 行没有"
                + "可读的作答时长，无法检查。"), summaryTexts("zh", "概览").toString());
        List<String> zhIssues = summaryTexts("zh", "数据问题");
        assertTrue(zhIssues.stream().anyMatch(l -> l.contains("保留第 7 行（提交时间相同，按输入顺序取最后，--duplicates"
                + " keep-last）")), String.join("\n", zhIssues));
        assertTrue(zhIssues.stream().anyMatch(l -> l.contains("本文件进入作答速度检查的 6 行中有 2 行没有可读的作答时长")),
                String.join("\n", zhIssues));
    }

    /*
     * The JSON summary's speed-check counts (owed to the new-user test): the same rows as the console line above —
     * 6 checked (rows 2–5 and 7, F005's last copy; row 6 excluded as a duplicate), row 2 (95 s) the speeder, rows 4
     * (blank) and 5 (未知) without a duration — valid against docs/json-summary.schema.json, for score and validate;
     * absent without --min-duration.
     */
    @Test
    void theJsonSummaryCountsSpeedersAndRowsWithoutADuration() throws Exception {
        Path json = dir.resolve("s.json");
        CliRun run = score(garbled(), "en", "--min-duration", "120", "-q", "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        com.fasterxml.jackson.databind.JsonNode speed = org.ecoscore.fixtures.JsonSchemaCheck.valid(
                Files.readString(json)).at("/counts/firms/speed_check");
        assertEquals(6, speed.at("/checked").asInt(), speed.toString());
        assertEquals(1, speed.at("/speeders").asInt(), speed.toString());
        assertEquals(2, speed.at("/without_duration").asInt(), speed.toString());

        Path fw = PlatformExports.framework(dir.resolve("fw"));
        Path vjson = dir.resolve("v.json");
        CliRun validate = CliRun.of("validate", garbled().toString(), "-f", fw.toString(), "--min-duration", "120",
                "--json", vjson.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        assertEquals(speed, org.ecoscore.fixtures.JsonSchemaCheck.valid(Files.readString(vjson))
                .at("/counts/firms/speed_check"));

        Path none = dir.resolve("n.json");
        assertEquals(0, score(garbled(), "en", "-q", "--json", none.toString()).exitCode());
        assertTrue(org.ecoscore.fixtures.JsonSchemaCheck.valid(Files.readString(none))
                .at("/counts/firms/speed_check").isMissingNode(), "no --min-duration: nothing counted");
    }

    @Test
    void withoutMinDurationNothingIsCountedAndTheMessagesSayNothingIsLost() throws Exception {
        Path input = wjx(new String[][] {
                {"2025/3/11 15:29:52", "未知"},
                {"2026/13/45", ""},
                {"2025/3/12 9:05:10", "95秒"}}, new String[] {"F001", "F002", "F003"});
        CliRun en = score(input, "en", "--duplicates", "reject");
        assertEquals(0, en.exitCode(), en.err());
        assertFalse(en.out().contains("speed check"), en.out());
        List<String> issues = issues("en");
        assertTrue(issues.stream().noneMatch(l -> l.contains("unchecked-duration")), String.join("\n", issues));
        assertTrue(issues.stream().noneMatch(l -> l.contains("--min-duration cannot check")), String.join("\n", issues));
        assertTrue(issues.stream().anyMatch(l -> l.contains(",Sheet1,2,C,invalid-value,") && l.contains("\"\"未知\"\""
                + " is not a duration (seconds, such as 95, 2分30秒 or 0:02:30); it is ignored, which changes nothing in"
                + " this run: durations are used only to flag speeders with --min-duration, not given; fix the cell"
                + " before you use it")), String.join("\n", issues));
        assertTrue(issues.stream().anyMatch(l -> l.contains(",Sheet1,3,B,invalid-value,") && l.contains("it is"
                + " ignored, which changes nothing in this run: submission times only choose the copy kept of a"
                + " repeated id, and --duplicates reject keeps none; fix the cell before you use keep-last or"
                + " keep-first")), String.join("\n", issues));
        assertTrue(summaryTexts("en", "Summary").stream().noneMatch(t -> t.contains("--min-duration")));

        score(input, "zh", "--duplicates", "keep-first");
        List<String> zh = summaryTexts("zh", "数据问题");
        assertTrue(zh.stream().anyMatch(l -> l.contains("“未知”不是作答时长（秒数，如 95、2分30秒 或 0:02:30），已忽略；本次运行"
                + "不受影响：作答时长只用于 --min-duration 标记作答过快者，本次未指定该选项。")), String.join("\n", zh));
        assertTrue(zh.stream().anyMatch(l -> l.contains("（--duplicates keep-first 改为保留最前一行）")),
                String.join("\n", zh));
    }
}
