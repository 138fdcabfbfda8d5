package org.ecoscore.instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.ecoscore.core.Text;

/**
 * The reading rules of SPEC §2 that a filled template must satisfy, applied by hand in the tests (the
 * project's reader is written elsewhere): where the header row is, which column or row each question and
 * metadata field is found in, and the text of its answer.
 */
final class ReadingRules {
    private static final DataFormatter FORMAT = new DataFormatter(java.util.Locale.ROOT);
    private static final Set<String> ID = Set.of("题号", "id", "题号/id");
    private static final Set<String> QUESTION = Set.of("题目", "question", "题目/question");
    private static final Set<String> ANSWER = Set.of("答案", "answer", "答案/answer");

    private ReadingRules() {
    }

    static String text(Sheet s, int row, int col) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null ? "" : FORMAT.formatCellValue(c);
    }

    /** First token of a header (split on white space or 、 : ： ） )). */
    static String firstToken(String header) {
        String n = Text.normalise(header);
        return n.split("[\\s、:：）)]+", 2)[0];
    }

    /** Table layout: the 0-based header row (first of the first 10 with a cell matching a code), or -1. */
    static int tableHeaderRow(Sheet s, List<String> codes) {
        for (int r = 0; r < 10; r++) {
            Row row = s.getRow(r);
            if (row == null) continue;
            for (Cell c : row) {
                String t = FORMAT.formatCellValue(c);
                for (String code : codes) {
                    if (firstToken(t).equals(Text.normalise(code))) return r;
                }
            }
        }
        return -1;
    }

    /** Table layout: header text → column, for the given header row. */
    static Map<String, Integer> tableColumns(Sheet s, int headerRow) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Cell c : s.getRow(headerRow)) out.put(FORMAT.formatCellValue(c), c.getColumnIndex());
        return out;
    }

    /** Form layout: {header row, 题号 column, 题目 column, 答案 column} (0-based), or null. */
    static int[] formHeader(Sheet s) {
        for (int r = 0; r < 40; r++) {
            Row row = s.getRow(r);
            if (row == null) continue;
            int id = -1;
            int q = -1;
            int a = -1;
            for (Cell c : row) {
                if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) continue;
                String t = Text.normalise(c.getStringCellValue()).replace(" ", "");
                if (id < 0 && ID.contains(t)) id = c.getColumnIndex();
                else if (q < 0 && QUESTION.contains(t)) q = c.getColumnIndex();
                else if (a < 0 && ANSWER.contains(t)) a = c.getColumnIndex();
            }
            if (id >= 0 && q >= 0 && a >= 0) return new int[] {r, id, q, a};
        }
        return null;
    }

    /** Form layout: metadata label → the first non-empty cell to its right, for the rows above the header. */
    static Map<String, String> formMeta(Sheet s, Set<String> labels) {
        int header = formHeader(s)[0];
        Map<String, String> out = new LinkedHashMap<>();
        for (int r = 0; r < header; r++) {
            Row row = s.getRow(r);
            if (row == null) continue;
            for (int c = 0; c < row.getLastCellNum(); c++) {
                String t = text(s, r, c);
                if (!labels.contains(t)) continue;
                int v = c + 1;
                while (v < row.getLastCellNum() && text(s, r, v).isBlank()) v++;
                if (v < row.getLastCellNum()) out.put(t, text(s, r, v));
                c = v;
            }
        }
        return out;
    }

    /** Form layout: question code (the 题号 cell) → its 答案 text, for the rows below the header. */
    static Map<String, String> formAnswers(Sheet s, Set<String> codes) {
        int[] h = formHeader(s);
        Map<String, String> out = new LinkedHashMap<>();
        for (int r = h[0] + 1; r <= s.getLastRowNum(); r++) {
            String code = text(s, r, h[1]).strip();
            if (codes.contains(code)) out.put(code, text(s, r, h[3]));
        }
        return out;
    }
}
