package org.ecoscore.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One execution of the command line with stdout and stderr captured (as jbang's tests do). */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** No Java internals reach the user: no stack frame, no exception class name. */
    public boolean noStackTrace() {
        String all = out + err;
        return !all.contains("\tat ") && !all.contains("Exception") && !all.contains("internal error");
    }
}
