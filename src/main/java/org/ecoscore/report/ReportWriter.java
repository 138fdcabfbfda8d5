package org.ecoscore.report;

import java.io.ByteArrayOutputStream;
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
        byte[] bytes;
        try {
            bytes = build(result);
        } catch (IOException e) {
            throw EcoscoreException.output(out.toString(), "cannot write " + out + ": the workbook could not be "
                    + "assembled (" + e.getMessage() + "); check the free space in the temporary folder", e);
        }
        AtomicFiles.write(out, o -> o.write(bytes));
        if (RegionWorkbooks.requested(result.options())) RegionWorkbooks.write(result, out);
    }

    /** The report as xlsx bytes. */
    static byte[] build(RunResult result) throws IOException {
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
            return finish(wb, d, st, firms, IntStream.range(0, d.firm.units()).toArray(), issues);
        }
    }

    /**
     * Writes the two sheets that grow with the batch — Firms (the given units) and, when given, Issues — streamed
     * (SXSSF) when either reaches {@value #STREAMING_FIRMS} rows, and returns the workbook as reproducible xlsx
     * bytes. The other sheets, charts included, stay in the XSSF part.
     */
    static byte[] finish(XSSFWorkbook wb, ReportData d, Styles st, XSSFSheet firms, int[] units, XSSFSheet issues)
            throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        boolean manyIssues = issues != null && d.result.issues().size() >= STREAMING_FIRMS;
        if (units.length >= STREAMING_FIRMS || manyIssues) {
            SXSSFWorkbook sx = new SXSSFWorkbook(wb, 500);
            try {
                FirmsSheet.write(d, sx.getSheet(firms.getSheetName()), st, units);
                if (issues != null) IssuesSheet.write(d, sx.getSheet(issues.getSheetName()), st);
                sx.write(bos);
            } finally {
                sx.dispose();
            }
        } else {
            FirmsSheet.write(d, firms, st, units);
            if (issues != null) IssuesSheet.write(d, issues, st);
            wb.write(bos);
        }
        byte[] raw = bos.toByteArray();
        bos = new ByteArrayOutputStream(raw.length + 4096);
        ReproducibleZip.copy(raw, d.result.started(), bos);
        return bos.toByteArray();
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
