package org.ecoscore.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Start-up of a short run: the report's first workbook costs more than the rest of the run, nearly all of it
 * loading and linking classes (POI's usermodel, XMLBeans and its OOXML schema types, the drawing classes,
 * commons-compress, the Log4j API) rather than doing work. {@link #start} builds a small throw-away workbook
 * with the same kinds of parts as the report (styles, text and number cells, merged cells, colour scales,
 * bar and radar charts as {@link ChartParts} writes them, document properties) on a background thread, writes it
 * to a temporary file and copies that to nowhere as the report is copied ({@link ReproducibleZip}), while the main
 * thread reads and scores the batch; {@link #await} (called before the report is
 * built) waits for it, so the report itself never meets a class for the first time concurrently with it.
 * Nothing of the throw-away workbook reaches any output. No chart of the report is built through XDDF (whose
 * classes would cost a short run more than anything else in it), so none is warmed.
 *
 * <p>The launcher asks for it on short {@code score} runs only ({@code -Decoscore.warmup=true}, see
 * {@link #requested}), and {@code Main} starts it before the command line is even parsed: on a large batch the
 * report's classes are a small part of the run and a second thread is better spent elsewhere.
 */
public final class ReportWarmUp {
    /** The system property the launcher sets on short runs. */
    public static final String PROPERTY = "ecoscore.warmup";

    private final Thread thread;

    private ReportWarmUp(Thread thread) {
        this.thread = thread;
    }

    /** True when the launcher asked for the warm-up ({@value #PROPERTY} = true). */
    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** No warm-up: {@link #await} returns at once. */
    public static ReportWarmUp none() {
        return new ReportWarmUp(null);
    }

    /** Starts the warm-up on a daemon thread when {@link #requested}; else {@link #none}. */
    public static ReportWarmUp start() {
        if (!requested()) return none();
        Thread t = new Thread(ReportWarmUp::runQuietly, "ecoscore-report-warm-up");
        t.setDaemon(true);
        t.start();
        return new ReportWarmUp(t);
    }

    /** Waits until the warm-up has finished (at once when there is none). */
    public void await() {
        if (thread == null) return;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void runQuietly() {
        try {
            Path tmp = Files.createTempFile("ecoscore-warm-up", ".xlsx");
            try {
                Map<String, byte[]> charts;
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    charts = run(o);
                }
                ReproducibleZip.copy(tmp, Instant.EPOCH, OutputStream.nullOutputStream(), Map.of(), charts);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // only a warm-up: the report itself will meet (and report) any real problem
        }
    }

    /**
     * Builds the throw-away workbook and writes it to {@code out}; its charts as {@link ChartParts} writes them.
     *
     * @return the chart parts' XML, to be put in as the report's are ({@link ChartParts#xml()})
     */
    static Map<String, byte[]> run(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            XSSFSheet sheet = wb.createSheet("warm-up");
            SheetWriter w = new SheetWriter(sheet, st);
            w.styled(0, 0, "ecoscore", st.title);
            w.header(1, List.of("a", "b", "c"));
            for (int r = 2; r < 6; r++) {
                w.text(r, 0, "地区 " + r);
                w.number(r, 1, 50.5 + r, st.score);
                w.number(r, 2, 40.25 + r, st.fine);
                w.integer(r, 3, r);
                w.integer(r, 4, r, true);
            }
            w.label(6, 0, "label");
            w.note(7, 0, "note");
            w.paragraph(8, 0, 5, "paragraph");
            ColourScales.add(sheet, 2, 5, 1);
            sheet.createFreezePane(1, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, 5, 0, 2));
            CellRangeAddress categories = new CellRangeAddress(2, 5, 0, 0);
            List<Charts.Series> series = List.of(new Charts.Series("b", new CellRangeAddress(2, 5, 1, 1)),
                    new Charts.Series("c", new CellRangeAddress(2, 5, 2, 2)));
            ChartParts parts = new ChartParts();
            parts.bar(sheet, new Charts.Place(6, 0, 12, 10), "bar", categories, series, false);
            parts.radar(sheet, Charts.sized(sheet, 6, 12, 8, 6), "radar", categories, series);
            w.finish(1);
            wb.getProperties().getCoreProperties().setTitle("warm-up");
            wb.write(out);
            return parts.xml();
        }
    }
}
