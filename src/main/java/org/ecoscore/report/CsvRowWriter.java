package org.ecoscore.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.ecoscore.core.PlainDecimal;

/**
 * RFC 4180 rows in UTF-8 onto an {@link OutputStream}, exactly as OpenCSV's
 * {@code CSVWriter(w, ',', '"', '"', "\r\n")} with {@code applyQuotesToAll = false} writes them through a
 * UTF-8 {@code OutputStreamWriter}: a field is quoted when it holds {@code " , \n} or {@code \r}, a quote
 * inside a quoted field is doubled, a null field is empty, rows end in CRLF, a lone surrogate (no character)
 * becomes {@code ?}. Fields go straight into a byte buffer, encoded here (no row array, no string builder
 * per row, no charset encoder), so that a table of millions of rows (obstacles.csv) is cheap to write.
 */
final class CsvRowWriter {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private boolean first = true;

    CsvRowWriter(OutputStream out) {
        this.out = out;
    }

    /** One whole row. */
    void row(String[] fields) throws IOException {
        for (String f : fields) field(f);
        end();
    }

    /** The next field of the current row. */
    void field(String s) throws IOException {
        comma();
        if (s == null) return;
        if (special(s)) {
            put('"');
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c == '"') put('"');
                i = utf8(s, i, c);
            }
            put('"');
        } else {
            text(s);
        }
    }

    /**
     * The next field: a number as {@link CsvNumbers#format} writes it (never quoted) — zero, integers and the
     * plain decimals ({@link PlainDecimal}) put straight into the buffer, the rare rest through that text.
     */
    void number(double d) throws IOException {
        comma();
        if (buf.length - pos < NUMBER_BYTES) drain();
        int end = number(d, buf, pos);
        if (end >= 0) pos = end;
        else ascii(CsvNumbers.format(d));
    }

    /** Room {@link #number(double, byte[], int)} needs. */
    static final int NUMBER_BYTES = 21 + PlainDecimal.MAX_BYTES;

    /**
     * {@code d} as {@link CsvNumbers#format} writes it, put into {@code b} from {@code at} ({@value #NUMBER_BYTES}
     * bytes of room) when it is zero, an integer or a plain decimal: the index after it; else -1 (the caller
     * writes that text).
     */
    static int number(double d, byte[] b, int at) {
        if (d == 0) {
            b[at] = '0';
            return at + 1;
        }
        int pos = at;
        double m = Math.abs(d);
        // (a nonzero integer is at least 1 in size: the shares and scores below 1 skip Math.rint, no intrinsic under C1)
        if (m >= 1 && m < 1e15 && d == Math.rint(d)) {
            long n = (long) d;
            if (n < 0) {
                b[pos++] = '-';
                n = -n;
            }
            int digits = 1;
            for (long v = n; v >= 10; v /= 10) digits++;
            for (int i = pos + digits - 1; i >= pos; i--) {
                b[i] = (byte) ('0' + n % 10);
                n /= 10;
            }
            return pos + digits;
        }
        return PlainDecimal.writeCsv(d, b, at);
    }

    /**
     * The next field: an integer count as {@link CsvNumbers#count} writes it ({@code blankBelow} and anything
     * smaller empty), its digits put straight into the buffer.
     */
    void count(int n, int blankBelow) throws IOException {
        comma();
        if (n < blankBelow) return;
        if (buf.length - pos < 11) drain();
        if (n < 0) {
            if (n == Integer.MIN_VALUE) {
                ascii(Integer.toString(n));
                return;
            }
            buf[pos++] = '-';
            n = -n;
        }
        int digits = 1;
        for (int v = n; v >= 10; v /= 10) digits++;
        for (int i = pos + digits - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        pos += digits;
    }

    /**
     * The next field, already written as CSV by {@link #escaped} (a value repeated on many rows is escaped
     * and encoded once).
     */
    void escapedField(byte[] csv) throws IOException {
        comma();
        if (csv.length > buf.length - pos) {
            drain();
            if (csv.length > buf.length) {
                out.write(csv);
                return;
            }
        }
        System.arraycopy(csv, 0, buf, pos, csv.length);
        pos += csv.length;
    }

    /** Rows formatted elsewhere (whole rows, each ended by {@link #end}), after the rows written so far. */
    void bytes(java.io.ByteArrayOutputStream rows) throws IOException {
        drain();
        rows.writeTo(out);
    }

    /** A field's bytes as {@link #field} would write them. */
    static byte[] escaped(String s) {
        if (s == null) return new byte[0];
        if (!special(s)) return s.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') sb.append('"');
            sb.append(c);
        }
        return sb.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Ends the current row. */
    void end() throws IOException {
        if (buf.length - pos < 2) drain();
        buf[pos++] = '\r';
        buf[pos++] = '\n';
        first = true;
    }

    void flush() throws IOException {
        drain();
        out.flush();
    }

    private void comma() throws IOException {
        if (first) {
            first = false;
        } else {
            if (pos == buf.length) drain();
            buf[pos++] = ',';
        }
    }

    private static boolean special(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == ',' || c == '\n' || c == '\r') return true;
        }
        return false;
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /** An ASCII text (a number). */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the low 8 bits, wanted here
    private void ascii(String s) throws IOException {
        int n = s.length();
        if (n > buf.length - pos) drain();
        // each char's low 8 bits, as (byte) s.charAt(i) gives them, in one call (cheaper than a loop of
        // charAt under the C1-only JIT that big batches run with)
        s.getBytes(0, n, buf, pos);
        pos += n;
    }

    /** A text that needs no quotes, UTF-8 encoded. */
    private void text(String s) throws IOException {
        for (int i = 0, n = s.length(); i < n; i++) i = utf8(s, i, s.charAt(i));
    }

    /** Puts the UTF-8 of the character at {@code i} (both halves of a surrogate pair); returns its last index. */
    private int utf8(String s, int i, char c) throws IOException {
        if (buf.length - pos < 4) drain();
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | (c >> 6));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[pos++] = (byte) (0xF0 | (cp >> 18));
                buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                buf[pos++] = '?'; // a lone surrogate is no character: what the UTF-8 encoder writes for it
            }
        } else {
            buf[pos++] = (byte) (0xE0 | (c >> 12));
            buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        }
        return i;
    }

    private void put(char c) throws IOException {
        if (pos == buf.length) drain();
        buf[pos++] = (byte) c;
    }
}
