package org.ecoscore.report;

import java.nio.file.Path;
import org.ecoscore.pipeline.RunResult;

/** The CSV tables of SPEC §5. STUB: replaced by the report work. */
public final class CsvTables {
    private CsvTables() {
    }

    /** Writes firms.csv, regions.csv, weights.csv, indicators.csv, issues.csv into dir, each atomically. */
    public static void write(RunResult result, java.nio.file.Path dir) {
        throw new UnsupportedOperationException("stub");
    }
}
