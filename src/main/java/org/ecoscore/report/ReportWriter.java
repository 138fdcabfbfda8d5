package org.ecoscore.report;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.pipeline.RunResult;

/**
 * The Excel report (SPEC §5): 概览/Summary, 企业得分/Firms, 地区得分/Regions, 指标统计/Indicators, 权重/Weights,
 * 数据问题/Issues, 方法说明/Method, 信度/Reliability, one sheet per {@code --by} grouping, 不确定性/Uncertainty
 * (with {@code --uncertainty}), then one profile sheet per region, in the report language; with
 * {@code --split-by region} also one workbook per region ({@link RegionWorkbooks}). From
 * {@value #STREAMING_FIRMS} firms on, the Firms sheet is streamed (SXSSF) while the chart sheets stay in the
 * XSSF part. The file is reproducible: document properties and zip entry times come from the run's time
 * stamp.
 */
public final class ReportWriter {
    /** From this many firms the Firms sheet is streamed. */
    public static final int STREAMING_FIRMS = 10_000;

    private ReportWriter() {
    }

    /** Writes atomically; {@link org.ecoscore.core.EcoscoreException} exit 4 when it cannot. */
    public static void write(RunResult result, Path out) {
        AtomicFiles.write(out, o -> build(result, o));
        if (RegionWorkbooks.requested(result.options())) RegionWorkbooks.write(result, out);
    }

    /** Writes the report as xlsx to {@code target}. */
    static void build(RunResult result, OutputStream target) throws IOException {
        ReportData d = new ReportData(result);
        Labels l = d.labels;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            XSSFSheet summary = wb.createSheet(l.get("sheet.summary"));
            XSSFSheet firms = wb.createSheet(l.get("sheet.firms"));
            XSSFSheet regions = wb.createSheet(l.get("sheet.regions"));
            XSSFSheet indicators = wb.createSheet(l.get("sheet.indicators"));
            XSSFSheet weights = wb.createSheet(l.get("sheet.weights"));
            XSSFSheet issues = wb.createSheet(l.get("sheet.issues"));
            XSSFSheet method = wb.createSheet(l.get("sheet.method"));
            SummarySheet.write(d, summary, st);
            RegionsSheet.write(d, regions, st);
            IndicatorsSheet.write(d, indicators, st);
            WeightsSheet.write(d, weights, st);
            MethodSheet.write(d, method, st);
            ReliabilitySheet.write(d, wb.createSheet(l.get("sheet.reliability")), st);
            GroupsSheets.write(d, wb, st);
            if (result.scores().uncertainty() != null) {
                UncertaintySheet.write(d, wb.createSheet(l.get("sheet.uncertainty")), st);
            }
            ProfileSheets.write(d, wb, st);
            stamp(wb, result, result.framework().name() + " " + l.get("title"));
            finish(wb, d, st, firms, IntStream.range(0, d.firm.units()).toArray(), issues, target);
        }
    }

    /**
     * Writes the two sheets that grow with the batch — Firms (the given units) and, when given, Issues — streamed
     * (SXSSF) when either reaches {@value #STREAMING_FIRMS} rows, and writes the workbook as reproducible xlsx
     * to {@code target}. The other sheets, charts included, stay in the XSSF part. POI's output goes through a
     * temporary file, so a large report is never held in memory as bytes.
     */
    static void finish(XSSFWorkbook wb, ReportData d, Styles st, XSSFSheet firms, int[] units, XSSFSheet issues,
                       OutputStream target) throws IOException {
        Path tmp = Files.createTempFile("ecoscore-report", ".xlsx");
        try {
            try (OutputStream bos = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                writeWorkbook(wb, d, st, firms, units, issues, bos);
            }
            ReproducibleZip.copy(tmp, d.result.started(), target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeWorkbook(XSSFWorkbook wb, ReportData d, Styles st, XSSFSheet firms, int[] units,
                                      XSSFSheet issues, OutputStream bos) throws IOException {
        boolean manyIssues = issues != null && d.result.issues().size() >= STREAMING_FIRMS;
        if (units.length >= STREAMING_FIRMS || manyIssues) {
            SXSSFWorkbook sx = new FastSxssfWorkbook(wb, 500);
            try {
                // The two streamed sheets are independent (own rows, own temporary XML file, styles made up
                // front), so Issues is written on a second thread while Firms is written here; the few calls
                // that touch workbook-level parts (autofilter and print-title names) lock the workbook.
                Thread issuesWriter = null;
                Throwable[] failure = new Throwable[1];
                if (issues != null) {
                    issuesWriter = new Thread(() -> {
                        try {
                            IssuesSheet.write(d, sx.getSheet(issues.getSheetName()), st);
                        } catch (Throwable t) {
                            failure[0] = t;
                        }
                    }, "ecoscore-issues-sheet");
                    issuesWriter.start();
                }
                FirmsSheet.write(d, sx.getSheet(firms.getSheetName()), st, units);
                if (issuesWriter != null) join(issuesWriter, failure);
                sx.write(bos);
            } finally {
                sx.dispose();
            }
        } else {
            FirmsSheet.write(d, firms, st, units);
            if (issues != null) IssuesSheet.write(d, issues, st);
            wb.write(bos);
        }
    }

    private static void join(Thread t, Throwable[] failure) throws IOException {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the Issues sheet", e);
        }
        if (failure[0] instanceof RuntimeException r) throw r;
        if (failure[0] instanceof Error e) throw e;
        if (failure[0] != null) throw new IOException(failure[0]);
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
