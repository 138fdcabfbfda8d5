package org.ecoscore.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ecoscore.core.EcoscoreException;

/**
 * Zip-bomb guards equivalent to POI's {@code ZipSecureFile} defaults, applied while an entry is inflated:
 * once more than 100 KB have come out, compressed/inflated must stay ≥ 0.01 (POI's minimum inflate
 * ratio, here against the entry's whole compressed size, so an entry can never inflate to more than 100×
 * its stored bytes), and no entry may inflate past 4 GB. Counted on the bytes actually inflated, not on
 * the sizes the archive declares.
 */
final class ZipGuard {
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long GRACE_BYTES = 100 * 1024;
    static final long MAX_ENTRY_SIZE = 0xFFFFFFFFL;

    private ZipGuard() {
    }

    /** Opens {@code entry} for reading through the guards. */
    static InputStream open(ZipFile zip, ZipEntry entry, String file) throws IOException {
        return new Guarded(zip.getInputStream(entry), entry, file);
    }

    private static final class Guarded extends FilterInputStream {
        private final long compressed;
        private final String entryName;
        private final String file;
        private long inflated;

        Guarded(InputStream in, ZipEntry entry, String file) {
            super(in);
            this.compressed = Math.max(0, entry.getCompressedSize());
            this.entryName = entry.getName();
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = in.skip(n);
            if (k > 0) count(k);
            return k;
        }

        private void count(long n) {
            inflated += n;
            if (inflated > MAX_ENTRY_SIZE) {
                throw EcoscoreException.input(file, "holds a part (" + entryName + ") larger than 4 GB, which"
                        + " is refused as a possible zip bomb: open it in Excel, save it as .xlsx and run again")
                        .coded("file-part-too-large", "part", entryName);
            }
            if (inflated > GRACE_BYTES && (double) compressed / inflated < MIN_INFLATE_RATIO) {
                throw EcoscoreException.input(file, "looks like a zip bomb: its part " + entryName
                        + " inflates more than 100 times its stored size, and was refused. If the file is"
                        + " genuine, open it in Excel, save it as .xlsx and run again")
                        .coded("file-zip-bomb", "part", entryName);
            }
        }
    }
}
