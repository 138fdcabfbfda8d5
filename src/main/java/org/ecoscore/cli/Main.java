package org.ecoscore.cli;

import org.ecoscore.core.ExitCode;
import picocli.CommandLine;

/** Entry point: wires the command tree to the process exit code (SPEC §6). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            // the framework loaded on a second thread while picocli parses (FrameworkPreload)
            code = commandLine(FrameworkPreload.start(args)).execute(args);
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
        return commandLine(FrameworkPreload.none());
    }

    /**
     * As {@link #commandLine()}, score and validate taking their framework from {@code preload}.
     */
    static CommandLine commandLine(FrameworkPreload preload) {
        ErrorHandler handler = new ErrorHandler(System.getenv("ECOSCORE_DEBUG") != null);
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == ScoreCommand.class) return cls.cast(new ScoreCommand(preload));
                if (cls == ValidateCommand.class) return cls.cast(new ValidateCommand(preload));
                return defaults.create(cls);
            }
        };
        return new CommandLine(new EcoscoreCommand(), factory)
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler);
    }
}
