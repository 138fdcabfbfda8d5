package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.fixtures.PlatformExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New-user test (session 5): a firm file without a region column ran like a success — "Regions scored: 0", a
 * count of warnings and exit 0 — and a 腾讯问卷 export without a region question was placed by its IP location
 * without a word. Now the console names each such file, and the Summary's first highlight says the firms are
 * in no region. Fixtures: the platform exports of {@link PlatformExports}, changed as a user's would be.
 */
class RegionColumnConsoleTest {
    @TempDir
    Path dir;

    private Path framework() throws Exception {
        Path fw = PlatformExports.framework(dir.resolve("fw"));
        Files.writeString(fw.resolve("meta.csv"), PlatformExports.META + "province,地理位置省\ncity,地理位置市\n",
                StandardCharsets.UTF_8);
        return fw;
    }

    /** The 问卷星 按序号 export with its region question's header misspelt (I1 3、所在地区 → 3、所在地去). */
    private Path wjxWithMisspeltRegion() throws Exception {
        Path file = PlatformExports.wjxBySequenceXlsx(dir.resolve("wjx.xlsx"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Cell cell = wb.getSheetAt(0).getRow(0).getCell(8);
            assertEquals("3、所在地区", cell.getStringCellValue());
            cell.setCellValue("3、所在地去");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** The 腾讯问卷 export of a survey that does not ask the region: its column 3.所在地区 (Q) removed. */
    private Path tencentWithoutRegionQuestion() throws Exception {
        Path file = PlatformExports.tencentSurveyCsv(dir.resolve("full.csv"));
        List<String[]> rows;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader c = new CSVReader(r)) {
            rows = c.readAll();
        }
        assertEquals("3.所在地区(单选题 *必答)", rows.get(0)[16]);
        Path out = dir.resolve("tencent.csv");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); CSVWriter c = new CSVWriter(w)) {
            for (String[] row : rows) {
                List<String> cells = new ArrayList<>(List.of(row));
                cells.remove(16);
                c.writeNext(cells.toArray(new String[0]), false);
            }
        }
        return out;
    }

    /** The sentence under the Summary's 要点 / Highlights heading. */
    private static String firstHighlight(Path report) throws Exception {
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            boolean next = false;
            for (Row r : summary) {
                String v = f.formatCellValue(r.getCell(0));
                if (next) return v;
                next = v.equals("要点") || v.equals("Highlights");
            }
        }
        return "";
    }

    @Test
    void aFirmFileWithoutARegionColumnIsNamedOnTheConsoleAndInTheFirstHighlight() throws Exception {
        Path firms = wjxWithMisspeltRegion();
        Path report = dir.resolve("r.xlsx");
        CliRun en = CliRun.of("score", firms.toString(), "-f", framework().toString(), "-o", report.toString(),
                "--lang", "en");
        assertEquals(0, en.exitCode(), en.err());
        String line = "  no region column in " + firms + ": its firms are in no region, so there are no region scores "
                + "from it; see the issue missing-region-column (a script can add --strict to exit 5 on it)";
        assertTrue(en.out().contains(line + "\n"), en.out());
        assertTrue(en.out().contains("Regions scored: 0\n"), en.out());
        assertEquals("The firm data has no region column (" + firms + "): no firm is in a region, so there are no "
                + "region scores; see missing-region-column on the Issues sheet (often a misspelt header).",
                firstHighlight(report));

        Path zhReport = dir.resolve("zh.xlsx");
        CliRun zh = CliRun.of("score", firms.toString(), "-f", framework().toString(), "-o", zhReport.toString(),
                "--lang", "zh");
        assertEquals(0, zh.exitCode(), zh.err());
        assertTrue(zh.out().contains("  " + firms + " 缺少地区列：其企业不计入任何地区，没有来自该文件的地区得分；见数据问题 "
                + "missing-region-column（脚本可加 --strict，此时以退出码 5 结束）\n"), zh.out());
        assertEquals("企业问卷没有地区列（" + firms + "），所有企业都未归入地区，因此没有地区得分；原因见“数据问题”工作表的 "
                + "missing-region-column（多为表头有错字）。", firstHighlight(zhReport));

        // the exit codes stay as documented: 0 above, 5 with --strict (the warning is a warning)
        CliRun strict = CliRun.of("score", firms.toString(), "-f", framework().toString(), "-o",
                dir.resolve("s.xlsx").toString(), "--lang", "en", "--strict");
        assertEquals(5, strict.exitCode(), strict.err());

        // validate names it the same way, under its table
        CliRun validate = CliRun.of("validate", firms.toString(), "-f", framework().toString(), "--lang", "en");
        assertTrue(validate.out().contains(line + "\n"), validate.out());
        assertTrue(validate.out().contains("column I \"3、所在地去\" looks like a misspelt \"所在地区\""), validate.out());
    }

    @Test
    void aFileWithARegionColumnGetsNeitherLineNorHighlight() throws Exception {
        Path firms = PlatformExports.wjxBySequenceXlsx(dir.resolve("ok.xlsx"));
        Path report = dir.resolve("ok-r.xlsx");
        CliRun run = CliRun.of("score", firms.toString(), "-f", framework().toString(), "-o", report.toString(),
                "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("no region column"), run.out());
        assertFalse(run.out().contains("IP location"), run.out());
        assertFalse(firstHighlight(report).contains("region column"), firstHighlight(report));
    }

    @Test
    void aTencentExportPlacedByItsIpLocationIsNamedOnTheConsole() throws Exception {
        Path firms = tencentWithoutRegionQuestion();
        CliRun en = CliRun.of("score", firms.toString(), "-f", framework().toString(), "-o",
                dir.resolve("t.xlsx").toString(), "--lang", "en");
        assertEquals(0, en.exitCode(), en.err());
        assertTrue(en.out().contains("  region from the IP location in " + firms + ": column M \"地理位置省\" and column N "
                + "\"地理位置市\" (where each answer was sent from, which need not be where the firm is); see the issue "
                + "region-from-ip\n"), en.out());
        // every firm answered from 北京 (PlatformExports): one region
        assertTrue(en.out().contains("Regions scored: 1\n"), en.out());
        CliRun zh = CliRun.of("validate", firms.toString(), "-f", framework().toString(), "--lang", "zh");
        assertTrue(zh.out().contains("  " + firms + " 的地区取自 IP 属地 M 列“地理位置省”和 N 列“地理位置市”（提交答卷的 IP 地址所在地，"
                + "未必是企业所在地）；见数据问题 region-from-ip\n"), zh.out());
        assertTrue(zh.out().contains("region-from-ip"), zh.out());
        assertEquals(0, zh.exitCode(), zh.err());
    }
}
