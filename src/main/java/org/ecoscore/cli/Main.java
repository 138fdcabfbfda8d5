package org.ecoscore.cli;

import org.ecoscore.core.ExitCode;
import org.ecoscore.report.ReportWarmUp;
import picocli.CommandLine;

/** Entry point: wires the command tree to the process exit code (SPEC §6). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        LocaleHint.print(args, System.getenv(), java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY),
                new java.io.PrintWriter(System.err, true));
        try {
            // on a short score run the launcher asks for the report's classes to be loaded meanwhile
            code = commandLine(ReportWarmUp.start()).execute(args);
        } catch (OutOfMemoryError e) {
            // not a bug and not a stack trace: the batch needs more memory than the JVM was given
            long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            System.err.println("ecoscore: not enough memory for this batch (" + e.getMessage() + ", the Java heap "
                    + "was " + mb + " MB). Give Java more with ECOSCORE_JAVA_OPTS=-Xmx" + Math.max(2, 2 * mb / 1024 + 1)
                    + "g ./ecoscore … (the launcher sizes the heap from the inputs' size), or split the input into "
                    + "smaller batches; see TROUBLESHOOTING.md, \"not enough memory\".");
            code = ExitCode.INPUT;
        }
        System.exit(code);
    }

    /**
     * The configured command line: the command tree plus the one place where exceptions become messages and
     * exit codes ({@link ErrorHandler}). Tests use this and set their own out/err writers.
     */
    public static CommandLine commandLine() {
        return commandLine(ReportWarmUp.none());
    }

    /** As {@link #commandLine()}, the score command waiting for {@code warmUp} before it builds the report. */
    static CommandLine commandLine(ReportWarmUp warmUp) {
        ErrorHandler handler = new ErrorHandler(System.getenv("ECOSCORE_DEBUG") != null);
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == ScoreCommand.class ? cls.cast(new ScoreCommand(warmUp)) : defaults.create(cls);
            }
        };
        return new CommandLine(new EcoscoreCommand(), factory)
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler);
    }
}
