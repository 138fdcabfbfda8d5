package org.ecoscore.cli;

import java.io.PrintWriter;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.Version;
import org.ecoscore.report.JsonSummary;
import picocli.CommandLine.Option;

/**
 * Mixin: {@code --json FILE|-} on {@code score}, {@code validate} (and {@code trend}): a machine-readable summary
 * of the run (docs/json-summary.md). With {@code -} the JSON goes to standard output and the human summary to
 * standard error. An output destination like {@code -o}, so it is not part of the options printed back on the
 * Method sheet.
 */
final class JsonOption {
    @Option(names = "--json", paramLabel = "FILE|-",
            description = "Also write a machine-readable JSON summary to FILE, or to standard output with '-' "
                    + "(the human summary then goes to standard error). See docs/json-summary.md.")
    String json;

    boolean toStdout() {
        return "-".equals(json);
    }

    /**
     * With {@code --json}: the summary of a run stopped by {@code e} — the run's own when it got that far, else
     * one that names only the command and the error — so that a script can read why (docs/json-summary.md).
     */
    void writeFailure(String command, JsonSummary summary, EcoscoreException e, PrintWriter out) {
        if (json == null) return;
        (summary == null ? JsonSummary.failed(command, Version.get(), e) : summary.error(e)).write(json, out);
    }
}
