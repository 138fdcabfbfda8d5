package org.ecoscore.report;

/**
 * The report's cell styles: a fixed table, the same in every workbook ({@link #XML}, the workbook's
 * {@code xl/styles.xml}), to which a cell refers by its index ({@code s}, see {@link Style}). Number formats
 * 0.0 / 0.000 / 0 / 0.0% / +0.0;-0.0;0.0 / +0;-0;0; bold, 16 pt and 12 pt bold and grey italic fonts; the grey
 * header fill with a thin bottom border, amber and red fills; wrapped, centred and top-aligned text; and for
 * every text style a quote-prefixed twin for text that could be taken for a formula (SPEC §5).
 */
final class Styles {
    /** A cell style: its index in the workbook's {@code cellXfs}. */
    record Style(int index) {
    }

    /** Background of an issue row by severity. */
    enum Fill { NONE, ERROR, WARNING }

    /** The default style (index 0): Calibri 11, general number format. */
    static final Style DEFAULT = new Style(0);

    final Style title = new Style(1);
    final Style subtitle = new Style(2);
    final Style header = new Style(3);
    /** {@link #header} without wrapping: a row label whose column is sized to fit it (Summary, profiles). */
    final Style label = new Style(4);
    final Style score = new Style(5);
    final Style fine = new Style(6);
    final Style integer = new Style(7);
    /** {@link #fine} on the warning (amber) fill: a value that needs attention, e.g. α &lt; 0.7. */
    final Style fineWarning = new Style(8);
    /** Grey italic 0.0: a score resting on fewer than {@link ReportData#FEW_FIRMS} firms. */
    final Style fewScore = new Style(9);
    /** Grey italic whole number (the n of such a region). */
    final Style fewInteger = new Style(10);
    /** A share in [0, 1] shown as a percentage to one decimal (obstacle degrees). */
    final Style percent = new Style(11);
    /** A change of scores with its sign: {@code +2.3}, {@code -1.0}, {@code 0.0}. */
    final Style change = new Style(12);
    /** Centred text that did not come from an input (rank then → now). */
    final Style centred = new Style(13);
    /** A change of a count with its sign: {@code +7}, {@code -5}, {@code 0}. */
    final Style changeCount = new Style(14);
    private static final int PARAGRAPH = 15;
    private static final int FEW_TEXT = 17;
    private static final int TEXT = 19;

    /** The styles part: number formats, fonts, fills, borders and the cell formats in the order of the indices above. */
    static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"5\"><numFmt numFmtId=\"164\" formatCode=\"0.0\"/><numFmt numFmtId=\"165\" formatCode=\"0.000\"/>"
            + "<numFmt numFmtId=\"166\" formatCode=\"0.0%\"/><numFmt numFmtId=\"167\" formatCode=\"+0.0;-0.0;0.0\"/>"
            + "<numFmt numFmtId=\"168\" formatCode=\"+0;-0;0\"/></numFmts>"
            + "<fonts count=\"5\"><font><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>"
            + "<scheme val=\"minor\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"16\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"12\"/><name val=\"Calibri\"/></font>"
            + "<font><i/><sz val=\"11\"/><color indexed=\"23\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"5\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFD980\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF4B6B6\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left/><right/><top/><bottom style=\"thin\"/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"25\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
            + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
            + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"3\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"4\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"1\" fontId=\"4\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"167\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"center\"/></xf>"
            + "<xf numFmtId=\"168\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"4\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"4\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"4\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"4\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\" applyFill=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\" applyFill=\"1\"/>"
            + "</cellXfs></styleSheet>";

    private static final Style[] ALL = new Style[25];

    static {
        for (int i = 0; i < ALL.length; i++) ALL[i] = new Style(i);
    }

    /** Grey italic text (a region on fewer than {@link ReportData#FEW_FIRMS} firms); quote-prefixed when risky. */
    Style fewText(String s) {
        return ALL[FEW_TEXT + (SafeText.risky(s) ? 1 : 0)];
    }

    /** Wrapped text aligned top (a sentence over merged cells); quote-prefixed when risky. */
    Style paragraph(String s) {
        return ALL[PARAGRAPH + (SafeText.risky(s) ? 1 : 0)];
    }

    /** Plain text style; quote-prefixed when the text could be taken for a formula (SPEC §5). */
    Style text(String s, Fill fill) {
        return ALL[TEXT + 2 * fill.ordinal() + (SafeText.risky(s) ? 1 : 0)];
    }
}
