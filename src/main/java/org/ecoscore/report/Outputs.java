package org.ecoscore.report;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ecoscore.result.RunResult;

/**
 * Writes a run's outputs: the Excel report ({@code -o}) and, with {@code --csv}, the CSV tables. The two are
 * independent, so the CSV tables are written on a second thread while the report is assembled (the report
 * is the longer of the two on large batches). Each file is written atomically by its writer.
 */
public final class Outputs {
    private Outputs() {
    }

    public static void write(RunResult result) {
        var csvDir = result.options().csvDir();
        if (csvDir == null) {
            ReportWriter.write(result, result.options().output());
            briefs(result);
            return;
        }
        // obstacles.csv computes every firm's obstacles: it takes the national means for the report's diagnosis
        NationalObstacles national = result.scores().firm() == null ? null : new NationalObstacles(result.scores().firm());
        CompletableFuture<Void> csv = CompletableFuture.runAsync(() -> CsvTables.write(result, csvDir, national));
        try {
            ReportWriter.write(result, result.options().output(), national);
            briefs(result);
        } finally {
            join(csv);
        }
    }

    /** {@code --briefs DIR}: the Word brief of each region. */
    private static void briefs(RunResult result) {
        if (result.options().briefs() != null && result.scores().region() != null) {
            RegionBriefs.write(result, result.options().briefs());
        }
    }

    /** Waits for {@code job}; throws what it threw, as running it on this thread would have. */
    static void join(CompletableFuture<Void> job) {
        try {
            job.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
