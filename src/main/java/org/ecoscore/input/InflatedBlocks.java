package org.ecoscore.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.ecoscore.core.EcoscoreException;

/**
 * The inflated bytes of one zip entry as a sequence of blocks. With {@code threaded}, a daemon thread
 * inflates ahead into a bounded queue (4 blocks of 512 KB, recycled), so that inflating and scanning run
 * on two cores; memory stays bounded whatever the entry's size. Errors met while inflating (including the
 * zip-bomb guards) are rethrown on the reading thread.
 */
final class InflatedBlocks implements AutoCloseable {
    private static final int BLOCK = 512 * 1024;
    private static final int DEPTH = 4;
    private static final Object END = new Object();

    private final InputStream in;
    private final String file;
    private final BlockingQueue<Object> full;
    private final BlockingQueue<byte[]> free;
    private final Thread inflater;
    private byte[] data;
    private int length;
    private boolean ended;
    private volatile boolean closed;

    InflatedBlocks(InputStream in, String file, boolean threaded) {
        this.in = in;
        this.file = file;
        if (threaded) {
            full = new ArrayBlockingQueue<>(DEPTH + 1);
            free = new ArrayBlockingQueue<>(DEPTH + 2);
            for (int i = 0; i < DEPTH + 2; i++) free.add(new byte[BLOCK]);
            inflater = new Thread(this::inflate, "ecoscore-inflate");
            inflater.setDaemon(true);
            inflater.start();
        } else {
            full = null;
            free = null;
            inflater = null;
            data = new byte[BLOCK];
        }
    }

    /** Moves to the next block; false at the end of the entry. */
    boolean next() {
        if (ended) return false;
        if (inflater == null) {
            try {
                length = in.readNBytes(data, 0, BLOCK);
            } catch (IOException e) {
                throw damaged(e);
            }
            if (length == 0) ended = true;
            return !ended;
        }
        if (data != null) free.offer(data);
        data = null;
        Object o;
        try {
            o = full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw EcoscoreException.input(file, "reading was interrupted").coded("file-interrupted");
        }
        if (o == END) {
            ended = true;
            return false;
        }
        if (o instanceof Filled) {
            Filled f = (Filled) o;
            data = f.data;
            length = f.length;
            return true;
        }
        ended = true;
        RuntimeException e = (RuntimeException) o;
        if (e instanceof EcoscoreException) throw new EcoscoreException(((EcoscoreException) e).exitCode(),
                file, e.getMessage(), e);
        throw damaged(e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e));
    }

    byte[] data() {
        return data;
    }

    int length() {
        return length;
    }

    private void inflate() {
        try {
            while (!closed) {
                byte[] b = free.take();
                int n = in.readNBytes(b, 0, BLOCK);
                if (n == 0) {
                    full.put(END);
                    return;
                }
                full.put(new Filled(b, n));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            offerError(new UncheckedIOException(e));
        } catch (RuntimeException e) {
            offerError(e);
        }
    }

    private void offerError(RuntimeException e) {
        try {
            full.put(e);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    private EcoscoreException damaged(IOException e) {
        return EcoscoreException.input(file, "is damaged or incomplete (" + e.getMessage()
                + "): open it in Excel or WPS, save it as .xlsx and run again", e)
                .coded("file-damaged", "detail", e.getMessage());
    }

    @Override
    public void close() {
        closed = true;
        if (inflater != null) {
            inflater.interrupt();
            try {
                inflater.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            in.close();
        } catch (IOException e) {
            // read-only stream
        }
    }

    private static final class Filled {
        final byte[] data;
        final int length;

        Filled(byte[] data, int length) {
            this.data = data;
            this.length = length;
        }
    }
}
