package org.ecoscore.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ecoscore.core.AtomicFiles;
import org.ecoscore.core.Issue;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.FrameworkDisplay;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.result.FileRows;
import org.ecoscore.result.TrendResult;
import org.ecoscore.score.NormalisationBound;
import org.ecoscore.score.Scorer;

/**
 * The trend workbook ({@code ecoscore trend -o}, SPEC §7): 趋势 / Trend (per region the index and rank each
 * year, change first → last and CAGR), 趋势图 / Trend chart (the national mean and the top regions over the years),
 * 热力图 / Heat map (regions × years per region-level node, with a colour scale) and 方法说明 / Method (version,
 * framework fingerprint, inputs with SHA-256 and rows per year, the yardstick with its bounds and weights).
 */
public final class TrendWorkbook {
    /** The regions drawn beside the national mean in the trend chart: the top ones by the last year's index. */
    static final int TOP = 5;

    private TrendWorkbook() {
    }

    public static void write(TrendResult result, Path out) {
        Path folder = out.toAbsolutePath().normalize().getParent();
        if (folder != null && !Files.exists(folder)) AtomicFiles.createFolder(folder, "-o");
        AtomicFiles.write(out, "-o", o -> build(result, o));
    }

    static void build(TrendResult r, OutputStream target) throws IOException {
        boolean english = r.options().lang() == Options.Lang.EN;
        Labels l = new Labels(english);
        TrendTable t = new TrendTable(r);
        XlsxWorkbook wb = new XlsxWorkbook();
        Styles st = new Styles();
        index(t, wb.createSheet(l.get("sheet.trend")), st, l);
        chart(t, wb.createSheet(l.get("sheet.trendChart")), st, l);
        heatMap(t, wb.createSheet(l.get("sheet.heatmap")), st, l, english);
        method(r, wb.createSheet(l.get("sheet.method")), st, l, english);
        // the Issues sheet streams its rows as deflated sheet XML to a temporary file: five years of 30,000 firms
        // hold ≈ 200,000 issues
        XlsxSheet issues = wb.createSheet(l.get("sheet.issues"));
        Path rows = Files.createTempFile("ecoscore-trend", ".xml.deflate");
        try {
            SheetXmlFile x = new SheetXmlFile(rows);
            try (x) {
                issues(r, issues, x, st, l);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            issues.streamed(x.rows(), x.dimension());
            wb.properties("ecoscore " + r.toolVersion(), l.get("trend.title"));
            wb.write(target, r.started());
        } finally {
            Files.deleteIfExists(rows);
        }
    }

    private static void index(TrendTable t, XlsxSheet sheet, Styles st, Labels l) {
        CellSink w = sheet;
        String root = t.result.framework().root().code();
        int n = t.years.length;
        w.text(0, 0, l.get("trend.title"), st.title);
        String note = String.format(java.util.Locale.ROOT, l.get("trend.note"), yardstickText(t.result, l));
        w.text(1, 0, note, st.paragraph(note));
        // the note wraps within the table's width (it ran off the page on one line)
        int lastColumn = 3 * n + 3;
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastColumn));
        double widthChars = 14 + 10 + 11.0 * (3 * n + 1) + 18;
        int lines = (int) Math.ceil(displayWidth(note) / widthChars) + 1;
        sheet.setRowHeight(1, 15f * lines);
        int h = 3;
        int c = 0;
        w.text(h, c++, l.get("col.region"), st.header);
        w.text(h, c++, l.get("col.code"), st.header);
        for (int year : t.years) {
            w.text(h, c++, l.format("trend.index", year), st.header);
            w.text(h, c++, l.format("trend.rank", year), st.header);
            w.text(h, c++, l.format("trend.n", year), st.header);
        }
        w.text(h, c++, l.format("trend.change", t.years[0], t.years[n - 1]), st.header);
        w.text(h, c, l.get("trend.cagr"), st.header);
        int row = h + 1;
        boolean anyFew = false;
        for (String g : t.regions) {
            c = 0;
            w.text(row, c++, g, st.text(g, Styles.Fill.NONE));
            String code = t.codes.getOrDefault(g, "");
            w.text(row, c++, code, st.text(code, Styles.Fill.NONE));
            for (int y = 0; y < n; y++) {
                // a year resting on fewer than 5 firms in grey italics, as on the Regions sheet
                boolean few = t.fewFirms(g, y);
                anyFew |= few;
                number(w, row, c++, t.score(root, g, y), few ? st.fewScore : st.score);
                int rank = t.rank(root, g, y);
                if (rank > 0) w.number(row, c, rank, few ? st.fewInteger : null);
                c++;
                int firms = t.firms(g, y);
                if (firms >= 0) w.number(row, c, firms, few ? st.fewInteger : null);
                c++;
            }
            number(w, row, c++, t.change(root, g), st.score);
            number(w, row, c, t.cagr(root, g), st.percent);
            row++;
        }
        if (anyFew) w.text(row + 1, 0, l.get("trend.fewFirms"), st.text("", Styles.Fill.NONE));
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        for (int k = 2; k < 3 * n + 4; k++) sheet.setColumnWidth(k, 11 * 256);
        // 变化（2023→2024） / Change 2023→2024 on one line
        sheet.setColumnWidth(3 * n + 2, Math.max(11, displayWidth(l.format("trend.change", t.years[0],
                t.years[n - 1])) + 3) * 256);
        sheet.createFreezePane(1, h + 1);
        printFitToWidth(sheet, h);
    }

    /** Landscape A4, one page wide (as long as needed), the header row repeated on every page. */
    static void printFitToWidth(XlsxSheet sheet, int headerRow) {
        sheet.setPrint(0);
        if (headerRow >= 0) sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** A data table (year, national mean, top regions) and the line chart drawn from it. */
    private static void chart(TrendTable t, XlsxSheet sheet, Styles st, Labels l) {
        CellSink w = sheet;
        String root = t.result.framework().root().code();
        List<String> top = new ArrayList<>();
        for (String g : t.regions) {
            if (top.size() == TOP || Double.isNaN(t.score(root, g, t.years.length - 1))) break;
            top.add(g);
        }
        w.text(0, 0, l.get("trend.year"), st.header);
        w.text(0, 1, l.get("trend.national"), st.header);
        for (int k = 0; k < top.size(); k++) w.text(0, 2 + k, top.get(k), st.text(top.get(k), Styles.Fill.NONE));
        for (int y = 0; y < t.years.length; y++) {
            w.text(1 + y, 0, Integer.toString(t.years[y]), st.text("", Styles.Fill.NONE));
            number(w, 1 + y, 1, t.national(root, y), st.score);
            for (int k = 0; k < top.size(); k++) number(w, 1 + y, 2 + k, t.score(root, top.get(k), y), st.score);
        }
        // wide enough for 全国均值（地区平均） / National mean (of regions) and the regions' names
        sheet.setColumnWidth(0, 10 * 256);
        sheet.setColumnWidth(1, Math.max(14, displayWidth(l.get("trend.national")) + 3) * 256);
        for (int k = 0; k < top.size(); k++) {
            sheet.setColumnWidth(2 + k, Math.max(12, displayWidth(top.get(k)) + 3) * 256);
        }
        int last = t.years.length;
        // which regions the chart draws, and where the rest are (new-user finding: the top 5 went unexplained)
        w.text(last + 1, 0, l.format("trend.chartNote", top.size(), t.regions.size()), st.text("", Styles.Fill.NONE));
        CellRangeAddress years = new CellRangeAddress(1, last, 0, 0);
        List<Charts.Series> series = new ArrayList<>();
        series.add(new Charts.Series(l.get("trend.national"), new CellRangeAddress(1, last, 1, 1)));
        for (int k = 0; k < top.size(); k++) {
            series.add(new Charts.Series(top.get(k), new CellRangeAddress(1, last, 2 + k, 2 + k)));
        }
        int below = last + 2;
        Charts.Place place = Charts.sized(sheet, 0, below, 18, 10);
        XddfChartPart.add(sheet, place, 0, last, x -> Charts.line(x, place, l.format("trend.chartTitle", top.size()),
                years, series));
        printFitToWidth(sheet, -1);
    }

    /** One block per region-level node: title, Region | years…, the regions' scores under one colour scale. */
    private static void heatMap(TrendTable t, XlsxSheet sheet, Styles st, Labels l, boolean english) {
        CellSink w = sheet;
        w.text(0, 0, l.get("trend.heatNote"), st.text("", Styles.Fill.NONE));
        LevelTree tree = t.result.framework().tree(Level.REGION);
        int row = 2;
        int n = t.years.length;
        for (int i : tree.nodeItems()) {
            TreeItem it = tree.item(i);
            w.text(row++, 0, it.code() + " " + it.node().name(english), st.subtitle);
            w.text(row, 0, l.get("col.region"), st.header);
            for (int y = 0; y < n; y++) w.text(row, 1 + y, Integer.toString(t.years[y]), st.header);
            row++;
            int first = row;
            for (String g : t.regions) {
                w.text(row, 0, g, st.text(g, Styles.Fill.NONE));
                for (int y = 0; y < n; y++) number(w, row, 1 + y, t.score(it.code(), g, y), st.score);
                row++;
            }
            ColourScales.add(sheet, first, row - 1, 1, n, false);
            row++;
        }
        sheet.setColumnWidth(0, 16 * 256);
        for (int y = 0; y < n; y++) sheet.setColumnWidth(1 + y, 9 * 256);
        printFitToWidth(sheet, -1);
    }

    /** 数据问题 / Issues: every year's issues with the year first, then the columns of {@code score}'s sheet. */
    private static void issues(TrendResult r, XlsxSheet sheet, CellSink w, Styles st, Labels l) {
        String[] head = {l.get("trend.year"), l.get("col.file"), l.get("col.sheet"), l.get("col.row"),
            l.get("col.column"), l.get("col.code"), l.get("col.severity"), l.get("col.message"), l.get("col.whatToDo")};
        for (int c = 0; c < head.length; c++) w.text(0, c, head[c], st.header);
        int row = 1;
        for (TrendResult.Year y : r.years()) {
            for (Issue i : y.issues().all()) {
                Styles.Fill f = i.severity() == Severity.ERROR ? Styles.Fill.ERROR
                        : i.severity() == Severity.WARNING ? Styles.Fill.WARNING : Styles.Fill.NONE;
                w.integer(row, 0, y.year());
                w.text(row, 1, i.file(), st.text(i.file(), f));
                w.text(row, 2, i.sheet(), st.text(i.sheet(), f));
                if (i.row() > 0) w.integer(row, 3, i.row());
                w.text(row, 4, i.column(), st.text(i.column(), f));
                String word = l.code(i.code());
                String code = word.equals(i.code()) ? i.code() : word + " (" + i.code() + ")";
                w.text(row, 5, code, st.text(code, f));
                String severity = l.code(i.severity().id());
                w.text(row, 6, severity, st.text(severity, f));
                String message = IssueMessages.render(i, l.english());
                w.text(row, 7, message, st.text(message, f));
                String todo = l.todo(i.code());
                w.text(row, 8, todo, st.text(todo, f));
                row++;
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, row - 1), 0, head.length - 1));
        int[] widths = {8, 28, 12, 6, 10, 22, 8, 60, 40};
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c] * 256);
        printFitToWidth(sheet, 0);
    }

    private static void method(TrendResult r, XlsxSheet sheet, Styles st, Labels l, boolean english) {
        CellSink w = sheet;
        Options o = r.options();
        int row = 0;
        w.text(row++, 0, l.get("sheet.method"), st.title);
        row = pair(w, st, row, l.get("toolVersion"), r.toolVersion());
        row = pair(w, st, row, l.get("runDate"), MethodSheet.STAMP.format(r.started()));
        row = pair(w, st, row, l.get("framework"), FrameworkDisplay.of(r.framework(), english));
        row = pair(w, st, row, l.get("method.fingerprint"), r.framework().fingerprint());
        row = pair(w, st, row, l.get("trend.years"), years(r));
        row = pair(w, st, row, l.get("trend.yardstick"), yardstickText(r, l));
        row++;
        w.text(row++, 0, l.get("trend.options"), st.subtitle);
        row = pair(w, st, row, "--yardstick", r.yardstick());
        row = pair(w, st, row, "-f, --framework", o.framework() == null ? l.get("builtIn") : o.framework().toString());
        row = pair(w, st, row, "--sheet", o.sheet() == null ? OptionsAsTyped.UNSET : o.sheet());
        row = pair(w, st, row, "--skip-file", o.skipFiles().isEmpty() ? OptionsAsTyped.UNSET : String.join(", ", o.skipFiles()));
        row = pair(w, st, row, "--lang", o.lang().id());
        row = pair(w, st, row, "--duplicates", o.duplicates().id());
        row = pair(w, st, row, "--min-coverage", CsvNumbers.format(o.minCoverage()));
        row = pair(w, st, row, "--node-coverage", CsvNumbers.format(o.nodeCoverage()));
        row = pair(w, st, row, "--min-duration", Double.isNaN(o.minDuration()) ? OptionsAsTyped.UNSET
                : CsvNumbers.format(o.minDuration()));
        row = pair(w, st, row, "--exclude-flagged", l.get(o.excludeFlagged() ? "yes" : "no"));
        row = pair(w, st, row, "--region-level", o.regionLevel().id());
        row = pair(w, st, row, "--weights", o.weights().id());
        row = pair(w, st, row, "--ahp-max-cr", Double.isNaN(o.ahpMaxCr()) ? OptionsAsTyped.UNSET
                : CsvNumbers.format(o.ahpMaxCr()));
        row = pair(w, st, row, "--method", o.method().id());
        row = pair(w, st, row, "--coupling", o.coupling().id());
        row = pair(w, st, row, "--treat-outliers", l.get(o.treatOutliers() ? "yes" : "no"));
        row++;
        w.text(row++, 0, l.get("trend.inputs"), st.subtitle);
        String[] head = {l.get("trend.year"), l.get("col.level"), l.get("col.file"), l.get("col.sheet"),
            l.get("col.sha256"), l.get("col.rowsRead"), l.get("col.scored"), l.get("col.excluded")};
        for (int c = 0; c < head.length; c++) w.text(row, c, head[c], st.header);
        row++;
        for (TrendResult.Year y : r.years()) {
            for (FileRows f : y.files()) {
                w.integer(row, 0, y.year());
                w.text(row, 1, l.get("level." + f.file().level().id()), st.text("", Styles.Fill.NONE));
                text(w, st, row, 2, f.file().display());
                text(w, st, row, 3, f.file().sheet() == null ? "" : f.file().sheet());
                text(w, st, row, 4, f.file().sha256() == null ? "" : f.file().sha256());
                w.integer(row, 5, f.read());
                w.integer(row, 6, f.scored());
                w.integer(row, 7, f.excluded());
                row++;
            }
        }
        row++;
        w.text(row++, 0, l.get("trend.bounds"), st.subtitle);
        if (r.bounds().isEmpty()) {
            w.text(row++, 0, l.get("method.normalisationNone"), st.text("", Styles.Fill.NONE));
        } else {
            String[] bh = {l.get("col.level"), l.get("col.code"), l.get("col.lo"), l.get("col.hi"),
                l.get("col.boundSource"), l.get("trend.clamped")};
            for (int c = 0; c < bh.length; c++) w.text(row, c, bh[c], st.header);
            row++;
            for (NormalisationBound b : r.bounds()) {
                w.text(row, 0, l.get("level." + b.level().id()), st.text("", Styles.Fill.NONE));
                w.text(row, 1, b.code(), st.text(b.code(), Styles.Fill.NONE));
                number(w, row, 2, b.lo(), null);
                number(w, row, 3, b.hi(), null);
                w.text(row, 4, l.get("bound." + b.source()), st.text("", Styles.Fill.NONE));
                w.integer(row, 5, b.clamped());
                row++;
            }
        }
        if (!r.weights().isEmpty()) {
            row++;
            w.text(row++, 0, l.get("trend.weights"), st.subtitle);
            String[] wh = {l.get("col.level"), l.get("col.code"), l.get("col.parent"), l.get("col.localWeight")};
            for (int c = 0; c < wh.length; c++) w.text(row, c, wh[c], st.header);
            row++;
            for (Level level : Level.values()) {
                Map<String, Double> ws = r.weights().get(level);
                if (ws == null) continue;
                LevelTree tree = r.framework().tree(level);
                for (TreeItem it : tree.items()) {
                    Double v = ws.get(it.code());
                    if (v == null) continue;
                    w.text(row, 0, l.get("level." + level.id()), st.text("", Styles.Fill.NONE));
                    w.text(row, 1, it.code(), st.text(it.code(), Styles.Fill.NONE));
                    String parent = it.parent() < 0 ? "" : tree.item(it.parent()).code();
                    w.text(row, 2, parent, st.text(parent, Styles.Fill.NONE));
                    w.number(row, 3, v, st.fine);
                    row++;
                }
            }
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(2, 36 * 256);
        sheet.setColumnWidth(4, 20 * 256);
        printFitToWidth(sheet, -1);
    }

    /**
     * The yardstick in words for the options in force: data-driven weights pooled or frozen, or else the weights
     * named (they are the same every year).
     */
    static String yardstickText(TrendResult r, Labels l) {
        Options.WeightMethod m = r.options().weights();
        if (Scorer.dataDriven(m)) return l.get("trend.yardstick." + r.yardstick());
        return l.format("trend.yardstick." + r.yardstick() + ".fixed", l.get("trend.weights." + m.id()));
    }

    /** Width in Excel characters: CJK and full-width forms count two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean wide = Character.isIdeographic(cp) || (cp >= 0x3000 && cp <= 0x303F)
                    || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x2010 && cp <= 0x201F);
            w += wide ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static String years(TrendResult r) {
        StringBuilder sb = new StringBuilder();
        for (int y : r.calendar()) sb.append(sb.length() > 0 ? ", " : "").append(y);
        return sb.toString();
    }

    private static int pair(CellSink w, Styles st, int row, String key, String value) {
        w.text(row, 0, key, st.label);
        text(w, st, row, 1, value);
        return row + 1;
    }

    private static void text(CellSink w, Styles st, int row, int col, String s) {
        w.text(row, col, s, st.text(s, Styles.Fill.NONE));
    }

    /** A number, or an empty cell for NaN. */
    private static void number(CellSink w, int row, int col, double v, Styles.Style style) {
        if (!Double.isNaN(v) && !Double.isInfinite(v)) w.number(row, col, v, style);
    }
}
