package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Regression: input text longer than Excel's 32,767 characters per cell (a CSV name, or a quoted answer in an
 * issue message) made POI throw IllegalArgumentException and the whole run end as an internal error (exit 1).
 */
class SheetWriterTest {
    @Test
    void textLongerThanACellHoldsIsCutToExcelsLimitEndingInAnEllipsis() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("s");
            SheetWriter w = new SheetWriter(sheet, new Styles(wb));
            w.text(0, 0, "=" + "名".repeat(40_000));
            w.text(0, 1, "x".repeat(32_767));
            String cut = sheet.getRow(0).getCell(0).getStringCellValue();
            assertEquals(32_767, cut.length());
            assertTrue(cut.startsWith("=名") && cut.endsWith("…"), cut.substring(0, 3));
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getQuotePrefixed());
            assertEquals("x".repeat(32_767), sheet.getRow(0).getCell(1).getStringCellValue());
        }
    }
}
