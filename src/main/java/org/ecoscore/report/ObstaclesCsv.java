package org.ecoscore.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.LevelScores;
import org.ecoscore.score.ObstacleDegrees;

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
        write(r, csv, CHUNK);
    }

    /** With chunks of {@code chunk} units: a level of fewer than 2 × chunk units is written on this thread. */
    static void write(RunResult r, CsvRowWriter csv, int chunk) throws IOException {
        csv.row(new String[] {"level", "unit", "code", "obstacle"});
        for (LevelScores ls : List.of(r.scores().firm(), r.scores().region())) {
            Level level = new Level(ls);
            if (ls.units() / 2 < chunk) level.rows(csv, 0, ls.units());
            else inChunks(level, ls.units(), chunk, csv);
        }
    }

    /** Chunks formatted by the workers, at most 2 × WORKERS at a time, copied to {@code csv} in order. */
    private static void inChunks(Level level, int units, int chunk, CsvRowWriter csv) throws IOException {
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
                    pending.add(pool.submit(() -> level.chunk(from, to)));
                    next = to;
                }
                csv.bytes(take(pending.poll()));
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
            if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
            if (e.getCause() instanceof RuntimeException x) throw x;
            if (e.getCause() instanceof Error x) throw x;
            throw new IOException(e.getCause());
        }
    }

    /** The formatted rows of some units. */
    static final class Chunk extends ByteArrayOutputStream {
        Chunk(int size) {
            super(size);
        }
    }

    /** One level's rows; {@link #rows} may run on several threads at once (each with its own buffer). */
    private static final class Level {
        private final ObstacleDegrees o;
        private final LevelTree tree;
        private final LevelScores ls;
        private final byte[][] codes;
        private final byte[] level;
        /** The items' indices in tree order. */
        private final int[] order;
        private volatile int bytesPerUnit = 64;

        Level(LevelScores ls) {
            this.ls = ls;
            this.o = ls.obstacles();
            this.tree = ls.tree();
            codes = new byte[tree.items().size()][];
            for (TreeItem it : tree.items()) codes[it.index()] = CsvRowWriter.escaped(it.code());
            level = CsvRowWriter.escaped(ls.level().id());
            order = tree.items().stream().mapToInt(TreeItem::index).toArray();
        }

        Chunk chunk(int from, int to) {
            Chunk c = new Chunk(Math.max(1 << 16, bytesPerUnit * (to - from) * 9 / 8));
            try {
                CsvRowWriter w = new CsvRowWriter(c);
                rows(w, from, to);
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a ByteArrayOutputStream never throws
            }
            bytesPerUnit = Math.max(bytesPerUnit, c.size() / Math.max(1, to - from)); // a size hint only
            return c;
        }

        void rows(CsvRowWriter csv, int from, int to) throws IOException {
            double[] buf = new double[codes.length];
            for (int u = from; u < to; u++) {
                if (!o.unit(u, buf)) continue;
                // the row's first two fields, level and unit, with the comma between them: once per unit
                byte[] unit = CsvRowWriter.escaped(SafeText.csv(ls.unitIds()[u]));
                byte[] lead = Arrays.copyOf(level, level.length + 1 + unit.length);
                lead[level.length] = ',';
                System.arraycopy(unit, 0, lead, level.length + 1, unit.length);
                for (int i : order) {
                    double v = buf[i];
                    if (Double.isNaN(v)) continue;
                    csv.escapedFields(lead);
                    csv.escapedField(codes[i]);
                    csv.number(v);
                    csv.end();
                }
            }
        }
    }
}
