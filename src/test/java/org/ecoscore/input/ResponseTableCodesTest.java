package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.ScaleKind;
import org.junit.jupiter.api.Test;

/**
 * A column with few distinct answers is kept as byte codes into its values; what comes back must be the very
 * bits that went in, whether the column is coded or (more than 256 distinct values) kept as doubles.
 */
class ResponseTableCodesTest {
    private static Question number(String code) {
        return new Question(code, "A1", Level.FIRM, "number", ScaleKind.NUMBER, null, false, Double.NaN,
                Double.NaN, false, 1, code, code, List.of(), 0);
    }

    @Test
    void answersComeBackBitForBit() {
        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM, List.of(number("Q1"), number("Q2")));
        b.addFile(new InputFile(0, "f.csv", Level.FIRM, "", "table", "", 0, null));
        int rows = 1000;
        double[] few = {1, 2, 3, 4, 5, 0.0, -0.0, 0.1 + 0.2};
        double[][] expected = new double[2][rows];
        for (int r = 0; r < rows; r++) {
            b.addRow(0, r + 2);
            // Q1: 8 distinct values plus missing, invalid and declared-missing cells (NaN)
            if (r % 11 == 3) {
                b.invalid(0, r);
                expected[0][r] = Double.NaN;
            } else if (r % 13 == 5) {
                expected[0][r] = Double.NaN; // never answered
            } else {
                b.answer(0, r, few[r % few.length]);
                expected[0][r] = few[r % few.length];
            }
            // Q2: 1000 distinct values: more than a byte can code
            b.answer(1, r, r / 7.0);
            expected[1][r] = r / 7.0;
        }
        ResponseTable t = b.build();
        for (int q = 0; q < 2; q++) {
            double[] column = t.raw(q);
            for (int r = 0; r < rows; r++) {
                long want = Double.doubleToRawLongBits(expected[q][r]);
                assertEquals(want, Double.doubleToRawLongBits(t.raw(q, r)), "Q" + (q + 1) + " row " + r);
                assertEquals(want, Double.doubleToRawLongBits(column[r]), "Q" + (q + 1) + " column row " + r);
            }
        }
        // −0.0 (row 6) and 0.0 (row 5) stay apart
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(t.raw(0, 6)));
        assertEquals(0L, Double.doubleToRawLongBits(t.raw(0, 5 + 8)));
    }
    /**
     * Answer columns grow in chunks of 8,192 rows: rows on both sides of a chunk border keep their answers and
     * statuses, and a dropped row (a repeated header, a file that turned out unreadable) leaves nothing behind
     * for the row that takes its place.
     */
    @Test
    void rowsAcrossChunkBordersAndDroppedRows() {
        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM, List.of(number("Q1")));
        b.addFile(new InputFile(0, "f.csv", Level.FIRM, "", "table", "", 0, null));
        int border = ResponseTable.Builder.CHUNK; // 8192
        for (int r = 0; r < border + 10; r++) {
            b.addRow(0, r + 2);
            if (r % 2 == 0) b.answer(0, r, r);
        }
        // indexes 0 … 8201; the even ones answered with their index
        b.dropLastRow();                // drops index 8201 (odd: not answered)
        b.dropLastRow();                // drops index 8200 (answered 8200)
        int r = b.addRow(0, 99);       // index 8200 again: must be missing, not 8200
        assertEquals(border + 8, r);
        b.invalid(0, border - 1);       // index 8191, the last row of the first chunk (odd: was missing)
        ResponseTable t = b.build();
        assertEquals(border + 9, t.rows());
        assertEquals(0.0, t.raw(0, 0));
        assertEquals(8190.0, t.raw(0, border - 2));          // even: its own index
        assertEquals(CellStatus.INVALID, t.status(0)[border - 1]);
        assertEquals(8192.0, t.raw(0, border));               // first row of the second chunk
        assertEquals(CellStatus.OK, t.status(0)[border]);
        assertEquals(Double.NaN, t.raw(0, border + 8));       // the row that replaced a dropped answered row
        assertEquals(CellStatus.MISSING, t.status(0)[border + 8]);
        assertEquals(99, t.rowNumber(border + 8));
        assertEquals(border + 9, t.raw(0).length);
    }
}
