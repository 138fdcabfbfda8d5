package org.ecoscore.cli;

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
}
