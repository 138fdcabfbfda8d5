package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.fixtures.WorkedExampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New-user finding (session 8): a 腾讯问卷 file whose region header was misspelt had every firm placed by the IP
 * location of its answers; one firm answering from a Beijing IP made 北京市 a region with its own profile and brief,
 * which said nothing of it. The region's own highlights now say how many of its firms were placed so.
 */
class RegionIpProfileTest {
    @TempDir
    Path dir;

    @Test
    void aRegionsProfileSaysHowManyOfItsFirmsWerePlacedByIp() throws Exception {
        Path fw = WorkedExampleFiles.writeFramework(dir.resolve("fw"));
        // the IP-location columns as the built-in framework names them
        Files.writeString(fw.resolve("meta.csv"), Files.readString(fw.resolve("meta.csv"), StandardCharsets.UTF_8)
                + "province,地理位置省\ncity,地理位置市\n", StandardCharsets.UTF_8);
        Path firms = dir.resolve("腾讯问卷.csv");
        Files.writeString(firms, """
                编号,地理位置国家和地区,地理位置省,地理位置市,企业名称,2.所在省分,统一社会信用代码,Q1,Q2,Q3,Q4,Q5
                1,中国,北京,北京,甲,广东省,F1,同意,不同意,10%,9,是
                2,中国,广东,深圳,乙,广东省,F2,非常同意,非常同意,25,0,否
                3,中国,广东,广州,丙,广东省,F3,一般,一般,5,99,是
                """, StandardCharsets.UTF_8);
        Path report = dir.resolve("r.xlsx");
        CliRun run = CliRun.of("score", firms.toString(), "-f", fw.toString(), "--lang", "en", "-o", report.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(report))) {
            assertTrue(text(wb.getSheet("Beijing")).contains("Of these, 1 placed here by the IP location their answers"
                    + " were sent from (no region answer), which need not be where the firm is."), text(wb.getSheet("Beijing")));
            assertTrue(text(wb.getSheet("Guangdong")).contains("Of these, 2 placed here by the IP location"),
                    text(wb.getSheet("Guangdong")));
        }
    }

    private static String text(Sheet s) {
        StringBuilder sb = new StringBuilder();
        if (s == null) return "(no such sheet)";
        for (Row r : s) for (Cell c : r) if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
            sb.append(c.getStringCellValue()).append('\n');
        }
        return sb.toString();
    }
}
