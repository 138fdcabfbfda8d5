package org.ecoscore.input;

import java.io.IOException;
import java.io.Reader;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;

/**
 * A streaming RFC 4180 parser over decoded text (SPEC §2), one record per {@link #nextRow()}: quoted fields
 * may hold delimiters, doubled quotes and line breaks; every non-empty field is a STRING cell. Memory is
 * bounded by the longest record. {@link #rowNumber()} is the 1-based physical line where the record starts
 * (so that it matches what a text editor shows); completely empty lines are skipped. NUL characters are dropped
 * from a field, and a field with them or with undecodable bytes (U+FFFD) is told to a {@link DamagedCell}
 * consumer. A quoted field that is
 * never closed is an {@link EcoscoreException} naming its line. Hand-written rather than OpenCSV's
 * RFC4180Parser: it streams with one reusable buffer and knows each record's physical line.
 */
final class CsvSource extends RowCellSource {
    private final Reader reader;
    private final char delimiter;
    private final java.util.function.Consumer<DamagedCell> damage;
    /** In the current field: U+FFFD characters (undecodable bytes) and NULs. */
    private int replaced;
    private int nuls;
    private final char[] buf = new char[1 << 16];
    private final StringBuilder field = new StringBuilder();
    private int pos;
    private int lim;
    private boolean eof;
    /** 1-based physical line of the next character to be read. */
    private int line = 1;
    private boolean closed;

    CsvSource(String file, Reader reader, char delimiter) {
        this(file, reader, delimiter, d -> { });
    }

    /** @param damage told of each cell with undecodable bytes (U+FFFD) or NULs (dropped from the cell) */
    CsvSource(String file, Reader reader, char delimiter, java.util.function.Consumer<DamagedCell> damage) {
        super(file, "");
        this.reader = reader;
        this.delimiter = delimiter;
        this.damage = damage;
    }

    @Override
    public boolean nextRow() {
        row.clear();
        while (true) {
            int c = read();
            if (c < 0) return false;
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                if (peek() == '\n') read();
                line++;
                continue;
            }
            unread();
            rowNumber = line;
            readRecord();
            return true;
        }
    }

    private void readRecord() {
        int column = 0;
        while (true) {
            field.setLength(0);
            replaced = 0;
            nuls = 0;
            int c = read();
            boolean endOfRecord;
            if (c == '"') {
                endOfRecord = readQuoted();
            } else {
                while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
                    append(c);
                    c = read();
                }
                endOfRecord = endOfField(c);
            }
            if (replaced > 0 || nuls > 0) damage.accept(new DamagedCell(rowNumber, column, replaced, nuls));
            if (field.length() > 0) row.setString(column, field.toString(), -1);
            column++;
            if (endOfRecord) return;
        }
    }

    /** After the opening quote: reads to the closing quote, then whatever follows up to the delimiter. */
    private boolean readQuoted() {
        int startLine = line;
        while (true) {
            int c = read();
            if (c < 0) {
                throw new EcoscoreException(ExitCode.INPUT, file(), "", startLine, "",
                        "a quoted field that starts on line " + startLine + " is never closed: check the double"
                                + " quotes (\") on that line, or save the file again from the spreadsheet program",
                        null).coded("file-open-quote", "line", startLine);
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    append('"');
                    continue;
                }
                // closing quote; anything up to the delimiter is kept as written (lenient, like Excel)
                c = read();
                while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
                    append(c);
                    c = read();
                }
                return endOfField(c);
            }
            if (c == '\n' || (c == '\r' && peek() != '\n')) line++;
            append(c);
        }
    }

    private void append(int c) {
        if (c == 0) {
            nuls++;
            return;
        }
        if (c == 0xFFFD) replaced++;
        if (field.length() >= SheetLimits.MAX_CELL_CHARS) throw SheetLimits.cellTooLong(file(), "", rowNumber);
        field.append((char) c);
    }

    /** Consumes the character that ended a field; true when it ended the record. */
    private boolean endOfField(int c) {
        if (c == delimiter) return false;
        if (c == '\r') {
            if (peek() == '\n') read();
            line++;
        } else if (c == '\n') {
            line++;
        }
        return true;
    }

    private int read() {
        if (pos < lim) return buf[pos++];
        if (!fill()) return -1;
        return buf[pos++];
    }

    private int peek() {
        if (pos < lim) return buf[pos];
        if (!fill()) return -1;
        return buf[pos];
    }

    private void unread() {
        pos--;
    }

    private boolean fill() {
        if (eof) return false;
        try {
            int n;
            do {
                n = reader.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            lim = n;
            return true;
        } catch (IOException e) {
            throw EcoscoreException.input(file(), "could not be read to the end (" + e.getMessage()
                    + "): check that the file is complete and readable", e)
                    .coded("file-cut-short", "detail", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            reader.close();
        } catch (IOException e) {
            // nothing was written: closing a reader that failed has no consequence
        }
    }
}
