package org.ecoscore.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The two sheets of a report that grow with the batch: Firms (the given units) and, when given, Issues. From
 * {@value ReportWriter#STREAMING_FIRMS} firms or issues on, their rows are written as deflated sheet XML to
 * temporary files ({@link SheetXmlFile}), each on its own thread, from {@link #start} on — while the caller
 * builds the other sheets — and {@link #finish} (on the caller's thread, which owns the workbook) puts their
 * sheet-level settings on the {@link XlsxSheet}s and hands them the rows, to be spliced into their parts. Smaller
 * sheets are written into the sheets by {@link #finish}. {@link #close} removes the temporary files.
 */
final class BigSheets implements AutoCloseable {
    /** What a row-writing thread leaves: the rows, their extent, and the sheet-settings step. */
    private record Written(XlsxSheet sheet, ReproducibleZip.SheetRows rows, CellRangeAddress dimension,
                           Runnable settings) {
    }

    private final ReportData d;
    private final Styles st;
    private final XlsxSheet firms;
    private final int[] units;
    private final XlsxSheet issues;
    private final List<FutureTask<Written>> tasks = new ArrayList<>();
    private final List<Path> temps = new ArrayList<>();

    private BigSheets(ReportData d, Styles st, XlsxSheet firms, int[] units, XlsxSheet issues) {
        this.d = d;
        this.st = st;
        this.firms = firms;
        this.units = units;
        this.issues = issues;
    }

    /** Starts writing the rows when the sheets are big; the caller must {@link #close} it. */
    static BigSheets start(ReportData d, Styles st, XlsxSheet firms, int[] units, XlsxSheet issues)
            throws IOException {
        BigSheets b = new BigSheets(d, st, firms, units, issues);
        boolean manyIssues = issues != null && d.result.issues().size() >= ReportWriter.STREAMING_FIRMS;
        if (units.length >= ReportWriter.STREAMING_FIRMS || manyIssues) {
            try {
                if (firms != null) b.run("ecoscore-firms-sheet", firms, w -> FirmsSheet.rows(d, w, units));
                if (issues != null) b.run("ecoscore-issues-sheet", issues, w -> IssuesSheet.rows(d, w));
            } catch (IOException | RuntimeException e) {
                b.close();
                throw e;
            }
        }
        return b;
    }

    private void run(String name, XlsxSheet sheet, Function<SheetWriter, Runnable> body) throws IOException {
        Path file = Files.createTempFile("ecoscore-report", ".xml.deflate");
        temps.add(file);
        FutureTask<Written> task = new FutureTask<>(() -> {
            SheetXmlFile x = new SheetXmlFile(file);
            Runnable settings;
            try (x) {
                settings = body.apply(new SheetWriter(sheet, st, x));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return new Written(sheet, x.rows(), x.dimension(), settings);
        });
        tasks.add(task);
        new Thread(task, name).start();
    }

    /**
     * Waits for the rows and puts them and the sheet-level settings on the sheets (this thread owns the workbook);
     * when the sheets were small, writes them into the sheets now.
     */
    void finish() throws IOException {
        if (tasks.isEmpty()) {
            if (firms != null) FirmsSheet.write(d, firms, st, units);
            if (issues != null) IssuesSheet.write(d, issues, st);
            return;
        }
        for (FutureTask<Written> task : tasks) {
            Written w = get(task);
            w.settings().run();
            w.sheet().streamed(w.rows(), w.dimension());
        }
    }

    private static Written get(FutureTask<Written> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the report's big sheets", e);
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof IOException io) throw io;
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error err) throw err;
            throw new IOException(t);
        }
    }

    /** Waits for any thread still writing, then deletes the temporary files. */
    @Override
    public void close() throws IOException {
        for (FutureTask<Written> task : tasks) {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // reported by finish, or the report already failed for another reason
            }
        }
        for (Path p : temps) Files.deleteIfExists(p);
    }
}
