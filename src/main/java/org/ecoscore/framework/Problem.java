package org.ecoscore.framework;

import java.util.Map;

/**
 * One reason a framework is refused (SPEC §1): where (the file or sheet as messages name it, its 1-based line or
 * row, 0 for the file as a whole, and the column concerned, "" for none), a stable code with the specifics by name
 * (so that report.FrameworkProblemWords can say it in Chinese) and the English sentence, which names the column
 * itself and says what to do.
 *
 * @param file    {@code questions.csv}, {@code ahp/A.csv}, {@code fw.xlsx[questions]}, a path; "" for none
 * @param line    1-based line of a CSV file or row of a sheet; 0 when the problem is the file's as a whole
 * @param column  the header of the column concerned, "" when the problem is not one cell's
 * @param code    the catalogue code, e.g. {@code weight-not-positive}
 * @param params  the specifics by name, as the catalogue's templates name them
 * @param message the English sentence, without the location
 */
public record Problem(String file, int line, String column, String code, Map<String, String> params,
                      String message) {
    public Problem {
        params = Map.copyOf(params);
    }

    /** {@code file:line: message} (or {@code file: message}) — the English line, as scripts read it. */
    public String text() {
        String where = line > 0 ? file + ":" + line : file;
        return where.isEmpty() ? message : where + ": " + message;
    }

    @Override
    public String toString() {
        return text();
    }
}
