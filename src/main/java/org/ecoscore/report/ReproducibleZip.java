package org.ecoscore.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Re-packs an xlsx (a zip) with every entry stamped with the run's time stamp, in the same entry order, so
 * that identical inputs give a byte-identical report when SOURCE_DATE_EPOCH fixes the stamp (SPEC §5). The
 * compressed data is copied as it is (no inflating and deflating again), so this costs little more than a
 * copy of the bytes. The big sheets' rows, written apart by {@link SheetXmlFile}, are injected into their
 * (empty) sheet parts on the way: their deflate data (made while the rows were written) is spliced between
 * the deflated head and tail of the part, so they are not compressed again here.
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

    /** Writes the re-stamped zip to {@code target} (which stays open: its owner closes it). */
    static void copy(Path zip, Instant stamp, OutputStream target) throws IOException {
        copy(zip, stamp, target, Map.of());
    }

    /**
     * As {@link #copy(Path, Instant, OutputStream)}, with the rows of some sheets put in: {@code sheetRows} maps a
     * sheet part's entry name ({@code xl/worksheets/sheet2.xml}) to its rows, which go between
     * {@code <sheetData>} and {@code </sheetData>} of that part (written with no rows).
     */
    static void copy(Path zip, Instant stamp, OutputStream target, Map<String, SheetRows> sheetRows)
            throws IOException {
        copy(zip, stamp, target, sheetRows, Map.of());
    }

    /**
     * As {@link #copy(Path, Instant, OutputStream, Map)}, with the content of some parts replaced: {@code parts} maps
     * an entry name ({@code xl/charts/chart5.xml}) to the bytes it holds instead (deflated here as POI deflates a
     * part, {@link ChartParts}).
     */
    static void copy(Path zip, Instant stamp, OutputStream target, Map<String, SheetRows> sheetRows,
                     Map<String, byte[]> parts) throws IOException {
        LocalDateTime t = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC).withNano(0);
        if (t.isBefore(EARLIEST)) t = EARLIEST;
        if (t.isAfter(LATEST)) t = LATEST;
        try (ZipFile in = ZipFile.builder().setPath(zip).get()) {
            ZipArchiveOutputStream z = new ZipArchiveOutputStream(target);
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry e = entries.nextElement();
                SheetRows rows = sheetRows.get(e.getName());
                if (rows != null) {
                    try (InputStream xml = in.getInputStream(e)) {
                        inject(z, e.getName(), new String(xml.readAllBytes(), StandardCharsets.UTF_8), rows, t);
                    }
                    continue;
                }
                byte[] part = parts.get(e.getName());
                if (part != null) {
                    replace(z, e, part, t);
                    continue;
                }
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

    /** {@code e} with {@code content} instead of its own, deflated at the default level (as POI's zip output). */
    private static void replace(ZipArchiveOutputStream z, ZipArchiveEntry e, byte[] content, LocalDateTime t)
            throws IOException {
        byte[] deflated;
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            d.setInput(content);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 2 + 64);
            byte[] buf = new byte[8192];
            while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            deflated = out.toByteArray();
        } finally {
            d.end();
        }
        ZipArchiveEntry entry = new ZipArchiveEntry(e.getName());
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        entry.setCrc(crc(content));
        entry.setSize(content.length);
        entry.setCompressedSize(deflated.length);
        entry.setTimeLocal(t);
        z.addRawArchiveEntry(entry, new ByteArrayInputStream(deflated));
    }

    private static void inject(ZipArchiveOutputStream z, String name, String xml, SheetRows rows, LocalDateTime t)
            throws IOException {
        String empty = "<sheetData/>";
        int at = xml.indexOf(empty);
        if (at < 0) {
            empty = "<sheetData></sheetData>";
            at = xml.indexOf(empty);
        }
        if (at < 0) throw new IOException("sheet part " + name + " has no empty <sheetData> to put the rows in");
        byte[] head = (xml.substring(0, at) + "<sheetData>").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("</sheetData>" + xml.substring(at + empty.length())).getBytes(StandardCharsets.UTF_8);
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
