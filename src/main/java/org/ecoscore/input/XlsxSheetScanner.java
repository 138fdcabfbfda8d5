package org.ecoscore.input;

import org.ecoscore.core.DecimalText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;

/**
 * The lean xlsx sheet reader: a byte-level scanner over the inflated, UTF-8 worksheet XML that decodes only
 * what SPEC §2 needs — {@code <row r>}, {@code <c r t s>}, {@code <v>} and the {@code <t>} runs of
 * {@code <is>} (phonetic {@code <rPh>} runs skipped); {@code <f>} and every other element are skipped, so a
 * formula gives its cached value. Element and attribute names are matched by local name (prefixes such as
 * {@code x:} and Strict OOXML's namespace are fine). Rows or cells without {@code r} take the next position.
 * Cell types: {@code s} (shared string; {@link #stringIndex(int)} gives its index), {@code str},
 * {@code inlineStr}, {@code b}, {@code e} (an error such as {@code #N/A} is kept as a STRING with that text,
 * so that it is quoted in an invalid-value issue rather than silently dropped), {@code d} (an ISO 8601 date,
 * as Strict files write it) and {@code n}/absent (a NUMBER, or a DATE or percent NUMBER by its style).
 * A DOCTYPE is refused. The XML must be UTF-8, which {@link XlsxFile} checks before choosing this reader.
 */
final class XlsxSheetScanner extends RowCellSource {
    private static final int N_OTHER = 0;
    private static final int N_ROW = 1;
    private static final int N_C = 2;
    private static final int N_V = 3;
    private static final int N_IS = 4;
    private static final int N_T = 5;
    private static final int N_RPH = 6;
    private static final int N_SHEETDATA = 7;
    private static final int N_R = 8;
    private static final int N_S = 9;

    private static final int T_N = 0;
    private static final int T_S = 1;
    private static final int T_STR = 2;
    private static final int T_INLINE = 3;
    private static final int T_B = 4;
    private static final int T_E = 5;
    private static final int T_D = 6;

    private final InflatedBlocks blocks;
    private final String[] shared;
    private final XlsxStyles styles;
    private final double dateOffset;
    private byte[] buf = new byte[0];
    private int pos;
    private int lim;
    private boolean done;

    private final byte[] name = new byte[32];
    private int nameLen;
    /** the byte that ended the last name read */
    private int stop;
    private byte[] text = new byte[256];
    private int textLen;
    private boolean textHasEscape;

    private int lastRow;
    private int lastCol = -1;
    // attributes of the element being read
    private int attrRow;
    private int attrCol;
    private int attrType;
    private int attrStyle;

    XlsxSheetScanner(String file, String sheet, InflatedBlocks blocks, String[] shared, XlsxStyles styles,
                     boolean date1904) {
        super(file, sheet);
        this.blocks = blocks;
        this.shared = shared;
        this.styles = styles;
        this.dateOffset = date1904 ? 1462 : 0;
    }

    @Override
    public boolean nextRow() {
        row.clear();
        while (!done) {
            if (!pendingTag && plainCell()) continue;
            int c = skipToTag();
            if (c < 0) {
                done = true;
                break;
            }
            if (c == '/') {
                int n = readName(read());
                skipToGt(stop);
                if (n == N_SHEETDATA) {
                    done = true;
                } else if (n == N_ROW && row.width() > 0) {
                    return true;
                }
                continue;
            }
            if (c == '!' || c == '?') {
                markup(c);
                continue;
            }
            int n = readName(c);
            if (n == N_ROW) {
                attrRow = -1;
                boolean empty = attributes(stop);
                int r = attrRow > 0 ? attrRow : lastRow + 1;
                lastRow = r;
                lastCol = -1;
                rowNumber = r;
                row.clear();
                if (empty) continue;
            } else if (n == N_C) {
                cell();
            } else {
                skipToGt(stop);
            }
        }
        row.clear();
        return false;
    }

    private void cell() {
        attrCol = -1;
        attrType = T_N;
        attrStyle = 0;
        boolean empty = attributes(stop);
        int col = attrCol >= 0 ? attrCol : lastCol + 1;
        lastCol = col;
        if (empty) return;
        textLen = 0;
        textHasEscape = false;
        boolean hasValue = false;
        boolean inIs = false;
        boolean inPhonetic = false;
        while (true) {
            int c = skipToTag();
            if (c < 0) throw damaged("a cell is not closed", "cell-not-closed");
            if (c == '/') {
                int n = readName(read());
                skipToGt(stop);
                if (n == N_C) break;
                if (n == N_IS) inIs = false;
                else if (n == N_RPH) inPhonetic = false;
                continue;
            }
            if (c == '!' || c == '?') {
                markup(c);
                continue;
            }
            int n = readName(c);
            boolean selfClosing = skipToGt(stop);
            if (selfClosing) continue;
            if (n == N_V && !inIs) {
                textLen = 0;
                readText();
                hasValue = true;
            } else if (n == N_IS) {
                inIs = true;
                hasValue = true;
            } else if (n == N_RPH) {
                inPhonetic = true;
            } else if (n == N_T && inIs && !inPhonetic) {
                readText();
            }
        }
        if (hasValue) store(col);
    }

    /**
     * The shape nearly every cell of a platform's export has — {@code <c r="AB12" s="3" t="s"><v>17</v></c>},
     * its attributes {@code r}, {@code s} and {@code t} (s, n or b) in any order or left out, or the cell empty
     * ({@code <c r="B2" s="1"/>}) — read with the buffer in locals, without a call per byte. Skips to the next
     * {@code <}; reads the cell there and returns true when it has exactly this shape and lies wholly within the
     * buffer, with the same result as {@link #cell()}; otherwise leaves {@link #pos} at that {@code <} and returns
     * false, for the general reader to read it (every other element, prefixes, formulas, inline and escaped text,
     * damaged values and their messages, a cell across two blocks).
     */
    private boolean plainCell() {
        final byte[] b = buf;
        final int l = lim;
        int p = pos;
        while (p < l && b[p] != '<') p++;
        pos = p;
        if (p + 3 >= l || b[p + 1] != 'c' || b[p + 2] != ' ') return false;
        p += 3;
        int col = -1;
        int type = T_N;
        int style = 0;
        // attributes, each one letter and "…", spaces between
        while (true) {
            if (p >= l) return false;
            byte x = b[p];
            if (x == ' ') {
                p++;
                continue;
            }
            if (x == '>' || x == '/') break;
            if (p + 3 >= l || b[p + 1] != '=' || b[p + 2] != '"') return false;
            p += 3;
            if (x == 'r') {
                int letters = 0;
                while (p < l && b[p] != '"') {
                    int c = b[p++];
                    if (c >= 'A' && c <= 'Z') letters = Math.min(letters * 26 + (c - 'A' + 1), SheetLimits.MAX_COLUMNS + 1);
                    else if (c < '0' || c > '9') return false;
                }
                col = letters - 1;
            } else if (x == 's') {
                int v = 0;
                int start = p;
                while (p < l && b[p] != '"') {
                    int c = b[p++];
                    if (c < '0' || c > '9' || p - start > 9) return false;
                    v = v * 10 + (c - '0');
                }
                style = v;
            } else if (x == 't') {
                if (p + 1 >= l || b[p + 1] != '"') return false;
                byte t = b[p++];
                if (t == 's') type = T_S;
                else if (t == 'b') type = T_B;
                else if (t == 'n') type = T_N;
                else return false;
            } else {
                return false;
            }
            if (p >= l) return false;
            p++; // the closing quote
        }
        if (b[p] == '/') {
            if (p + 1 >= l || b[p + 1] != '>') return false;
            lastCol = col >= 0 ? col : lastCol + 1;
            pos = p + 2;
            return true;
        }
        // <v>…</v></c>
        p++;
        if (p + 3 >= l || b[p] != '<' || b[p + 1] != 'v' || b[p + 2] != '>') return false;
        p += 3;
        int from = p;
        while (p < l && b[p] != '<') {
            byte c = b[p];
            if (c == '&' || c == '_') return false;
            p++;
        }
        int to = p;
        if (p + 8 > l || b[p + 1] != '/' || b[p + 2] != 'v' || b[p + 3] != '>' || b[p + 4] != '<' || b[p + 5] != '/'
                || b[p + 6] != 'c' || b[p + 7] != '>') {
            return false;
        }
        p += 8;
        int at = col >= 0 ? col : lastCol + 1;
        if (type == T_S) {
            if (to == from || to - from > 9) return false;
            int idx = 0;
            for (int i = from; i < to; i++) {
                int c = b[i];
                if (c < '0' || c > '9') return false;
                idx = idx * 10 + (c - '0');
            }
            if (idx >= shared.length) return false;
            row.setString(at, shared[idx], idx);
        } else if (type == T_N) {
            if (to > from) {
                double v = plainNumber(b, from, to);
                if (Double.isNaN(v)) return false;
                int kind = styles.kind(style);
                if (kind == NumberFormats.DATE) row.setDate(at, v + dateOffset);
                else row.setNumber(at, v, kind == NumberFormats.PERCENT);
            }
        } else if (to > from) { // T_B
            row.setBoolean(at, b[from] == '1' || b[from] == 't' || b[from] == 'T');
        }
        lastCol = at;
        pos = p;
        return true;
    }

    /**
     * The value of b[from, to) when it is a plain decimal (an integer of up to 15 digits read as a long, else
     * {@link #decimal}'s reading); NaN for any other text, an empty one included.
     */
    private static double plainNumber(byte[] b, int from, int to) {
        int i = from;
        boolean negative = to > from && b[i] == '-';
        if (negative) i++;
        if (to - i > 0 && to - i <= 15) {
            long v = 0;
            for (; i < to; i++) {
                int c = b[i];
                if (c < '0' || c > '9') return DecimalText.plain(b, from, to);
                v = v * 10 + (c - '0');
            }
            return negative ? -v : v; // as parseDouble: "-0" is 0
        }
        return DecimalText.plain(b, from, to);
    }

    private void store(int col) {
        switch (attrType) {
            case T_S: {
                int idx = (int) parseLong();
                if (idx < 0 || idx >= shared.length) {
                    throw damaged("a cell refers to shared string " + idx + ", which does not exist", "no-shared-string",
                            "index", idx);
                }
                row.setString(col, shared[idx], idx);
                break;
            }
            case T_N: {
                if (textLen == 0) return;
                double v = parseDouble();
                int kind = styles.kind(attrStyle);
                if (kind == NumberFormats.DATE) row.setDate(col, v + dateOffset);
                else row.setNumber(col, v, kind == NumberFormats.PERCENT);
                break;
            }
            case T_B:
                if (textLen > 0) row.setBoolean(col, text[0] == '1' || text[0] == 't' || text[0] == 'T');
                break;
            case T_D: {
                String s = textString();
                double serial = isoSerial(s);
                if (Double.isNaN(serial)) row.setString(col, s, -1);
                else row.setDate(col, serial);
                break;
            }
            default: // str, inlineStr, e
                row.setString(col, textString(), -1);
        }
    }

    // ---- attributes ------------------------------------------------------------------------------------

    /** Reads the attributes of the current start tag (r, t, s); true when the tag is self-closing. */
    private boolean attributes(int c) {
        while (true) {
            while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = read();
            if (c == '>') return false;
            if (c == '/') {
                skipToGt(read());
                return true;
            }
            if (c < 0) throw damaged("the sheet ends inside a tag", "ends-in-tag");
            int a = readAttrName(c);
            c = stop;
            while (c != '=' && c >= 0) c = read();
            int q = read();
            while (q != '"' && q != '\'' && q >= 0) q = read();
            if (q < 0) throw damaged("the sheet ends inside a tag", "ends-in-tag");
            if (a == N_R) readRef(q);
            else if (a == N_T) readType(q);
            else if (a == N_S) attrStyle = readInt(q);
            else skipTo(q);
            c = read();
        }
    }

    /** "AB12": column AB (0-based 27) into attrCol, row 12 into attrRow. */
    private void readRef(int q) {
        int col = 0;
        int r = 0;
        // the bytes of the buffer in a loop of its own (as read() would give them, without a call per byte)
        outer:
        while (true) {
            byte[] b = buf;
            int l = lim;
            int p = pos;
            while (p < l) {
                int c = b[p++] & 0xFF;
                if (c == q) {
                    pos = p;
                    break outer;
                }
                // capped just past the limits, so that a reference such as ZZZZZZZZZZZZ1 cannot overflow
                if (c >= 'A' && c <= 'Z') col = Math.min(col * 26 + (c - 'A' + 1), SheetLimits.MAX_COLUMNS + 1);
                else if (c >= 'a' && c <= 'z') col = Math.min(col * 26 + (c - 'a' + 1), SheetLimits.MAX_COLUMNS + 1);
                else if (c >= '0' && c <= '9') r = Math.min(r * 10 + (c - '0'), SheetLimits.MAX_ROWS + 1);
            }
            pos = p;
            if (!fill()) break;
        }
        attrCol = col - 1;
        attrRow = r;
    }

    private void readType(int q) {
        int c0 = read();
        if (c0 == q) {
            attrType = T_N;
            return;
        }
        int c1 = read();
        int len = 1;
        if (c1 != q) {
            len++;
            int c;
            while ((c = read()) != q && c >= 0) len++;
        }
        if (len == 1) {
            attrType = c0 == 's' ? T_S : c0 == 'b' ? T_B : c0 == 'e' ? T_E : c0 == 'd' ? T_D : T_N;
        } else if (c0 == 's') {
            attrType = T_STR;
        } else if (c0 == 'i') {
            attrType = T_INLINE;
        } else {
            attrType = T_N;
        }
    }

    private int readInt(int q) {
        int v = 0;
        int c;
        while ((c = read()) != q && c >= 0) {
            if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
        }
        return v;
    }

    private void skipTo(int q) {
        while (true) {
            byte[] b = buf;
            int l = lim;
            for (int p = pos; p < l; p++) {
                if ((b[p] & 0xFF) == q) {
                    pos = p + 1;
                    return;
                }
            }
            pos = l;
            if (!fill()) return;
        }
    }

    // ---- names and markup ------------------------------------------------------------------------------

    /** Reads an element name starting with {@code c}; its local part is matched; {@link #stop} ends it. */
    private int readName(int c) {
        nameLen = 0;
        while (c > ' ' && c != '/' && c != '>') {
            if (c == ':') nameLen = 0;
            else if (nameLen < name.length) name[nameLen++] = (byte) c;
            c = read();
        }
        stop = c;
        switch (nameLen) {
            case 1:
                return name[0] == 'c' ? N_C : name[0] == 'v' ? N_V : name[0] == 't' ? N_T : N_OTHER;
            case 2:
                return name[0] == 'i' && name[1] == 's' ? N_IS : N_OTHER;
            case 3:
                if (name[0] == 'r' && name[1] == 'o' && name[2] == 'w') return N_ROW;
                return name[0] == 'r' && name[1] == 'P' && name[2] == 'h' ? N_RPH : N_OTHER;
            case 9:
                return new String(name, 0, 9, StandardCharsets.ISO_8859_1).equals("sheetData") ? N_SHEETDATA
                        : N_OTHER;
            default:
                return N_OTHER;
        }
    }

    private int readAttrName(int c) {
        nameLen = 0;
        while (c > ' ' && c != '=') {
            if (c == ':') nameLen = -1000;
            else nameLen++;
            if (nameLen == 1) name[0] = (byte) c;
            c = read();
        }
        stop = c;
        if (nameLen != 1) return N_OTHER;
        return name[0] == 'r' ? N_R : name[0] == 't' ? N_T : name[0] == 's' ? N_S : N_OTHER;
    }

    /** Skips the rest of a tag from {@code c}, minding quoted attribute values; true when it was {@code />}. */
    private boolean skipToGt(int c) {
        int prev = 0;
        while (c != '>') {
            if (c < 0) throw damaged("the sheet ends inside a tag", "ends-in-tag");
            if (c == '"' || c == '\'') skipTo(c);
            prev = c;
            c = read();
        }
        return prev == '/';
    }

    /** After {@code <!} or {@code <?}: a comment, CDATA or processing instruction is skipped; a DOCTYPE refused. */
    private void markup(int c) {
        if (c == '?') {
            int prev = 0;
            while ((c = read()) >= 0 && !(prev == '?' && c == '>')) prev = c;
            return;
        }
        int c1 = read();
        if (c1 == '-') {
            read();
            int a = 0;
            int b = 0;
            while ((c = read()) >= 0 && !(a == '-' && b == '-' && c == '>')) {
                a = b;
                b = c;
            }
            return;
        }
        if (c1 == 'D' || c1 == 'd') throw SecureXml.doctype(file(), "the sheet \"" + sheet() + "\"");
        skipToGt(c1);
    }

    // ---- text ------------------------------------------------------------------------------------------

    /** Appends the character data up to the next '<' (which is consumed) to {@link #text}, entities decoded. */
    private void readText() {
        while (true) {
            // plain bytes up to the next '<', '&' or '_' copied in a loop of their own (no call per byte)
            byte[] b = buf;
            int l = lim;
            int p = pos;
            while (p < l) {
                byte x = b[p];
                if (x == '<' || x == '&' || x == '_') break;
                if (textLen == text.length) break; // grown (or refused) below
                text[textLen++] = x;
                p++;
            }
            pos = p;
            int c = read();
            if (c < 0) throw damaged("the sheet ends inside a value", "ends-in-value");
            if (c == '<') {
                pendingTag = true;
                return;
            }
            if (c == '&') {
                entity();
                continue;
            }
            if (c == '_') textHasEscape = true;
            if (textLen == text.length) {
                if (textLen >= 4 * SheetLimits.MAX_CELL_CHARS) throw SheetLimits.cellTooLong(file(), sheet(), lastRow);
                text = java.util.Arrays.copyOf(text, textLen * 2);
            }
            text[textLen++] = (byte) c;
        }
    }

    private boolean pendingTag;

    /** Skips to just after the next '<' and returns the byte following it; -1 at the end. */
    private int skipToTag() {
        if (pendingTag) {
            pendingTag = false;
            return read();
        }
        while (true) {
            if (pos < lim) {
                byte[] b = buf;
                int p = pos;
                int l = lim;
                while (p < l && b[p] != '<') p++;
                if (p < l) {
                    pos = p + 1;
                    return read();
                }
                pos = l;
            }
            if (!fill()) return -1;
        }
    }

    private void entity() {
        int code = -1;
        int c = read();
        if (c == '#') {
            int radix = 10;
            c = read();
            if (c == 'x' || c == 'X') {
                radix = 16;
                c = read();
            }
            int v = 0;
            while (c != ';' && c >= 0) {
                v = v * radix + Character.digit(c, radix);
                c = read();
            }
            code = v;
        } else {
            int h = 0;
            int n = 0;
            while (c != ';' && c >= 0 && n < 8) {
                h = h * 31 + c;
                n++;
                c = read();
            }
            if (h == hash("amp")) code = '&';
            else if (h == hash("lt")) code = '<';
            else if (h == hash("gt")) code = '>';
            else if (h == hash("quot")) code = '"';
            else if (h == hash("apos")) code = '\'';
            else throw damaged("an undeclared XML entity is used", "undeclared-entity");
        }
        appendCodePoint(code);
    }

    private static int hash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) h = h * 31 + s.charAt(i);
        return h;
    }

    private void appendCodePoint(int cp) {
        if (textLen + 4 > text.length) text = java.util.Arrays.copyOf(text, text.length * 2);
        if (cp < 0x80) {
            text[textLen++] = (byte) cp;
        } else if (cp < 0x800) {
            text[textLen++] = (byte) (0xC0 | cp >> 6);
            text[textLen++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            text[textLen++] = (byte) (0xE0 | cp >> 12);
            text[textLen++] = (byte) (0x80 | cp >> 6 & 0x3F);
            text[textLen++] = (byte) (0x80 | cp & 0x3F);
        } else {
            text[textLen++] = (byte) (0xF0 | cp >> 18);
            text[textLen++] = (byte) (0x80 | cp >> 12 & 0x3F);
            text[textLen++] = (byte) (0x80 | cp >> 6 & 0x3F);
            text[textLen++] = (byte) (0x80 | cp & 0x3F);
        }
        if (cp == '_') textHasEscape = true;
    }

    private String textString() {
        String s = new String(text, 0, textLen, StandardCharsets.UTF_8);
        return textHasEscape ? OoxmlText.unescape(s) : s;
    }

    private long parseLong() {
        long v = 0;
        for (int i = 0; i < textLen; i++) {
            int c = text[i];
            if (c < '0' || c > '9') {
                if (c == ' ') continue;
                throw damaged("a shared-string index is not a number", "index-not-number");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private double parseDouble() {
        double d = plainNumber(text, 0, textLen);
        if (!Double.isNaN(d)) return d;
        String s = new String(text, 0, textLen, StandardCharsets.ISO_8859_1).trim();
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw damaged("a number cell holds \"" + s + "\"", "not-a-number", "value", s);
        }
    }

    /**
     * A decimal without exponent or spaces, such as {@code 104.5}, {@code -0.25} or {@code 945.}, as
     * {@link Double#parseDouble} reads it; NaN for any other text (which that method then reads): see
     * {@link DecimalText#plain}.
     */
    static double decimal(byte[] text, int len) {
        return DecimalText.plain(text, 0, len);
    }

    /** The Excel serial of an ISO 8601 date, date-time or time; NaN when it is none of these. */
    private static double isoSerial(String s) {
        try {
            if (s.indexOf('T') > 0) return ExcelDates.toSerial(LocalDateTime.parse(s.endsWith("Z")
                    ? s.substring(0, s.length() - 1) : s));
            if (s.indexOf(':') > 0) return LocalTime.parse(s).toNanoOfDay() / 86_400e9;
            return ExcelDates.toSerial(LocalDate.parse(s).atStartOfDay());
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }

    // ---- bytes -----------------------------------------------------------------------------------------

    private int read() {
        if (pos < lim) return buf[pos++] & 0xFF;
        if (!fill()) return -1;
        return buf[pos++] & 0xFF;
    }

    private boolean fill() {
        if (!blocks.next()) return false;
        buf = blocks.data();
        pos = 0;
        lim = blocks.length();
        return lim > 0 || fill();
    }

    /** The sheet is damaged: what (English) and its catalogue form with its specifics (see report.ErrorMessages). */
    private EcoscoreException damaged(String what, String form, Object... specifics) {
        Object[] params = new Object[specifics.length + 2];
        params[0] = "form";
        params[1] = form;
        System.arraycopy(specifics, 0, params, 2, specifics.length);
        return new EcoscoreException(ExitCode.INPUT, file(), sheet(), lastRow, "",
                "is damaged: " + what + ". Open it in Excel or WPS, save it as .xlsx and run again", null)
                .coded("sheet-damaged", params);
    }

    @Override
    public void close() {
        done = true;
        blocks.close();
    }
}
