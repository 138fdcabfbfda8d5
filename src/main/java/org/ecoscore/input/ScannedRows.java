package org.ecoscore.input;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.ecoscore.core.EcoscoreException;

/**
 * A sheet scanned ahead on a second thread: a daemon thread ("ecoscore-scan") runs the {@link RowCellSource}
 * (the xlsx scanner, which a third thread feeds with inflated bytes) and copies its rows into flat primitive
 * batches (up to {@value #ROWS} rows or {@value #CELLS} cells each, {@value #DEPTH} batches in all, recycled:
 * memory stays bounded and no object is made per cell); the reading thread replays them row by row while
 * the next rows are scanned, so scanning and answer parsing run on two cores.
 *
 * <p>Nothing changes for the reader: rows come in the scanner's order, and what the scanner throws (a damaged
 * sheet, an XML or zip-bomb guard, a sheet too wide) is thrown again, the same exception, on the reading
 * thread once it has read every row before it — as if it had scanned the rows itself. Rows scanned ahead of a
 * source closed early are dropped, and their errors with them.
 */
final class ScannedRows extends RowCellSource {
    static final int ROWS = 512;
    static final int CELLS = 1 << 15;
    static {
        assert CELLS >= SheetLimits.MAX_COLUMNS : "a batch must hold the widest row";
    }
    static final int DEPTH = 4;

    /** Rows copied out of the scanner, with the error or end met after them. */
    private static final class Batch {
        int rows;
        int cells;
        final int[] rowNumber = new int[ROWS];
        /** row i's cells are start[i] … start[i + 1] − 1 (start[0] = 0) */
        final int[] start = new int[ROWS + 1];
        final byte[] types;
        final double[] numbers;
        final String[] texts;
        final boolean[] percents;
        final int[] indexes;
        boolean end;
        Throwable error;

        /** A batch of {@code cells} cells ({@link #CELLS}; 0 for one that only carries an error). */
        Batch(int cells) {
            types = new byte[cells];
            numbers = new double[cells];
            texts = new String[cells];
            percents = new boolean[cells];
            indexes = new int[cells];
        }

        void reset() {
            rows = 0;
            cells = 0;
            end = false;
            error = null;
        }

        /**
         * Adds the scanner's current row; false (nothing added) when the batch is full. A row has at most
         * {@link SheetLimits#MAX_COLUMNS} cells (the scanner refuses wider ones), fewer than a batch holds.
         */
        boolean add(RowCellSource s) {
            int w = s.width();
            if (rows == ROWS || cells + w > CELLS) return false;
            rowNumber[rows] = s.rowNumber();
            cells += s.row.copyOut(types, numbers, texts, percents, indexes, cells);
            rows++;
            start[rows] = cells;
            return true;
        }
    }

    private final RowCellSource scanner;
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(DEPTH + 1);
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(DEPTH + 1);
    private final Thread thread;
    private volatile boolean closed;
    /** batches made so far (by the scanning thread) */
    private int made;
    private Batch batch;
    private int next;
    private boolean ended;

    ScannedRows(RowCellSource scanner) {
        super(scanner.file(), scanner.sheet());
        this.scanner = scanner;
        thread = new Thread(this::scan, "ecoscore-scan");
        thread.setDaemon(true);
        thread.start();
    }

    /** The scanning thread: fills batches until the sheet ends, the scanner throws or the source is closed. */
    private void scan() {
        Batch b = null;
        try {
            b = freeBatch();
            while (!closed) {
                if (!scanner.nextRow()) {
                    b.end = true;
                    break;
                }
                if (!b.add(scanner)) {
                    full.add(b); // never blocks: the queue holds every batch there is
                    b = freeBatch();
                    b.add(scanner);
                }
                if (b.rows == ROWS) {
                    full.add(b);
                    b = freeBatch();
                }
            }
        } catch (InterruptedException e) {
            return; // closed
        } catch (Throwable e) {
            if (b == null) b = new Batch(0);
            b.error = e;
        }
        if (b != null && !closed) full.add(b);
    }

    /** An empty batch: a recycled one, or a new one while fewer than {@value #DEPTH} exist (small sheets use one). */
    private Batch freeBatch() throws InterruptedException {
        Batch b = free.poll();
        if (b == null) {
            if (made < DEPTH) {
                made++;
                b = new Batch(CELLS);
            } else {
                b = free.take();
            }
        }
        b.reset();
        return b;
    }

    @Override
    public boolean nextRow() {
        while (true) {
            if (batch != null && next < batch.rows) {
                Batch b = batch;
                int at = b.start[next];
                row.copyIn(b.types, b.numbers, b.texts, b.percents, b.indexes, at, b.start[next + 1] - at);
                rowNumber = b.rowNumber[next];
                next++;
                return true;
            }
            if (ended) {
                row.clear();
                return false;
            }
            if (batch != null) {
                Batch b = batch;
                batch = null;
                if (b.error != null) {
                    ended = true;
                    row.clear();
                    throw rethrown(b.error);
                }
                if (b.end) {
                    ended = true;
                    row.clear();
                    return false;
                }
                free.add(b);
            }
            try {
                batch = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw EcoscoreException.input(file(), "reading was interrupted").coded("file-interrupted");
            }
            next = 0;
        }
    }

    private static RuntimeException rethrown(Throwable e) {
        if (e instanceof RuntimeException) return (RuntimeException) e;
        if (e instanceof Error) throw (Error) e;
        return new IllegalStateException(e);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scanner.close();
    }
}
