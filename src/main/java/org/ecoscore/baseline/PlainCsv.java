package org.ecoscore.baseline;

import org.ecoscore.core.DecimalText;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a UTF-8 CSV file (a byte-order mark first is skipped) read as bytes, each split at its commas —
 * for a file in which that is all OpenCSV's RFC 4180 reader would do: no quote anywhere, lines ended by LF or
 * CRLF, well-formed UTF-8, no empty line. On anything else (a quote, a lone CR, an empty line, a byte sequence
 * that is not UTF-8) it throws {@link NotPlain}, and the caller reads the file with OpenCSV instead (its
 * messages for a damaged file unchanged). A field's text is made only when asked; a plain decimal field reads
 * as a number without a text ({@link DecimalText}).
 */
final class PlainCsv implements Closeable {
    /** The file is not plain: read it with OpenCSV. */
    static final class NotPlain extends Exception {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    /** Bytes buf[pos, end) not yet split into lines. */
    private int pos;
    private int end;
    private boolean eof;
    private boolean first = true;
    /** The current line's field boundaries: field f is buf[starts[f], ends[f]). */
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int fields;

    PlainCsv(InputStream in) {
        this.in = in;
    }

    /** Reads the next line; false at the end of the file. */
    boolean next() throws IOException, NotPlain {
        int nl = -1;
        int scanned = pos;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            if (nl >= 0 || eof) break;
            scanned = end - pos;
            fill();
            scanned += pos;
        }
        if (first) {
            first = false;
            if (end - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
                pos += 3;
            }
        }
        int lineEnd = nl >= 0 ? nl : end;
        if (nl < 0 && pos == end) return false; // the end of the file after a line's end
        int from = pos;
        pos = nl >= 0 ? nl + 1 : end;
        if (lineEnd > from && buf[lineEnd - 1] == '\r') lineEnd--;
        if (lineEnd == from) throw NOT_PLAIN;
        split(from, lineEnd);
        return true;
    }

    /** More bytes after buf[pos, end), moved to the buffer's start (the buffer grown for a long line). */
    private void fill() throws IOException {
        int kept = end - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, kept);
        } else if (kept == buf.length) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        pos = 0;
        end = kept;
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) eof = true;
        else end += n;
    }

    /** Splits buf[from, to) at its commas, checking that it holds no quote, no CR and only well-formed UTF-8. */
    private void split(int from, int to) throws NotPlain {
        fields = 0;
        int start = from;
        int i = from;
        while (i < to) {
            byte b = buf[i];
            if (b >= 0) {
                if (b == ',') {
                    add(start, i);
                    start = i + 1;
                } else if (b == '"' || b == '\r') {
                    throw NOT_PLAIN;
                }
                i++;
            } else {
                i = afterUtf8(i, to);
            }
        }
        add(start, to);
    }

    private void add(int from, int to) {
        if (fields == starts.length) {
            starts = java.util.Arrays.copyOf(starts, fields * 2);
            ends = java.util.Arrays.copyOf(ends, fields * 2);
        }
        starts[fields] = from;
        ends[fields++] = to;
    }

    /**
     * The position after the well-formed UTF-8 sequence (Unicode's table 3-7: no overlong form, no surrogate,
     * nothing above U+10FFFF) that starts at buf[i] inside buf[.., to).
     */
    private int afterUtf8(int i, int to) throws NotPlain {
        int b = buf[i] & 0xFF;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            n = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            n = 2;
            if (b == 0xE0) lo = 0xA0;
            else if (b == 0xED) hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            n = 3;
            if (b == 0xF0) lo = 0x90;
            else if (b == 0xF4) hi = 0x8F;
        } else {
            throw NOT_PLAIN;
        }
        if (i + n >= to) throw NOT_PLAIN;
        int c = buf[i + 1] & 0xFF;
        if (c < lo || c > hi) throw NOT_PLAIN;
        for (int k = 2; k <= n; k++) {
            c = buf[i + k] & 0xFF;
            if (c < 0x80 || c > 0xBF) throw NOT_PLAIN;
        }
        return i + n + 1;
    }

    /** The current line's fields. */
    int fields() {
        return fields;
    }

    /** Field f's text. */
    String text(int f) {
        return new String(buf, starts[f], ends[f] - starts[f], StandardCharsets.UTF_8);
    }

    /** Field f as a number when it is a plain decimal {@link DecimalText} reads without a text; else NaN. */
    double number(int f) {
        return DecimalText.plain(buf, starts[f], ends[f]);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
