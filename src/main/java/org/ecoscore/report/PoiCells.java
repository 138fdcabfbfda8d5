package org.ecoscore.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.ecoscore.core.ShortestDecimal;

/** {@link CellSink} over a POI sheet: one POI cell per value (the small report sheets). */
final class PoiCells implements CellSink {
    private final Sheet sheet;
    private Row row;

    PoiCells(Sheet sheet) {
        this.sheet = sheet;
    }

    private Row row(int r) {
        if (row != null && row.getRowNum() == r) return row;
        Row existing = sheet.getRow(r);
        row = existing != null ? existing : sheet.createRow(r);
        return row;
    }

    @Override
    public void text(int r, int c, String s, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellValue(s);
        cell.setCellStyle(style);
    }

    @Override
    public void number(int r, int c, double v, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellValue(v);
        // POI writes the value as JDK 17's Double.toString, which is sometimes a digit longer than needed;
        // the big sheets (SheetXmlFile) and the CSV tables write the shortest text, so this does too
        if (cell instanceof XSSFCell x && Double.isFinite(v)) x.getCTCell().setV(ShortestDecimal.of(v));
        if (style != null) cell.setCellStyle(style);
    }

    @Override
    public void integer(int r, int c, long v) {
        row(r).createCell(c).setCellValue(v);
    }
}
