package org.ecoscore.report;

import org.ecoscore.core.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Date;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.result.RunResult;

/**
 * The Excel report (SPEC §5): 概览/Summary, 企业得分/Firms, 地区得分/Regions, 指标统计/Indicators, 权重/Weights,
 * 数据问题/Issues, 方法说明/Method, 信度/Reliability, 效度/Validity, one sheet per {@code --by} grouping, 不确定性/Uncertainty
 * (with {@code --uncertainty}), 障碍因子/Obstacles, then one profile sheet per region, in the report language; with
 * {@code --split-by region} also one workbook per region ({@link RegionWorkbooks}). From
 * {@value #STREAMING_FIRMS} firms (or issues) on, the Firms and Issues rows are written as sheet XML directly
 * ({@link BigSheets}), on their own threads while the other sheets (charts included, XSSF) are built. The file is reproducible: document properties and zip entry times come from the run's time
 * stamp.
 */
public final class ReportWriter {
    /** From this many firms (or issues) the Firms and Issues rows are written as sheet XML directly. */
    public static final int STREAMING_FIRMS = 10_000;

    private ReportWriter() {
    }

    /**
     * Writes atomically, creating the report's folder when it does not exist yet (as {@code --csv} does);
     * {@link org.ecoscore.core.EcoscoreException} exit 4 when it cannot.
     */
    public static void write(RunResult result, Path out) {
        Path folder = out.toAbsolutePath().normalize().getParent();
        if (folder != null && !java.nio.file.Files.exists(folder)) AtomicFiles.createFolder(folder, "-o");
        AtomicFiles.write(out, o -> build(result, o));
        if (RegionWorkbooks.requested(result.options())) RegionWorkbooks.write(result, out);
    }

    /** Writes the report as xlsx to {@code target}. */
    static void build(RunResult result, OutputStream target) throws IOException {
        ReportData d = new ReportData(result);
        Labels l = d.labels;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            ChartParts charts = new ChartParts();
            XSSFSheet summary = wb.createSheet(l.get("sheet.summary"));
            boolean panelOnly = d.panelOnly(); // no firm or region rows: no firm or region sheets
            XSSFSheet firms = panelOnly ? null : wb.createSheet(l.get("sheet.firms"));
            XSSFSheet regions = panelOnly ? null : wb.createSheet(l.get("sheet.regions"));
            XSSFSheet indicators = wb.createSheet(l.get("sheet.indicators"));
            XSSFSheet weights = wb.createSheet(l.get("sheet.weights"));
            XSSFSheet issues = wb.createSheet(l.get("sheet.issues"));
            XSSFSheet method = wb.createSheet(l.get("sheet.method"));
            int[] units = IntStream.range(0, d.firm.units()).toArray();
            try (BigSheets big = BigSheets.start(d, st, firms, units, issues)) {
                SummarySheet.write(d, summary, st, charts);
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
                    ObstaclesSheet.write(d, wb.createSheet(l.get("sheet.obstacles")), st);
                    if (result.changes() != null) ChangeSheet.write(d, wb.createSheet(l.get("sheet.change")), st, charts);
                    ProfileSheets.write(d, wb, st, charts);
                }
                stamp(wb, result, result.framework().name() + " " + l.get("title"));
                finish(wb, d, big, target, charts);
            }
        }
    }

    /**
     * Writes the two sheets that grow with the batch — Firms (the given units) and, when given, Issues — and the
     * workbook, with the chart parts {@code charts} wrote, as reproducible xlsx to {@code target} (see {@link BigSheets}).
     */
    static void finish(XSSFWorkbook wb, ReportData d, Styles st, XSSFSheet firms, int[] units, XSSFSheet issues,
                       ChartParts charts, OutputStream target) throws IOException {
        try (BigSheets big = BigSheets.start(d, st, firms, units, issues)) {
            finish(wb, d, big, target, charts);
        }
    }

    /**
     * Writes the workbook, with the big sheets' rows (when written apart) and the chart parts written as plain XML
     * ({@link ChartParts}) put in, as reproducible xlsx to
     * {@code target}. POI's output goes through a temporary file, so a large report is never held in memory as
     * bytes.
     */
    private static void finish(XSSFWorkbook wb, ReportData d, BigSheets big, OutputStream target, ChartParts charts)
            throws IOException {
        Map<String, ReproducibleZip.SheetRows> rows = big.finish();
        Path tmp = Files.createTempFile("ecoscore-report", ".xlsx");
        try {
            try (OutputStream bos = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                wb.write(bos);
            }
            ReproducibleZip.copy(tmp, d.result.started(), target, rows, charts.xml());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void stamp(XSSFWorkbook wb, RunResult result, String title) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        Date t = Date.from(result.started());
        core.setCreated(Optional.of(t));
        core.setModified(Optional.of(t));
        core.setCreator("ecoscore " + result.toolVersion());
        core.setTitle(title);
    }
}
