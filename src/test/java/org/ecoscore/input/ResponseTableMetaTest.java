package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecoscore.core.Level;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.ScaleKind;
import org.junit.jupiter.api.Test;

/**
 * Names are kept as characters (not a String per row) and metadata or time columns no row fills are not kept
 * at all; what comes back must be what went in, across the builder's growth and a dropped row.
 */
class ResponseTableMetaTest {
    private static Question number(String code) {
        return new Question(code, "A1", Level.FIRM, "number", ScaleKind.NUMBER, null, false, Double.NaN,
                Double.NaN, false, 1, code, code, List.of(), 0);
    }

    /** Row r's name: blank every 7th row, otherwise Chinese, Latin, an emoji (a surrogate pair) or a lone surrogate. */
    private static String name(int r) {
        if (r % 7 == 3) return null;
        return switch (r % 4) {
            case 0 -> "企业" + r;
            case 1 -> "Firm " + r + " Ltd.";
            case 2 -> "\uD83D\uDE80 火箭" + r;
            default -> "broken \uD800 " + r;
        };
    }

    @Test
    void namesAndIdsComeBackAsWrittenAndUnfilledColumnsAreBlank() {
        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM, List.of(number("Q1")));
        b.addFile(new InputFile(0, "f.csv", Level.FIRM, "", "table", "", 0, null));
        int rows = 1000; // the builder starts with room for 64 rows and grows several times
        for (int r = 0; r < rows; r++) {
            int row = b.addRow(0, r + 2);
            b.meta(MetaRole.ID, row, "ID" + r);
            b.meta(MetaRole.NAME, row, name(r));
            if (r == 500) {
                // a repeated header read as a row, then dropped: the next row must not inherit its name
                b.meta(MetaRole.NAME, row, "企业名称");
                b.dropLastRow();
                row = b.addRow(0, r + 2);
                b.meta(MetaRole.ID, row, "ID" + r);
                b.meta(MetaRole.NAME, row, name(r));
            }
        }
        ResponseTable t = b.build();
        assertEquals(rows, t.rows());
        for (int r = 0; r < rows; r++) {
            assertEquals("ID" + r, t.meta(MetaRole.ID, r));
            assertEquals(name(r), t.meta(MetaRole.NAME, r), "row " + r);
            assertNull(t.meta(MetaRole.INDUSTRY, r));
            assertNull(t.meta(MetaRole.REGION, r));
            assertTrue(Double.isNaN(t.submitted(r)));
            assertTrue(Double.isNaN(t.duration(r)));
        }
    }

    @Test
    void aTimeColumnFilledPartwayKeepsEarlierRowsBlank() {
        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM, List.of(number("Q1")));
        b.addFile(new InputFile(0, "f.csv", Level.FIRM, "", "table", "", 0, null));
        for (int r = 0; r < 300; r++) {
            int row = b.addRow(0, r + 2);
            if (r >= 100) b.duration(row, r * 1.5);
            if (r == 299) b.meta(MetaRole.INDUSTRY, row, "制造业");
        }
        ResponseTable t = b.build();
        assertTrue(Double.isNaN(t.duration(99)));
        assertEquals(150.0, t.duration(100)); // 100 × 1.5
        assertEquals(448.5, t.duration(299)); // 299 × 1.5
        assertTrue(Double.isNaN(t.submitted(200)));
        assertNull(t.meta(MetaRole.INDUSTRY, 298));
        assertEquals("制造业", t.meta(MetaRole.INDUSTRY, 299));
    }
}
