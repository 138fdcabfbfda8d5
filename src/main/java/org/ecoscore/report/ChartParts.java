package org.ecoscore.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Chart parts written as plain XML rather than built through XDDF and XMLBeans — the bar and radar charts of Summary,
 * Regions, the profile sheets (one per region) and Agreement: the same XML {@link Charts#bar} and
 * {@link Charts#radar} make over the same cells (categories from the cells' text, values from their numbers, a cell
 * without one left out of the cache; a bar chart's legend when there is more than one series), put on the
 * {@link XlsxSheet} with its place (the workbook writes the drawing, anchor and relationships). One workbook, one
 * thread.
 */
final class ChartParts {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><c:chart><c:title><c:tx><c:rich>"
            + "<a:bodyPr anchor=\"t\" rtlCol=\"false\"/><a:lstStyle/><a:p><a:pPr algn=\"l\"><a:defRPr/></a:pPr><a:r>"
            + "<a:rPr lang=\"";
    private static final String AFTER_TITLE = "</a:t></a:r><a:endParaRPr lang=\"en-US\" sz=\"1100\"/></a:p></c:rich>"
            + "</c:tx><c:layout/><c:overlay val=\"false\"/></c:title><c:plotArea><c:layout/>";
    private static final String AX_IDS = "<c:axId val=\"0\"/><c:axId val=\"1\"/>";
    private static final String CAT_AXIS_TICKS = "<c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/>"
            + "<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:auto val=\"false\"/>";
    private static final String SKIP_NONE = "<c:tickLblSkip val=\"1\"/><c:tickMarkSkip val=\"1\"/>";
    private static final String VAL_AXIS = "<c:valAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/>"
            + "<c:max val=\"100.0\"/><c:min val=\"0.0\"/></c:scaling><c:delete val=\"false\"/><c:axPos val=\"";
    private static final String VAL_AXIS_END = "\"/><c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/>"
            + "<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"0\"/><c:crosses val=\"autoZero\"/>"
            + "<c:crossBetween val=\"midCat\"/></c:valAx></c:plotArea>";
    private static final String LEGEND = "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"false\"/></c:legend>";
    private static final String TAIL = "<c:plotVisOnly val=\"true\"/></c:chart><c:printSettings><c:headerFooter/>"
            + "<c:pageMargins b=\"0.75\" l=\"0.7\" r=\"0.7\" t=\"0.75\" header=\"0.3\" footer=\"0.3\"/><c:pageSetup/>"
            + "</c:printSettings></c:chartSpace>";
    /** {@link Charts}' series colours in order, as {@code srgbClr} values. */
    private static final String[] COLOURS = {"1F4E79", "ED7D31", "70AD47", "C00000", "7030A0", "7F7F7F"};

    /**
     * A bar chart at {@code p} on {@code sheet} over cells already written: as
     * {@code Charts.bar(sheet, p, title, categories, series, horizontal)}.
     */
    void bar(XlsxSheet sheet, Charts.Place p, String title, CellRangeAddress categories, List<Charts.Series> series,
             boolean horizontal) {
        put(sheet, p, barXml(sheet, title, categories, series, horizontal));
    }

    /** A radar chart at {@code p} on {@code sheet} over cells already written: as {@code Charts.radar}. */
    void radar(XlsxSheet sheet, Charts.Place p, String title, CellRangeAddress categories, List<Charts.Series> series) {
        put(sheet, p, radarXml(sheet, title, categories, series));
    }

    /** The chart at {@code p} on {@code sheet}. */
    private static void put(XlsxSheet sheet, Charts.Place p, String chartXml) {
        sheet.addChart(p, chartXml.getBytes(StandardCharsets.UTF_8));
    }

    /** The chart part's XML of {@link #bar}. */
    static String barXml(XlsxSheet sheet, String title, CellRangeAddress categories, List<Charts.Series> series,
                         boolean horizontal) {
        StringBuilder b = head(title);
        b.append("<c:barChart><c:barDir val=\"").append(horizontal ? "bar" : "col")
                .append("\"/><c:varyColors val=\"false\"/>");
        series(b, sheet, categories, series, false);
        b.append(AX_IDS).append("</c:barChart><c:catAx><c:axId val=\"0\"/><c:scaling><c:orientation val=\"")
                .append(horizontal ? "maxMin" : "minMax").append("\"/></c:scaling><c:delete val=\"false\"/><c:axPos val=\"")
                .append(horizontal ? "l" : "b").append("\"/>").append(CAT_AXIS_TICKS).append(SKIP_NONE)
                .append("</c:catAx>").append(VAL_AXIS).append(horizontal ? "b" : "l").append(VAL_AXIS_END);
        if (series.size() > 1) b.append(LEGEND);
        return b.append(TAIL).toString();
    }

    /** The chart part's XML of {@link #radar}. */
    static String radarXml(XlsxSheet sheet, String title, CellRangeAddress categories, List<Charts.Series> series) {
        StringBuilder b = head(title);
        b.append("<c:radarChart><c:radarStyle val=\"marker\"/><c:varyColors val=\"false\"/>");
        series(b, sheet, categories, series, true);
        b.append(AX_IDS).append("</c:radarChart><c:catAx><c:axId val=\"0\"/><c:scaling><c:orientation val=\"minMax\"/>"
                + "</c:scaling><c:delete val=\"false\"/><c:axPos val=\"b\"/>").append(CAT_AXIS_TICKS).append("</c:catAx>")
                .append(VAL_AXIS).append('l').append(VAL_AXIS_END).append(LEGEND);
        return b.append(TAIL).toString();
    }

    /** The chart space up to its plot area's chart element, with the title. */
    private static StringBuilder head(String title) {
        StringBuilder b = new StringBuilder(4096);
        b.append(HEAD);
        // the title run's language: the JVM's locale, as XDDF sets it
        escaped(b, org.apache.poi.util.LocaleUtil.getUserLocale().toLanguageTag());
        b.append("\"/><a:t>");
        escaped(b, title);
        return b.append(AFTER_TITLE);
    }

    /**
     * The series: name, shape (bars: fill and a 0.75 pt outline; {@code lines}: a 2 pt line) in the series colour,
     * category and value references with their caches.
     */
    private static void series(StringBuilder b, XlsxSheet sheet, CellRangeAddress categories,
                               List<Charts.Series> series, boolean lines) {
        if (series.isEmpty()) throw new IllegalArgumentException("a chart needs a series");
        String sheetName = sheet.name();
        String catRef = categories.formatAsString(sheetName, true);
        String[] cats = new String[categories.getNumberOfCells()];
        for (int i = 0; i < cats.length; i++) cats[i] = text(cell(sheet, categories, i));
        for (int k = 0; k < series.size(); k++) {
            Charts.Series s = series.get(k);
            String colour = COLOURS[k % COLOURS.length];
            b.append("<c:ser><c:idx val=\"").append(k).append("\"/><c:order val=\"").append(k)
                    .append("\"/><c:tx><c:v>");
            escaped(b, s.title());
            b.append("</c:v></c:tx><c:spPr>");
            if (lines) {
                b.append("<a:ln w=\"25400\"><a:solidFill><a:srgbClr val=\"").append(colour)
                        .append("\"/></a:solidFill></a:ln>");
            } else {
                b.append("<a:solidFill><a:srgbClr val=\"").append(colour)
                        .append("\"/></a:solidFill><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"").append(colour)
                        .append("\"/></a:solidFill></a:ln>");
            }
            b.append("</c:spPr><c:cat><c:strRef><c:f>");
            escaped(b, catRef);
            b.append("</c:f>");
            cache(b, "strCache", cats);
            b.append("</c:strRef></c:cat><c:val><c:numRef><c:f>");
            escaped(b, s.values().formatAsString(sheetName, true));
            b.append("</c:f>");
            String[] vals = new String[s.values().getNumberOfCells()];
            for (int i = 0; i < vals.length; i++) {
                XlsxSheet.Cell c = cell(sheet, s.values(), i);
                if (c != null && c.text() == null) vals[i] = Double.toString(c.number());
            }
            cache(b, "numCache", vals);
            b.append("</c:numRef></c:val></c:ser>");
        }
    }

    /** A string or number cache: the point count (when any point has a value) and the points that do. */
    private static void cache(StringBuilder b, String name, String[] points) {
        boolean any = false;
        for (String p : points) any |= p != null;
        if (!any) {
            b.append("<c:").append(name).append("/>");
            return;
        }
        b.append("<c:").append(name).append("><c:ptCount val=\"").append(points.length).append("\"/>");
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null) continue;
            b.append("<c:pt idx=\"").append(i).append("\"><c:v>");
            escaped(b, points[i]);
            b.append("</c:v></c:pt>");
        }
        b.append("</c:").append(name).append('>');
    }

    /** The i-th cell of {@code range}, row by row, or null. */
    private static XlsxSheet.Cell cell(XlsxSheet sheet, CellRangeAddress range, int i) {
        int width = range.getLastColumn() - range.getFirstColumn() + 1;
        return sheet.cell(range.getFirstRow() + i / width, range.getFirstColumn() + i % width);
    }

    /** A text cell's text, else null (as XDDF's string data source). */
    private static String text(XlsxSheet.Cell c) {
        return c == null ? null : c.text();
    }

    /**
     * {@code s} as XML element content, escaped as XMLBeans writes it: {@code <} and {@code &} always, {@code >} only
     * where it would end {@code ]]>}, CR as a character reference, and a character XML 1.0 cannot hold (a control
     * character, a lone surrogate, U+FFFE, U+FFFF) as {@code ?}.
     */
    static void escaped(StringBuilder b, String s) {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '&' -> b.append("&amp;");
                case '>' -> b.append(i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']' ? "&gt;" : ">");
                case '\r' -> b.append("&#13;");
                case '\n', '\t' -> b.append(c);
                default -> {
                    if (c < 0x20 || c >= 0xFFFE) {
                        b.append('?');
                    } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        b.append('?');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }
}
