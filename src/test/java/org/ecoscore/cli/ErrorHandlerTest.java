package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.ecoscore.core.EcoscoreException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** SPEC §6 / ARCHITECTURE "Errors": one place turns exceptions into messages and exit codes. */
class ErrorHandlerTest {
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final RuntimeException toThrow;

        Boom(RuntimeException toThrow) {
            this.toThrow = toThrow;
        }

        @Override
        public Integer call() {
            throw toThrow;
        }
    }

    private static String[] run(RuntimeException ex, boolean debug) {
        StringWriter err = new StringWriter();
        ErrorHandler h = new ErrorHandler(debug);
        CommandLine cmd = new CommandLine(new Boom(ex)).setExecutionExceptionHandler(h).setParameterExceptionHandler(h);
        cmd.setErr(new PrintWriter(err, true));
        return new String[] {Integer.toString(cmd.execute()), err.toString()};
    }

    @Test
    void userErrorPrintsLocationAndMessageAndItsExitCode() {
        String[] r = run(new EcoscoreException(3, "firms.xlsx", "Sheet1", 5, "D", "the header row is missing; "
                + "add one.", null), false);
        assertEquals("3", r[0]);
        assertEquals("ecoscore: firms.xlsx, sheet Sheet1, row 5, column D: the header row is missing; add one.",
                r[1].strip());
    }

    @Test
    void outputErrorExitsFour() {
        String[] r = run(EcoscoreException.output("r.xlsx", "could not write", null), false);
        assertEquals("4", r[0]);
        assertEquals("ecoscore: r.xlsx: could not write", r[1].strip());
    }

    /* Regression (bare C locale): a Chinese file name Java cannot encode is a usage error pointing to the fix. */
    @Test
    void fileNameOutsideTheSystemEncodingIsAUsageErrorNotABug() {
        String[] r = run(new java.nio.file.InvalidPathException("????.xlsx", "Malformed input or input contains "
                + "unmappable characters"), false);
        assertEquals("2", r[0]);
        assertTrue(r[1].startsWith("ecoscore: a file or folder name cannot be read in this system's encoding ("), r[1]);
        assertTrue(r[1].contains("see TROUBLESHOOTING.md \"File names with Chinese characters\"."), r[1]);
        assertFalse(r[1].contains("internal error"), r[1]);
        // what it advises depends on the environment: a bare C locale is told to run in a UTF-8 one
        assertEquals("ecoscore: a file or folder name cannot be read in this system's encoding (ANSI_X3.4-1968): its"
                + " characters are lost. Run in a UTF-8 locale (e.g. LANG=C.UTF-8 or LANG=zh_CN.UTF-8) or rename the"
                + " file; see TROUBLESHOOTING.md \"File names with Chinese characters\".",
                ErrorHandler.invalidPathMessage("ANSI_X3.4-1968", java.util.Map.of("LANG", "C")));
        // new-user finding (session 8): LANG=zh_CN.UTF-8 on a system without that locale was told to set it
        assertEquals("ecoscore: a file or folder name cannot be read in this system's encoding (ANSI_X3.4-1968): its"
                + " characters are lost. LANG=zh_CN.UTF-8 is set, but that locale is not installed on this system"
                + " (`locale -a` lists those that are): run with LC_ALL=C.UTF-8, install the locale, or rename the file;"
                + " see TROUBLESHOOTING.md \"File names with Chinese characters\".",
                ErrorHandler.invalidPathMessage("ANSI_X3.4-1968", java.util.Map.of("LANG", "zh_CN.UTF-8")));
        assertTrue(ErrorHandler.invalidPathMessage("ANSI_X3.4-1968", java.util.Map.of("LC_ALL", "zh_CN.utf8",
                "LANG", "C")).contains("LC_ALL=zh_CN.utf8 is set, but that locale is not installed"));
    }

    @Test
    void anythingElseIsAnInternalErrorWithoutStackTraceUnlessDebugging() {
        String[] r = run(new IllegalStateException("oops"), false);
        assertEquals("1", r[0]);
        assertTrue(r[1].startsWith("ecoscore: internal error (this is a bug — please report it with the command you "
                + "ran): java.lang.IllegalStateException: oops"), r[1]);
        assertFalse(r[1].contains("\tat "), r[1]);

        String[] d = run(new IllegalStateException("oops"), true);
        assertEquals("1", d[0]);
        assertTrue(d[1].contains("\tat "), d[1]);
    }
}
