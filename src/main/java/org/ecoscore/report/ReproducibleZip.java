package org.ecoscore.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Zip entries stamped with the run's time stamp, so that identical inputs give byte-identical files when
 * SOURCE_DATE_EPOCH fixes the stamp (SPEC §5): the parts of an {@link XlsxWorkbook} ({@link #put}, and for the big
 * sheets {@link #splice}, whose rows' deflate data, made by {@link SheetXmlFile} while they were written, goes between
 * the deflated head and tail of the part without being compressed again), and a zip made elsewhere re-packed with
 * every entry re-stamped, its compressed data copied as it is ({@link #copy}, the Word briefs).
 */
final class ReproducibleZip {
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2099, 12, 31, 23, 59, 58);

    /**
     * The rows of one sheet: {@code deflated} holds raw deflate data (ended by a sync flush, not final) of
     * {@code size} bytes of {@code <row>} XML whose CRC-32 is {@code crc}.
     */
    record SheetRows(Path deflated, long crc, long size) {
    }

    private ReproducibleZip() {
    }

    /** The zip entry time of a run's time stamp: UTC, whole seconds, within what a zip entry can hold. */
    static LocalDateTime entryTime(Instant stamp) {
        LocalDateTime t = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC).withNano(0);
        if (t.isBefore(EARLIEST)) t = EARLIEST;
        if (t.isAfter(LATEST)) t = LATEST;
        return t;
    }

    /** Writes the re-stamped zip to {@code target} (which stays open: its owner closes it). */
    static void copy(Path zip, Instant stamp, OutputStream target) throws IOException {
        LocalDateTime t = entryTime(stamp);
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

    /** An entry {@code name} holding {@code content}, deflated at the default level, at time {@code t}. */
    static void put(ZipArchiveOutputStream z, String name, byte[] content, LocalDateTime t) throws IOException {
        byte[] deflated;
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            d.setInput(content);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 64);
            byte[] buf = new byte[8192];
            while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            deflated = out.toByteArray();
        } finally {
            d.end();
        }
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        entry.setCrc(crc(content));
        entry.setSize(content.length);
        entry.setCompressedSize(deflated.length);
        entry.setTimeLocal(t);
        z.addRawArchiveEntry(entry, new ByteArrayInputStream(deflated));
    }

    /**
     * An entry {@code name} holding {@code head}, the rows (deflate data made while they were written, spliced in
     * as it is) and {@code tail}, at time {@code t}.
     */
    static void splice(ZipArchiveOutputStream z, String name, byte[] head, SheetRows rows, byte[] tail, LocalDateTime t)
            throws IOException {
        byte[] headDeflated = deflate(head, false);
        byte[] tailDeflated = deflate(tail, true);
        long crc = combine(combine(crc(head), rows.crc(), rows.size()), crc(tail), tail.length);
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        entry.setCrc(crc);
        entry.setSize(head.length + rows.size() + tail.length);
        entry.setCompressedSize(headDeflated.length + Files.size(rows.deflated()) + tailDeflated.length);
        entry.setTimeLocal(t);
        try (InputStream middle = Files.newInputStream(rows.deflated())) {
            InputStream data = new SequenceInputStream(Collections.enumeration(List.of(
                    new ByteArrayInputStream(headDeflated), middle, new ByteArrayInputStream(tailDeflated))));
            z.addRawArchiveEntry(entry, data);
        }
    }

    /** Raw deflate data of {@code b}: the final block when {@code last}, else ended by a sync flush. */
    private static byte[] deflate(byte[] b, boolean last) {
        Deflater d = new Deflater(Deflater.BEST_SPEED, true);
        try {
            d.setInput(b);
            if (last) d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (true) {
                int k = d.deflate(buf, 0, buf.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                out.write(buf, 0, k);
                if (last ? d.finished() : k < buf.length) break;
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    /** CRC-32 of A followed by B from the CRC-32s of A and B and the length of B (zlib's crc32_combine). */
    static long combine(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) return crcA;
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xEDB88320L; // the CRC-32 polynomial: operator for one zero bit
        long row = 1;
        for (int k = 1; k < 32; k++) {
            odd[k] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crcA;
        long len = lengthB;
        do { // apply len zero bytes to crcA
            square(even, odd);
            if ((len & 1) != 0) crc = times(even, crc);
            len >>= 1;
            if (len == 0) break;
            square(odd, even);
            if ((len & 1) != 0) crc = times(odd, crc);
            len >>= 1;
        } while (len != 0);
        return crc ^ crcB;
    }

    private static long times(long[] mat, long vec) {
        long sum = 0;
        for (int k = 0; vec != 0; k++, vec >>>= 1) if ((vec & 1) != 0) sum ^= mat[k];
        return sum;
    }

    private static void square(long[] square, long[] mat) {
        for (int k = 0; k < 32; k++) square[k] = times(mat, mat[k]);
    }
}
