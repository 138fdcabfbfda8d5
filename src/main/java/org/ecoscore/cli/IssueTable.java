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

/** The issues of {@code validate}: an aligned text table for the console, and issues.csv (SPEC §5 columns). */
final class IssueTable {
    private static final String[] HEADER = {"file", "sheet", "row", "column", "severity", "code", "message"};

    private IssueTable() {
    }

    /** Columns file, sheet, row, column, severity, code, message; the message is left unpadded. */
    static String format(List<Issue> issues) {
        String[][] rows = new String[issues.size() + 1][];
        rows[0] = HEADER;
        for (int i = 0; i < issues.size(); i++) {
            Issue is = issues.get(i);
            rows[i + 1] = new String[] {ConsoleText.oneLine(is.file()), ConsoleText.oneLine(is.sheet()),
                    is.row() > 0 ? Integer.toString(is.row()) : "", is.column(), is.severity().id(), is.code(),
                    ConsoleText.oneLine(is.message())};
        }
        int[] width = new int[HEADER.length - 1];
        for (String[] r : rows) for (int c = 0; c < width.length; c++) width[c] = Math.max(width[c], r[c].length());
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            for (int c = 0; c < width.length; c++) {
                sb.append(r[c]).append(" ".repeat(width[c] - r[c].length() + 2));
            }
            sb.append(r[HEADER.length - 1]).append('\n');
        }
        return sb.toString();
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
