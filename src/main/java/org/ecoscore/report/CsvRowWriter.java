package org.ecoscore.report;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180 rows onto a {@link Writer}, exactly as OpenCSV's {@code CSVWriter(w, ',', '"', '"', "\r\n")}
 * writes them with {@code applyQuotesToAll = false}: a field is quoted when it holds {@code " , \n} or
 * {@code \r}, a quote inside a quoted field is doubled, a null field is empty, rows end in CRLF. Fields go
 * straight into a char buffer (no row array, no string builder per row), so that a table of millions of
 * rows (obstacles.csv) is cheap to write.
 */
final class CsvRowWriter {
    private final Writer out;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private boolean first = true;

    CsvRowWriter(Writer out) {
        this.out = out;
    }

    /** One whole row. */
    void row(String[] fields) throws IOException {
        for (String f : fields) field(f);
        end();
    }

    /** The next field of the current row. */
    void field(String s) throws IOException {
        if (!first) put(',');
        first = false;
        if (s == null) return;
        if (special(s)) {
            put('"');
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c == '"') put('"');
                put(c);
            }
            put('"');
        } else {
            raw(s);
        }
    }

    /**
     * The next field, already written as CSV by {@link #escaped} (a value repeated on many rows is escaped
     * once).
     */
    void escapedField(String csv) throws IOException {
        if (!first) put(',');
        first = false;
        raw(csv);
    }

    /** A field's text as {@link #field} would write it. */
    static String escaped(String s) {
        if (s == null) return "";
        if (!special(s)) return s;
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') sb.append('"');
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    /** Ends the current row. */
    void end() throws IOException {
        put('\r');
        put('\n');
        first = true;
    }

    void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
        out.flush();
    }

    private static boolean special(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == ',' || c == '\n' || c == '\r') return true;
        }
        return false;
    }

    private void raw(String s) throws IOException {
        int n = s.length();
        if (n > buf.length - pos) {
            out.write(buf, 0, pos);
            pos = 0;
            if (n > buf.length) {
                out.write(s);
                return;
            }
        }
        s.getChars(0, n, buf, pos);
        pos += n;
    }

    private void put(char c) throws IOException {
        if (pos == buf.length) {
            out.write(buf, 0, pos);
            pos = 0;
        }
        buf[pos++] = c;
    }
}
