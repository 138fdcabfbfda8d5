package org.ecoscore.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Re-packs an xlsx (a zip) with every entry stamped with the run's time stamp, in the same entry order, so
 * that identical inputs give a byte-identical report when SOURCE_DATE_EPOCH fixes the stamp (SPEC §5). The
 * compressed data is copied as it is (no inflating and deflating again), so this costs little more than a
 * copy of the bytes. The big sheets' rows, written apart by {@link SheetXmlFile}, are injected into their
 * (empty) sheet parts on the way, deflated at {@link Deflater#BEST_SPEED}.
 */
final class ReproducibleZip {
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2099, 12, 31, 23, 59, 58);

    private ReproducibleZip() {
    }

    /** Writes the re-stamped zip to {@code target} (which stays open: its owner closes it). */
    static void copy(Path zip, Instant stamp, OutputStream target) throws IOException {
        copy(zip, stamp, target, Map.of());
    }

    /**
     * As {@link #copy(Path, Instant, OutputStream)}, with the rows of some sheets put in: {@code sheetRows} maps a
     * sheet part's entry name ({@code xl/worksheets/sheet2.xml}) to a file of {@code <row>} elements, which
     * goes between {@code <sheetData>} and {@code </sheetData>} of that part (written with no rows).
     */
    static void copy(Path zip, Instant stamp, OutputStream target, Map<String, Path> sheetRows) throws IOException {
        LocalDateTime t = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC).withNano(0);
        if (t.isBefore(EARLIEST)) t = EARLIEST;
        if (t.isAfter(LATEST)) t = LATEST;
        try (ZipFile in = ZipFile.builder().setPath(zip).get()) {
            ZipArchiveOutputStream z = new ZipArchiveOutputStream(target);
            z.setLevel(Deflater.BEST_SPEED);
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry e = entries.nextElement();
                Path rows = sheetRows.get(e.getName());
                if (rows != null) {
                    try (InputStream xml = in.getInputStream(e)) {
                        inject(z, e.getName(), new String(xml.readAllBytes(), StandardCharsets.UTF_8), rows, t);
                    }
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

    private static void inject(ZipArchiveOutputStream z, String name, String xml, Path rows, LocalDateTime t)
            throws IOException {
        String empty = "<sheetData/>";
        int at = xml.indexOf(empty);
        if (at < 0) {
            empty = "<sheetData></sheetData>";
            at = xml.indexOf(empty);
        }
        if (at < 0) throw new IOException("sheet part " + name + " has no empty <sheetData> to put the rows in");
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        entry.setTimeLocal(t);
        z.putArchiveEntry(entry);
        z.write((xml.substring(0, at) + "<sheetData>").getBytes(StandardCharsets.UTF_8));
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(rows)) {
            for (int k; (k = in.read(buf)) > 0; ) z.write(buf, 0, k);
        }
        z.write(("</sheetData>" + xml.substring(at + empty.length())).getBytes(StandardCharsets.UTF_8));
        z.closeArchiveEntry();
    }
}
