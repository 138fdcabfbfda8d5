package org.ecoscore.input;

import java.util.function.LongConsumer;

/** Counts the respondent rows read over a whole level and reports every {@value #EVERY} rows. */
final class RowCounter {
    static final int EVERY = 10_000;
    private final LongConsumer progress;
    private long total;

    RowCounter(LongConsumer progress) {
        this.progress = progress;
    }

    void increment() {
        total++;
        if (total % EVERY == 0) progress.accept(total);
    }

    long total() {
        return total;
    }
}
