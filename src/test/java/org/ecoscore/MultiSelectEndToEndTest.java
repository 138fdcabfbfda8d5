package org.ecoscore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One multi-select survey exported twice by 问卷星 — 按文本 (options joined by {@code ┋} in one cell, fill-in
 * text {@code 其他〖…〗}) and 按序号 (one 0/1 column per option, headed {@code 第8题(ACG文化(动漫、游戏等))}) —
 * written with POI, read by the real reader through {@code ecoscore score}, must give the same firms.csv
 * scores, which are also checked against the hand computation below. A Qualtrics-style CSV ({@code Q8_1} …)
 * of the same answers gives the same multi-select answers. No real respondent's data: invented firms.
 *
 * <p>Framework: ECO ← A (Q8, Q8g, Q9), B (Q1); weights 1, arithmetic.
 * <ul>
 * <li>Q1 agree5 (1–5): n = 100·(v − 1)/4.</li>
 * <li>Q8 multi over {@code fields} (1 ACG文化(动漫、游戏等), 2 体育 运动, 3 科技、数码, 4 其他【请注明】, 0 以上都没有),
 * no goalposts: n = 100·k/4.</li>
 * <li>Q8g yesno for option ACG文化(动漫、游戏等): n = 100 when chosen, else 0.</li>
 * <li>Q9 multi over {@code licences} (1 MIT, 2 Apache 2.0, 3 GPL v3, 0 都没有), goalposts 0–2:
 * n = 100·clamp(k/2, 0, 1).</li>
 * <li>missing.csv: {@code 不知道}, {@code -1}.</li>
 * </ul>
 * Firms:
 * <pre>
 * F1 Q1 同意 (75)   Q8 {ACG, 科技、数码} k=2 → 50  Q8g 100  Q9 {MIT, Apache 2.0} k=2 → 100
 *    A = (50+100+100)/3 = 250/3; ECO = (250/3 + 75)/2 = 475/6
 * F2 Q1 非常同意 (100) Q8 {其他〖公益〗} k=1 → 25  Q8g 0  Q9 {都没有} k=0 → 0
 *    A = 25/3; ECO = (25/3 + 100)/2 = 325/6
 * F3 Q1 declared missing  Q8 all four options (fill-in "x┋y") k=4 → 100  Q8g 100  Q9 {GPL v3} k=1 → 50
 *    A = 250/3; B missing; ECO = A = 250/3 (A holds half the weight: node coverage 0.5 is met)
 * F4 Q1 一般 (50)   Q8 {以上都没有} k=0 → 0  Q8g 0  Q9 skipped (missing)
 *    A = (0+0)/2 = 0; ECO = (0 + 50)/2 = 25
 * F5 Q1 同意 (75)   Q8 {音乐, 体育 运动}: 音乐 is no option → invalid  Q8g 0  Q9 {MIT} → 50
 *    A = (0+50)/2 = 25; ECO = (25 + 75)/2 = 50
 * </pre>
 */
public class MultiSelectEndToEndTest {
    @TempDir
    static Path dir;
    static Path fw;
    static Map<String, String[]> byText;
    static Map<String, String[]> byNumber;
    static List<String> header;
    static List<String[]> byTextIndicators;
    static CliRun textRun;
    static CliRun numberRun;

    static final String ACG = "ACG文化(动漫、游戏等)";
    static final String SPORT = "体育 运动";
    static final String TECH = "科技、数码";
    static final String OTHER = "其他【请注明】";
    static final String NONE8 = "以上都没有";

    @BeforeAll
    static void run() throws Exception {
        fw = dir.resolve("fw");
        writeFramework(fw);
        Path text = dir.resolve("wjx-text.xlsx");
        Path number = dir.resolve("wjx-number.xlsx");
        writeByText(text);
        writeByNumber(number);
        textRun = CliRun.of("score", text.toString(), "-f", fw.toString(), "-o", dir.resolve("t.xlsx").toString(),
                "--csv", dir.resolve("t").toString());
        numberRun = CliRun.of("score", number.toString(), "-f", fw.toString(), "-o",
                dir.resolve("n.xlsx").toString(), "--csv", dir.resolve("n").toString());
        List<String[]> t = csv(dir.resolve("t/firms.csv"));
        List<String[]> n = csv(dir.resolve("n/firms.csv"));
        header = List.of(t.get(0));
        assertEquals(header, List.of(n.get(0)));
        byText = byId(t);
        byNumber = byId(n);
        byTextIndicators = csv(dir.resolve("t/indicators.csv"));
    }

    /** The framework of the class comment, as CSV files in {@code fw}. */
    public static void writeFramework(Path fw) throws Exception {
        Files.createDirectories(fw);
        Files.writeString(fw.resolve("framework.csv"), """
                code,parent,name_zh,name_en,weight,aggregation,role
                ECO,,综合,Overall,,,
                A,ECO,兴趣与许可,Interests and licences,,,
                B,ECO,态度,Attitude,,,
                """, StandardCharsets.UTF_8);
        Files.writeString(fw.resolve("questions.csv"), """
                code,parent,source,scale,reverse,min,max,transform,weight,text_zh,text_en,aliases,select,option
                Q1,B,firm,agree5,,,,,,本企业重视开源,We value open source,,,
                Q8,A,firm,fields,,,,,,您关注哪些领域？,Which fields do you follow?,第8题,multi,
                Q8g,A,firm,yesno,,,,,,是否关注ACG文化,Follows ACG culture,8、您关注哪些领域？|第8题,,ACG文化(动漫、游戏等)
                Q9,A,firm,licences,,0,2,,,贵企业采用了哪些开源许可？,Which open-source licences do you use?,第9题,multi,
                """, StandardCharsets.UTF_8);
        Files.writeString(fw.resolve("scales.csv"), """
                scale,value,label
                agree5,1,非常不同意
                agree5,2,不同意
                agree5,3,一般
                agree5,4,同意
                agree5,5,非常同意
                fields,1,ACG文化(动漫、游戏等)
                fields,2,体育 运动
                fields,3,科技、数码
                fields,4,其他【请注明】
                fields,0,以上都没有
                licences,1,MIT
                licences,2,Apache 2.0
                licences,3,GPL v3
                licences,0,都没有
                """, StandardCharsets.UTF_8);
        Files.writeString(fw.resolve("meta.csv"), """
                role,aliases
                id,企业编号
                region,所在地区
                submitted,提交答卷时间
                """, StandardCharsets.UTF_8);
        Files.writeString(fw.resolve("missing.csv"), """
                answer,meaning
                不知道,don't know
                -1,no basis for evaluation
                """, StandardCharsets.UTF_8);
    }

    /** 问卷星 按文本: one cell per question, the options chosen joined by ┋. */
    static void writeByText(Path p) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"序号", "提交答卷时间", "企业编号", "所在地区", "1、本企业重视开源", "8、您关注哪些领域？",
            "9、贵企业采用了哪些开源许可？"});
        rows.add(new Object[] {1.0, "2026/11/3 10:15:00", "F1", "北京", "同意", ACG + "┋" + TECH, "MIT┋Apache 2.0"});
        rows.add(new Object[] {2.0, "2026/11/3 10:20:00", "F2", "上海", "非常同意", "其他〖公益〗", "都没有"});
        rows.add(new Object[] {3.0, "2026/11/3 11:02:00", "F3", "北京", "不知道",
            ACG + "┋" + SPORT + "┋" + TECH + "┋其他〖x┋y〗", "GPL v3"});
        rows.add(new Object[] {4.0, "2026/11/4 09:00:00", "F4", "广东", "一般", NONE8, "(跳过)"});
        rows.add(new Object[] {5.0, "2026/11/4 09:30:00", "F5", "广东", "同意", "音乐┋" + SPORT, "MIT"});
        workbook(p, rows);
    }

    /** 问卷星 按序号: scale answers as numbers, one 0/1 column per option headed 第N题(option). */
    static void writeByNumber(Path p) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"序号", "提交答卷时间", "企业编号", "所在地区", "1、本企业重视开源", "第8题(" + ACG + ")",
            "第8题(" + SPORT + ")", "第8题(" + TECH + ")", "第8题(" + OTHER + ")", "第8题(" + NONE8 + ")", "第8题(音乐)",
            "第9题(MIT)", "第9题(Apache 2.0)", "第9题(GPL v3)", "第9题(都没有)"});
        rows.add(new Object[] {1.0, "2026/11/3 10:15:00", "F1", "北京", 4.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0,
            1.0, 1.0, 0.0, 0.0});
        rows.add(new Object[] {2.0, "2026/11/3 10:20:00", "F2", "上海", 5.0, 0.0, 0.0, 0.0, "1〖公益〗", 0.0, 0.0,
            0.0, 0.0, 0.0, 1.0});
        rows.add(new Object[] {3.0, "2026/11/3 11:02:00", "F3", "北京", -1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0,
            0.0, 0.0, 1.0, 0.0});
        rows.add(new Object[] {4.0, "2026/11/4 09:00:00", "F4", "广东", 3.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0,
            -3.0, -3.0, -3.0, -3.0});
        rows.add(new Object[] {5.0, "2026/11/4 09:30:00", "F5", "广东", 4.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0,
            1.0, 0.0, 0.0, 0.0});
        workbook(p, rows);
    }

    static void workbook(Path p, List<Object[]> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                Object[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Double d) row.createCell(c).setCellValue(d);
                    else row.createCell(c).setCellValue((String) cells[c]);
                }
            }
            wb.write(out);
        }
    }

    static List<String[]> csv(Path p) throws Exception {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            r.mark(1);
            if (r.read() != '\uFEFF') r.reset();
            return new CSVReaderBuilder(r).withCSVParser(new RFC4180ParserBuilder().build()).build().readAll();
        }
    }

    static Map<String, String[]> byId(List<String[]> rows) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String[] r : rows.subList(1, rows.size())) out.put(r[0], r);
        return out;
    }

    static double score(Map<String, String[]> firms, String id, String node) {
        String v = firms.get(id)[header.indexOf(node)];
        return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    }

    @Test
    void templateGivesAMultiSelectQuestionATextCellListingItsOptions() throws Exception {
        Path out = dir.resolve("template.xlsx");
        CliRun run = CliRun.of("template", "-f", fw.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            org.apache.poi.xssf.usermodel.XSSFSheet s = wb.getSheet("问卷");
            Row head = s.getRow(0);
            int c = -1;
            for (int i = 0; i < head.getLastCellNum(); i++) {
                if (head.getCell(i).getStringCellValue().startsWith("Q8 ")) c = i;
            }
            assertTrue(c >= 0);
            String comment = head.getCell(c).getCellComment().getString().getString();
            assertTrue(comment.contains("┋") && comment.contains("1 ACG文化(动漫、游戏等)")
                    && comment.contains("0 以上都没有"), comment);
            int column = c;
            org.apache.poi.ss.usermodel.DataValidation v = s.getDataValidations().stream()
                    .filter(d -> d.getRegions().getCellRangeAddress(0).getFirstColumn() == column).findFirst()
                    .orElseThrow();
            assertEquals(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.TEXT_LENGTH,
                    v.getValidationConstraint().getValidationType(), "no drop-down, no number check");
        }
    }

    @Test
    void bothRunsScoreEveryFirm() {
        assertEquals(0, textRun.exitCode(), textRun.out() + textRun.err());
        assertEquals(0, numberRun.exitCode(), numberRun.out() + numberRun.err());
        assertEquals(List.of("F1", "F2", "F3", "F4", "F5"), List.copyOf(byText.keySet()));
        assertEquals(List.copyOf(byText.keySet()), List.copyOf(byNumber.keySet()));
    }

    @Test
    void byTextAndByNumberExportsScoreIdentically() {
        for (String id : byText.keySet()) {
            for (String node : List.of("ECO", "A", "B")) {
                assertEquals(byText.get(id)[header.indexOf(node)], byNumber.get(id)[header.indexOf(node)],
                        id + " " + node);
            }
        }
    }

    @Test
    void scoresAreTheHandComputedOnes() {
        double eps = 1e-9;
        for (Map<String, String[]> f : List.of(byText, byNumber)) {
            assertEquals(250.0 / 3, score(f, "F1", "A"), eps);
            assertEquals(475.0 / 6, score(f, "F1", "ECO"), eps);
            assertEquals(25.0 / 3, score(f, "F2", "A"), eps);
            assertEquals(325.0 / 6, score(f, "F2", "ECO"), eps);
            assertEquals(250.0 / 3, score(f, "F3", "A"), eps);
            assertTrue(Double.isNaN(score(f, "F3", "B")));
            assertEquals(250.0 / 3, score(f, "F3", "ECO"), eps);
            assertEquals(0, score(f, "F4", "A"), eps);
            assertEquals(25, score(f, "F4", "ECO"), eps);
            assertEquals(25, score(f, "F5", "A"), eps);
            assertEquals(50, score(f, "F5", "ECO"), eps);
        }
    }

    @Test
    void unknownOptionIsAnInvalidValueNamingIt() throws Exception {
        for (String run : List.of("t", "n")) {
            List<String[]> issues = csv(dir.resolve(run + "/issues.csv"));
            List<String[]> invalid = issues.stream().filter(i -> i[4].equals("invalid-value")).toList();
            assertEquals(1, invalid.size(), run + ": " + invalid.stream().map(i -> i[6]).toList());
            assertEquals("6", invalid.get(0)[2], "F5 is on spreadsheet row 6");
            assertTrue(invalid.get(0)[6].contains("\"音乐\"") && invalid.get(0)[6].contains("Q8"), invalid.get(0)[6]);
        }
    }

    @Test
    void declaredMissingIsCountedApartWithoutAnIssue() throws Exception {
        // indicators.csv: level,code,n,missing,invalid,mean_raw,sd_raw,mean_score,declared_missing
        assertEquals(List.of("level", "code", "n", "missing", "invalid", "mean_raw", "sd_raw", "mean_score",
                "declared_missing"), List.of(byTextIndicators.get(0)));
        for (String run : List.of("t", "n")) {
            Map<String, String[]> ind = new LinkedHashMap<>();
            for (String[] r : csv(dir.resolve(run + "/indicators.csv"))) if (r[0].equals("firm")) ind.put(r[1], r);
            // Q1: F1 4, F2 5, F4 3, F5 4 answered; F3 declared (不知道 / -1): n 4, missing 0, declared 1
            assertEquals(List.of("4", "0", "0", "1"), List.of(ind.get("Q1")[2], ind.get("Q1")[3], ind.get("Q1")[4],
                    ind.get("Q1")[8]), run);
            // Q8: k = 2, 1, 4, 0 and F5 invalid: mean raw 7/4
            assertEquals(List.of("4", "0", "1", "0"), List.of(ind.get("Q8")[2], ind.get("Q8")[3], ind.get("Q8")[4],
                    ind.get("Q8")[8]), run);
            assertEquals(7.0 / 4, Double.parseDouble(ind.get("Q8")[5]), 1e-12);
            // Q9: k = 2, 0, 1, (F4 skipped), 1: n 4, missing 1
            assertEquals(List.of("4", "1", "0", "0"), List.of(ind.get("Q9")[2], ind.get("Q9")[3], ind.get("Q9")[4],
                    ind.get("Q9")[8]), run);
            // Q8g: 1, 0, 1, 0, 0 → mean score 40
            assertEquals(40, Double.parseDouble(ind.get("Q8g")[7]), 1e-12);
        }
    }
}
