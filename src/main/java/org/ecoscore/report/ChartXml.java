package org.ecoscore.report;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The XML of a report's chart parts, built from plain values: the sheet's name, the cell ranges the chart refers
 * to, the category texts and each series' cached values — never from a workbook, so that whatever writes the cells
 * can write their charts too. The XML is byte for byte what XDDF and XMLBeans save for the same chart over the
 * same cells (categories from the cells' text, values from their numbers, a cell without one left out of the
 * cache), as {@code ChartPartsTest} checks against POI. {@link ChartParts} puts the parts on the report's sheets.
 */
final class ChartXml {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><c:chart><c:title><c:tx><c:rich>"
            + "<a:bodyPr anchor=\"t\" rtlCol=\"false\"/><a:lstStyle/><a:p><a:pPr algn=\"l\"><a:defRPr/></a:pPr><a:r>"
            + "<a:rPr lang=\"";
    private static final String AFTER_TITLE = "</a:t></a:r><a:endParaRPr lang=\"en-US\" sz=\"1100\"/></a:p></c:rich>"
            + "</c:tx><c:layout/><c:overlay val=\"false\"/></c:title><c:plotArea><c:layout/>";
    private static final String AX_IDS = "<c:axId val=\"0\"/><c:axId val=\"1\"/>";
    private static final String LEGEND = "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"false\"/></c:legend>";
    /** A legend without the first series' entry (the invisible base of the rank intervals). */
    private static final String LEGEND_BUT_FIRST = "<c:legend><c:legendPos val=\"b\"/><c:legendEntry><c:idx val=\"0\"/>"
            + "<c:delete val=\"true\"/></c:legendEntry><c:overlay val=\"false\"/></c:legend>";
    private static final String TAIL = "<c:plotVisOnly val=\"true\"/></c:chart><c:printSettings><c:headerFooter/>"
            + "<c:pageMargins b=\"0.75\" l=\"0.7\" r=\"0.7\" t=\"0.75\" header=\"0.3\" footer=\"0.3\"/><c:pageSetup/>"
            + "</c:printSettings></c:chartSpace>";
    /** The series colours in order (blue, orange, green, red, purple, grey), as {@code srgbClr} values. */
    private static final String[] COLOURS = {"1F4E79", "ED7D31", "70AD47", "C00000", "7030A0", "7F7F7F"};
    /** A diverging chart's rises and falls. */
    private static final String GREEN = "63BE7B";
    private static final String RED = "F8696B";
    private static final String INVISIBLE = "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>";
    private static final String NO_LINE = "<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>";
    private static final String NOT_INVERTED = "<c:invertIfNegative val=\"false\"/>";

    /**
     * One series as plain values: its name, the cells of its values and their cached numbers as XML writes them
     * ({@link Double#toString}), null where a cell holds no number.
     */
    record Column(String title, CellRangeAddress ref, String[] cache) {
        Column {
            if (cache.length != ref.getNumberOfCells()) {
                throw new IllegalArgumentException(cache.length + " values for " + ref.getNumberOfCells() + " cells");
            }
        }

        /** The series of {@code values}, NaN where a cell holds no number. */
        static Column of(String title, CellRangeAddress ref, double[] values) {
            String[] cache = new String[values.length];
            for (int i = 0; i < values.length; i++) if (!Double.isNaN(values[i])) cache[i] = Double.toString(values[i]);
            return new Column(title, ref, cache);
        }
    }

    private ChartXml() {
    }

    /**
     * A bar chart (columns, or bars from the top when {@code horizontal}) on a 0–100 value axis, every category
     * labelled, a legend when there is more than one series. {@code categories}: the cells of the category texts
     * {@code cats} (null: a cell without text).
     */
    static String bar(String sheet, String title, CellRangeAddress categories, String[] cats, List<Column> series,
                      boolean horizontal) {
        return bar(sheet, title, categories, cats, series, horizontal, null);
    }

    /**
     * A column chart as {@link #bar}, with custom symmetric error bars (± the values of the cells
     * {@code halfWidths}, drawn in black) on the first series.
     */
    static String errorBars(String sheet, String title, CellRangeAddress categories, String[] cats,
                            List<Column> series, CellRangeAddress halfWidths) {
        return bar(sheet, title, categories, cats, series, false, halfWidths);
    }

    private static String bar(String sheet, String title, CellRangeAddress categories, String[] cats,
                              List<Column> series, boolean horizontal, CellRangeAddress halfWidths) {
        if (series.isEmpty()) throw new IllegalArgumentException("a chart needs a series");
        StringBuilder b = head(title);
        b.append("<c:barChart><c:barDir val=\"").append(horizontal ? "bar" : "col")
                .append("\"/><c:varyColors val=\"false\"/>");
        String catRef = categories.formatAsString(sheet, true);
        for (int k = 0; k < series.size(); k++) {
            String extra = k == 0 && halfWidths != null ? errBars(halfWidths.formatAsString(sheet, true)) : "";
            ser(b, k, series.get(k), solid(COLOURS[k % COLOURS.length]), extra, catRef, cats, sheet, "");
        }
        b.append(AX_IDS).append("</c:barChart>");
        catAxis(b, horizontal ? "maxMin" : "minMax", horizontal ? "l" : "b", "nextTo", true);
        valAxis(b, "minMax", true, horizontal ? "b" : "l", "autoZero");
        b.append("</c:plotArea>");
        if (series.size() > 1) b.append(LEGEND);
        return b.append(TAIL).toString();
    }

    /** A radar chart with markers on a 0–100 value axis, one line per series, with a legend. */
    static String radar(String sheet, String title, CellRangeAddress categories, String[] cats, List<Column> series) {
        if (series.isEmpty()) throw new IllegalArgumentException("a chart needs a series");
        StringBuilder b = head(title);
        b.append("<c:radarChart><c:radarStyle val=\"marker\"/><c:varyColors val=\"false\"/>");
        String catRef = categories.formatAsString(sheet, true);
        for (int k = 0; k < series.size(); k++) {
            String colour = COLOURS[k % COLOURS.length];
            ser(b, k, series.get(k), "<c:spPr><a:ln w=\"25400\"><a:solidFill><a:srgbClr val=\"" + colour
                    + "\"/></a:solidFill></a:ln></c:spPr>", "", catRef, cats, sheet, "");
        }
        b.append(AX_IDS).append("</c:radarChart>");
        catAxis(b, "minMax", "b", "nextTo", false);
        valAxis(b, "minMax", true, "l", "autoZero");
        return b.append("</c:plotArea>").append(LEGEND).append(TAIL).toString();
    }

    /**
     * A horizontal bar chart of changes (one series, categories from the top): a bar whose value is below 0
     * ({@code values}, NaN for none) in red, the others in green, never inverted; category labels at the low
     * end of the value axis so they never sit on a bar, the value axis fitted to the data and crossing at the
     * last category.
     */
    static String diverging(String sheet, String title, CellRangeAddress categories, String[] cats, Column series,
                            double[] values) {
        StringBuilder b = head(title);
        b.append("<c:barChart><c:barDir val=\"bar\"/><c:varyColors val=\"false\"/>");
        StringBuilder points = new StringBuilder(NOT_INVERTED);
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] < 0)) continue;
            points.append("<c:dPt><c:idx val=\"").append(i).append("\"/>").append(NOT_INVERTED).append(solid(RED))
                    .append("</c:dPt>");
        }
        ser(b, 0, series, solid(GREEN), points.toString(), categories.formatAsString(sheet, true), cats, sheet, "");
        b.append(AX_IDS).append("</c:barChart>");
        catAxis(b, "maxMin", "l", "low", true);
        valAxis(b, "minMax", false, "b", "max");
        return b.append("</c:plotArea>").append(TAIL).toString();
    }

    /**
     * A rank-interval chart: per category a floating column from {@code low} to {@code low + width} (stacked
     * columns whose first, invisible one is {@code low}, left out of the legend) and the {@code marks} as
     * diamonds without a line; the rank axis starts at 0 and runs downwards, so rank 1 is at the top.
     */
    static String intervals(String sheet, String title, CellRangeAddress categories, String[] cats, Column low,
                            Column width, Column marks) {
        StringBuilder b = head(title);
        String catRef = categories.formatAsString(sheet, true);
        b.append("<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"stacked\"/><c:varyColors val=\"false\"/>");
        ser(b, 0, low, INVISIBLE, "", catRef, cats, sheet, "");
        ser(b, 1, width, solid(COLOURS[0]), "", catRef, cats, sheet, "");
        b.append("<c:overlap val=\"100\"/>").append(AX_IDS).append("</c:barChart>");
        b.append("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"false\"/>");
        ser(b, 2, marks, NO_LINE, "<c:marker><c:symbol val=\"diamond\"/>" + solid(COLOURS[1]) + "</c:marker>", catRef,
                cats, sheet, "<c:smooth val=\"false\"/>");
        b.append(AX_IDS).append("</c:lineChart>");
        catAxis(b, "minMax", "b", "nextTo", false);
        b.append("<c:valAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"maxMin\"/><c:min val=\"0.0\"/>"
                + "</c:scaling>");
        valAxisRest(b, "l", "autoZero");
        return b.append("</c:plotArea>").append(LEGEND_BUT_FIRST).append(TAIL).toString();
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

    /** Fill and a 0.75 pt outline in {@code colour}. */
    private static String solid(String colour) {
        return "<c:spPr><a:solidFill><a:srgbClr val=\"" + colour + "\"/></a:solidFill><a:ln w=\"9525\"><a:solidFill>"
                + "<a:srgbClr val=\"" + colour + "\"/></a:solidFill></a:ln></c:spPr>";
    }

    /** Custom error bars of ± the cells {@code ref}, in black. */
    private static String errBars(String ref) {
        StringBuilder b = new StringBuilder(512);
        b.append("<c:errBars><c:errDir val=\"y\"/><c:errBarType val=\"both\"/><c:errValType val=\"cust\"/>"
                + "<c:noEndCap val=\"false\"/><c:plus><c:numRef><c:f>");
        escaped(b, ref);
        b.append("</c:f></c:numRef></c:plus><c:minus><c:numRef><c:f>");
        escaped(b, ref);
        return b.append("</c:f></c:numRef></c:minus><c:spPr><a:ln><a:solidFill><a:srgbClr val=\"000000\"/>"
                + "</a:solidFill></a:ln></c:spPr></c:errBars>").toString();
    }

    /**
     * One series: index and order {@code k}, name, shape {@code spPr}, then {@code beforeCat} (the elements the
     * schema puts between the shape and the categories), category and value references with their caches, then
     * {@code after}.
     */
    private static void ser(StringBuilder b, int k, Column s, String spPr, String beforeCat, String catRef,
                            String[] cats, String sheet, String after) {
        b.append("<c:ser><c:idx val=\"").append(k).append("\"/><c:order val=\"").append(k).append("\"/><c:tx><c:v>");
        escaped(b, s.title());
        b.append("</c:v></c:tx>").append(spPr).append(beforeCat).append("<c:cat><c:strRef><c:f>");
        escaped(b, catRef);
        b.append("</c:f>");
        cache(b, "strCache", cats);
        b.append("</c:strRef></c:cat><c:val><c:numRef><c:f>");
        escaped(b, s.ref().formatAsString(sheet, true));
        b.append("</c:f>");
        cache(b, "numCache", s.cache());
        b.append("</c:numRef></c:val>").append(after).append("</c:ser>");
    }

    /** The category axis (id 0, crossing the value axis at zero); with {@code skipNone} every category labelled. */
    private static void catAxis(StringBuilder b, String orientation, String pos, String labels, boolean skipNone) {
        b.append("<c:catAx><c:axId val=\"0\"/><c:scaling><c:orientation val=\"").append(orientation)
                .append("\"/></c:scaling><c:delete val=\"false\"/><c:axPos val=\"").append(pos)
                .append("\"/><c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"")
                .append(labels).append("\"/><c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:auto val=\"false\"/>");
        if (skipNone) b.append("<c:tickLblSkip val=\"1\"/><c:tickMarkSkip val=\"1\"/>");
        b.append("</c:catAx>");
    }

    /** The value axis (id 1), spanning 0–100 when {@code scores}, else fitted to the data. */
    private static void valAxis(StringBuilder b, String orientation, boolean scores, String pos, String crosses) {
        b.append("<c:valAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"").append(orientation).append("\"/>");
        if (scores) b.append("<c:max val=\"100.0\"/><c:min val=\"0.0\"/>");
        b.append("</c:scaling>");
        valAxisRest(b, pos, crosses);
    }

    private static void valAxisRest(StringBuilder b, String pos, String crosses) {
        b.append("<c:delete val=\"false\"/><c:axPos val=\"").append(pos).append("\"/><c:majorTickMark val=\"cross\"/>"
                + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"0\"/><c:crosses val=\"")
                .append(crosses).append("\"/><c:crossBetween val=\"midCat\"/></c:valAx>");
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
