package org.ecoscore.cli;

import org.ecoscore.core.ExitCode;
import org.ecoscore.report.Labels;

/**
 * The exit code of a run that wrote its outputs (SPEC §6), and the console line that says why it is not 0: an
 * unreadable input (3) comes before {@code --strict} with errors or warnings (5). Shared by {@code score} and
 * {@code trend}.
 */
record RunExit(int code, String message) {
    static RunExit of(long unreadable, boolean strict, long errors, long warnings, Labels console) {
        if (unreadable > 0) return new RunExit(ExitCode.INPUT, console.format("console.unreadableFiles",
                console.counted(unreadable, "inputFile")));
        if (strict && errors + warnings > 0) {
            return new RunExit(ExitCode.STRICT, console.format("console.strict",
                    console.counted(errors, "error"), console.counted(warnings, "warning")));
        }
        return new RunExit(ExitCode.OK, null);
    }
}
