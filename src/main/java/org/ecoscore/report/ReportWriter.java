package org.ecoscore.report;

import org.ecoscore.core.AtomicFiles;
import java.io.OutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.ecoscore.result.RunResult;

/**
 * The Excel report (SPEC §5): 概览/Summary, 企业得分/Firms, 地区得分/Regions, 指标统计/Indicators, 权重/Weights,
 * 数据问题/Issues, 方法说明/Method, 信度/Reliability, 效度/Validity, one sheet per {@code --by} grouping, 不确定性/Uncertainty
 * (with {@code --uncertainty}), 障碍因子/Obstacles, then one profile sheet per region, in the report language; with
 * {@code --split-by region} also one workbook per region ({@link RegionWorkbooks}). The workbook is written as plain
 * XML ({@link XlsxWorkbook}); from {@value #STREAMING_FIRMS} firms (or issues) on, the Firms and Issues rows are
 * written as deflated sheet XML ({@link BigSheets}) on their own threads while the other sheets are built. The file
 * is reproducible: document properties and zip entry times come from the run's time stamp.
 */
public final class ReportWriter {
    /** From this many firms (or issues) the Firms and Issues rows are written as sheet XML on their own threads. */
    public static final int STREAMING_FIRMS = 10_000;

    private ReportWriter() {
    }

    /**
     * Writes atomically, creating the report's folder when it does not exist yet (as {@code --csv} does);
     * {@link org.ecoscore.core.EcoscoreException} exit 4 when it cannot.
     */
    public static void write(RunResult result, Path out) {
        write(result, out, null);
    }

    /** As {@link #write(RunResult, Path)}, with the run's national obstacles (obstacles.csv may be taking them). */
    static void write(RunResult result, Path out, NationalObstacles national) {
        Path folder = out.toAbsolutePath().normalize().getParent();
        if (folder != null && !java.nio.file.Files.exists(folder)) AtomicFiles.createFolder(folder, "-o");
        AtomicFiles.write(out, o -> build(result, o, national));
        if (RegionWorkbooks.requested(result.options())) RegionWorkbooks.write(result, out);
    }

    /** Writes the report as xlsx to {@code target}. */
    static void build(RunResult result, OutputStream target) throws IOException {
        build(result, target, null);
    }

    private static void build(RunResult result, OutputStream target, NationalObstacles national) throws IOException {
        ReportData d = national == null ? new ReportData(result) : new ReportData(result, national);
        Labels l = d.labels;
        XlsxWorkbook wb = new XlsxWorkbook();
        Styles st = new Styles();
        ChartParts charts = new ChartParts();
        XlsxSheet summary = wb.createSheet(l.get("sheet.summary"));
        boolean panelOnly = d.panelOnly(); // no firm or region rows: no firm or region sheets
        XlsxSheet firms = panelOnly ? null : wb.createSheet(l.get("sheet.firms"));
        XlsxSheet regions = panelOnly ? null : wb.createSheet(l.get("sheet.regions"));
        XlsxSheet indicators = wb.createSheet(l.get("sheet.indicators"));
        XlsxSheet weights = wb.createSheet(l.get("sheet.weights"));
        XlsxSheet issues = wb.createSheet(l.get("sheet.issues"));
        XlsxSheet method = wb.createSheet(l.get("sheet.method"));
        int[] units = IntStream.range(0, d.firm.units()).toArray();
        try (BigSheets big = BigSheets.start(d, st, firms, units, issues)) {
            // (the Summary and Obstacles sheets, which need the national obstacles, are built last: obstacles.csv may
            // be taking them meanwhile; the sheets' order in the workbook is the order they were created above)
            if (!panelOnly) RegionsSheet.write(d, regions, st, charts);
            IndicatorsSheet.write(d, indicators, st);
            WeightsSheet.write(d, weights, st);
            MethodSheet.write(d, method, st);
            ReliabilitySheet.write(d, wb.createSheet(l.get("sheet.reliability")), st);
            ValiditySheet.write(d, wb.createSheet(l.get("sheet.validity")), st);
            if (result.panel() != null) AgreementSheet.write(d, wb.createSheet(l.get("sheet.agreement")), st, charts);
            GroupsSheets.write(d, wb, st, charts);
            if (result.scores().uncertainty() != null) {
                UncertaintySheet.write(d, wb.createSheet(l.get("sheet.uncertainty")), st, charts);
            }
            if (!panelOnly) {
                XlsxSheet obstacles = wb.createSheet(l.get("sheet.obstacles"));
                if (result.changes() != null) ChangeSheet.write(d, wb.createSheet(l.get("sheet.change")), st, charts);
                ProfileSheets.write(d, wb, st, charts);
                ObstaclesSheet.write(d, obstacles, st);
            }
            SummarySheet.write(d, summary, st, charts);
            stamp(wb, result, result.framework().name() + " " + l.get("title"));
            finish(wb, d, big, target);
        }
    }

    /**
     * Writes the two sheets that grow with the batch — Firms (the given units) and, when given, Issues — and then
     * the workbook as reproducible xlsx to {@code target} (see {@link BigSheets}).
     */
    static void finish(XlsxWorkbook wb, ReportData d, Styles st, XlsxSheet firms, int[] units, XlsxSheet issues,
                       OutputStream target) throws IOException {
        try (BigSheets big = BigSheets.start(d, st, firms, units, issues)) {
            finish(wb, d, big, target);
        }
    }

    /** Writes the workbook, with the big sheets' rows (when written apart) spliced in, as reproducible xlsx. */
    private static void finish(XlsxWorkbook wb, ReportData d, BigSheets big, OutputStream target) throws IOException {
        big.finish();
        wb.write(target, d.result.started());
    }

    static void stamp(XlsxWorkbook wb, RunResult result, String title) {
        wb.properties("ecoscore " + result.toolVersion(), title);
    }
}
