package org.ecoscore.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.cli.CliRun;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 part 6, walked as a regional office would: {@code --lang zh} runs over bad inputs give Chinese on the
 * console (summary and the errors that stop a run) and on the report's Issues and Summary sheets, codes aside;
 * the same runs with {@code --lang en} stay English.
 */
class ChineseEndToEndTest {
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    /** English words that would betray an untranslated sentence (file names and codes have none of them). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|is|are|of|no|and|or|not|file|column)\\b");

    @TempDir
    Path dir;

    /**
     * Firm files raising reading's warnings: a header one letter off a question's text (near-miss-column), a
     * question headed twice (duplicate-column), a stray byte in a name (damaged-cell), a header-only export
     * (no-answer-rows) and a file that is no questionnaire (unreadable-file).
     */
    private List<Path> badFirmFiles() throws Exception {
        List<List<String>> rows = Corpus.rows("Z", 12);
        List<Question> qs = Corpus.DEFAULT.questionsOf(Level.FIRM);
        Question near = qs.stream().filter(q -> q.textZh().length() >= 8).findFirst().orElseThrow();
        int nearColumn = 3 + qs.indexOf(near);
        rows.get(0).set(nearColumn, near.textZh() + "率");                 // near-miss-column
        int twice = near == qs.get(0) ? 1 : 0;
        rows.get(0).add((twice + 1) + "、" + qs.get(twice).textZh());          // duplicate-column
        for (int r = 1; r < rows.size(); r++) rows.get(r).add(rows.get(r).get(3 + twice));
        byte[] text = Corpus.csvText(rows).getBytes(StandardCharsets.UTF_8);
        byte[] name = "企业Z3".getBytes(StandardCharsets.UTF_8);            // damaged-cell: 企业Z3 → 企业\uFFFDZ3
        int at = indexOf(text, name) + "企业".getBytes(StandardCharsets.UTF_8).length;
        byte[] damaged = new byte[text.length + 1];
        System.arraycopy(text, 0, damaged, 0, at);
        damaged[at] = (byte) 0xFF;
        System.arraycopy(text, at, damaged, at + 1, text.length - at);
        Path firms = Files.write(dir.resolve("firms.csv"), damaged);
        Path empty = Corpus.csv(dir.resolve("empty.csv"), List.of(Corpus.header()), StandardCharsets.UTF_8);
        Path junk = Files.writeString(dir.resolve("junk.csv"), "a,b\n1,2\n");
        return List.of(firms, empty, junk);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    @Test
    void aChineseRunOverBadInputsSpeaksChineseOnTheConsoleAndInTheReport() throws Exception {
        List<Path> files = badFirmFiles();
        Path report = dir.resolve("报告.xlsx");
        CliRun run = CliRun.of("score", files.get(0).toString(), files.get(1).toString(), files.get(2).toString(),
                "-o", report.toString(), "--csv", dir.resolve("csv").toString(), "--lang", "zh");
        assertEquals(3, run.exitCode(), "a file could not be read: " + run.err());
        assertTrue(run.noStackTrace(), run.err());
        // the console summary: every line Chinese, the unreadable file's reason too
        for (String line : run.out().split("\n")) {
            if (line.isBlank()) continue;
            assertTrue(CJK.matcher(line).find(), "console line: " + line);
            assertFalse(ENGLISH.matcher(line.replace(dir.toString(), "")).find(), "console line: " + line);
        }
        assertTrue(run.out().contains("junk.csv：本文件前 10 行中没有与指标体系题目对应的表头行：请确认这是指标体系 default 的问卷"),
                run.out());
        assertEquals("ecoscore：1 个输入文件无法读取，报告只涵盖其余文件。请修复或移除这些文件（不是问卷的文件可用 --skip-file 文件名 跳过）后重新运行。", run.err().strip());

        Set<String> codes = new TreeSet<>();
        DataFormatter fmt = new DataFormatter();
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet issues = wb.getSheet("数据问题");
            assertNotNull(issues);
            for (Row r : issues) {
                if (r.getRowNum() == 0) continue;
                codes.add(fmt.formatCellValue(r.getCell(4)));
                String msg = fmt.formatCellValue(r.getCell(6));
                assertTrue(CJK.matcher(msg).find(), "Issues row " + (r.getRowNum() + 1) + ": " + msg);
                assertFalse(ENGLISH.matcher(msg).find(), "Issues row " + (r.getRowNum() + 1) + ": " + msg);
            }
            // the Summary's file table says why junk.csv was not read, in Chinese
            StringBuilder summary = new StringBuilder();
            for (Row r : wb.getSheetAt(0)) r.forEach(c -> summary.append(fmt.formatCellValue(c)).append('|'));
            assertTrue(summary.toString().contains("本文件前 10 行中没有与指标体系题目对应的表头行"), summary.toString());
            assertFalse(summary.toString().contains("no header row"), summary.toString());
        }
        for (String code : List.of("near-miss-column", "duplicate-column", "damaged-cell", "no-answer-rows",
                "unreadable-file")) {
            assertTrue(codes.stream().anyMatch(c -> c.endsWith("(" + code + ")")), code + " in " + codes);
        }
        // issues.csv stays English for scripts
        String csv = Files.readString(dir.resolve("csv").resolve("issues.csv"));
        assertTrue(csv.contains("no header row matching the framework's questions"), csv);
    }

    @Test
    void aFileWhoseRegionColumnIsBlankInEveryRowIsNamedInChinese() throws Exception {
        List<List<String>> rows = Corpus.rows("R", 3);
        for (int r = 1; r < rows.size(); r++) rows.get(r).set(2, "");
        Path firms = Corpus.csv(dir.resolve("noregion.csv"), rows, StandardCharsets.UTF_8);
        CliRun zh = CliRun.of("validate", firms.toString(), "--lang", "zh");
        assertTrue(zh.out().contains("本文件所有企业都未填地区（每行的地区列均为空），因此这些企业仍计分，但不计入任何地区。"),
                zh.out());
        assertFalse(zh.out().contains("No firm of this file has a region"), zh.out());
    }

    @Test
    void errorsThatStopARunAreInChineseUnderLangZhAndInEnglishUnderLangEn() throws Exception {
        Path missing = dir.resolve("缺失.xlsx");
        CliRun zh = CliRun.of("score", missing.toString(), "--lang", "zh");
        assertEquals(2, zh.exitCode());
        assertEquals("ecoscore：" + missing + "：文件或文件夹不存在：请检查路径（路径含空格时请加引号）。", zh.err().strip());
        CliRun en = CliRun.of("score", missing.toString(), "--lang", "en");
        assertEquals("ecoscore: " + missing + ": no such file or folder; check the path (quote it if it contains "
                + "spaces).", en.err().strip());

        CliRun none = CliRun.of("score", "--lang", "zh");
        assertEquals(2, none.exitCode());
        assertEquals("ecoscore：没有给出问卷：请至少指定一个文件或文件夹（如 ecoscore score answers.xlsx），或用 --region-data "
                + "给出地区问卷，或用 --expert-data 给出专家评分。", none.err().strip());

        Path firms = Corpus.csv(dir.resolve("firms.csv"), Corpus.rows("F", 3), StandardCharsets.UTF_8);
        CliRun fw = CliRun.of("score", firms.toString(), "-f", dir.resolve("无此体系").toString(), "--lang", "zh");
        assertEquals(2, fw.exitCode());
        assertEquals("ecoscore：" + dir.resolve("无此体系") + "：指标体系文件夹或工作簿不存在：请检查 -f 给出的路径。",
                fw.err().strip());

        Path folder = Files.createDirectories(dir.resolve("out.xlsx"));   // -o names a folder
        CliRun write = CliRun.of("score", firms.toString(), "-o", folder.toString(), "--lang", "zh", "--quiet");
        assertEquals(4, write.exitCode(), write.err());
        assertEquals("ecoscore：" + folder + "：无法写入 " + folder + "：这是一个文件夹。请为 -o 另选路径", write.err().strip());

        CliRun baseline = CliRun.of("score", firms.toString(), "--baseline", dir.resolve("去年.xlsx").toString(),
                "--lang", "zh", "--quiet");
        assertEquals(2, baseline.exitCode());
        assertEquals("ecoscore：--baseline " + dir.resolve("去年.xlsx") + "：文件或文件夹不存在。请给出往年运行的报告（.xlsx）"
                + "或其 --csv 写出的文件夹。", baseline.err().strip());
        assertTrue(zh.noStackTrace() && none.noStackTrace() && write.noStackTrace());

        // -o naming a questionnaire: refused before anything is read or written, the answers untouched
        byte[] answers = Files.readAllBytes(firms);
        CliRun over = CliRun.of("score", firms.toString(), "-o", firms.toString(), "--lang", "zh", "--quiet");
        assertEquals(2, over.exitCode());
        assertEquals("ecoscore：-o " + firms + " 是给出的问卷之一：ecoscore 从不覆盖输入文件。请为 -o 另选路径。",
                over.err().strip());
        CliRun overEn = CliRun.of("score", firms.toString(), "-o", firms.toString(), "--lang", "en", "--quiet");
        assertEquals("ecoscore: -o " + firms + " is one of the questionnaires given: ecoscore never writes over its "
                + "inputs; choose another -o path.", overEn.err().strip());
        assertTrue(java.util.Arrays.equals(answers, Files.readAllBytes(firms)), "the input is unchanged");

        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        Path notSheet = Files.write(dir.resolve("坏.xlsx"), binary);
        CliRun bad = CliRun.of("score", notSheet.toString(), "--lang", "zh", "--quiet");
        assertEquals(3, bad.exitCode());
        assertTrue(bad.err().contains("（无法读取：" + notSheet + " — 不是本工具能读取的电子表格（既非 .xlsx、.xls，也非 CSV "
                + "文本；可能已损坏）：请用 Excel 或 WPS 打开并另存为 .xlsx 后重新运行）"), bad.err());
    }
}
