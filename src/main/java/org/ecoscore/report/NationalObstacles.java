package org.ecoscore.report;

import org.ecoscore.score.LevelScores;
import org.ecoscore.score.ObstacleMeans;

/**
 * The diagnosis's national picture — the mean obstacle per firm-level item over the firms (SPEC §4.8) — made once
 * per run. When obstacles.csv is written it computes every firm's obstacles anyway, so it takes the means on its
 * way ({@link #fromTable}) and the report waits for them; otherwise the first to ask computes them. Either way the
 * same bits: the sums run in firm order ({@link ObstacleMeans}). Thread-safe.
 */
final class NationalObstacles {
    private enum State { NONE, FROM_TABLE, COMPUTING, DONE }

    private final LevelScores firm;
    private State state = State.NONE;
    private double[] means;

    NationalObstacles(LevelScores firm) {
        this.firm = firm;
    }

    /**
     * For obstacles.csv, before it passes over the firms: the sums to add each firm with obstacles to (in firm
     * order), then {@link #done} or, when the table fails, {@link #abandon}; null when the means are computed
     * elsewhere already.
     */
    synchronized ObstacleMeans fromTable() {
        if (state != State.NONE) return null;
        state = State.FROM_TABLE;
        return new ObstacleMeans(firm.tree().items().size());
    }

    /** The table has added every firm. */
    synchronized void done(ObstacleMeans sums) {
        means = sums.means();
        state = State.DONE;
        notifyAll();
    }

    /** The table stopped before the end: whoever waits computes the means itself. */
    synchronized void abandon() {
        if (state == State.FROM_TABLE) state = State.NONE;
        notifyAll();
    }

    /** The means; waits for obstacles.csv when it is taking them, computes them when nobody is. */
    double[] get() {
        synchronized (this) {
            while (state == State.FROM_TABLE || state == State.COMPUTING) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the national obstacles", e);
                }
            }
            if (state == State.DONE) return means;
            state = State.COMPUTING;
        }
        double[] m;
        try {
            m = firm.obstacles().meanOverUnits();
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                state = State.NONE;
                notifyAll();
            }
            throw e;
        }
        synchronized (this) {
            means = m;
            state = State.DONE;
            notifyAll();
            return m;
        }
    }
}
