package org.ecoscore.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads back a written report with POI. */
final class ReportCells {
    private ReportCells() {
    }

    /** Rows read, scored, excluded of the Summary sheet's file table row for {@code file}; null when absent. */
    static int[] fileCounts(Path report, String file) throws Exception {
        try (Workbook wb = WorkbookFactory.create(report.toFile(), null, true)) {
            Sheet summary = wb.getSheetAt(0);
            for (Row row : summary) {
                Cell c = row.getCell(1);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(file)) {
                    return new int[] {num(row.getCell(3)), num(row.getCell(4)), num(row.getCell(5))};
                }
            }
        }
        return null;
    }

    private static int num(Cell c) {
        assertTrue(c != null && c.getCellType() == CellType.NUMERIC, "a count cell");
        return (int) c.getNumericCellValue();
    }

    /** Every cell of every sheet: none is a formula. */
    static void assertNoFormula(Path report) throws Exception {
        try (Workbook wb = WorkbookFactory.create(report.toFile(), null, true)) {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        assertEquals(CellType.STRING == c.getCellType() || CellType.NUMERIC == c.getCellType()
                                || CellType.BOOLEAN == c.getCellType() || CellType.BLANK == c.getCellType(), true,
                                s.getSheetName() + "!" + c.getAddress() + " is " + c.getCellType());
                    }
                }
            }
        }
    }
}
