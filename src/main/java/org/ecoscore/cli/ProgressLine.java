package org.ecoscore.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The progress line on stderr while reading: rows read and rows per second, redrawn in place with
 * {@code \r} at most four times a second, erased at the end. Silent when not on a console or when quiet.
 * The pipeline reports rows read so far per level; a count that drops marks the next level, and the line
 * shows the run's total.
 */
final class ProgressLine implements LongConsumer {
    private static final long REFRESH_NANOS = 250_000_000L;
    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private long base;
    private long last;
    private int drawnWidth;
    private final org.ecoscore.report.Labels labels;

    ProgressLine(PrintStream err, boolean enabled) {
        this(err, enabled, new org.ecoscore.report.Labels(true));
    }

    ProgressLine(PrintStream err, boolean enabled, org.ecoscore.report.Labels labels) {
        this.err = err;
        this.enabled = enabled;
        this.labels = labels;
        this.lastDraw = start - REFRESH_NANOS;
    }

    /** On stderr when a console is attached and not quiet; otherwise a no-op. */
    static ProgressLine forConsole(boolean quiet, org.ecoscore.report.Labels labels) {
        return new ProgressLine(System.err, !quiet && System.console() != null, labels);
    }

    @Override
    public void accept(long rowsSoFar) {
        if (!enabled) return;
        if (rowsSoFar < last) base += last;
        last = rowsSoFar;
        long now = System.nanoTime();
        if (now - lastDraw < REFRESH_NANOS) return;
        lastDraw = now;
        long total = base + rowsSoFar;
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        String line = String.format(Locale.ROOT, labels.get("console.progress"), total, total / seconds);
        int width = org.ecoscore.core.Text.displayWidth(line);
        int pad = Math.max(0, drawnWidth - width);
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        drawnWidth = width;
    }

    /** Erases the line (if one was drawn). */
    void clear() {
        if (!enabled || drawnWidth == 0) return;
        err.print("\r" + " ".repeat(drawnWidth) + "\r");
        err.flush();
        drawnWidth = 0;
    }
}
