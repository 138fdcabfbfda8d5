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
                if (ls.units() / 2 < chunk) copy(level.chunk(0, ls.units(), m != null), csv, m);
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
                copy(take(pending.poll()), csv, means);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A chunk's rows to {@code csv}, its units' obstacles to {@code means} (when not null), in unit order. */
    private static void copy(Chunk c, CsvRowWriter csv, ObstacleMeans means) throws IOException {
        csv.bytes(c);
        if (means != null) for (double[] u : c.obstacles) means.add(u);
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
        final List<double[]> obstacles = new java.util.ArrayList<>();

        Chunk(int size) {
            super(size);
        }

        /**
         * A unit's rows, {@code lead}{@code codes[i]}{@code values[i]}CRLF for each item i of {@code order} whose value
         * is not blank, in one loop over the array with one room check for them all (the obstacles of an item are
         * shares, most of them between 0 and 1: written by {@link PlainDecimal} straight away).
         */
        void rows(byte[] lead, byte[][] codes, int[] order, double[] values, int longestCode) {
            int most = order.length * (lead.length + longestCode + CsvRowWriter.NUMBER_BYTES + 2);
            if (buf.length - count < most) buf = Arrays.copyOf(buf, Math.max(2 * buf.length, count + most));
            byte[] b = buf;
            int p = count;
            int leadLength = lead.length;
            for (int i : order) {
                double value = values[i];
                if (Double.isNaN(value)) continue;
                System.arraycopy(lead, 0, b, p, leadLength);
                p += leadLength;
                byte[] code = codes[i];
                for (byte x : code) b[p++] = x;
                int end = value > 0 && value < 1 ? PlainDecimal.writeCsv(value, b, p) : CsvRowWriter.number(value, b, p);
                if (end < 0) {
                    byte[] t = CsvNumbers.format(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    System.arraycopy(t, 0, b, p, t.length);
                    end = p + t.length;
                }
                b[end] = '\r';
                b[end + 1] = '\n';
                p = end + 2;
            }
            count = p;
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
            Chunk c = new Chunk(Math.max(1 << 16, bytesPerUnit * (to - from) * 9 / 8));
            double[] buf = new double[codes.length];
            for (int u = from; u < to; u++) {
                if (keep) buf = new double[codes.length];
                if (!o.unit(u, buf)) continue;
                if (keep) c.obstacles.add(buf);
                // the row's first two fields, level and unit, with the comma between them: once per unit
                byte[] unit = CsvRowWriter.escaped(SafeText.csv(ls.unitIds()[u]));
                byte[] lead = Arrays.copyOf(level, level.length + 1 + unit.length);
                lead[level.length] = ',';
                System.arraycopy(unit, 0, lead, level.length + 1, unit.length);
                c.rows(lead, codes, order, buf, longestCode);
            }
            bytesPerUnit = Math.max(bytesPerUnit, c.size() / Math.max(1, to - from)); // a size hint only
            return c;
        }
    }
}
