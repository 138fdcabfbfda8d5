package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The xls (HSSF) reader: SPEC §2 cell kinds, cached formula values, hidden sheets. */
class XlsReaderTest {
    @TempDir
    Path dir;

    @Test
    void hssfWorkbookReadsEveryKindOfCell() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        CellStyle pct = wb.createCellStyle();
        pct.setDataFormat((short) 9); // built-in "0%"
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        Sheet s = wb.createSheet("表一");
        Row h = s.createRow(0);
        h.createCell(0).setCellValue("企业名称");
        h.createCell(2).setCellValue(" 同意 ");
        Row r = s.createRow(3);
        r.createCell(0).setCellValue(0.35);
        r.getCell(0).setCellStyle(pct);
        r.createCell(1).setCellValue(45000.5);
        r.getCell(1).setCellStyle(date);
        r.createCell(2).setCellValue(false);
        Cell f = r.createCell(3);
        f.setCellFormula("A4*1000");
        f.setCellValue(9); // cached result; never evaluated
        r.createCell(4).setCellValue(12.5);
        wb.createSheet("隐藏").createRow(0).createCell(0).setCellValue("x");
        wb.setSheetHidden(1, true);
        Path p = dir.resolve("a.xls");
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        try (SpreadsheetFile file = SpreadsheetFiles.open(p, "a.xls")) {
            assertEquals(List.of("表一", "隐藏"), file.sheetNames());
            assertFalse(file.hidden(0));
            assertTrue(file.hidden(1));
            try (CellSource c = file.open(0)) {
                assertEquals(List.of("1:企业名称|| 同意 ", "4:P0.35|D45000.5|B0.0|N9.0|N12.5"),
                        ReaderTestSupport.rows(c));
            }
        }
    }
}
