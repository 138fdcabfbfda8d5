package org.ecoscore.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.input.InputReader;
import org.ecoscore.input.ResponseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4 item 1: formula cells give their cached value (never evaluated); dates stored as numbers. */
class CachedValuesTest {
    @TempDir
    Path dir;

    @Test
    void formulaCellGivesTheCachedValueNotAnEvaluationAndPlainNumberSubmittedIsAnExcelSerial() throws Exception {
        List<List<String>> rows = Corpus.rows("F", 1);
        rows.get(0).add("提交答卷时间");
        rows.get(1).add("45727.5");
        Path file = dir.resolve("formula.xlsx");
        try (XSSFWorkbook wb = Corpus.workbook(rows)) {
            var row = wb.getSheetAt(0).getRow(1);
            XSSFCell a11 = row.getCell(3); // A1_1 (agree5)
            a11.setCellFormula("1+1");
            a11.setCellValue(4); // the cached result Excel would have saved: 4, not 1+1
            row.getCell(rows.get(0).size() - 1).setCellValue(45727.5); // no date format: a plain number
            Files.write(file, Corpus.bytes(wb));
        }
        ResponseTable t = InputReader.read(Level.FIRM, List.of(file.toString()), Corpus.DEFAULT,
                Options.defaults(List.of(file.toString()), List.of()), new IssueLog(), n -> { });
        assertEquals(1, t.rows());
        int q = t.questions().indexOf(Corpus.DEFAULT.question("A1_1").orElseThrow());
        assertEquals(4.0, t.raw(q)[0]);
        // serial 45727.5 = 2025-03-11 12:00 (1900 system), seconds since 1970 with the local time taken as UTC
        assertEquals(java.time.LocalDateTime.of(2025, 3, 11, 12, 0).toEpochSecond(java.time.ZoneOffset.UTC),
                t.submitted(0));
        assertEquals("F001", t.meta(MetaRole.ID, 0));
    }
}
