package org.ecoscore.report;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Date;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.pipeline.RunResult;

/**
 * The Excel report (SPEC §5): 概览/Summary, 企业得分/Firms, 地区得分/Regions, 指标统计/Indicators, 权重/Weights,
 * 数据问题/Issues, 方法说明/Method, 信度/Reliability, one sheet per {@code --by} grouping, 不确定性/Uncertainty
 * (with {@code --uncertainty}), then one profile sheet per region, in the report language; with
 * {@code --split-by region} also one workbook per region ({@link RegionWorkbooks}). From
 * {@value #STREAMING_FIRMS} firms (or issues) on, the Firms and Issues rows are written as sheet XML directly
 * ({@link SheetXmlFile}) while the chart sheets stay XSSF. The file is reproducible: document properties and zip entry times come from the run's time
 * stamp.
 */
public final class ReportWriter {
    /** From this many firms (or issues) the Firms and Issues rows are written as sheet XML directly. */
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
     * Writes the two sheets that grow with the batch — Firms (the given units) and, when given, Issues — and writes
     * the workbook as reproducible xlsx to {@code target}. When either reaches {@value #STREAMING_FIRMS} rows, their
     * rows are written as deflated sheet XML straight to temporary files ({@link SheetXmlFile}, Firms here and
     * Issues on a second thread), the workbook is written with those two sheets empty (their settings applied), and
     * {@link ReproducibleZip} puts the rows into the sheet parts. The other sheets, charts included, are XSSF.
     * POI's output goes through a temporary file, so a large report is never held in memory as bytes.
     */
    static void finish(XSSFWorkbook wb, ReportData d, Styles st, XSSFSheet firms, int[] units, XSSFSheet issues,
                       OutputStream target) throws IOException {
        boolean manyIssues = issues != null && d.result.issues().size() >= STREAMING_FIRMS;
        List<Path> temps = new ArrayList<>();
        try {
            Map<String, ReproducibleZip.SheetRows> rows = new HashMap<>();
            if (units.length >= STREAMING_FIRMS || manyIssues) {
                Path firmRows = temp(temps, ".xml.deflate");
                Path issueRows = issues == null ? null : temp(temps, ".xml.deflate");
                ReproducibleZip.SheetRows[] written = new ReproducibleZip.SheetRows[2];
                // The two sheets are independent (own rows file, styles made up front), so Issues is written on a
                // second thread; the few calls that touch workbook-level parts (autofilter and print-title names)
                // lock the workbook.
                Thread issuesWriter = null;
                Throwable[] failure = new Throwable[1];
                if (issues != null) {
                    issuesWriter = new Thread(() -> {
                        try {
                            written[1] = writeRows(issueRows, issues, st, w -> IssuesSheet.write(d, w));
                        } catch (Throwable t) {
                            failure[0] = t;
                        }
                    }, "ecoscore-issues-sheet");
                    issuesWriter.start();
                }
                try {
                    written[0] = writeRows(firmRows, firms, st, w -> FirmsSheet.write(d, w, units));
                } finally {
                    if (issuesWriter != null) join(issuesWriter, failure);
                }
                rows.put(partName(firms), written[0]);
                if (issues != null) rows.put(partName(issues), written[1]);
            } else {
                FirmsSheet.write(d, firms, st, units);
                if (issues != null) IssuesSheet.write(d, issues, st);
            }
            Path tmp = temp(temps, ".xlsx");
            try (OutputStream bos = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                wb.write(bos);
            }
            ReproducibleZip.copy(tmp, d.result.started(), target, rows);
        } finally {
            for (Path p : temps) Files.deleteIfExists(p);
        }
    }

    private static Path temp(List<Path> temps, String suffix) throws IOException {
        Path p = Files.createTempFile("ecoscore-report", suffix);
        temps.add(p);
        return p;
    }

    /** The sheet's zip entry name, e.g. {@code xl/worksheets/sheet2.xml}. */
    private static String partName(XSSFSheet sheet) {
        return sheet.getPackagePart().getPartName().getName().substring(1);
    }

    /** The sheet's rows to {@code file} through {@code body}; the sheet itself keeps no rows. */
    private static ReproducibleZip.SheetRows writeRows(Path file, XSSFSheet sheet, Styles st, Consumer<SheetWriter> body)
            throws IOException {
        SheetXmlFile x = new SheetXmlFile(file);
        try (x) {
            body.accept(new SheetWriter(sheet, st, x));
            CellRangeAddress dimension = x.dimension();
            if (dimension != null) {
                synchronized (sheet.getWorkbook()) {
                    sheet.setDimensionOverride(dimension);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return x.rows();
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
