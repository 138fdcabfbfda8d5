package org.ecoscore.robustness;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.ecoscore.cli.Main;
import picocli.CommandLine;

/** One execution of the command line with stdout and stderr captured. */
record Cli(int exitCode, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** No Java internals reach the user: no stack frame, no exception class name. */
    boolean noStackTrace() {
        String all = out + err;
        return !all.contains("\tat ") && !all.contains("Exception") && !all.contains("internal error");
    }
}
