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
        XlsxWorkbook book = new XlsxWorkbook();
        SheetWriter w = new SheetWriter(book.createSheet("s"), new Styles());
        w.text(0, 0, "=" + "名".repeat(40_000));
        w.text(0, 1, "x".repeat(32_767));
        // 32,767 x's deflate ~1000:1, beyond POI's zip-bomb guard for reading (the file is fine for Excel)
        double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.0001);
        try (XSSFWorkbook wb = PoiBack.read(book)) {
            XSSFSheet sheet = wb.getSheet("s");
            String cut = sheet.getRow(0).getCell(0).getStringCellValue();
            assertEquals(32_767, cut.length());
            assertTrue(cut.startsWith("=名") && cut.endsWith("…"), cut.substring(0, 3));
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getQuotePrefixed());
            assertEquals("x".repeat(32_767), sheet.getRow(0).getCell(1).getStringCellValue());
        } finally {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(ratio);
        }
    }
}
