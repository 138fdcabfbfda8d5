package org.ecoscore.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecoscore.core.PlainDecimal;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.LevelScores;
import org.ecoscore.score.ObstacleDegrees;
import org.ecoscore.score.ObstacleMeans;

/**
 * obstacles.csv (SPEC §4.8, §5): {@code level,unit,code,obstacle} for every unit (firms, then regions, in
 * unit order) and every node and question with an obstacle, in tree order; computed one unit at a time.
 * The table is the largest output (≈ 500 rows per firm at 150 questions), so a level of many units is
 * computed and formatted in chunks of {@value #CHUNK} units by {@link #WORKERS} threads, the chunks written
 * in unit order: the same bytes as one thread writes.
 */
final class ObstaclesCsv {
    /** Units per chunk: a chunk of 150-question firms is ≈ 4 MB of text. */
    static final int CHUNK = 256;
    /** Threads formatting chunks (the writing thread only copies them to the file). */
    static final int WORKERS = 2;

    private ObstaclesCsv() {
    }

    static void write(RunResult r, CsvRowWriter csv) throws IOException {
        write(r, csv, CHUNK, null);
    }

    /**
     * With chunks of {@code chunk} units (a level of fewer than 2 × chunk units is written on this thread); the
     * firms' national means taken on the way for {@code national} unless it has them already (null: not wanted).
     */
    static void write(RunResult r, CsvRowWriter csv, int chunk, NationalObstacles national) throws IOException {
        csv.row(new String[] {"level", "unit", "code", "obstacle"});
        ObstacleMeans means = national == null ? null : national.fromTable();
        try {
            for (LevelScores ls : List.of(r.scores().firm(), r.scores().region())) {
                Level level = new Level(ls);
                ObstacleMeans m = ls == r.scores().firm() ? means : null;
                if (ls.units() / 2 < chunk) level.copy(level.chunk(0, ls.units(), m != null), csv, m);
                else inChunks(level, ls.units(), chunk, csv, m);
                if (m != null) {
                    national.done(m);
                    means = null;
                }
            }
        } finally {
            if (means != null) national.abandon();
        }
    }

    /**
     * Chunks formatted by the workers, at most 2 × WORKERS at a time, copied to {@code csv} in order (and their
     * units' obstacles added to {@code means}, in unit order, when not null).
     */
    private static void inChunks(Level level, int units, int chunk, CsvRowWriter csv, ObstacleMeans means)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, task -> {
            Thread t = new Thread(task, "ecoscore-obstacles");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < units || !pending.isEmpty()) {
                while (next < units && pending.size() < 2 * WORKERS) {
                    int from = next;
                    int to = Math.min(units, from + chunk);
                    pending.add(pool.submit(() -> level.chunk(from, to, means != null)));
                    next = to;
                }
                level.copy(take(pending.poll()), csv, means);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Chunk take(Future<Chunk> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing obstacles.csv", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException x) throw x;
            if (e.getCause() instanceof Error x) throw x;
            throw new IOException(e.getCause());
        }
    }

    /**
     * The formatted rows of some units (and, when asked for, the obstacles of those that have them, in order),
     * put straight into the stream's array: one room check per unit instead of one per field.
     */
    static final class Chunk extends ByteArrayOutputStream {
        /**
         * The obstacles of the chunk's units, one array per unit (the first {@link #kept} those of the units that
         * have them, in unit order, when they are kept; else the first {@link ObstacleDegrees#BLOCK} scratch).
         */
        private double[][] units = new double[0][];
        private int kept;
        /**
         * The texts of the unit's values written so far, for {@link #rows}: an open-addressing table of pairs of
         * longs, a value's bits and then the unit's stamp (high 32 bits), where its text starts relative to the
         * unit's first row (bits 5 to 31) and its length (bits 0 to 4); a slot is filled when its stamp is the
         * current unit's.
         */
        private long[] texts = new long[0];
        private int stamp;
        /** Repeated values looked up and found, over the chunk's first units: is the table worth its lookups? */
        private int looked;
        private int found;
        private int tried;
        private boolean reuse = true;

        Chunk(int size) {
            super(size);
        }

        /** Empty again, for the next units (its arrays kept: a level's chunks are reused, not made anew). */
        void clear() {
            count = 0;
            kept = 0;
            looked = 0;
            found = 0;
            tried = 0;
            reuse = true;
        }

        /** The obstacles of the chunk's {@code j}-th unit that has them (when they are kept). */
        double[] kept(int j) {
            return units[j];
        }

        /**
         * A unit's rows, {@code lead}{@code codes[i]}{@code values[i]}CRLF for each item i of {@code order} whose value
         * is not blank, in one loop over the array with one room check for them all (the obstacles of an item are
         * shares, most of them between 0 and 1: written by {@link PlainDecimal} straight away; 0 as {@code 0}).
         *
         * <p>A value the unit has had before is copied from its first text instead of formatted again (the same
         * bits, the same text): a unit's obstacles repeat wherever sibling questions have the same weight and the
         * same answer, which with equal sibling weights and five-point scales is most of them (150 such questions:
         * 3 in 5, and formatting takes most of this table's time). Where they seldom repeat (entropy weights: every
         * question's differ), the chunk stops looking after its first {@value #TRIAL_UNITS} units.
         */
        void rows(byte[] lead, byte[][] codes, int[] order, double[] values, int longestCode) {
            int most = order.length * (lead.length + longestCode + CsvRowWriter.NUMBER_BYTES + 2);
            if (buf.length - count < most) buf = Arrays.copyOf(buf, Math.max(2 * buf.length, count + most));
            boolean table = reuse && most < 1 << 26; // a text's start within the unit's rows fits in its 27 bits
            if (table) {
                if (texts.length < 4 * order.length) {
                    texts = new long[Integer.highestOneBit(2 * order.length) << 2]; // pairs: ≥ 2 slots per item
                    stamp = 0;
                }
                if (++stamp == 0) { // after 2^32 units: every stamp is stale again
                    Arrays.fill(texts, 0);
                    stamp = 1;
                }
            }
            long[] t = texts;
            long now = (long) stamp << 32;
            int mask = (t.length >> 1) - 1;
            int shift = Long.numberOfLeadingZeros(mask);
            int hits = 0;
            int tries = 0;
            byte[] b = buf;
            int p0 = count;
            int p = p0;
            int leadLength = lead.length;
            for (int i : order) {
                double value = values[i];
                if (Double.isNaN(value)) continue;
                System.arraycopy(lead, 0, b, p, leadLength);
                p += leadLength;
                byte[] code = codes[i];
                System.arraycopy(code, 0, b, p, code.length);
                p += code.length;
                int end;
                if (value == 0) {
                    b[p] = '0';
                    end = p + 1;
                } else if (table) {
                    tries++;
                    long bits = Double.doubleToRawLongBits(value);
                    int slot = (int) ((bits * 0x9E37_79B9_7F4A_7C15L) >>> shift) << 1;
                    long meta;
                    while (((meta = t[slot + 1]) & 0xFFFF_FFFF_0000_0000L) == now && t[slot] != bits) {
                        slot = (slot + 2) & (2 * mask + 1);
                    }
                    if ((meta & 0xFFFF_FFFF_0000_0000L) == now) {
                        int n = (int) meta & 0x1F;
                        System.arraycopy(b, p0 + ((int) meta >>> 5), b, p, n);
                        end = p + n;
                        hits++;
                    } else {
                        end = format(value, b, p);
                        if (end - p < 32) { // (a longer text, below 1e-25 or so, is formatted each time)
                            t[slot] = bits;
                            t[slot + 1] = now | (long) (p - p0) << 5 | (end - p);
                        }
                    }
                } else {
                    end = format(value, b, p);
                }
                b[end] = '\r';
                b[end + 1] = '\n';
                p = end + 2;
            }
            count = p;
            if (table && tried < TRIAL_UNITS) {
                looked += tries;
                found += hits;
                if (++tried == TRIAL_UNITS && 4 * found < looked) reuse = false;
            }
        }

        /** Units a chunk tries the table of repeated values on before it decides whether to go on with it. */
        static final int TRIAL_UNITS = 16;

        /** A value's text at b[p …), returning the index after it. */
        private static int format(double value, byte[] b, int p) {
            int end = value > 0 && value < 1 ? PlainDecimal.writeCsv(value, b, p) : CsvRowWriter.number(value, b, p);
            if (end < 0) {
                byte[] x = CsvNumbers.format(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                System.arraycopy(x, 0, b, p, x.length);
                end = p + x.length;
            }
            return end;
        }
    }

    /** One level's rows; {@link #rows} may run on several threads at once (each with its own buffer). */
    private static final class Level {
        private final ObstacleDegrees o;
        private final LevelTree tree;
        private final LevelScores ls;
        private final byte[][] codes;
        private final byte[] level;
        /** The length of the longest of {@link #codes}. */
        private final int longestCode;
        /** The items' indices in tree order. */
        private final int[] order;
        private volatile int bytesPerUnit = 64;
        /** Chunks copied out and free for more units: their buffers are reused rather than zeroed anew. */
        private final java.util.concurrent.ConcurrentLinkedQueue<Chunk> free =
                new java.util.concurrent.ConcurrentLinkedQueue<>();

        Level(LevelScores ls) {
            this.ls = ls;
            this.o = ls.obstacles();
            this.tree = ls.tree();
            codes = new byte[tree.items().size()][];
            for (TreeItem it : tree.items()) {
                // ",CODE," — the code field with the commas on both sides
                byte[] code = CsvRowWriter.escaped(it.code());
                byte[] between = new byte[code.length + 2];
                between[0] = ',';
                System.arraycopy(code, 0, between, 1, code.length);
                between[code.length + 1] = ',';
                codes[it.index()] = between;
            }
            level = CsvRowWriter.escaped(ls.level().id());
            int longest = 0;
            for (byte[] c : codes) longest = Math.max(longest, c.length);
            longestCode = longest;
            order = tree.items().stream().mapToInt(TreeItem::index).toArray();
        }

        /**
         * The rows of units {@code from … to} (with, when {@code keep}, the obstacles of each unit that has them);
         * any number of chunks may be made at once, each on its own thread.
         */
        Chunk chunk(int from, int to, boolean keep) {
            Chunk c = free.poll();
            if (c == null) c = new Chunk(Math.max(1 << 16, bytesPerUnit * (to - from) * 9 / 8));
            else c.clear();
            int block = ObstacleDegrees.BLOCK;
            int items = codes.length;
            int rows = keep ? to - from : Math.min(block, to - from);
            if (c.units.length < rows) {
                double[][] more = Arrays.copyOf(c.units, rows);
                for (int j = c.units.length; j < rows; j++) more[j] = new double[items];
                c.units = more;
            }
            double[][] all = c.units;
            double[][] buf = new double[block][];
            boolean[] has = new boolean[block];
            for (int b = from; b < to; b += block) {
                int n = Math.min(block, to - b);
                // kept: each unit in its own row of the chunk's, moved up over the rows of units without any
                int first = keep ? b - from : 0;
                System.arraycopy(all, first, buf, 0, n);
                o.units(b, b + n, buf, has);
                for (int j = 0; j < n; j++) {
                    if (!has[j]) continue;
                    if (keep) {
                        double[] x = all[c.kept];
                        all[c.kept++] = all[first + j];
                        all[first + j] = x;
                    }
                    // the row's first two fields, level and unit, with the comma between them: once per unit
                    byte[] unit = CsvRowWriter.escaped(SafeText.csv(ls.unitIds()[b + j]));
                    byte[] lead = Arrays.copyOf(level, level.length + 1 + unit.length);
                    lead[level.length] = ',';
                    System.arraycopy(unit, 0, lead, level.length + 1, unit.length);
                    c.rows(lead, codes, order, buf[j], longestCode);
                }
            }
            bytesPerUnit = Math.max(bytesPerUnit, c.size() / Math.max(1, to - from)); // a size hint only
            return c;
        }

        /**
         * A chunk's rows to {@code csv}, its units' obstacles to {@code means} (when not null), in unit order; then
         * the chunk is free for more units.
         */
        void copy(Chunk c, CsvRowWriter csv, ObstacleMeans means) throws IOException {
            csv.bytes(c);
            if (means != null) for (int j = 0; j < c.kept; j++) means.add(c.kept(j));
            free.add(c);
        }
    }
}
