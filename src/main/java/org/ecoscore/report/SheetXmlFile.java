package org.ecoscore.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.ecoscore.core.ShortestDecimal;

/**
 * {@link CellSink} that writes the rows of one big sheet as SpreadsheetML {@code <row>} elements (the content
 * of {@code <sheetData>}) straight to a UTF-8 file, with no object per cell: text as inline strings, numbers
 * as {@link ShortestDecimal} (full precision, {@link Double#toString}'s layout), the style as its index ({@code s}, {@link Styles}). Text is escaped as
 * POI's streaming writer does ({@code & < > "}, CR/LF/TAB as character references, other characters that
 * XML 1.0 cannot hold become {@code ?}). The XML is deflated on the way ({@link Deflater#BEST_SPEED}, raw, ended
 * by a sync flush so that more deflate data can follow), so the writing thread also does the compressing;
 * {@link ReproducibleZip} later splices the file into the sheet part ({@link #rows()}). Not thread-safe: one
 * sheet, one thread.
 */
final class SheetXmlFile implements CellSink, Closeable {
    private final Path file;
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 17];
    private int n;
    private final byte[] deflated = new byte[1 << 17];
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final CRC32 crc = new CRC32();
    private long size;
    private boolean closed;
    private final byte[] rowRef = new byte[12];
    private int rowRefLen;
    private int openRow = -1;
    private byte[][] columns = new byte[64][];
    private int minCol = Integer.MAX_VALUE;
    private int maxCol = -1;

    SheetXmlFile(Path file) throws IOException {
        this.file = file;
        this.out = Files.newOutputStream(file);
    }

    /** The written rows as the zip needs them; only after {@link #close()}. */
    ReproducibleZip.SheetRows rows() {
        if (!closed) throw new IllegalStateException("rows of an open sheet");
        return new ReproducibleZip.SheetRows(file, crc.getValue(), size);
    }

    @Override
    public void text(int r, int c, String s, Styles.Style style) {
        start(r, c, style);
        ascii(" t=\"inlineStr\"><is><t");
        if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
            ascii(" xml:space=\"preserve\"");
        }
        put('>');
        escaped(s);
        ascii("</t></is></c>");
    }

    @Override
    public void number(int r, int c, double v, Styles.Style style) {
        start(r, c, style);
        ascii("><v>");
        ascii(ShortestDecimal.of(v));
        ascii("</v></c>");
    }

    @Override
    public void integer(int r, int c, long v) {
        start(r, c, null);
        ascii("><v>");
        ascii(Long.toString(v));
        ascii("</v></c>");
    }

    /** The range the written cells span, or null when none was written. */
    CellRangeAddress dimension() {
        return maxCol < 0 ? null : new CellRangeAddress(firstRow, openRow, minCol, maxCol);
    }

    private int firstRow = -1;

    private void start(int r, int c, Styles.Style style) {
        if (r != openRow) {
            if (r < openRow) throw new IllegalStateException("rows out of order: " + r + " after " + openRow);
            if (openRow >= 0) ascii("</row>\n");
            if (firstRow < 0) firstRow = r;
            openRow = r;
            rowRefLen = digits(r + 1L, rowRef);
            ascii("<row r=\"");
            bytes(rowRef, rowRefLen);
            ascii("\">");
        }
        ascii("<c r=\"");
        byte[] col = column(c);
        bytes(col, col.length);
        bytes(rowRef, rowRefLen);
        put('"');
        if (style != null && style.index() != 0) {
            ascii(" s=\"");
            ascii(Integer.toString(style.index()));
            put('"');
        }
        if (c < minCol) minCol = c;
        if (c > maxCol) maxCol = c;
    }

    private byte[] column(int c) {
        if (c >= columns.length) {
            byte[][] grown = new byte[Math.max(c + 1, 2 * columns.length)][];
            System.arraycopy(columns, 0, grown, 0, columns.length);
            columns = grown;
        }
        byte[] b = columns[c];
        if (b == null) {
            b = CellReference.convertNumToColString(c).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            columns[c] = b;
        }
        return b;
    }

    private static int digits(long v, byte[] into) {
        String s = Long.toString(v);
        for (int i = 0; i < s.length(); i++) into[i] = (byte) s.charAt(i);
        return s.length();
    }

    private void put(char c) {
        if (n == buf.length) drain();
        buf[n++] = (byte) c;
    }

    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the low 8 bits, wanted here
    private void ascii(String s) {
        int len = s.length();
        if (n + len > buf.length) drain();
        // each char's low 8 bits, as (byte) s.charAt(i) gives them, copied in one call (cheaper than a
        // loop of charAt under the C1-only JIT that big batches run with)
        s.getBytes(0, len, buf, n);
        n += len;
    }

    private void bytes(byte[] b, int len) {
        if (n + len > buf.length) drain();
        System.arraycopy(b, 0, buf, n, len);
        n += len;
    }

    /** UTF-8 of {@code s} with XML's special characters escaped and characters XML cannot hold as '?'. */
    private void escaped(String s) {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            if (n + 8 > buf.length) drain();
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '&' -> ascii("&amp;");
                    case '"' -> ascii("&quot;");
                    case '\n' -> ascii("&#xa;");
                    case '\r' -> ascii("&#xd;");
                    case '\t' -> ascii("&#x9;");
                    default -> buf[n++] = (byte) (c < 0x20 ? '?' : c);
                }
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | (c >> 6));
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buf[n++] = (byte) (0xF0 | (cp >> 18));
                    buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    buf[n++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    buf[n++] = '?'; // a lone surrogate is no character
                }
            } else if (c >= 0xFFFE) {
                buf[n++] = '?'; // U+FFFE and U+FFFF are not XML characters
            } else {
                buf[n++] = (byte) (0xE0 | (c >> 12));
                buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void drain() {
        try {
            crc.update(buf, 0, n);
            size += n;
            deflater.setInput(buf, 0, n);
            while (!deflater.needsInput()) {
                int k = deflater.deflate(deflated, 0, deflated.length, Deflater.NO_FLUSH);
                out.write(deflated, 0, k);
            }
            n = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the last row and closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        try (out) {
            if (openRow >= 0) ascii("</row>\n");
            drain();
            int k;
            do {
                k = deflater.deflate(deflated, 0, deflated.length, Deflater.SYNC_FLUSH);
                out.write(deflated, 0, k);
            } while (k == deflated.length);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            deflater.end();
            closed = true;
        }
    }
}
