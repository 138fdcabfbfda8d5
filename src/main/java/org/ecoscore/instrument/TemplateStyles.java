package org.ecoscore.instrument;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a template workbook. Everything a respondent must not change is locked (the default);
 * answer cells are unlocked, so that with sheet protection on only they can be typed in.
 */
final class TemplateStyles {
    final XSSFCellStyle title;
    final XSSFCellStyle header;
    final XSSFCellStyle heading;
    final XSSFCellStyle label;
    final XSSFCellStyle code;
    final XSSFCellStyle text;
    final XSSFCellStyle note;
    final XSSFCellStyle answer;
    final XSSFCellStyle answerColumn;
    final XSSFCellStyle paragraph;

    TemplateStyles(XSSFWorkbook wb) {
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        XSSFFont big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        XSSFFont grey = wb.createFont();
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

        title = wb.createCellStyle();
        title.setFont(big);

        header = bordered(wb);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        heading = bordered(wb);
        heading.setFont(bold);
        heading.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        label = bordered(wb);
        label.setFont(bold);

        code = bordered(wb);

        text = bordered(wb);
        text.setWrapText(true);

        note = bordered(wb);
        note.setWrapText(true);
        note.setFont(grey);

        answer = bordered(wb);
        answer.setLocked(false);
        answer.setWrapText(true);

        answerColumn = wb.createCellStyle();
        answerColumn.setLocked(false);

        paragraph = wb.createCellStyle();
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static XSSFCellStyle bordered(XSSFWorkbook wb) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }
}
