package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecoscore.fixtures.WorkedExampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New-user finding (session 8): a 问卷星 按序号 export's region column holds option numbers, and the regions "1", "5"
 * were ranked first on the console, in the Summary and in the briefs. The firms are now in no region; the console
 * says so once for the file, and regions.csv holds only the real province.
 */
class RegionNumbersCliTest {
    @TempDir
    Path dir;

    @Test
    void optionNumbersInTheRegionColumnMakeNoRegionsAndTheConsoleSaysSo() throws Exception {
        Path fw = WorkedExampleFiles.writeFramework(dir.resolve("fw"));
        Path firms = dir.resolve("按序号.csv");
        Files.writeString(firms, """
                统一社会信用代码,企业名称,所在地区,Q1,Q2,Q3,Q4,Q5
                F1,甲,5,同意,不同意,10%,9,是
                F2,乙,5,非常同意,非常同意,25,0,否
                F3,丙,1,一般,一般,5,99,是
                F4,丁,广东,同意,同意,2,3,否
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("score", firms.toString(), "-f", fw.toString(), "--lang", "en", "-o",
                dir.resolve("r.xlsx").toString(), "--csv", dir.resolve("csv").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  the regions in " + firms + " are option numbers (such as '5', 3 firms; a 问卷星"
                + " 按序号 export): those firms are in no region; export by text. See the issue region-number\n"),
                "out: " + run.out() + " err: " + run.err());
        List<String> regions = Files.readAllLines(dir.resolve("csv/regions.csv"), StandardCharsets.UTF_8);
        assertEquals(2, regions.size(), regions.toString()); // the header and 广东省 (Guangdong) only
        assertTrue(regions.get(1).contains("440000"), regions.get(1));
        long warned = Files.readAllLines(dir.resolve("csv/issues.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(",region-number,warning,")).count();
        assertEquals(3, warned);
        // the Summary says it too (its counts alone read "4 rows read, 4 scored")
        boolean said = false;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(dir.resolve("r.xlsx")))) {
            for (var row : wb.getSheet("Summary")) {
                for (var c : row) {
                    said |= c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(
                            "3 scored firms have an option number for their region (a 问卷星 按序号 export) and are in no"
                                    + " region, so the region scores leave them out: " + firms + "; export by text and run"
                                    + " again (see region-number on the Issues sheet).");
                }
            }
        }
        assertTrue(said, "the Summary's highlight");
    }
}
