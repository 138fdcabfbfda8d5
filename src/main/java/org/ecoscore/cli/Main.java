package org.ecoscore.cli;

import picocli.CommandLine;

/** Entry point: wires the command tree to the process exit code (SPEC §6). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The configured command line: the command tree plus the one place where exceptions become messages and
     * exit codes ({@link ErrorHandler}). Tests use this and set their own out/err writers.
     */
    public static CommandLine commandLine() {
        ErrorHandler handler = new ErrorHandler(System.getenv("ECOSCORE_DEBUG") != null);
        return new CommandLine(new EcoscoreCommand())
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler);
    }
}
