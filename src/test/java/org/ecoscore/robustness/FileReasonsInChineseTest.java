package org.ecoscore.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.cli.CliRun;
import org.ecoscore.report.ErrorMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New-user test: why a file cannot be read was English in a Chinese run (console, the Summary's file table, the
 * Issues sheet) for a cut-short xlsx and an empty file; and the Summary's issue-type table listed that error
 * below the warnings and notes.
 */
class FileReasonsInChineseTest {
    /** English words that would betray an untranslated reason (outside the technical detail in brackets). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|is|it|of|and|or|not|file|open|run|again)\\b");
    private static final DataFormatter TEXT = new DataFormatter();

    @TempDir
    Path dir;

    private Path[] files() throws Exception {
        List<List<String>> rows = Corpus.rows("G", 8);
        rows.get(1).set(3, "不清楚");                                   // an invalid-value warning
        rows.get(2).set(3, "不清楚");
        Path good = Corpus.xlsx(dir.resolve("good.xlsx"), rows);
        byte[] whole = Corpus.bytes(Corpus.workbook(Corpus.rows("B", 60)));
        // a download cut short: the first part of a workbook, without the zip's central directory at its end
        Path broken = Files.write(dir.resolve("broken.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        return new Path[] {good, broken, empty};
    }

    private static String withoutBrackets(String s) {
        return s.replaceAll("（[^（）]*）", "");
    }

    @Test
    void reasonsAreChineseOnTheConsoleTheSummaryAndTheIssuesSheetAndEnglishStaysAsItWas() throws Exception {
        Path[] f = files();
        Path report = dir.resolve("r.xlsx");
        CliRun zh = CliRun.of("score", f[0].toString(), f[1].toString(), f[2].toString(), "-o", report.toString(),
                "--lang", "zh");
        assertEquals(3, zh.exitCode(), zh.err());
        String damaged = "已损坏或不完整（";
        String damagedEnd = "）：不是完整的 xlsx 文件。请用 Excel 或 WPS 打开，另存为 .xlsx 后重新运行";
        String empty = "是空文件（0 字节）：请重新导出问卷后再运行";
        String brokenLine = zh.out().lines().filter(l -> l.startsWith("  无法读取：" + f[1] + "：")).findFirst()
                .orElseThrow(() -> new AssertionError(zh.out()));
        String reason = brokenLine.substring(("  无法读取：" + f[1] + "：").length());
        assertTrue(reason.startsWith(damaged) && reason.endsWith(damagedEnd), reason);
        assertFalse(ENGLISH.matcher(withoutBrackets(reason)).find(), reason);
        assertTrue(zh.out().contains("  无法读取：" + f[2] + "：" + empty + "\n"), zh.out());

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(report))) {
            Sheet sum = wb.getSheet("概览");
            int files = row(sum, 0, "输入文件");
            assertEquals("错误", TEXT.formatCellValue(sum.getRow(files + 1).getCell(6)));
            assertEquals(f[1].toString(), TEXT.formatCellValue(sum.getRow(files + 3).getCell(1)));
            assertEquals(reason, TEXT.formatCellValue(sum.getRow(files + 3).getCell(6)));
            assertEquals(empty, TEXT.formatCellValue(sum.getRow(files + 4).getCell(6)));
            // issue types by severity: the error first, above the warnings and notes, however few
            int types = row(sum, 0, "数据问题（按类型）");
            assertEquals("文件无法读取 (unreadable-file)", TEXT.formatCellValue(sum.getRow(types + 2).getCell(0)));
            assertEquals("错误", TEXT.formatCellValue(sum.getRow(types + 2).getCell(1)));
            assertEquals("2", TEXT.formatCellValue(sum.getRow(types + 2).getCell(2)));
            List<String> severities = new ArrayList<>();
            for (int r = types + 2; sum.getRow(r) != null && !TEXT.formatCellValue(sum.getRow(r).getCell(1)).isEmpty(); r++) {
                severities.add(TEXT.formatCellValue(sum.getRow(r).getCell(1)));
            }
            List<String> sorted = new ArrayList<>(severities);
            sorted.sort(java.util.Comparator.comparingInt(s -> List.of("错误", "警告", "提示").indexOf(s)));
            assertEquals(sorted, severities, "errors, then warnings, then notes");
            assertEquals(List.of("错误", "警告"), severities, "2 errors above the 2 warnings of the good file");

            Sheet issues = wb.getSheet("数据问题");
            List<String> messages = new ArrayList<>();
            for (Row r : issues) {
                if (TEXT.formatCellValue(r.getCell(4)).equals("文件无法读取 (unreadable-file)")) {
                    messages.add(TEXT.formatCellValue(r.getCell(6)));
                }
            }
            assertEquals(List.of("文件无法读取，未计分（其余文件照常计分）。原因：" + reason,
                    "文件无法读取，未计分（其余文件照常计分）。原因：" + empty), messages);
        }

        CliRun en = CliRun.of("score", f[0].toString(), f[1].toString(), f[2].toString(), "-o",
                dir.resolve("r-en.xlsx").toString(), "--lang", "en");
        assertEquals(3, en.exitCode());
        assertTrue(en.out().contains("  unreadable: " + f[1] + ": is damaged or incomplete ("), en.out());
        assertTrue(en.out().contains("): it is not a complete xlsx file. Open it in Excel or WPS, save it as .xlsx and"
                + " run again\n"), en.out());
        assertTrue(en.out().contains("  unreadable: " + f[2] + ": is empty: export the questionnaire again and run"
                + " again\n"), en.out());
        assertTrue(zh.noStackTrace() && en.noStackTrace());
    }

    private static int row(Sheet s, int c, String text) {
        for (Row r : s) if (text.equals(TEXT.formatCellValue(r.getCell(c)))) return r.getRowNum();
        throw new AssertionError("no row " + text);
    }

    /** {@code .coded("code")} or {@code .coded("code", "form", "f", …)}, and the sheet scanner's damaged forms. */
    private static final Pattern CODED = Pattern.compile("\\.coded\\(\"([a-z.-]+)\"(?:,\\s*\"form\",\\s*\"([a-z-]+)\")?");
    private static final Pattern SCANNER_FORM = Pattern.compile("damaged\\(\"[^;]*?\", \"([a-z-]+)\"");

    /** Every reason the input readers give a code for has its Chinese template (else it would show in English). */
    @Test
    void everyCodedInputReasonHasAChineseTemplate() throws Exception {
        List<String> missing = new ArrayList<>();
        int codes = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/ecoscore/input"))) {
            for (Path p : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String src = Files.readString(p);
                Matcher m = CODED.matcher(src);
                while (m.find()) {
                    codes++;
                    String code = m.group(1);
                    boolean dynamicForm = src.startsWith("\"form\",", m.end() + 2) && m.group(2) == null;
                    if (code.equals("sheet-damaged") || code.equals("no-header-row") || dynamicForm) continue;
                    if (!ErrorMessages.has(code, m.group(2))) missing.add(code + "/" + m.group(2) + " in " + p);
                }
                Matcher s = SCANNER_FORM.matcher(src);
                while (s.find()) {
                    codes++;
                    if (!ErrorMessages.has("sheet-damaged", s.group(1))) missing.add("sheet-damaged/" + s.group(1));
                }
            }
        }
        for (String form : List.of("sheet", "file", "any-sheet")) {
            if (!ErrorMessages.has("no-header-row", form)) missing.add("no-header-row/" + form);
        }
        assertTrue(codes >= 40, "found " + codes);
        assertTrue(missing.isEmpty(), "no Chinese template: " + missing);
    }
}
