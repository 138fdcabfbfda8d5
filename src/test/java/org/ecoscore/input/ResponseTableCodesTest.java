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

    /**
     * Full chunks are coded while the table is read (so that a large batch is not held as doubles): a column
     * whose 257th distinct value first comes in its fourth chunk goes back to doubles; rows dropped back across
     * two coded chunks (a file that turned out unreadable) and written again; a few values coded across five
     * chunks. Every answer comes back bit for bit, and each status with it.
     */
    @Test
    void chunksCodedWhileReadingComeBackBitForBit() {
        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM,
                List.of(number("few"), number("late"), number("dropped")));
        b.addFile(new InputFile(0, "f.csv", Level.FIRM, "", "table", "", 0, null));
        int chunk = ResponseTable.Builder.CHUNK;
        double[] few = {3, 1, -0.0, 0.0, 2.5};
        // the expected answer of each question and row; NaN bits for a missing or invalid cell
        java.util.List<double[]> want = new java.util.ArrayList<>();
        java.util.List<byte[]> wantStatus = new java.util.ArrayList<>();
        int total = 5 * chunk + 17;
        for (int r = 0; r < total; r++) {
            if (r == 3 * chunk + 100) {
                // rows from 2·chunk − 50 on dropped (two chunks back, both already coded), then read again
                while (b.rows() > 2 * chunk - 50) {
                    b.dropLastRow();
                    want.remove(want.size() - 1);
                    wantStatus.remove(wantStatus.size() - 1);
                }
            }
            int row = b.addRow(0, want.size() + 2);
            int i = want.size();
            double[] v = new double[3];
            byte[] st = new byte[3];
            v[0] = few[i % few.length];
            b.answer(0, row, v[0]);
            st[0] = CellStatus.OK;
            // "late": 0 … 199 repeated until the fourth chunk, then every row its own value
            v[1] = i < 3 * chunk ? i % 200 : i / 3.0;
            b.answer(1, row, v[1]);
            st[1] = CellStatus.OK;
            if (i % 7 == 0) {
                b.invalid(2, row);
                v[2] = Double.NaN;
                st[2] = CellStatus.INVALID;
            } else {
                // a value the rows dropped above gave only (r), so the codebook may hold values no row keeps
                v[2] = r < 3 * chunk + 100 ? (r % 3) + 0.5 : (i % 3) + 10;
                b.answer(2, row, v[2]);
                st[2] = CellStatus.OK;
            }
            want.add(v);
            wantStatus.add(st);
        }
        ResponseTable t = b.build();
        assertEquals(want.size(), t.rows());
        for (int q = 0; q < 3; q++) {
            double[] column = t.raw(q);
            byte[] status = t.status(q);
            for (int r = 0; r < t.rows(); r++) {
                long bits = Double.doubleToRawLongBits(want.get(r)[q]);
                assertEquals(bits, Double.doubleToRawLongBits(t.raw(q, r)), "question " + q + " row " + r);
                assertEquals(bits, Double.doubleToRawLongBits(column[r]), "question " + q + " column row " + r);
                assertEquals(wantStatus.get(r)[q], status[r], "question " + q + " status row " + r);
            }
        }
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(t.raw(0, 2)));
    }
}
