package org.ecoscore.cli;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.ecoscore.core.Issue;
import org.ecoscore.core.AtomicFiles;
import org.ecoscore.core.Text;
import org.ecoscore.report.IssueMessages;
import org.ecoscore.report.Labels;

/** The issues of {@code validate}: an aligned text table for the console, and issues.csv (SPEC §5 columns). */
final class IssueTable {
    private static final String[] HEADER = {"file", "sheet", "row", "column", "severity", "code", "message"};

    private IssueTable() {
    }

    /** {@link #format(List, Labels)} in English. */
    static String format(List<Issue> issues) {
        return format(issues, new Labels(true));
    }

    /**
     * Columns file, sheet, row, column, severity, code, message in the console language (the code stays the
     * stable code; the message comes from the catalogue, report.IssueMessages); the message is left unpadded.
     * Columns are aligned by display width, so Chinese text (two columns a character) lines up. Errors come
     * first, then warnings, then notes, each in input order (as the Summary's issue table), so that the one error
     * is not lost among the notes.
     */
    static String format(List<Issue> issues, Labels l) {
        issues = bySeverity(issues);
        String[][] rows = new String[issues.size() + 1][];
        String[] header = new String[HEADER.length];
        for (int c = 0; c < HEADER.length; c++) header[c] = l.get("console.col." + HEADER[c]);
        rows[0] = header;
        for (int i = 0; i < issues.size(); i++) {
            Issue is = issues.get(i);
            String severity = l.english() ? is.severity().id() : l.code(is.severity().id());
            rows[i + 1] = new String[] {ConsoleText.oneLine(is.file()), ConsoleText.oneLine(is.sheet()),
                    is.row() > 0 ? Integer.toString(is.row()) : "", is.column(), severity, is.code(),
                    ConsoleText.oneLine(IssueMessages.render(is, l.english()))};
        }
        int[] width = new int[HEADER.length - 1];
        for (String[] r : rows) {
            for (int c = 0; c < width.length; c++) width[c] = Math.max(width[c], Text.displayWidth(r[c]));
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            for (int c = 0; c < width.length; c++) {
                sb.append(r[c]).append(" ".repeat(width[c] - Text.displayWidth(r[c]) + 2));
            }
            sb.append(r[HEADER.length - 1]).append('\n');
        }
        return sb.toString();
    }

    /** The issues, errors first, then warnings, then notes; input order within a severity (a stable sort). */
    static List<Issue> bySeverity(List<Issue> issues) {
        List<Issue> sorted = new java.util.ArrayList<>(issues);
        sorted.sort(java.util.Comparator.comparing(Issue::severity));
        return sorted;
    }

    /** issues.csv: UTF-8 with BOM, RFC 4180, {@code file,sheet,row,column,code,severity,message}. */
    static void writeCsv(List<Issue> issues, Path file) {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            ICSVWriter csv = new CSVWriter(w, ',', '"', '"', "\r\n");
            csv.writeNext(new String[] {"file", "sheet", "row", "column", "code", "severity", "message"}, false);
            for (Issue is : issues) {
                csv.writeNext(new String[] {safe(is.file()), safe(is.sheet()),
                        is.row() > 0 ? Integer.toString(is.row()) : "", is.column(), is.code(), is.severity().id(),
                        safe(is.message())}, false);
            }
            csv.flush();
        });
    }

    /** OWASP formula-injection rule (SPEC §5): text starting with = + - @ tab CR LF gets a leading '. */
    static String safe(String s) {
        if (s == null || s.isEmpty()) return "";
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' ? "'" + s : s;
    }
}
