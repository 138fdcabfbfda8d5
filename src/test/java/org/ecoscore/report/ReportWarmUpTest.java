package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWarmUpTest {
    /**
     * The warm-up must exercise what the report uses — or it warms nothing: its throw-away workbook, read back
     * with POI after the copy a report gets, holds the cells, merged paragraph, colour scale and the charts (bar and
     * radar as {@link ChartParts} writes them).
     */
    @Test
    void throwAwayWorkbookHasTheReportsKindsOfParts() throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        java.util.Map<String, byte[]> charts = ReportWarmUp.run(raw);
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("warm-up-test", ".xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            java.nio.file.Files.write(tmp, raw.toByteArray());
            ReproducibleZip.copy(tmp, java.time.Instant.EPOCH, bytes, java.util.Map.of(), charts);
        } finally {
            java.nio.file.Files.delete(tmp);
        }
        assertEquals(2, charts.size(), "bar and radar as plain XML");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            XSSFSheet sheet = wb.getSheet("warm-up");
            assertEquals("ecoscore", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("地区 2", sheet.getRow(2).getCell(0).getStringCellValue());
            // row r holds 50.5 + r and 40.25 + r: row 3 → 53.5 and 43.25
            assertEquals(53.5, sheet.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(43.25, sheet.getRow(3).getCell(2).getNumericCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(5).getCell(3).getCellType());
            assertEquals(1, sheet.getNumMergedRegions());
            assertEquals(1, sheet.getSheetConditionalFormatting().getNumConditionalFormattings());
            assertEquals(2, sheet.getDrawingPatriarch().getCharts().size());
            assertEquals(1, sheet.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea()
                    .sizeOfBarChartArray());
            assertEquals(1, sheet.getDrawingPatriarch().getCharts().get(1).getCTChart().getPlotArea()
                    .sizeOfRadarChartArray());
        }
    }

    /** Without the launcher's property there is no warm-up thread, and waiting for none returns at once. */
    @Test
    void notRequestedMeansNoThread() {
        assertFalse(ReportWarmUp.requested(), "tests run without -D" + ReportWarmUp.PROPERTY);
        ReportWarmUp.start().await();
        ReportWarmUp.none().await();
    }
}
