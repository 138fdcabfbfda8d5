package org.ecoscore.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The report's cell styles, created once per workbook and shared by every cell (no per-cell style
 * objects; the big sheets refer to them by index, see {@link SheetXmlFile}).
 */
final class Styles {
    /** Background of an issue row by severity. */
    enum Fill { NONE, ERROR, WARNING }

    /** The warning fill colour (amber). */
    private static final byte[] AMBER = {(byte) 0xFF, (byte) 0xD9, (byte) 0x80};

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    /** {@link #header} without wrapping: a row label whose column is sized to fit it (Summary, profiles). */
    final CellStyle label;
    final CellStyle score;
    final CellStyle fine;
    final CellStyle integer;
    /** {@link #fine} on the warning (amber) fill: a value that needs attention, e.g. α &lt; 0.7. */
    final CellStyle fineWarning;
    /** Grey italic 0.0: a score resting on fewer than {@link ReportData#FEW_FIRMS} firms. */
    final CellStyle fewScore;
    /** Grey italic whole number (the n of such a region). */
    final CellStyle fewInteger;
    /** A share in [0, 1] shown as a percentage to one decimal (obstacle degrees). */
    final CellStyle percent;
    /** A change of scores with its sign: {@code +2.3}, {@code -1.0}, {@code 0.0}. */
    final CellStyle change;
    /** A change of a count with its sign: {@code +7}, {@code -5}, {@code 0}. */
    final CellStyle changeCount;
    /** Centred text that did not come from an input (rank then → now). */
    final CellStyle centred;
    private final CellStyle[] paragraph = new CellStyle[2];
    private final CellStyle[][] text = new CellStyle[Fill.values().length][2];
    private final CellStyle[] fewText = new CellStyle[2];

    Styles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        Font mid = wb.createFont();
        mid.setBold(true);
        mid.setFontHeightInPoints((short) 12);
        title = wb.createCellStyle();
        title.setFont(big);
        subtitle = wb.createCellStyle();
        subtitle.setFont(mid);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        label = wb.createCellStyle();
        label.cloneStyleFrom(header);
        label.setWrapText(false);
        short fmt1 = wb.createDataFormat().getFormat("0.0");
        short fmt3 = wb.createDataFormat().getFormat("0.000");
        short fmt0 = wb.createDataFormat().getFormat("0");
        score = wb.createCellStyle();
        score.setDataFormat(fmt1);
        fine = wb.createCellStyle();
        fine.setDataFormat(fmt3);
        integer = wb.createCellStyle();
        integer.setDataFormat(fmt0);
        fineWarning = wb.createCellStyle();
        fineWarning.setDataFormat(fmt3);
        ((XSSFCellStyle) fineWarning).setFillForegroundColor(new XSSFColor(AMBER, null));
        fineWarning.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Font greyItalic = wb.createFont();
        greyItalic.setItalic(true);
        greyItalic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        fewScore = wb.createCellStyle();
        fewScore.setDataFormat(fmt1);
        fewScore.setFont(greyItalic);
        fewInteger = wb.createCellStyle();
        fewInteger.setDataFormat(fmt0);
        fewInteger.setFont(greyItalic);
        percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        change = wb.createCellStyle();
        change.setDataFormat(wb.createDataFormat().getFormat("+0.0;-0.0;0.0"));
        centred = wb.createCellStyle();
        centred.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        changeCount = wb.createCellStyle();
        changeCount.setDataFormat(wb.createDataFormat().getFormat("+0;-0;0"));
        for (int q = 0; q < 2; q++) {
            paragraph[q] = wb.createCellStyle();
            paragraph[q].setWrapText(true);
            paragraph[q].setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            paragraph[q].setQuotePrefixed(q == 1);
        }
        for (int q = 0; q < 2; q++) {
            fewText[q] = wb.createCellStyle();
            fewText[q].setFont(greyItalic);
            fewText[q].setQuotePrefixed(q == 1);
        }
        for (Fill f : Fill.values()) {
            for (int q = 0; q < 2; q++) {
                CellStyle s = wb.createCellStyle();
                s.setQuotePrefixed(q == 1);
                if (f != Fill.NONE) {
                    ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(
                            f == Fill.ERROR ? new byte[] {(byte) 0xF4, (byte) 0xB6, (byte) 0xB6}
                                    : AMBER, null));
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                text[f.ordinal()][q] = s;
            }
        }
    }

    /** Grey italic text (a region on fewer than {@link ReportData#FEW_FIRMS} firms); quote-prefixed when risky. */
    CellStyle fewText(String s) {
        return fewText[SafeText.risky(s) ? 1 : 0];
    }

    /** Wrapped text aligned top (a sentence over merged cells); quote-prefixed when risky. */
    CellStyle paragraph(String s) {
        return paragraph[SafeText.risky(s) ? 1 : 0];
    }

    /** Plain text style; quote-prefixed when the text could be taken for a formula (SPEC §5). */
    CellStyle text(String s, Fill fill) {
        return text[fill.ordinal()][SafeText.risky(s) ? 1 : 0];
    }
}
