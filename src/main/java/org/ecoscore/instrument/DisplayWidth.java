package org.ecoscore.instrument;

import org.ecoscore.core.Text;

/**
 * How wide a text prints in a spreadsheet column, counted in Latin characters: CJK ideographs, kana,
 * hangul, full-width forms and CJK punctuation count double. Used for column widths and row heights of
 * the templates.
 */
final class DisplayWidth {
    /**
     * Points per printed line of the default 11-point font. CJK fonts (等线, Microsoft YaHei, Noto Sans CJK)
     * need about 1.45 em per line, more than the 15 points of a Latin row: at 15 the second line of a wrapped
     * Chinese note was cut off in print.
     */
    static final float LINE_POINTS = 16.5f;

    private DisplayWidth() {
    }

    /** The width of the widest line of a text (lines split on '\n'). */
    static int of(String text) {
        int widest = 0;
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                widest = Math.max(widest, w);
                w = 0;
            } else {
                w += isWide(cp) ? 2 : 1;
            }
        }
        return Math.max(widest, w);
    }

    /** True for code points that print two columns wide ({@link Text#isWide}). */
    static boolean isWide(int cp) {
        return Text.isWide(cp);
    }

    /** A column width (in characters) for texts of this width: width + 2 of padding, within [min, max]. */
    static int column(int textWidth, int min, int max) {
        return Math.max(min, Math.min(max, textWidth + 2));
    }

    /** How many lines a text takes when wrapped in a column this many characters wide (at least 1). */
    static int lines(String text, int columnChars) {
        int usable = Math.max(1, columnChars - 1);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (of(line) + usable - 1) / usable);
        }
        return Math.max(1, lines);
    }

    /** POI column width units (1/256 of a character) for a width in characters. */
    static int poiUnits(int chars) {
        return Math.min(255, chars) * 256;
    }
}
