package org.ecoscore.report;

import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

/** A red–yellow–green 3-colour scale conditional format on score columns (reversed for obstacle shares). */
final class ColourScales {
    private ColourScales() {
    }

    static void add(Sheet sheet, int firstRow, int lastRow, int column) {
        add(sheet, firstRow, lastRow, column, false);
    }

    /** As {@link #add(Sheet, int, int, int)}; {@code highIsBad}: green–yellow–red (obstacle degrees). */
    static void add(Sheet sheet, int firstRow, int lastRow, int column, boolean highIsBad) {
        add(sheet, firstRow, lastRow, column, column, highIsBad);
    }

    /** One colour scale over a block of columns (its colours compare every cell of the block). */
    static void add(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn, boolean highIsBad) {
        if (lastRow < firstRow || lastColumn < firstColumn) return;
        SheetConditionalFormatting scf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = scf.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting cs = rule.getColorScaleFormatting();
        cs.getThresholds()[0].setRangeType(RangeType.MIN);
        cs.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
        cs.getThresholds()[1].setValue(50d);
        cs.getThresholds()[2].setRangeType(RangeType.MAX);
        Color red = rgb(0xF8, 0x69, 0x6B);
        Color green = rgb(0x63, 0xBE, 0x7B);
        cs.setColors(new Color[] {highIsBad ? green : red, rgb(0xFF, 0xEB, 0x84), highIsBad ? red : green});
        scf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, firstColumn,
                lastColumn)},
                rule);
    }

    /**
     * A diverging red–white–green scale over a block of changes: red at the largest fall, white at 0, green at
     * the largest rise (the same colour means the same change across the block).
     */
    static void diverging(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (lastRow < firstRow || lastColumn < firstColumn) return;
        SheetConditionalFormatting scf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = scf.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting cs = rule.getColorScaleFormatting();
        cs.getThresholds()[0].setRangeType(RangeType.MIN);
        cs.getThresholds()[1].setRangeType(RangeType.NUMBER);
        cs.getThresholds()[1].setValue(0d);
        cs.getThresholds()[2].setRangeType(RangeType.MAX);
        cs.setColors(new Color[] {rgb(0xF8, 0x69, 0x6B), rgb(0xFF, 0xFF, 0xFF), rgb(0x63, 0xBE, 0x7B)});
        scf.addConditionalFormatting(new CellRangeAddress[] {
            new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn)}, rule);
    }

    private static Color rgb(int r, int g, int b) {
        return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
    }
}
