package org.ecoscore.instrument;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.ecoscore.core.Level;

/**
 * Writes the instructions sheet of a template: title, purpose, how to answer, and blank contact and
 * deadline fields for the sending office to fill in. No cell of it reads as a question or form header, so
 * the reader passes over it to the questionnaire sheet.
 */
final class InstructionsSheet {
    static final int LABEL_CHARS = 16;
    static final int TEXT_CHARS = 90;

    private InstructionsSheet() {
    }

    static void write(XSSFSheet sheet, TemplateStyles styles, TemplateText text, String framework, Level source,
                      TemplateLayout layout, int questions, String questionnaireSheet) {
        sheet.setColumnWidth(0, DisplayWidth.poiUnits(LABEL_CHARS));
        sheet.setColumnWidth(1, DisplayWidth.poiUnits(TEXT_CHARS));
        int r = 0;
        cell(sheet.createRow(r++), 0, text.title(framework, source), styles.title);
        r++;
        r = paragraph(sheet, r, text.purposeLabel(), text.purpose(source, questions), styles);
        String label = text.howLabel();
        for (String step : text.steps(layout, questionnaireSheet, source)) {
            r = paragraph(sheet, r, label, step, styles);
            label = null;
        }
        r++;
        for (String field : new String[] {text.contactLabel(), text.contactDetailsLabel(), text.deadlineLabel()}) {
            XSSFRow row = sheet.createRow(r++);
            cell(row, 0, field, styles.label);
            row.createCell(1).setCellStyle(styles.answer);
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static int paragraph(XSSFSheet sheet, int r, String label, String body, TemplateStyles styles) {
        XSSFRow row = sheet.createRow(r);
        if (label != null) cell(row, 0, label, styles.label);
        cell(row, 1, body, styles.paragraph);
        row.setHeightInPoints(DisplayWidth.lines(body, TEXT_CHARS) * DisplayWidth.LINE_POINTS);
        return r + 1;
    }

    private static void cell(XSSFRow row, int column, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        XSSFCell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
