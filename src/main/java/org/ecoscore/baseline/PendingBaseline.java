package org.ecoscore.baseline;

import java.nio.file.Path;

/**
 * A baseline being read on a thread of its own ({@link BaselineReader#read}), so that a run reads it while it
 * reads its inputs (each read runs on one core). {@link #get} waits for it and throws what the read threw, as
 * reading it on the caller's thread would have.
 */
public final class PendingBaseline {
    private final Thread thread;
    private volatile Baseline baseline;
    private volatile Throwable failure;

    private PendingBaseline(Path path) {
        thread = new Thread(() -> {
            try {
                baseline = BaselineReader.read(path);
            } catch (Throwable t) {
                failure = t;
            }
        }, "ecoscore-baseline");
        thread.setDaemon(true);
    }

    /** Starts reading {@code path}. */
    public static PendingBaseline start(Path path) {
        PendingBaseline p = new PendingBaseline(path);
        p.thread.start();
        return p;
    }

    /** The baseline read; throws the read's own exception (e.g. a damaged baseline's message). */
    public Baseline get() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Throwable t = failure;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
        return baseline;
    }
}
