package org.ecoscore.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §6 sample: a 问卷星-style batch for the chosen framework. */
class SampleGeneratorTest {
    private static final List<String> HEADER = List.of("序号", "统一社会信用代码", "企业名称", "所在地区", "所属行业",
            "企业规模", "创新群落", "提交答卷时间", "所用时间", "1、本地政府开放了应用场景", "2、是否享受研发费用加计扣除",
            "3、研发投入占营业收入比例(%)", "4、发明专利数量");
    private static final Set<String> SKIPS = Set.of("(跳过)", "-2", "不清楚");

    @TempDir
    Path dir;

    static List<List<String>> cells(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> out = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) out.add(text(row.getCell(c)));
                rows.add(out);
            }
            return rows;
        }
    }

    static String text(Cell cell) {
        if (cell == null) return "";
        return cell.getCellType() == CellType.NUMERIC ? "#" + cell.getNumericCellValue() : cell.getStringCellValue();
    }

    private Path generate(int firms, long seed, String name) {
        Path out = dir.resolve(name);
        SampleGenerator.generate(SampleFixtures.framework(), firms, seed, out, null);
        return out;
    }

    @Test
    void headerIsSerialNumberFirstMetaAliasesThenNumberedQuestionTexts() throws IOException {
        List<List<String>> rows = cells(generate(60, 42, "firms.xlsx"));
        assertEquals(HEADER, rows.get(0));
        assertEquals(61, rows.size());
        assertEquals("#1.0", rows.get(1).get(0));
        assertEquals("#60.0", rows.get(60).get(0));
    }

    @Test
    void sixtyFirmsComeFromAtLeastEightRegionsWrittenInVariedForms() throws IOException {
        List<List<String>> rows = cells(generate(60, 42, "firms.xlsx"));
        Framework fw = SampleFixtures.framework();
        Set<String> canonical = new HashSet<>();
        Set<String> forms = new HashSet<>();
        int blank = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            String written = row.get(3);
            if (written.isBlank()) {
                blank++;
                continue;
            }
            forms.add(written);
            Region r = fw.regions().lookup(written).orElseThrow(() -> new AssertionError("unknown region " + written));
            canonical.add(r.nameZh());
        }
        assertTrue(canonical.size() >= 8, "regions: " + canonical);
        assertTrue(forms.size() > canonical.size(), "one form per region only: " + forms);
        assertTrue(blank <= 3, "blank regions: " + blank);
    }

    @Test
    void idsAreUnifiedSocialCreditCodesWithValidCheckCharactersAndTwoResubmissions() throws IOException {
        List<List<String>> rows = cells(generate(60, 42, "firms.xlsx"));
        Map<String, Integer> count = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String id = row.get(1);
            assertEquals(18, id.length(), id);
            assertEquals(checkCharacterByHand(id.substring(0, 17)), id.charAt(17), id);
            count.merge(id, 1, Integer::sum);
        }
        // a couple of duplicate submissions of the same id: 60 rows, 58 distinct firms
        assertEquals(58, count.size());
    }

    /** GB 32100: weights 3^i mod 31 over the 31-character set; check = (31 - sum mod 31) mod 31. */
    private static char checkCharacterByHand(String first17) {
        String set = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] w = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += set.indexOf(first17.charAt(i)) * w[i];
        return set.charAt((31 - sum % 31) % 31);
    }

    @Test
    void answersAreLabelsYesNoAndPlausibleNumbersWithRareMessiness() throws IOException {
        List<List<String>> rows = cells(generate(200, 5, "firms.xlsx"));
        int messy = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            String agree = row.get(9);
            String yesno = row.get(10);
            String percent = row.get(11);
            String patents = row.get(12);
            if (SKIPS.contains(agree) || SKIPS.contains(yesno) || SKIPS.contains(percent) || SKIPS.contains(patents)) {
                messy++;
            }
            assertTrue(SKIPS.contains(agree) || SampleFixtures.AGREE.contains(agree), agree);
            assertTrue(SKIPS.contains(yesno) || yesno.equals("是") || yesno.equals("否"), yesno);
            if (!SKIPS.contains(percent)) {
                double v = Double.parseDouble(percent.replace("#", "").replace("%", ""));
                assertTrue(v >= 0 && v <= 30 * 1.1, percent);
            }
            if (!SKIPS.contains(patents)) {
                double v = Double.parseDouble(patents.replace("#", "").replace(",", ""));
                assertTrue(v >= 0 && v == Math.rint(v), patents);
            }
            assertTrue(row.get(7).matches("2025/\\d{1,2}/\\d{1,2} \\d{1,2}:\\d{2}:\\d{2}"), row.get(7));
        }
        // about 3% of 800 answers are skipped or invalid: some, but few
        assertTrue(messy > 0 && messy < 60, "messy rows: " + messy);
    }

    @Test
    void sameSeedGivesSameCellsAndAnotherSeedDifferentOnes() throws IOException {
        List<List<String>> a = cells(generate(60, 42, "a.xlsx"));
        List<List<String>> b = cells(generate(60, 42, "b.xlsx"));
        List<List<String>> c = cells(generate(60, 43, "c.xlsx"));
        assertEquals(a, b);
        assertNotEquals(a.subList(1, a.size()), c.subList(1, c.size()));
    }

    @Test
    void regionFileHasOneRowPerRegionOfTheSampleWithRegionQuestions() throws IOException {
        Path firms = dir.resolve("f.xlsx");
        Path regions = dir.resolve("r.xlsx");
        SampleGenerator.generate(SampleFixtures.framework(), 60, 42, firms, regions);
        Framework fw = SampleFixtures.framework();
        Set<String> inSample = new HashSet<>();
        for (List<String> row : cells(firms).subList(1, 61)) {
            if (!row.get(3).isBlank()) inSample.add(fw.regions().lookup(row.get(3)).orElseThrow().nameZh());
        }
        List<List<String>> rows = cells(regions);
        assertEquals(List.of("所在地区", "1、政府引导基金规模(亿元)"), rows.get(0));
        Set<String> written = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            written.add(row.get(0));
            double v = Double.parseDouble(row.get(1).replace("#", ""));
            assertTrue(v >= 0 && v <= 600, row.toString());
        }
        assertEquals(inSample, written);
        assertEquals(inSample.size(), rows.size() - 1);
    }

    @Test
    void textCellsAreSharedStringsAsInAnExcelExport() throws IOException {
        Path file = generate(60, 42, "firms.xlsx");
        String sheetXml;
        String sstXml;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            sheetXml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            sstXml = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(!sheetXml.contains("inlineStr"), "inline strings written");
        int references = sheetXml.split("t=\"s\"", -1).length - 1;
        int unique = sstXml.split("<si>", -1).length - 1;
        assertTrue(sstXml.contains("count=\"" + references + "\""), "count attribute: " + references);
        assertTrue(sstXml.contains("uniqueCount=\"" + unique + "\""), "uniqueCount attribute: " + unique);
        // 13 header texts + 60 × (id, name, industry, size, community, time) at least; labels are repeated
        assertTrue(references >= 13 + 60 * 6, "references " + references);
        assertTrue(unique < references, unique + " of " + references);
    }

    @Test
    void writesNothingWhenTheTargetFolderCannotBeCreated() throws IOException {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        Path target = file.resolve("sub").resolve("out.xlsx");
        org.ecoscore.core.EcoscoreException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.ecoscore.core.EcoscoreException.class,
                () -> SampleGenerator.generate(SampleFixtures.framework(), 5, 1, target, null));
        assertEquals(4, e.exitCode());
        try (var list = Files.list(dir)) {
            assertEquals(1, list.count());
        }
    }
}
