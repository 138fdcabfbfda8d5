package org.ecoscore.input;

import java.nio.file.Path;
import org.ecoscore.core.EcoscoreException;

/**
 * The SHA-256 of an input file ({@link InputReader#sha256}), worked out on a daemon thread ("ecoscore-hash")
 * while the file is read, or at {@link #get()} when {@code threaded} is false. {@link #get()} gives the hash or
 * throws what hashing threw (the same {@link EcoscoreException}).
 */
final class FileHash {
    private final Path path;
    private final String display;
    private final Thread thread;
    private String hash;
    private RuntimeException error;
    private Error fatal;

    FileHash(Path path, String display, boolean threaded) {
        this.path = path;
        this.display = display;
        if (threaded) {
            thread = new Thread(this::run, "ecoscore-hash");
            thread.setDaemon(true);
            thread.start();
        } else {
            thread = null;
        }
    }

    private void run() {
        try {
            hash = InputReader.sha256(path, display);
        } catch (RuntimeException e) {
            error = e;
        } catch (Error e) {
            fatal = e;
        }
    }

    /** The file's hex SHA-256. */
    String get() {
        if (thread == null) {
            run();
        } else {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw EcoscoreException.input(display, "reading was interrupted").coded("file-interrupted");
            }
        }
        if (fatal != null) throw fatal;
        if (error != null) throw error;
        return hash;
    }
}
