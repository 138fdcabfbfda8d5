package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.Options;
import org.ecoscore.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileSheetsTest {
    @TempDir
    Path dir;

    private XSSFWorkbook written(RunResult r) throws Exception {
        Path out = dir.resolve("p.xlsx");
        ReportWriter.write(r, out);
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    @Test
    void eachRegionGetsAProfileInRankOrderWithStrongestAndWeakestQuestions() throws Exception {
        try (XSSFWorkbook wb = written(ReportFixtures.workedExample())) {
            assertEquals(11, wb.getNumberOfSheets(), "seven main sheets, Reliability, Obstacles, two profiles");
            assertEquals("广东省", wb.getSheetName(9));
            assertEquals("北京市", wb.getSheetName(10));
            XSSFSheet gd = wb.getSheet("广东省");
            assertEquals(1, gd.getDrawingPatriarch().getCharts().size());
            String strongest = null;
            int row = -1;
            for (int r = 0; r <= gd.getLastRowNum(); r++) {
                if (gd.getRow(r) != null && gd.getRow(r).getCell(0) != null
                        && "相对最强的题目".equals(gd.getRow(r).getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            // region means over the two regions: Q3 46.25 (广东 +28.75), Q1 62.5 (+25), Q2 31.25 (+6.25)
            strongest = gd.getRow(row + 2).getCell(0).getStringCellValue();
            assertEquals("Q3 研发强度", strongest);
            assertEquals(28.75, gd.getRow(row + 2).getCell(3).getNumericCellValue(), 1e-12);
            assertEquals("Q1 政策清晰", gd.getRow(row + 3).getCell(0).getStringCellValue());
            assertEquals("Q2 政策多变 (反向计分)", gd.getRow(row + 4).getCell(0).getStringCellValue(),
                    "Q2 is reverse-coded: a high score means little change");
            // weakest: Q4 (25 vs 62.5), Q6 (60 vs 80), Q5 (50 vs 50)
            assertEquals("Q4 发明专利数", gd.getRow(row + 8).getCell(0).getStringCellValue());
            assertEquals(-37.5, gd.getRow(row + 8).getCell(3).getNumericCellValue(), 1e-12);
            assertEquals("Q6 引导基金规模", gd.getRow(row + 9).getCell(0).getStringCellValue());
        }
    }

    @Test
    void profilesFalseForcesNoProfileSheets() throws Exception {
        RunResult base = ReportFixtures.workedExample();
        Options o = base.options();
        Options off = new Options(o.firmInputs(), o.regionInputs(), o.framework(), o.output(), o.csvDir(), o.sheet(),
                o.lang(), o.duplicates(), o.minCoverage(), o.nodeCoverage(), o.minDuration(), o.excludeFlagged(),
                o.weights(), o.method(), o.by(), o.strict(), o.quiet(), Boolean.FALSE, o.splitBy(), o.uncertainty(),
                o.seed(), o.treatOutliers());
        RunResult r = new RunResult(off, base.framework(), base.firms(), base.regions(), base.scores(),
                base.statistics(), base.issues(), base.toolVersion(), base.started());
        try (XSSFWorkbook wb = written(r)) {
            assertEquals(9, wb.getNumberOfSheets(), "seven main sheets, Reliability and Obstacles");
        }
    }

    @Test
    void profileSheetNamesAreSafeAndUnique() {
        Set<String> used = new HashSet<>(Set.of("概览"));
        assertEquals("a_b", ProfileSheets.sheetName("a/b", used));
        assertEquals("a_b (2)", ProfileSheets.sheetName("a:b", used));
        assertEquals("概览 (2)", ProfileSheets.sheetName("概览", used));
        assertEquals(31, ProfileSheets.sheetName("x".repeat(40), used).length());
    }
}
