package org.ecoscore.report;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's SXSSF workbook with two costs of large reports taken out: the streamed sheets' XML goes through an
 * {@link UnsynchronizedWriter} (POI writes it a character at a time), and the final xlsx is deflated at
 * {@link Deflater#BEST_SPEED} (most of the writing time otherwise; the file comes out about a third larger).
 * Everything else is POI's SXSSF.
 */
final class FastSxssfWorkbook extends SXSSFWorkbook {
    FastSxssfWorkbook(XSSFWorkbook template, int rowAccessWindowSize) {
        super(template, rowAccessWindowSize);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zos = super.createArchiveOutputStream(out);
        zos.setLevel(Deflater.BEST_SPEED);
        return zos;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter() {
            @Override
            public Writer createWriter(File fd) throws IOException {
                OutputStream os = decorateOutputStream(new FileOutputStream(fd));
                return new UnsynchronizedWriter(new OutputStreamWriter(new BufferedOutputStream(os, 1 << 16),
                        StandardCharsets.UTF_8));
            }
        };
    }
}
