package org.ecoscore.core;

/** The exit codes of SPEC §6. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int INPUT = 3;
    public static final int OUTPUT = 4;
    public static final int STRICT = 5;

    private ExitCode() {
    }
}
