package org.ecoscore.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ecoscore.core.AtomicFiles;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.GroupStat;
import org.ecoscore.score.LevelScores;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * {@code --briefs DIR}: one Word document per region, {@code DIR/<region>.docx} (file names made safe as for
 * {@code --split-by}), each written atomically — a one-page A4 brief an office can forward: title,
 * highlights in words, a table of the elements and factors against the national mean (the mean over
 * regions), a native Word bar chart of the same, the three largest obstacle elements (SPEC §4.8) with the
 * framework's advice, and a line on method and data (firms, CI, coupling grade and lag type).
 *
 * <p>Fonts are those Chinese offices use and Word and WPS know by these names: 黑体 for headings, 仿宋 for the
 * body, 宋体 in the table, each set as the East-Asian font of its runs (with the East-Asian hint) and as the
 * document default, Times New Roman for Latin text. With {@code SOURCE_DATE_EPOCH} the briefs are
 * byte-identical from run to run, like the report.
 */
public final class RegionBriefs {
    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋";
    static final String TABLE_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";
    /** A4 in twentieths of a point; margins 1.5 cm top and bottom, 2 cm left and right. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN_TOP = 851;
    private static final int MARGIN_SIDE = 1134;
    private static final int EMU_PER_CM = 360_000;

    private RegionBriefs() {
    }

    /** Writes one brief per region (rank order) into {@code dir}, creating it when needed. */
    public static void write(RunResult result, Path dir) {
        AtomicFiles.createFolder(dir, "--briefs");
        ReportData d = new ReportData(result);
        Set<String> used = new HashSet<>();
        for (int u : d.regionsByRank()) {
            Path file = dir.resolve(RegionWorkbooks.fileName(d.region.unitIds()[u], used) + ".docx");
            int unit = u;
            AtomicFiles.write(file, "--briefs", o -> build(d, unit, o));
        }
    }

    /** The brief of region unit {@code u} as .docx to {@code target} (left open). */
    static void build(ReportData d, int u, OutputStream target) throws IOException {
        Path tmp = Files.createTempFile("ecoscore-brief", ".docx");
        try {
            try (XWPFDocument doc = document(d, u); OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                doc.write(out);
            }
            Path stamped = stampEmbedded(tmp, d);
            try {
                ReproducibleZip.copy(stamped, d.result.started(), target);
            } finally {
                Files.deleteIfExists(stamped);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A copy of the .docx {@code docx} whose embedded workbooks (the charts' data, zips themselves, written by
     * POI with the current time) are re-stamped with the run's time; the entry order is kept.
     */
    private static Path stampEmbedded(Path docx, ReportData d) throws IOException {
        Path out = Files.createTempFile("ecoscore-brief", ".docx");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(docx));
             java.util.zip.ZipOutputStream zos = new java.util.zip.ZipOutputStream(
                     new BufferedOutputStream(Files.newOutputStream(out)))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().startsWith("word/embeddings/") && e.getName().endsWith(".xlsx")) {
                    Path inner = Files.createTempFile("ecoscore-chart", ".xlsx");
                    try {
                        Files.write(inner, bytes);
                        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                        ReproducibleZip.copy(inner, d.result.started(), b);
                        bytes = b.toByteArray();
                    } finally {
                        Files.deleteIfExists(inner);
                    }
                }
                zos.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zos.write(bytes);
                zos.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(out);
            throw e;
        }
        return out;
    }

    static XWPFDocument document(ReportData d, int u) throws IOException {
        Labels l = d.labels;
        LevelScores ls = d.region;
        String region = ls.unitIds()[u];
        XWPFDocument doc = new XWPFDocument();
        page(doc);
        defaults(doc);
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        Date t = Date.from(d.result.started());
        core.setCreated(Optional.of(t));
        core.setModified(Optional.of(t));
        core.setCreator("ecoscore " + d.result.toolVersion());
        core.setTitle(l.format("brief.title", region));

        XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, 0, 60);
        run(title, l.format("brief.title", region), HEADING_FONT, 17, true);
        XWPFParagraph sub = paragraph(doc, ParagraphAlignment.CENTER, 0, 40);
        run(sub, l.format("brief.subtitle", frameworkTitle(d), MethodSheet.STAMP.format(d.result.started()),
                d.result.toolVersion()), BODY_FONT, 10, false);

        heading(doc, l.get("brief.highlights"));
        for (String s : highlights(d, u)) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 0, 20);
            p.setIndentationLeft(240);
            p.setIndentationHanging(240);
            run(p, "• " + s, BODY_FONT, 10, false);
        }

        heading(doc, l.get("brief.table"));
        List<Row> rows = rows(d, u);
        table(doc, d, rows, u);
        chart(doc, d, u, rows);
        obstacles(doc, d, u);

        XWPFParagraph m = paragraph(doc, ParagraphAlignment.BOTH, 100, 0);
        run(m, l.get("brief.method") + l.get("brief.colon"), HEADING_FONT, 9, false);
        run(m, methodLine(d, u), BODY_FONT, 9, false);
        return doc;
    }

    /** One line of the table: an item, the region's score and the national mean (mean over regions). */
    record Row(TreeItem item, int depth, double score, double national) {
        double difference() {
            return score - national;
        }
    }

    /** The root, each subsystem and its children (elements/factors), in framework order. */
    static List<Row> rows(ReportData d, int u) {
        LevelScores ls = d.region;
        List<Row> out = new ArrayList<>();
        if (ls.tree().root() < 0) return out;
        TreeItem root = ls.tree().item(ls.tree().root());
        out.add(row(d, root, 0, u));
        boolean subsystems = false;
        for (int which = 1; which <= 2; which++) {
            Optional<org.ecoscore.framework.Node> s = d.result.framework().subsystem(which);
            if (s.isEmpty() || ls.tree().indexOf(s.get().code()) < 0) continue;
            subsystems = true;
            out.add(row(d, ls.tree().item(ls.tree().indexOf(s.get().code())), 1, u));
            for (TreeItem c : d.subsystemChildren(which)) out.add(row(d, c, 2, u));
        }
        if (!subsystems) {
            for (int c : root.children()) out.add(row(d, ls.tree().item(c), 1, u));
        }
        return out;
    }

    private static Row row(ReportData d, TreeItem it, int depth, int u) {
        return new Row(it, depth, d.region.scores()[it.index()][u], d.regionMean(it.code()));
    }

    /**
     * The highlights: the region profile's (where it stands, its coupling grade and lag type, its largest
     * obstacles, its firms; see {@link Highlights}), then its strongest and weakest questions.
     */
    static List<String> highlights(ReportData d, int u) {
        Labels l = d.labels;
        LevelScores ls = d.region;
        List<String> out = new ArrayList<>(Highlights.region(d, u));
        List<double[]> diffs = ProfileSheets.questionDifferences(d, u);
        if (diffs.size() >= 2) {
            double[] best = diffs.get(0);
            double[] worst = diffs.get(diffs.size() - 1);
            out.add(l.format("brief.hl.questions", d.questionHead(ls.tree().item((int) best[0])), signed(best[1]),
                    d.questionHead(ls.tree().item((int) worst[0])), signed(worst[1])));
        }
        return out;
    }

    /** The region's three largest obstacle elements (SPEC §4.8) with their shares and the framework's advice. */
    private static void obstacles(XWPFDocument doc, ReportData d, int u) {
        List<Diagnosis.Share> top = d.diagnosis.largestElements(u, 3);
        if (top.isEmpty()) return;
        Labels l = d.labels;
        heading(doc, l.get("brief.obstacles"));
        int k = 1;
        for (Diagnosis.Share s : top) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 0, 0);
            p.setKeepNext(!s.advice().isEmpty());
            run(p, l.format("brief.obstacle", k++, s.label(), share(s.share())), HEADING_FONT, 10.5, false);
            if (!s.advice().isEmpty()) {
                XWPFParagraph a = paragraph(doc, ParagraphAlignment.BOTH, 0, 20);
                a.setIndentationLeft(360);
                run(a, s.advice(), BODY_FONT, 10, false);
            }
        }
    }

    /** Firms, CI, coupling grade, weights and method, what the national mean is. */
    static String methodLine(ReportData d, int u) {
        Labels l = d.labels;
        LevelScores ls = d.region;
        StringBuilder sb = new StringBuilder();
        int firms = ls.firmCounts() == null ? -1 : ls.firmCounts()[u];
        if (firms >= 0) sb.append(l.format("brief.m.firms", firms));
        GroupStat g = d.regionGroup(ls.unitIds()[u]).orElse(null);
        if (g != null && !Double.isNaN(g.ciLow())) {
            sb.append(l.format("brief.m.ci", one(ReportData.clipped(g.ciLow())), one(ReportData.clipped(g.ciHigh())),
                    g.n()));
        }
        if (ls.coupling() != null && !Double.isNaN(ls.coupling().d()[u])) {
            sb.append(l.format("brief.m.coupling", three(ls.coupling().d()[u]), ls.coupling().grade()[u],
                    d.diagnosis.couplingName(org.ecoscore.core.Level.REGION, u)));
        }
        var o = d.result.options();
        sb.append(l.format("brief.m.method", l.get("method.weights." + o.weights().id()),
                l.get("method.composite." + o.method().id())));
        sb.append(l.get("brief.m.national"));
        return sb.toString();
    }

    private static String frameworkTitle(ReportData d) {
        String n = d.result.framework().name();
        return "default".equals(n) ? d.labels.get("builtIn") : n;
    }

    // ---- layout

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_TOP));
        mar.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        mar.setRight(BigInteger.valueOf(MARGIN_SIDE));
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
    }

    /** Document defaults: 仿宋 East Asian, Times New Roman Latin, 11 pt, Chinese as the East-Asian language. */
    private static void defaults(XWPFDocument doc) {
        var styles = doc.createStyles();
        CTFonts f = CTFonts.Factory.newInstance();
        f.setAscii(LATIN_FONT);
        f.setHAnsi(LATIN_FONT);
        f.setCs(LATIN_FONT);
        f.setEastAsia(BODY_FONT);
        f.setHint(STHint.EAST_ASIA);
        styles.setDefaultFonts(f);
        styles.setEastAsia("zh-CN");
        styles.setSpellingLanguage("zh-CN");
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        p.setSpacingBetween(1.05);
        return p;
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, 100, 30);
        p.setKeepNext(true);
        run(p, text, HEADING_FONT, 12.5, false);
    }

    /** A run in {@code font} (East Asian, with the hint) and Times New Roman (Latin). */
    static XWPFRun run(XWPFParagraph p, String text, String font, double points, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(points);
        r.setBold(bold);
        fonts(r, font);
        return r;
    }

    static void fonts(XWPFRun r, String eastAsia) {
        CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts f = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        f.setAscii(LATIN_FONT);
        f.setHAnsi(LATIN_FONT);
        f.setCs(LATIN_FONT);
        f.setEastAsia(eastAsia);
        f.setHint(STHint.EAST_ASIA);
    }

    private static void table(XWPFDocument doc, ReportData d, List<Row> rows, int u) {
        Labels l = d.labels;
        // with --baseline, a last column: the region's value in the baseline run (SPEC §7)
        org.ecoscore.result.Changes.LevelChange then = d.result.changes() == null ? null : d.result.changes().region();
        boolean compared = then != null && u < then.pairOfUnit().length && then.pairOfUnit()[u] >= 0;
        XWPFTable t = doc.createTable(rows.size() + 1, compared ? 5 : 4);
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setCellMargins(0, 80, 0, 80);
        CTTblWidth w = t.getCTTbl().getTblPr().isSetTblW() ? t.getCTTbl().getTblPr().getTblW()
                : t.getCTTbl().getTblPr().addNewTblW();
        w.setType(STTblWidth.PCT);
        w.setW(BigInteger.valueOf(5000));
        int[] widths = compared ? new int[] {3600, 1200, 2000, 1200, 1200} : new int[] {4200, 1400, 2300, 1300};
        String[] head = compared ? new String[] {l.get("brief.col.item"), l.get("col.regionScore"),
            l.get("col.national"), l.get("col.difference"), l.get("col.lastYear")}
            : new String[] {l.get("brief.col.item"), l.get("col.regionScore"), l.get("col.national"),
                l.get("col.difference")};
        for (int c = 0; c < head.length; c++) cell(t.getRow(0), c, widths[c], head[c], true, c == 0, "D9E2F3");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            XWPFTableRow tr = t.getRow(i + 1);
            tr.setHeight(265); // exactly 13.25 pt: a 9.5 pt line with no cell padding, so the page holds it all
            tr.setHeightRule(org.apache.poi.xwpf.usermodel.TableRowHeightRule.EXACT);
            boolean bold = r.depth() < 2;
            String fill = r.depth() == 0 ? "EDEDED" : r.depth() == 1 ? "F5F5F5" : null;
            String name = "\u3000".repeat(Math.max(0, r.depth() - 1)) + d.head(r.item());
            cell(tr, 0, widths[0], name, bold, true, fill);
            cell(tr, 1, widths[1], one(r.score()), bold, false, fill);
            cell(tr, 2, widths[2], one(r.national()), bold, false, fill);
            cell(tr, 3, widths[3], signed(r.difference()), bold, false, fill);
            if (compared) cell(tr, 4, widths[4], one(then.baselineOf(r.item().code(), u)), bold, false, fill);
        }
    }

    private static void cell(XWPFTableRow row, int c, int width, String text, boolean bold, boolean left,
                             String fill) {
        XWPFTableCell cell = row.getCell(c);
        cell.setWidth(Integer.toString(width));
        if (fill != null) cell.setColor(fill);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(left ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0);
        run(p, text, bold ? HEADING_FONT : TABLE_FONT, 9.5, false);
    }

    /** A clustered bar chart of the subsystems' children: the region against the national mean. */
    private static void chart(XWPFDocument doc, ReportData d, int u, List<Row> rows) throws IOException {
        List<Row> parts = new ArrayList<>();
        for (Row r : rows) if (r.depth() == (rows.stream().anyMatch(x -> x.depth() == 2) ? 2 : 1)) parts.add(r);
        if (parts.isEmpty()) return;
        Labels l = d.labels;
        String[] categories = new String[parts.size()];
        Double[] region = new Double[parts.size()];
        Double[] national = new Double[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            Row r = parts.get(i);
            categories[i] = r.item().code(); // the table above names them; full names would crowd the axis
            region[i] = Double.isNaN(r.score()) ? null : round1(r.score());
            national[i] = Double.isNaN(r.national()) ? null : round1(r.national());
        }
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, 40, 0);
        XWPFChart chart;
        try {
            chart = doc.createChart(p.createRun(), 16 * EMU_PER_CM, (int) (4.2 * EMU_PER_CM));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("cannot add the chart to the brief", e);
        }
        try {
            // the embedded workbook (the chart's data for editing in Word) carries the run's time, not now
            POIXMLProperties.CoreProperties core = chart.getWorkbook().getProperties().getCoreProperties();
            core.setCreated(Optional.of(Date.from(d.result.started())));
            core.setModified(Optional.of(Date.from(d.result.started())));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("cannot add the chart's data to the brief", e);
        }
        // no chart title: the heading above says what it shows, and the legend names the two series
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        y.setMaximum(100);
        y.setMajorUnit(20);
        int n = parts.size();
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(categories,
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        XDDFNumericalDataSource<Double> a = XDDFDataSourcesFactory.fromArray(region,
                chart.formatRange(new CellRangeAddress(1, n, 1, 1)), 1);
        XDDFNumericalDataSource<Double> b = XDDFDataSourcesFactory.fromArray(national,
                chart.formatRange(new CellRangeAddress(1, n, 2, 2)), 2);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series s1 = data.addSeries(cats, a);
        s1.setTitle(d.region.unitIds()[u], chart.setSheetTitle(d.region.unitIds()[u], 1));
        s1.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) 0x2F, (byte) 0x55,
            (byte) 0x97})));
        XDDFChartData.Series s2 = data.addSeries(cats, b);
        s2.setTitle(l.get("col.national"), chart.setSheetTitle(l.get("col.national"), 2));
        s2.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) 0xA5, (byte) 0xA5,
            (byte) 0xA5})));
        chart.plot(data);
        chart.getOrAddLegend().setPosition(LegendPosition.TOP);
    }

    // ---- numbers as written in the brief

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String one(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f", v);
    }

    static String share(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    static String three(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** "+7.3", "-8.4", "0.0", "—". */
    static String signed(double v) {
        if (Double.isNaN(v)) return "—";
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.equals("-0.0") ? "0.0" : v > 0 && !s.equals("0.0") ? "+" + s : s;
    }
}
