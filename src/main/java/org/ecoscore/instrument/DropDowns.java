package org.ecoscore.instrument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Data validations of a template: drop-down lists (explicit when short, otherwise a column of the hidden
 * sheet {@value TemplateText#LIST_SHEET} behind a workbook name) and the numeric check for number and percent
 * answers, each with an input prompt.
 */
final class DropDowns {
    /** Excel refuses an explicit list whose text (labels joined by commas) is longer than this. */
    static final int EXPLICIT_LIST_LIMIT = 255;
    private static final int PROMPT_LIMIT = 255;
    private static final int TITLE_LIMIT = 32;

    private final XSSFWorkbook wb;
    private final TemplateText text;
    private final Map<List<String>, String> names = new HashMap<>();
    private XSSFSheet lists;

    DropDowns(XSSFWorkbook wb, TemplateText text) {
        this.wb = wb;
        this.text = text;
    }

    /**
     * A drop-down list on the cells. {@code strict} refuses other values (STOP); otherwise Excel warns and
     * lets the respondent keep them.
     */
    void list(XSSFSheet sheet, CellRangeAddressList where, List<String> labels, String prompt, boolean strict,
              String error) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidationConstraint c = fitsExplicit(labels)
                ? h.createExplicitListConstraint(labels.toArray(new String[0]))
                : h.createFormulaListConstraint(listName(labels));
        DataValidation dv = h.createValidation(c, where);
        // POI's XSSF flag is inverted: suppress = true writes showDropDown = false, which SHOWS the arrow.
        dv.setSuppressDropDownArrow(true);
        dv.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        dv.createErrorBox(text.errorTitle(), error);
        dv.setShowErrorBox(true);
        finish(sheet, dv, prompt);
    }

    /** A decimal ≥ 0 check on the cells, with the hint (unit, goalposts) as input prompt. */
    void decimal(XSSFSheet sheet, CellRangeAddressList where, String prompt) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidationConstraint c = h.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        DataValidation dv = h.createValidation(c, where);
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.createErrorBox(text.errorTitle(), text.numberError());
        dv.setShowErrorBox(true);
        finish(sheet, dv, prompt);
    }

    /** Any text on the cells, with the hint as input prompt (multi-select answers: options joined by ┋ or ;). */
    void prompt(XSSFSheet sheet, CellRangeAddressList where, String prompt) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidationConstraint c = h.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, "32767", null);
        DataValidation dv = h.createValidation(c, where);
        dv.setShowErrorBox(false);
        finish(sheet, dv, prompt);
    }

    private void finish(XSSFSheet sheet, DataValidation dv, String prompt) {
        dv.setEmptyCellAllowed(true);
        if (prompt != null && !prompt.isBlank()) {
            dv.createPromptBox(cut(text.promptTitle(), TITLE_LIMIT), cut(prompt, PROMPT_LIMIT));
            dv.setShowPromptBox(true);
        }
        sheet.addValidationData(dv);
    }

    /** True when the labels can be written inline: short enough, and no comma or quote inside a label. */
    static boolean fitsExplicit(List<String> labels) {
        int length = labels.size() - 1;
        for (String l : labels) {
            if (l.indexOf(',') >= 0 || l.indexOf('"') >= 0) return false;
            length += l.length();
        }
        return length <= EXPLICIT_LIST_LIMIT;
    }

    /** The workbook name of a column of the hidden list sheet holding these labels (made on first use). */
    private String listName(List<String> labels) {
        String existing = names.get(labels);
        if (existing != null) return existing;
        if (lists == null) {
            lists = wb.createSheet(TemplateText.LIST_SHEET);
            wb.setSheetVisibility(wb.getSheetIndex(lists), SheetVisibility.HIDDEN);
        }
        int column = names.size();
        for (int i = 0; i < labels.size(); i++) {
            var row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
            row.createCell(column).setCellValue(labels.get(i));
        }
        String name = "choices_" + (column + 1);
        Name n = wb.createName();
        n.setNameName(name);
        AreaReference area = new AreaReference(new CellReference(TemplateText.LIST_SHEET, 0, column, true, true),
                new CellReference(TemplateText.LIST_SHEET, labels.size() - 1, column, true, true),
                SpreadsheetVersion.EXCEL2007);
        n.setRefersToFormula(area.formatAsString());
        names.put(List.copyOf(labels), name);
        return name;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
