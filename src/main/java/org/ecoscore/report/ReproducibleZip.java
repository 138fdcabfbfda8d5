package org.ecoscore.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Re-packs an xlsx (a zip) with every entry stamped with the run's time stamp, in the same entry order, so
 * that identical inputs give a byte-identical report when SOURCE_DATE_EPOCH fixes the stamp (SPEC §5). The
 * compressed data is copied as it is (no inflating and deflating again), so this costs little more than a
 * copy of the bytes.
 */
final class ReproducibleZip {
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2099, 12, 31, 23, 59, 58);

    private ReproducibleZip() {
    }

    /** Writes the re-stamped zip to {@code target} (which stays open: its owner closes it). */
    static void copy(Path zip, Instant stamp, OutputStream target) throws IOException {
        LocalDateTime t = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC).withNano(0);
        if (t.isBefore(EARLIEST)) t = EARLIEST;
        if (t.isAfter(LATEST)) t = LATEST;
        try (ZipFile in = ZipFile.builder().setPath(zip).get()) {
            ZipArchiveOutputStream z = new ZipArchiveOutputStream(target);
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry e = entries.nextElement();
                ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                copy.setMethod(e.getMethod());
                copy.setCrc(e.getCrc());
                copy.setSize(e.getSize());
                copy.setCompressedSize(e.getCompressedSize());
                copy.setTimeLocal(t);
                z.addRawArchiveEntry(copy, in.getRawInputStream(e));
            }
            z.finish();
            z.flush();
        }
    }
}
