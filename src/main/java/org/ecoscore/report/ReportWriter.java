package org.ecoscore.report;

import java.nio.file.Path;
import org.ecoscore.pipeline.RunResult;

/** The Excel report (SPEC §5). STUB: replaced by the report work. */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** Writes atomically; {@link org.ecoscore.core.EcoscoreException} exit 4 when it cannot. */
    public static void write(RunResult result, Path out) {
        throw new UnsupportedOperationException("stub");
    }
}
