package org.ecoscore.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffering {@link Writer} without a lock per call. POI's streamed sheets write their XML one character at
 * a time; through a {@link java.io.BufferedWriter} every character takes a lock, which on a 100,000-firm report
 * costs seconds. This buffer hands the text on in 64 K-character blocks. Not thread-safe: one sheet, one
 * thread.
 */
final class UnsynchronizedWriter extends Writer {
    private final Writer out;
    private final char[] buf = new char[1 << 16];
    private int n;

    UnsynchronizedWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (n == buf.length) drain();
        buf[n++] = (char) c;
    }

    @Override
    public void write(char[] cs, int off, int len) throws IOException {
        if (len >= buf.length) {
            drain();
            out.write(cs, off, len);
            return;
        }
        if (n + len > buf.length) drain();
        System.arraycopy(cs, off, buf, n, len);
        n += len;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        while (len > 0) {
            if (n == buf.length) drain();
            int k = Math.min(len, buf.length - n);
            s.getChars(off, off + k, buf, n);
            n += k;
            off += k;
            len -= k;
        }
    }

    private void drain() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        drain();
        out.close();
    }
}
