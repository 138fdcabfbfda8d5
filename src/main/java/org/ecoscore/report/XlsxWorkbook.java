package org.ecoscore.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * An xlsx workbook written as plain XML, without POI's usermodel: the sheets ({@link XlsxSheet}) in order, the fixed
 * style table ({@link Styles#XML}), the defined names Excel uses for auto-filters and repeated print rows and
 * columns, the charts' drawings and parts, and the document properties (created and modified at the run's time
 * stamp, creator, title). {@link #write} puts the parts in a zip whose every entry carries that time stamp
 * ({@link ReproducibleZip}), so that identical inputs give identical bytes when SOURCE_DATE_EPOCH fixes it.
 */
final class XlsxWorkbook {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String CT = "application/vnd.openxmlformats-officedocument.";

    private final List<XlsxSheet> sheets = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private String creator = "";
    private String title = "";

    /** A new sheet at the end; its name as Excel allows it (POI's rules), unique ignoring case. */
    XlsxSheet createSheet(String name) {
        WorkbookUtil.validateSheetName(name);
        if (!names.add(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("The workbook already contains a sheet named '" + name + "'");
        }
        XlsxSheet s = new XlsxSheet(name);
        sheets.add(s);
        return s;
    }

    List<XlsxSheet> sheets() {
        return sheets;
    }

    /** Whether a sheet of this name (ignoring case) exists. */
    boolean hasSheet(String name) {
        return names.contains(name.toLowerCase(Locale.ROOT));
    }

    void properties(String creator, String title) {
        this.creator = creator;
        this.title = title;
    }

    /** Writes the workbook as xlsx to {@code target} (left open), every entry stamped {@code stamp}. */
    void write(OutputStream target, Instant stamp) throws IOException {
        LocalDateTime t = ReproducibleZip.entryTime(stamp);
        ZipArchiveOutputStream z = new ZipArchiveOutputStream(target);
        StringBuilder types = new StringBuilder(4096);
        types.append(XML_HEAD).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        override(types, "/docProps/app.xml", CT + "extended-properties+xml");
        override(types, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        override(types, "/xl/workbook.xml", CT + "spreadsheetml.sheet.main+xml");
        override(types, "/xl/styles.xml", CT + "spreadsheetml.styles+xml");
        int chartCount = 0;
        int drawingCount = 0;
        for (int i = 0; i < sheets.size(); i++) {
            override(types, "/xl/worksheets/sheet" + (i + 1) + ".xml", CT + "spreadsheetml.worksheet+xml");
            int charts = sheets.get(i).charts().size();
            if (charts > 0) override(types, "/xl/drawings/drawing" + ++drawingCount + ".xml", CT + "drawing+xml");
            for (int k = 0; k < charts; k++) {
                override(types, "/xl/charts/chart" + ++chartCount + ".xml", CT + "drawingml.chart+xml");
            }
        }
        types.append("</Types>");
        ReproducibleZip.put(z, "[Content_Types].xml", utf8(types), t);
        ReproducibleZip.put(z, "_rels/.rels", utf8(XML_HEAD + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + PKG_REL_NS + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "</Relationships>"), t);
        ReproducibleZip.put(z, "docProps/app.xml", utf8(XML_HEAD
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>ecoscore</Application></Properties>"), t);
        ReproducibleZip.put(z, "docProps/core.xml", utf8(core(stamp)), t);
        ReproducibleZip.put(z, "xl/workbook.xml", utf8(workbook()), t);
        StringBuilder rels = new StringBuilder(XML_HEAD).append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">")
                .append("<Relationship Id=\"rId1\" Type=\"").append(REL_NS).append("/styles\" Target=\"styles.xml\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            rels.append("<Relationship Id=\"rId").append(i + 2).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
        }
        ReproducibleZip.put(z, "xl/_rels/workbook.xml.rels", utf8(rels.append("</Relationships>")), t);
        ReproducibleZip.put(z, "xl/styles.xml", Styles.XML.getBytes(StandardCharsets.UTF_8), t);
        chartCount = 0;
        drawingCount = 0;
        for (int i = 0; i < sheets.size(); i++) {
            XlsxSheet s = sheets.get(i);
            List<XlsxSheet.Chart> charts = s.charts();
            String part = "xl/worksheets/sheet" + (i + 1) + ".xml";
            String[] xml = s.xml(i == 0, charts.isEmpty() ? null : "rId1");
            if (s.streamedRows() != null) {
                ReproducibleZip.splice(z, part, xml[0].getBytes(StandardCharsets.UTF_8), s.streamedRows(),
                        xml[1].getBytes(StandardCharsets.UTF_8), t);
            } else {
                ReproducibleZip.put(z, part, xml[0].getBytes(StandardCharsets.UTF_8), t);
            }
            if (charts.isEmpty()) continue;
            int drawing = ++drawingCount;
            ReproducibleZip.put(z, "xl/worksheets/_rels/sheet" + (i + 1) + ".xml.rels", utf8(XML_HEAD
                    + "<Relationships xmlns=\"" + PKG_REL_NS + "\"><Relationship Id=\"rId1\" Type=\"" + REL_NS
                    + "/drawing\" Target=\"../drawings/drawing" + drawing + ".xml\"/></Relationships>"), t);
            StringBuilder d = new StringBuilder(XML_HEAD).append("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/"
                    + "drawingml/2006/spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                    + "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:r=\"").append(REL_NS).append("\">");
            StringBuilder dr = new StringBuilder(XML_HEAD).append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">");
            for (int k = 0; k < charts.size(); k++) {
                XlsxSheet.Chart c = charts.get(k);
                anchor(d, c, k);
                int chart = ++chartCount;
                dr.append("<Relationship Id=\"rId").append(k + 1).append("\" Type=\"").append(REL_NS)
                        .append("/chart\" Target=\"../charts/chart").append(chart).append(".xml\"/>");
                ReproducibleZip.put(z, "xl/charts/chart" + chart + ".xml", c.xml(), t);
            }
            ReproducibleZip.put(z, "xl/drawings/drawing" + drawing + ".xml", utf8(d.append("</xdr:wsDr>")), t);
            ReproducibleZip.put(z, "xl/drawings/_rels/drawing" + drawing + ".xml.rels",
                    utf8(dr.append("</Relationships>")), t);
        }
        z.finish();
        z.flush();
    }

    /** One chart's two-cell anchor and graphic frame (as POI's drawing writes them). */
    private static void anchor(StringBuilder d, XlsxSheet.Chart c, int k) {
        Charts.Place p = c.place();
        d.append("<xdr:twoCellAnchor editAs=\"twoCell\"><xdr:from><xdr:col>").append(p.col1())
                .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(p.row1())
                .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>").append(p.col2())
                .append("</xdr:col><xdr:colOff>").append(p.dx2()).append("</xdr:colOff><xdr:row>").append(p.row2())
                .append("</xdr:row><xdr:rowOff>").append(p.dy2()).append("</xdr:rowOff></xdr:to><xdr:graphicFrame macro=\"\">"
                        + "<xdr:nvGraphicFramePr><xdr:cNvPr id=\"").append(k + 1).append("\" name=\"Chart ").append(k + 1)
                .append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"")
                .append(c.cx()).append("\" cy=\"").append(c.cy()).append("\"/></xdr:xfrm><a:graphic><a:graphicData uri=\""
                        + "http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\"rId").append(k + 1)
                .append("\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>");
    }

    private String workbook() {
        StringBuilder b = new StringBuilder(XML_HEAD).append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"")
                .append(REL_NS).append("\"><workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            b.append("<sheet name=\"");
            escape(b, sheets.get(i).name());
            b.append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 2).append("\"/>");
        }
        b.append("</sheets>");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            XlsxSheet s = sheets.get(i);
            String filter = s.filterDatabase();
            if (filter != null) {
                names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i).append("\" hidden=\"1\">");
                escape(names, filter);
                names.append("</definedName>");
            }
            String titles = s.printTitles();
            if (titles != null) {
                names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">");
                escape(names, titles);
                names.append("</definedName>");
            }
        }
        if (names.length() > 0) b.append("<definedNames>").append(names).append("</definedNames>");
        return b.append("</workbook>").toString();
    }

    private String core(Instant stamp) {
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
                .format(stamp.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        StringBuilder b = new StringBuilder(XML_HEAD).append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
                + "package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\""
                + "http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dcterms:created "
                + "xsi:type=\"dcterms:W3CDTF\">").append(when).append("</dcterms:created><dc:creator>");
        escape(b, creator);
        b.append("</dc:creator><dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(when)
                .append("</dcterms:modified><dc:title>");
        escape(b, title);
        return b.append("</dc:title></cp:coreProperties>").toString();
    }

    private static void override(StringBuilder b, String part, String type) {
        b.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(type).append("\"/>");
    }

    private static byte[] utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code s} as XML text (element content or an attribute value), escaped as {@link SheetXmlFile} does:
     * {@code & < > "} as entities, CR, LF and TAB as character references, and a character XML 1.0 cannot hold (another
     * control character, a lone surrogate, U+FFFE, U+FFFF) as {@code ?}.
     */
    static void escape(StringBuilder b, String s) {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '&' -> b.append("&amp;");
                    case '"' -> b.append("&quot;");
                    case '\n' -> b.append("&#xa;");
                    case '\r' -> b.append("&#xd;");
                    case '\t' -> b.append("&#x9;");
                    default -> b.append(c < 0x20 ? '?' : c);
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                    b.append(c).append(s.charAt(++i));
                } else {
                    b.append('?');
                }
            } else {
                b.append(c >= 0xFFFE ? '?' : c);
            }
        }
    }
}
