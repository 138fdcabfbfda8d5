package org.ecoscore.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ecoscore.core.EcoscoreException;

/**
 * A CSV or TSV file (SPEC §2): its encoding (a BOM decides; otherwise strict UTF-8, else GB18030) and
 * delimiter (`,` for .csv, tab for .tsv, otherwise the most frequent of `,` `;` tab in the first line),
 * found once when opened; {@link #open(int)} streams its one sheet (named "") with {@link CsvSource}.
 */
final class CsvFile implements SpreadsheetFile {
    static final Charset GB18030 = Charset.forName("GB18030");

    private final Path path;
    private final String display;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;
    private final List<org.ecoscore.core.Detail> encodingWarnings;
    /** The damaged cells of the last {@link #open}, at most {@value #DAMAGED_LISTED}, and how many there were. */
    private final List<DamagedCell> damaged = new java.util.ArrayList<>();
    private int damagedCount;
    static final int DAMAGED_LISTED = 100;

    CsvFile(Path path, String display) {
        this.path = path;
        this.display = display;
        try {
            byte[] head = readHead(path, 4);
            if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                charset = StandardCharsets.UTF_8;
                bomLength = 3;
            } else if (startsWith(head, 0xFF, 0xFE)) {
                charset = StandardCharsets.UTF_16LE;
                bomLength = 2;
            } else if (startsWith(head, 0xFE, 0xFF)) {
                charset = StandardCharsets.UTF_16BE;
                bomLength = 2;
            } else {
                charset = isStrictUtf8(path) || isMostlyUtf8(path) ? StandardCharsets.UTF_8 : GB18030;
                bomLength = 0;
            }
            encodingWarnings = charset == GB18030 ? mixedEncoding(path) : List.of();
            delimiter = chooseDelimiter(display, firstLine());
        } catch (IOException e) {
            throw EcoscoreException.input(display, "cannot be read (" + e.getMessage()
                    + "): check that the file exists and is readable", e)
                    .coded("file-cannot-read", "detail", e.getMessage());
        }
    }

    @Override
    public List<org.ecoscore.core.Detail> encodingDetails() {
        return encodingWarnings;
    }

    /**
     * A file that is not strict UTF-8 is read as GB18030 (SPEC §2). When some of its lines are nevertheless
     * well-formed UTF-8 with Chinese text in them (three or more multi-byte characters) while others are
     * not, it was assembled from files in two encodings (rows pasted from a UTF-8 export into a GBK file):
     * the UTF-8 lines will read as mojibake. Says so, with the first such line.
     */
    static List<org.ecoscore.core.Detail> mixedEncoding(Path path) throws IOException {
        int utf8Lines = 0;
        int otherLines = 0;
        int firstUtf8 = 0;
        int line = 1;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    int kind = lineKind(buf.toByteArray());
                    if (kind > 0) {
                        if (utf8Lines++ == 0) firstUtf8 = line;
                    } else if (kind < 0) {
                        otherLines++;
                    }
                    buf.reset();
                    line++;
                    if (b < 0) break;
                } else {
                    buf.write(b);
                }
            }
        }
        if (utf8Lines == 0 || otherLines == 0) return List.of();
        return List.of(new org.ecoscore.core.Detail(utf8Lines + " line(s) are UTF-8 (the first at line " + firstUtf8
                + ") and " + otherLines + " are not: the file mixes two encodings and was read as GB18030, so the"
                + " UTF-8 lines come out garbled; save the whole file in one encoding (UTF-8) and run again",
                org.ecoscore.core.Issue.paramsOf("utf8", utf8Lines, "first", firstUtf8, "other", otherLines)));
    }

    /** 1: well-formed UTF-8 with ≥ 3 multi-byte characters; −1: not UTF-8; 0: ASCII or too little to tell. */
    private static int lineKind(byte[] bytes) {
        int multi = 0;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (len == 0 || i + len > bytes.length) return -1;
            for (int k = 1; k < len; k++) if ((bytes[i + k] & 0xC0) != 0x80) return -1;
            if (len > 1) multi++;
            i += len;
        }
        return multi >= 3 ? 1 : 0;
    }

    /** The charset the text was decoded with (for tests and messages). */
    Charset charset() {
        return charset;
    }

    char delimiter() {
        return delimiter;
    }

    @Override
    public String file() {
        return display;
    }

    @Override
    public List<String> sheetNames() {
        return List.of("");
    }

    @Override
    public boolean hidden(int sheet) {
        return false;
    }

    @Override
    public CellSource open(int sheet) {
        if (sheet != 0) throw new IndexOutOfBoundsException("a CSV file has one sheet: " + sheet);
        try {
            damaged.clear();
            damagedCount = 0;
            return new CsvSource(display, openReader(), delimiter, this::damaged);
        } catch (IOException e) {
            throw EcoscoreException.input(display, "cannot be read (" + e.getMessage() + ")", e)
                    .coded("file-cannot-read", "detail", e.getMessage());
        }
    }

    private void damaged(DamagedCell cell) {
        if (damagedCount++ < DAMAGED_LISTED) damaged.add(cell);
    }

    @Override
    public List<DamagedCell> damagedCells() {
        return List.copyOf(damaged);
    }

    @Override
    public int damagedCellCount() {
        return damagedCount;
    }

    @Override
    public void close() {
        // each CsvSource owns and closes its own reader
    }

    private Reader openReader() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.skipNBytes(bomLength);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(in, decoder);
    }

    private String firstLine() throws IOException {
        try (Reader r = openReader()) {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = r.read()) >= 0 && c != '\n' && c != '\r' && sb.length() < 1 << 20) sb.append((char) c);
            return sb.toString();
        }
    }

    /** `,` for .csv, tab for .tsv, otherwise the most frequent of `,` `;` tab in the first line (ties: `,`). */
    static char chooseDelimiter(String name, String firstLine) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) return ',';
        if (lower.endsWith(".tsv")) return '\t';
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (int i = 0; i < firstLine.length(); i++) {
            char c = firstLine.charAt(i);
            if (c == ',') commas++;
            else if (c == ';') semicolons++;
            else if (c == '\t') tabs++;
        }
        if (tabs > commas && tabs >= semicolons) return '\t';
        if (semicolons > commas) return ';';
        return ',';
    }

    /**
     * True when a file that is not strict UTF-8 is nevertheless UTF-8 with a few damaged bytes: it holds
     * well-formed multi-byte UTF-8 characters, and at most one malformed byte sequence per 20 of them. (A GBK
     * file, read as UTF-8, is malformed at nearly every Chinese character.) It is then read as UTF-8 and the
     * cells holding the damaged bytes are flagged, rather than the whole file garbled as GB18030.
     */
    static boolean isMostlyUtf8(Path path) throws IOException {
        long multi = 0;
        long malformed = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            int pending = 0; // continuation bytes still expected
            int b;
            while ((b = in.read()) >= 0) {
                if (pending > 0) {
                    if ((b & 0xC0) == 0x80) {
                        if (--pending == 0) multi++;
                        continue;
                    }
                    malformed++;
                    pending = 0;
                }
                if (b < 0x80) continue;
                int len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                if (len == 0) malformed++;
                else pending = len - 1;
            }
            if (pending > 0) malformed++;
        }
        return multi > 0 && malformed * 20 <= multi;
    }

    /** One streaming pass over the file with a strict UTF-8 decoder (malformed input reported, not replaced). */
    static boolean isStrictUtf8(Path path) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream s = Files.newInputStream(path)) {
            boolean end = false;
            while (!end) {
                int n = s.read(in.array(), in.position(), in.remaining());
                if (n < 0) end = true;
                else in.position(in.position() + n);
                in.flip();
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) return false;
                out.clear();
                in.compact();
            }
            CoderResult result = decoder.flush(out);
            return !result.isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] readHead(Path path, int n) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(n);
        }
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) return false;
        for (int i = 0; i < bytes.length; i++) if ((head[i] & 0xFF) != bytes[i]) return false;
        return true;
    }
}
