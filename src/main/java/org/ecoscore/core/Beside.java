package org.ecoscore.core;

import java.util.function.Supplier;

/**
 * A value computed on a thread of its own beside the caller's work. {@link #get} waits for it and throws what the
 * computation threw, as computing it on the caller's thread would have.
 */
public final class Beside<T> {
    private final Thread thread;
    private volatile T value;
    private volatile Throwable failure;

    private Beside(String name, Supplier<T> job) {
        thread = new Thread(() -> {
            try {
                value = job.get();
            } catch (Throwable t) {
                failure = t;
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts computing {@code job} on a daemon thread named {@code name}. */
    public static <T> Beside<T> start(String name, Supplier<T> job) {
        Beside<T> b = new Beside<>(name, job);
        b.thread.start();
        return b;
    }

    /** Waits until the computation ends, whatever its outcome. */
    public void await() {
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
    }

    /** The value computed; throws the computation's own exception. */
    public T get() {
        await();
        Throwable t = failure;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
        return value;
    }
}
