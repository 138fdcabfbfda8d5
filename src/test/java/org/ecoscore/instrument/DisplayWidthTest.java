package org.ecoscore.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Column widths from text length, CJK counted double. */
class DisplayWidthTest {
    @Test
    void cjkCountsDoubleInWidths() {
        assertEquals(8, DisplayWidth.of("政策清晰"));
        assertEquals(11, DisplayWidth.of("Q1 政策清晰"));
        assertEquals(4, DisplayWidth.of("（）"), "full-width brackets");
        assertEquals(5, DisplayWidth.of("abcde\n政策"), "the widest line: 5 against 4");
    }

    @Test
    void wrappedLinesUseTheColumnWidthLessOneOfPadding() {
        // 12 ideographs = 24 wide; a 10-character column holds 9 per line → 3 lines
        assertEquals(3, DisplayWidth.lines("政策清晰政策清晰政策清晰", 10));
        assertEquals(1, DisplayWidth.lines("", 10));
        assertEquals(2, DisplayWidth.lines("a\nb", 10));
    }

    @Test
    void columnWidthIsTextPlusTwoWithinBounds() {
        assertEquals(13, DisplayWidth.column(11, 10, 24));
        assertEquals(10, DisplayWidth.column(3, 10, 24));
        assertEquals(24, DisplayWidth.column(40, 10, 24));
    }
}
