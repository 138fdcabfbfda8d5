package org.ecoscore.core;

/**
 * A user error (bad framework, unreadable input, unwritable output, bad option): carries the exit code
 * of SPEC §6, a location and a sentence saying what to do. Thrown deep, turned into a message and an
 * exit code in exactly one place in {@code cli}. Per-row and per-cell problems are issues, not this.
 */
public class EcoscoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final String file;
    private final String sheet;
    private final int row;
    private final String column;
    private String code = "";
    private java.util.Map<String, String> params = java.util.Map.of();

    public EcoscoreException(int exitCode, String file, String sheet, int row, String column, String message,
                             Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.file = file == null ? "" : file;
        this.sheet = sheet == null ? "" : sheet;
        this.row = row;
        this.column = column == null ? "" : column;
    }

    public EcoscoreException(int exitCode, String file, String message) {
        this(exitCode, file, "", 0, "", message, null);
    }

    public EcoscoreException(int exitCode, String file, String message, Throwable cause) {
        this(exitCode, file, "", 0, "", message, cause);
    }

    public static EcoscoreException input(String file, String message) {
        return new EcoscoreException(ExitCode.INPUT, file, message);
    }

    public static EcoscoreException input(String file, String message, Throwable cause) {
        return new EcoscoreException(ExitCode.INPUT, file, message, cause);
    }

    public static EcoscoreException output(String file, String message, Throwable cause) {
        return new EcoscoreException(ExitCode.OUTPUT, file, message, cause);
    }

    public static EcoscoreException usage(String message) {
        return new EcoscoreException(ExitCode.USAGE, "", message);
    }

    /**
     * Names the message for the catalogue (report.ErrorMessages), so that the console can say it in the user's
     * language: a stable code and the specifics by name, as an {@link Issue}'s. Called once, where the exception
     * is made; the English message stays what {@link #getMessage()} says.
     */
    public EcoscoreException coded(String code, Object... nameValue) {
        this.code = code;
        this.params = Issue.paramsOf(nameValue);
        return this;
    }

    /** The message's catalogue code, "" when it has none (then every language shows the English message). */
    public String code() {
        return code;
    }

    /** The message's specifics by name (empty without a code). */
    public java.util.Map<String, String> params() {
        return java.util.Collections.unmodifiableMap(params);
    }

    public int exitCode() {
        return exitCode;
    }

    public String file() {
        return file;
    }

    public String sheet() {
        return sheet;
    }

    public int row() {
        return row;
    }

    public String column() {
        return column;
    }

    /** "file, sheet S, row 5, column D: message" */
    public String userMessage() {
        String loc = new Issue(file, sheet, row, column, "", Severity.ERROR, "").location();
        return loc.isEmpty() ? getMessage() : loc + ": " + getMessage();
    }
}
