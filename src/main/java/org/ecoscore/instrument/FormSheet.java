package org.ecoscore.instrument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.ecoscore.framework.FrameworkDisplay;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.Question;

/**
 * Writes the form layout (SPEC §2), one respondent per file, as the form reader reads it back:
 * <pre>
 *   A                  | B            | C     | D
 *   title
 *   统一社会信用代码     | (answer)                      ← metadata: first alias in A, value in B, nothing after
 *   …
 *   题号               | 题目          | 答案   | 说明  ← the form header
 *   A1 国家战略需求                                    ← element heading (merged A:D, nothing in 答案)
 *   A1_1               | question text | (answer) | hint
 * </pre>
 * Questions are grouped under the nodes above them, depth first in framework.csv order.
 */
final class FormSheet {
    static final int CODE = 0;
    static final int QUESTION = 1;
    static final int ANSWER = 2;
    static final int NOTE = 3;
    private static final int QUESTION_CHARS = 60;
    private static final int NOTE_CHARS = 36;

    private FormSheet() {
    }

    static void write(XSSFSheet sheet, TemplateContext ctx) {
        TemplateStyles st = ctx.styles();
        int codeChars = DisplayWidth.column(widest(codeTexts(ctx)), 8, 24);
        int answerChars = 14;
        for (Question q : ctx.questions()) {
            for (String l : ctx.choices(q).labels()) answerChars = Math.max(answerChars, DisplayWidth.of(l) + 4);
        }
        answerChars = Math.min(answerChars, 24);
        sheet.setColumnWidth(CODE, DisplayWidth.poiUnits(codeChars));
        sheet.setColumnWidth(QUESTION, DisplayWidth.poiUnits(QUESTION_CHARS));
        sheet.setColumnWidth(ANSWER, DisplayWidth.poiUnits(answerChars));
        sheet.setColumnWidth(NOTE, DisplayWidth.poiUnits(NOTE_CHARS));

        int r = 0;
        XSSFRow title = sheet.createRow(r++);
        cell(title, CODE, ctx.text().title(FrameworkDisplay.name(ctx.framework(), ctx.text().english()), ctx.source()), st.title);
        title.setHeightInPoints(2 * DisplayWidth.LINE_POINTS);
        for (MetaField f : ctx.meta()) {
            XSSFRow row = sheet.createRow(r);
            cell(row, CODE, f.label(), st.label);
            row.createCell(QUESTION).setCellStyle(st.answer);
            if (f.role() == MetaRole.REGION) ctx.regionDropDown(sheet, new CellRangeAddressList(r, r, QUESTION, QUESTION));
            if (f.role() == MetaRole.CASE) ctx.caseDropDown(sheet, new CellRangeAddressList(r, r, QUESTION, QUESTION));
            r++;
        }
        r++;
        int headerRow = r++;
        XSSFRow header = sheet.createRow(headerRow);
        List<String> names = ctx.text().formHeader();
        for (int c = 0; c < names.size(); c++) cell(header, c, names.get(c), st.header);

        for (FormItem item : items(ctx)) {
            XSSFRow row = sheet.createRow(r);
            if (item.heading() != null) {
                Node n = item.heading();
                cell(row, CODE, n.code() + " " + n.name(ctx.text().english()), st.heading);
                for (int c = QUESTION; c <= NOTE; c++) row.createCell(c).setCellStyle(st.heading);
                sheet.addMergedRegion(new CellRangeAddress(r, r, CODE, NOTE));
            } else {
                Question q = item.question();
                String text = q.text(ctx.text().english());
                String hint = ctx.choices(q).hint();
                cell(row, CODE, q.code(), st.code);
                cell(row, QUESTION, text == null ? "" : text, st.text);
                row.createCell(ANSWER).setCellStyle(st.answer);
                cell(row, NOTE, hint, st.note);
                ctx.answerValidation(sheet, new CellRangeAddressList(r, r, ANSWER, ANSWER), q);
                int lines = Math.max(DisplayWidth.lines(text == null ? "" : text, QUESTION_CHARS),
                        DisplayWidth.lines(hint, NOTE_CHARS));
                row.setHeightInPoints(lines * DisplayWidth.LINE_POINTS);
            }
            r++;
        }
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        ctx.printAndProtect(sheet);
    }

    /**
     * The rows below the header: for every node with a question of the source beneath it, depth first in
     * framework.csv order, the node (a heading) then its own questions; questions right under the root
     * come first, without a heading.
     */
    static List<FormItem> items(TemplateContext ctx) {
        Map<String, List<Node>> childNodes = new LinkedHashMap<>();
        Map<String, List<Question>> childQuestions = new LinkedHashMap<>();
        for (Node n : ctx.framework().nodes()) childNodes.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n);
        Set<String> withQuestions = new HashSet<>();
        Map<String, Node> byCode = new LinkedHashMap<>();
        for (Node n : ctx.framework().nodes()) byCode.put(n.code(), n);
        for (Question q : ctx.questions()) {
            childQuestions.computeIfAbsent(q.parent(), k -> new ArrayList<>()).add(q);
            String p = q.parent();
            while (p != null && !p.isEmpty() && withQuestions.add(p)) {
                Node n = byCode.get(p);
                p = n == null ? null : n.parent();
            }
        }
        List<FormItem> out = new ArrayList<>();
        Node root = ctx.framework().root();
        for (Question q : childQuestions.getOrDefault(root.code(), List.of())) out.add(new FormItem(null, q));
        addChildren(root.code(), childNodes, childQuestions, withQuestions, out);
        return out;
    }

    private static void addChildren(String parent, Map<String, List<Node>> childNodes,
                                    Map<String, List<Question>> childQuestions, Set<String> withQuestions,
                                    List<FormItem> out) {
        for (Node n : childNodes.getOrDefault(parent, List.of())) {
            if (!withQuestions.contains(n.code())) continue;
            out.add(new FormItem(n, null));
            for (Question q : childQuestions.getOrDefault(n.code(), List.of())) out.add(new FormItem(null, q));
            addChildren(n.code(), childNodes, childQuestions, withQuestions, out);
        }
    }

    /** A row below the form header: an element heading (node) or a question; exactly one is set. */
    record FormItem(Node heading, Question question) {
    }

    private static List<String> codeTexts(TemplateContext ctx) {
        List<String> t = new ArrayList<>(ctx.text().formHeader().subList(0, 1));
        for (MetaField f : ctx.meta()) t.add(f.label());
        for (Question q : ctx.questions()) t.add(q.code());
        return t;
    }

    private static int widest(List<String> texts) {
        int w = 0;
        for (String s : texts) w = Math.max(w, DisplayWidth.of(s));
        return w;
    }

    private static void cell(XSSFRow row, int column, String value, CellStyle style) {
        XSSFCell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
