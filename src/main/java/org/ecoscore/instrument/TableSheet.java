package org.ecoscore.instrument;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Question;

/**
 * Writes the table layout (SPEC §2): row 1 holds the metadata fields (first aliases) and then one
 * {@code CODE text} header per question; rows 2 to {@value #LAST_ROW} take one respondent each, their cells
 * unlocked and validated column by column.
 */
final class TableSheet {
    /** The last spreadsheet row (1-based) that carries validations. */
    static final int LAST_ROW = 1001;
    private static final int MIN_CHARS = 10;
    private static final int MAX_CHARS = 24;
    private static final int ID_CHARS = 22;
    /**
     * The widest table (in characters) still printed one page wide: about 1.5 landscape A4 pages, so the
     * print is scaled to no less than about two thirds. A wider table prints at full size across pages.
     */
    static final int FIT_WIDTH_CHARS = 200;
    /** Print scale (%) of a wider table: 11-point text prints at about 8 points, still readable. */
    static final short WIDE_SCALE = 70;
    private static final Set<MetaRole> IDENTIFYING = EnumSet.of(MetaRole.ID, MetaRole.NAME, MetaRole.REGION);

    private TableSheet() {
    }

    static void write(XSSFSheet sheet, TemplateContext ctx) {
        List<String> headers = new ArrayList<>();
        for (MetaField f : ctx.meta()) headers.add(f.label());
        for (Question q : ctx.questions()) headers.add(header(q, ctx.text().english()));

        XSSFRow row = sheet.createRow(0);
        int lines = 1;
        int totalChars = 0;
        for (int c = 0; c < headers.size(); c++) {
            String h = headers.get(c);
            XSSFCell cell = row.createCell(c);
            cell.setCellValue(h);
            cell.setCellStyle(ctx.styles().header);
            int chars = width(c, h, ctx);
            sheet.setColumnWidth(c, DisplayWidth.poiUnits(chars));
            totalChars += chars;
            sheet.setDefaultColumnStyle(c, ctx.styles().answerColumn);
            lines = Math.max(lines, DisplayWidth.lines(h, chars));
        }
        row.setHeightInPoints(lines * DisplayWidth.LINE_POINTS);
        for (int i = 0; i < ctx.questions().size(); i++) {
            AnswerChoices choices = ctx.choices(ctx.questions().get(i));
            if (choices.multi()) comment(sheet, row.getCell(ctx.meta().size() + i), choices.hint());
        }

        for (int c = 0; c < ctx.meta().size(); c++) {
            if (ctx.meta().get(c).role() == MetaRole.REGION) ctx.regionDropDown(sheet, column(c));
            if (ctx.meta().get(c).role() == MetaRole.CASE) ctx.caseDropDown(sheet, column(c));
        }
        for (int i = 0; i < ctx.questions().size(); i++) {
            ctx.answerValidation(sheet, column(ctx.meta().size() + i), ctx.questions().get(i));
        }

        sheet.createFreezePane(ctx.meta().isEmpty() ? 0 : 1, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        ctx.printAndProtect(sheet);
        if (totalChars > FIT_WIDTH_CHARS) printAcrossPages(sheet, ctx);
    }

    /**
     * A table too wide for one page prints across pages at {@value #WIDE_SCALE}% (fitted to one page wide, the text of
     * 60 questions would shrink to the printer's minimum scale and be unreadable), the header row and the
     * respondent's identifying column (the firm's id, the region) repeated on every page.
     */
    private static void printAcrossPages(XSSFSheet sheet, TemplateContext ctx) {
        sheet.setFitToPage(false);
        sheet.getPrintSetup().setScale(WIDE_SCALE);
        if (!ctx.meta().isEmpty() && IDENTIFYING.contains(ctx.meta().get(0).role())) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
        }
    }

    /**
     * A comment on a multi-select question's header cell with the whole hint (the input prompt is cut at 255
     * characters, the option list of a long scale is not).
     */
    private static void comment(XSSFSheet sheet, XSSFCell cell, String text) {
        var drawing = sheet.createDrawingPatriarch();
        var anchor = drawing.createAnchor(0, 0, 0, 0, cell.getColumnIndex(), 1, cell.getColumnIndex() + 4, 8);
        var comment = drawing.createCellComment(anchor);
        comment.setString(new org.apache.poi.xssf.usermodel.XSSFRichTextString(text));
        cell.setCellComment(comment);
    }

    /** {@code CODE text} in the language (SPEC §6). */
    static String header(Question q, boolean english) {
        String t = q.text(english);
        return t == null || t.isBlank() ? q.code() : q.code() + " " + t.strip();
    }

    private static int width(int c, String header, TemplateContext ctx) {
        int w = DisplayWidth.column(DisplayWidth.of(header), MIN_CHARS, MAX_CHARS);
        if (c < ctx.meta().size()) {
            MetaRole role = ctx.meta().get(c).role();
            if (role == MetaRole.ID) w = Math.max(w, ID_CHARS);
            if (role == MetaRole.REGION || role == MetaRole.NAME || role == MetaRole.CASE) w = Math.max(w, 16);
        } else {
            Question q = ctx.questions().get(c - ctx.meta().size());
            for (String l : ctx.choices(q).labels()) w = Math.max(w, DisplayWidth.column(DisplayWidth.of(l), 0, MAX_CHARS));
        }
        return w;
    }

    private static CellRangeAddressList column(int c) {
        return new CellRangeAddressList(1, LAST_ROW - 1, c, c);
    }
}
