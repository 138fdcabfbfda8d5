package org.ecoscore.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An {@link XlsxWorkbook} written and read back through POI (the tests' oracle for what Excel sees). */
final class PoiBack {
    static final Instant STAMP = Instant.parse("2025-03-01T08:00:00Z");

    private PoiBack() {
    }

    static byte[] bytes(XlsxWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out, STAMP);
        return out.toByteArray();
    }

    static XSSFWorkbook read(XlsxWorkbook wb) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes(wb)));
    }
}
