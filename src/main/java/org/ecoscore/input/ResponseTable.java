package org.ecoscore.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecoscore.core.Level;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Question;

/**
 * The answers of one level's questionnaires, column by column (ARCHITECTURE.md): for each question a
 * {@code double[]} of raw answers (NaN = missing or invalid) and a status per cell; metadata columns; and
 * each row's provenance. Rows are respondents in input order (files in sorted order, rows in file order).
 * Raw answers are as parsed: a named-scale value, 1/0 for yes/no, the number as written (percent: in
 * percent units), never normalised.
 */
public final class ResponseTable {
    /** The text metadata roles kept per row. */
    public static final List<MetaRole> TEXT_ROLES = List.of(MetaRole.ID, MetaRole.NAME, MetaRole.REGION,
            MetaRole.INDUSTRY, MetaRole.SIZE, MetaRole.COMMUNITY, MetaRole.PROVINCE, MetaRole.CITY, MetaRole.CASE,
            MetaRole.RATER);

    private final Level level;
    private final List<Question> questions;
    private final int rows;
    /**
     * Per question column either its raw answers ({@code raw[q]}), or — when the column holds at most
     * {@value #MAX_CODES} distinct values, as a named scale or yes/no does — a byte code per row
     * ({@code codes[q]}) into the column's distinct values ({@code values[q]}, exact: compared bit by bit), an
     * eighth of the memory (a million-row batch of 21 questions: 21 MB instead of 168 MB).
     */
    private final double[][] raw;
    private final byte[][] codes;
    private final double[][] values;
    private static final int MAX_CODES = 256;
    private final byte[][] status;
    private final String[][] meta;
    /** The names (a value per row, seldom repeated): kept as characters, not Strings; null when none. */
    private final TextColumn names;
    private static final int NAME = TEXT_ROLES.indexOf(MetaRole.NAME);
    private final double[] submitted;
    private final double[] duration;
    private final int[] fileIndex;
    private final java.util.BitSet noRegionColumn;
    private final java.util.BitSet regionFromIpFile;
    private final java.util.BitSet regionFromIpRow;
    private final int[] rowNumber;
    private final List<InputFile> files;

    private ResponseTable(Builder b) {
        this.level = b.level;
        this.questions = List.copyOf(b.questions);
        this.rows = b.rows;
        this.raw = new double[questions.size()][];
        this.codes = new byte[questions.size()][];
        this.values = new double[questions.size()][];
        this.status = new byte[questions.size()][];
        for (int q = 0; q < questions.size(); q++) {
            // one column at a time, letting the builder's chunks go, so a large table is never held twice
            byte[] c = b.codedColumn(q);
            if (c != null) {
                codes[q] = c;
                values[q] = b.codeValues(q);
            } else {
                raw[q] = b.rawColumn(q);
            }
            status[q] = b.statusColumn(q);
        }
        // columns no row has a value in stay null (a batch without industry, size, times … keeps no array of
        // blanks for them: 4 MB a text column and 8 MB a time column per million rows)
        this.meta = new String[TEXT_ROLES.size()][];
        for (int m = 0; m < meta.length; m++) {
            meta[m] = b.meta[m] == null ? null : Arrays.copyOf(b.meta[m], rows);
            b.meta[m] = null;
        }
        this.names = b.names == null ? null : b.names.trimmed(rows);
        b.names = null;
        this.submitted = b.submitted == null ? null : Arrays.copyOf(b.submitted, rows);
        this.duration = b.duration == null ? null : Arrays.copyOf(b.duration, rows);
        b.submitted = null;
        b.duration = null;
        this.fileIndex = Arrays.copyOf(b.fileIndex, rows);
        this.rowNumber = Arrays.copyOf(b.rowNumber, rows);
        this.files = List.copyOf(b.files);
        this.noRegionColumn = (java.util.BitSet) b.noRegionColumn.clone();
        this.regionFromIpFile = (java.util.BitSet) b.regionFromIpFile.clone();
        this.regionFromIpRow = b.regionFromIpRow.get(0, rows);
    }

    /**
     * True when file {@code fileIndex} has no column that could give a region (region, province or city) — it
     * was warned about once for the whole file, so its rows get no warning of their own.
     */
    public boolean noRegionColumn(int fileIndex) {
        return noRegionColumn.get(fileIndex);
    }

    /**
     * True when file {@code fileIndex} has no region column but a province or city column (腾讯问卷's IP location
     * 地理位置省/市), so that every row of it is placed by those columns (its {@code region-from-ip} note).
     */
    public boolean regionFromIp(int fileIndex) {
        return regionFromIpFile.get(fileIndex);
    }

    /**
     * True when row {@code row}'s region comes from its province or city columns (腾讯问卷's IP location), not
     * from a region answer: its file has no region column, or the row's region answer is blank.
     */
    public boolean placedByIp(int row) {
        return regionFromIpRow.get(row);
    }

    public Level level() {
        return level;
    }

    /** The columns: the questions of this level's questionnaire ({@code source} = level), in file order. */
    public List<Question> questions() {
        return questions;
    }

    public int rows() {
        return rows;
    }

    /** Raw answers of question column q (do not modify; may be a copy). NaN = missing or invalid. */
    public double[] raw(int q) {
        if (raw[q] != null) return raw[q];
        double[] out = new double[rows];
        byte[] c = codes[q];
        double[] v = values[q];
        for (int r = 0; r < rows; r++) out[r] = v[c[r] & 0xFF];
        return out;
    }

    /** The raw answer of question column q in row {@code row}; NaN = missing or invalid. */
    public double raw(int q, int row) {
        if (raw[q] != null) return raw[q][row];
        return values[q][codes[q][row] & 0xFF];
    }

    /** Status of question column q ({@link CellStatus}) (do not modify). */
    public byte[] status(int q) {
        return status[q];
    }

    /** A text metadata value as written in the file (trimmed), or null when blank or the column is absent. */
    public String meta(MetaRole role, int row) {
        int m = TEXT_ROLES.indexOf(role);
        if (m < 0) throw new IllegalArgumentException("not a text role: " + role);
        if (m == NAME) return names == null ? null : names.get(row);
        return meta[m] == null ? null : meta[m][row];
    }

    /** Submission time as seconds since 1970-01-01T00:00 (local time taken as UTC), NaN when none. */
    public double submitted(int row) {
        return submitted == null ? Double.NaN : submitted[row];
    }

    /** Seconds taken to answer, NaN when none. */
    public double duration(int row) {
        return duration == null ? Double.NaN : duration[row];
    }

    /** Index into {@link #files()} of the file this row came from. */
    public int fileIndex(int row) {
        return fileIndex[row];
    }

    /**
     * The spreadsheet's 1-based row number of this respondent (form layout: the row of the form header
     * 题号/题目/答案).
     */
    public int rowNumber(int row) {
        return rowNumber[row];
    }

    /** All the run's input files of this level, readable or not. */
    public List<InputFile> files() {
        return files;
    }

    public InputFile fileOf(int row) {
        return files.get(fileIndex[row]);
    }

    /**
     * Builds a table row by row. The answer columns grow in chunks of {@value #CHUNK} rows, allocated already
     * holding "missing" (NaN, {@link CellStatus#MISSING}): growing never copies them, and a new row costs
     * nothing per question (a 100,000-row batch of 150 questions used to copy its 135 MB of columns ≈ 15 times
     * while growing). A metadata or time column is made when the first row gets a value in it; these few per-row
     * columns (and the provenance ones) grow by copying. Not thread-safe.
     */
    public static final class Builder {
        /** Rows per answer chunk (a power of two). */
        static final int CHUNK = 8192;
        private static final int SHIFT = Integer.numberOfTrailingZeros(CHUNK);
        private static final int MASK = CHUNK - 1;
        private final Level level;
        private final List<Question> questions;
        private int rows;
        private int capacity;
        /** per question, its chunks of raw answers and statuses; chunk k holds rows k·CHUNK … */
        private double[][][] raw;
        private byte[][][] status;
        /**
         * per question, the byte codes of its full chunks once they are coded (the chunk's {@code raw} let go: a
         * 100,000-row batch of 150 questions holds 15 MB of codes while it is read instead of 120 MB of doubles,
         * which every young collection had to copy), and its codebook — null once the column has more than
         * {@value #MAX_CODES} distinct values and is kept as doubles
         */
        private byte[][][] coded;
        private Codebook[] codebooks;
        private int chunks;
        private String[][] meta;
        private TextColumn names;
        private double[] submitted;
        private double[] duration;
        private int[] fileIndex;
        private int[] rowNumber;
        private final List<InputFile> files = new ArrayList<>();
        private final java.util.BitSet noRegionColumn = new java.util.BitSet();
        private final java.util.BitSet regionFromIpFile = new java.util.BitSet();
        private final java.util.BitSet regionFromIpRow = new java.util.BitSet();
        private static final int MAX_SHARED = 10_000;
        private final List<java.util.Map<String, String>> shared = new ArrayList<>();

        public Builder(Level level, List<Question> questions) {
            for (int m = 0; m < TEXT_ROLES.size(); m++) shared.add(new java.util.HashMap<>());
            this.level = level;
            this.questions = List.copyOf(questions);
            this.capacity = 64;
            raw = new double[questions.size()][4][];
            status = new byte[questions.size()][4][];
            coded = new byte[questions.size()][4][];
            codebooks = new Codebook[questions.size()];
            for (int q = 0; q < codebooks.length; q++) codebooks[q] = new Codebook();
            meta = new String[TEXT_ROLES.size()][];
            fileIndex = new int[capacity];
            rowNumber = new int[capacity];
        }

        public List<Question> questions() {
            return questions;
        }

        public Level level() {
            return level;
        }

        public int rows() {
            return rows;
        }

        /** Starts a new row (all answers missing, no metadata) and returns its index. */
        public int addRow(int file, int spreadsheetRow) {
            if (rows == capacity) grow();
            if (rows >>> SHIFT == chunks) addChunk();
            int r = rows++;
            // the answer cells of row r are missing already: a new chunk is allocated so, a dropped row reset
            for (String[] m : meta) if (m != null) m[r] = null;
            if (names != null) names.set(r, null);
            if (submitted != null) submitted[r] = Double.NaN;
            if (duration != null) duration[r] = Double.NaN;
            fileIndex[r] = file;
            rowNumber[r] = spreadsheetRow;
            return r;
        }

        /** Removes the last row (e.g. it turned out to be a repeated header). */
        public void dropLastRow() {
            if (rows == 0) return;
            rows--;
            regionFromIpRow.clear(rows);
            int k = rows >>> SHIFT;
            int i = rows & MASK;
            for (int q = 0; q < raw.length; q++) {
                rawChunk(q, k)[i] = Double.NaN;
                status[q][k][i] = CellStatus.MISSING;
            }
        }

        public void answer(int q, int row, double value) {
            rawChunk(q, row >>> SHIFT)[row & MASK] = value;
            status[q][row >>> SHIFT][row & MASK] = CellStatus.OK;
        }

        public void invalid(int q, int row) {
            rawChunk(q, row >>> SHIFT)[row & MASK] = Double.NaN;
            status[q][row >>> SHIFT][row & MASK] = CellStatus.INVALID;
        }

        /** A declared missing answer (missing.csv). */
        public void declaredMissing(int q, int row) {
            rawChunk(q, row >>> SHIFT)[row & MASK] = Double.NaN;
            status[q][row >>> SHIFT][row & MASK] = CellStatus.DECLARED_MISSING;
        }

        /**
         * Chunk k of question q as doubles, to be written to: a chunk already coded is turned back into doubles
         * first (rare: rows of a file dropped after the next chunk was begun) and coded again later.
         */
        private double[] rawChunk(int q, int k) {
            double[] c = raw[q][k];
            if (c != null) return c;
            c = codebooks[q].decode(coded[q][k]);
            raw[q][k] = c;
            coded[q][k] = null;
            return c;
        }

        public boolean hasAnswer(int q, int row) {
            return status[q][row >>> SHIFT][row & MASK] != CellStatus.MISSING;
        }

        /**
         * Sets a text metadata value. Values of the grouping roles (region, industry, size, community) repeat
         * across rows and are shared: one String per distinct value, not one per row (a million-row batch keeps
         * a few dozen region strings, not a million).
         */
        public void meta(MetaRole role, int row, String value) {
            int m = TEXT_ROLES.indexOf(role);
            if (value != null && role != MetaRole.ID && role != MetaRole.NAME) {
                java.util.Map<String, String> seen = shared.get(m);
                String same = seen.get(value);
                if (same != null) {
                    value = same;
                } else if (seen.size() < MAX_SHARED) {
                    seen.put(value, value);
                }
            }
            if (m == NAME) {
                if (names == null) {
                    if (value == null) return;
                    names = new TextColumn(capacity);
                }
                names.set(row, value);
                return;
            }
            if (meta[m] == null) {
                if (value == null) return;
                meta[m] = new String[capacity];
            }
            meta[m][row] = value;
        }

        public void submitted(int row, double epochSeconds) {
            if (submitted == null) submitted = blankTimes();
            submitted[row] = epochSeconds;
        }

        public void duration(int row, double seconds) {
            if (duration == null) duration = blankTimes();
            duration[row] = seconds;
        }

        private double[] blankTimes() {
            double[] t = new double[capacity];
            Arrays.fill(t, Double.NaN);
            return t;
        }

        /** Registers a file; its index must equal the current number of files. */
        public void addFile(InputFile f) {
            files.add(f);
        }

        /** Records that file {@code index} has no region, province or city column (warned once per file). */
        public void noRegionColumn(int index) {
            noRegionColumn.set(index);
        }

        /** Records that every row of file {@code index} is placed by its province or city columns (no region column). */
        public void regionFromIp(int index) {
            regionFromIpFile.set(index);
        }

        /** Records that row {@code row}'s region comes from its province or city columns, not a region answer. */
        public void placedByIp(int row) {
            regionFromIpRow.set(row);
        }

        /** Replaces a registered file's record (e.g. once its rows have been counted). */
        public void setFile(int index, InputFile f) {
            files.set(index, f);
        }

        private void grow() {
            capacity = capacity + (capacity >> 1); // ×1.5: less slack than doubling on 100,000-row batches
            for (int m = 0; m < meta.length; m++) if (meta[m] != null) meta[m] = Arrays.copyOf(meta[m], capacity);
            if (names != null) names.grow(capacity);
            if (submitted != null) submitted = grown(submitted);
            if (duration != null) duration = grown(duration);
            fileIndex = Arrays.copyOf(fileIndex, capacity);
            rowNumber = Arrays.copyOf(rowNumber, capacity);
        }

        /** One more chunk of every answer column, all missing. */
        private void addChunk() {
            for (int q = 0; q < raw.length; q++) {
                // the chunk before is full: its answers become codes (rows are added in order, so chunk k−1's
                // codes come first in the codebook, as coding the whole column at the end would have them); the
                // doubles it let go hold the new chunk (a batch's raw chunks live on in the old generation instead of
                // 64 KB per question and chunk allocated anew and copied by every young collection while it fills)
                double[] r = chunks > 0 ? codeChunk(q, chunks - 1) : null;
                if (chunks == raw[q].length) {
                    raw[q] = Arrays.copyOf(raw[q], chunks * 2);
                    status[q] = Arrays.copyOf(status[q], chunks * 2);
                    coded[q] = Arrays.copyOf(coded[q], chunks * 2);
                }
                if (r == null) r = new double[CHUNK];
                Arrays.fill(r, Double.NaN);
                byte[] s = new byte[CHUNK];
                if (CellStatus.MISSING != 0) Arrays.fill(s, CellStatus.MISSING);
                raw[q][chunks] = r;
                status[q][chunks] = s;
            }
            chunks++;
        }

        /**
         * Codes chunk k of question q when its column still has a codebook and the chunk is doubles; returns the
         * doubles it no longer needs (null when it kept them).
         */
        private double[] codeChunk(int q, int k) {
            Codebook book = codebooks[q];
            double[] c = raw[q][k];
            if (book == null || c == null) return null;
            byte[] out = new byte[CHUNK];
            if (book.code(c, CHUNK, out, 0)) {
                coded[q][k] = out;
                raw[q][k] = null;
                return c;
            }
            unCode(q);
            return null;
        }

        /** Question q has more distinct values than a byte codes: its coded chunks become doubles again. */
        private void unCode(int q) {
            for (int k = 0; k < chunks; k++) if (raw[q][k] == null && coded[q][k] != null) rawChunk(q, k);
            codebooks[q] = null;
        }

        /**
         * Question q's answers as one array of codes of {@link #rows} into {@link #codeValues}, or null when
         * they are kept as doubles ({@link #rawColumn}); the chunks are let go.
         */
        private byte[] codedColumn(int q) {
            if (codebooks[q] == null) return null;
            byte[] out = new byte[rows];
            for (int k = 0; k < chunks; k++) {
                int from = k << SHIFT;
                int n = Math.max(0, Math.min(CHUNK, rows - from));
                if (raw[q][k] == null) {
                    if (n > 0) System.arraycopy(coded[q][k], 0, out, from, n);
                } else if (n > 0 && !codebooks[q].code(raw[q][k], n, out, from)) {
                    unCode(q);
                    return null;
                }
            }
            for (int k = 0; k < chunks; k++) coded[q][k] = null;
            return out;
        }

        /** The distinct values that {@link #codedColumn}'s codes stand for, in order of first appearance. */
        private double[] codeValues(int q) {
            return codebooks[q].values();
        }

        /** Question q's raw answers as one array of {@link #rows} (its chunks are let go). */
        private double[] rawColumn(int q) {
            double[] out = new double[rows];
            for (int k = 0; k < chunks; k++) {
                int from = k << SHIFT;
                if (from < rows) System.arraycopy(rawChunk(q, k), 0, out, from, Math.min(CHUNK, rows - from));
                raw[q][k] = null;
            }
            return out;
        }

        /** Question q's statuses as one array of {@link #rows} (its chunks are let go). */
        private byte[] statusColumn(int q) {
            byte[] out = new byte[rows];
            for (int k = 0; k < chunks; k++) {
                int from = k << SHIFT;
                if (from < rows) System.arraycopy(status[q][k], 0, out, from, Math.min(CHUNK, rows - from));
                status[q][k] = null;
            }
            return out;
        }

        private double[] grown(double[] times) {
            int from = times.length;
            double[] t = Arrays.copyOf(times, capacity);
            Arrays.fill(t, from, capacity, Double.NaN);
            return t;
        }

        /** The table; the builder is used up (its answer columns are joined chunk by chunk, then let go). */
        public ResponseTable build() {
            return new ResponseTable(this);
        }
    }

    /**
     * A question column's distinct answers so far, in the order they first appeared, each with its byte code
     * (at most {@value #MAX_CODES}); values are told apart by their bit patterns, so 0.0 and −0.0 or two NaNs stay
     * what they were and every answer comes back bit for bit.
     */
    private static final class Codebook {
        private final long[] seen = new long[MAX_CODES];
        private int distinct;
        // a small open-addressing table from a value's bits to its code
        private final long[] keys = new long[2 * MAX_CODES];
        private final int[] slot = new int[2 * MAX_CODES];

        Codebook() {
            Arrays.fill(slot, -1);
        }

        /**
         * Codes {@code values[0 … n)} into {@code out[at …)}, adding new values to the book; false (the book then
         * unusable) when there are more distinct values than a byte codes.
         */
        boolean code(double[] values, int n, byte[] out, int at) {
            long last = 0;
            int lastCode = -1;
            for (int r = 0; r < n; r++) {
                long bits = Double.doubleToRawLongBits(values[r]);
                if (lastCode >= 0 && bits == last) {
                    out[at + r] = (byte) lastCode;
                    continue;
                }
                int h = (int) (bits ^ (bits >>> 29) ^ (bits >>> 41)) * 0x9E3779B1 >>> 23; // 9 bits: 0..511
                int code;
                while (true) {
                    if (slot[h] < 0) {
                        if (distinct == MAX_CODES) return false;
                        keys[h] = bits;
                        slot[h] = distinct;
                        seen[distinct] = bits;
                        code = distinct++;
                        break;
                    }
                    if (keys[h] == bits) {
                        code = slot[h];
                        break;
                    }
                    h = (h + 1) & (2 * MAX_CODES - 1);
                }
                out[at + r] = (byte) code;
                last = bits;
                lastCode = code;
            }
            return true;
        }

        /** A coded chunk as doubles again. */
        double[] decode(byte[] codes) {
            double[] out = new double[codes.length];
            for (int r = 0; r < codes.length; r++) out[r] = Double.longBitsToDouble(seen[codes[r] & 0xFF]);
            return out;
        }

        double[] values() {
            double[] v = new double[distinct];
            for (int i = 0; i < distinct; i++) v[i] = Double.longBitsToDouble(seen[i]);
            return v;
        }
    }
}
