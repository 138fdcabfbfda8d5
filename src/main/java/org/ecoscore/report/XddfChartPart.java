package org.ecoscore.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A chart still built through XDDF (the trend workbook's line chart, {@link Charts#line}) put on an
 * {@link XlsxSheet}: the chart is built on a throw-away POI sheet of the same name holding a copy of
 * the cells of the rows {@code rows} spans (which XDDF reads for its caches), and the chart part POI saves for it
 * goes into the sheet at {@code place}. Only a workbook with such a chart pays for POI's usermodel.
 */
final class XddfChartPart {
    private XddfChartPart() {
    }

    /** A chart at {@code place} on {@code sheet}, as {@code build} makes it on a POI copy of rows {@code first..last}. */
    static void add(XlsxSheet sheet, Charts.Place place, int first, int last, Consumer<XSSFSheet> build) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet copy = wb.createSheet(sheet.name());
            for (int r = first; r <= last; r++) {
                if (!sheet.hasRow(r)) continue;
                XSSFRow row = copy.createRow(r);
                sheet.rowCells(r).forEach((c, cell) -> {
                    if (cell.text() != null) row.createCell(c).setCellValue(cell.text());
                    else row.createCell(c).setCellValue(cell.number());
                });
            }
            build.accept(copy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            sheet.addChart(place, chartPart(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] chartPart(byte[] xlsx) throws IOException {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/charts/chart1.xml")) return z.readAllBytes();
            }
        }
        throw new IOException("POI wrote no chart part");
    }
}
