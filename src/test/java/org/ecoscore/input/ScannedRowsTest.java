package org.ecoscore.input;

import org.ecoscore.fixtures.Bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ecoscore.core.EcoscoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sheet scanned ahead on a second thread ({@link ScannedRows}) gives what the scanner gives on the reading
 * thread: the same rows in the same order, and for a damaged workbook the same rows up to the damage and then
 * the same refusal (message, exit code, sheet and row).
 */
class ScannedRowsTest {
    @TempDir
    Path dir;

    /** What reading a sheet gave: its rows (as {@link ReaderTestSupport} writes them) and what stopped it. */
    record Outcome(List<String> rows, String error, int exitCode, String sheet, int row) {
    }

    private static Outcome read(Path p, boolean threaded) {
        List<String> rows = new ArrayList<>();
        try (SpreadsheetFile f = XlsxFile.open(p, "book.xlsx", threaded); CellSource s = f.open(0)) {
            assertEquals(threaded, s instanceof ScannedRows);
            while (s.nextRow()) rows.add(line(s));
        } catch (EcoscoreException e) {
            return new Outcome(rows, e.getMessage(), e.exitCode(), e.sheet(), e.row());
        }
        return new Outcome(rows, null, 0, null, 0);
    }

    private static String line(CellSource s) {
        StringBuilder sb = new StringBuilder().append(s.rowNumber()).append(':');
        for (int c = 0; c < s.width(); c++) {
            sb.append(c == 0 ? "" : "|").append(s.type(c)).append(' ').append(s.text(c)).append(' ')
                    .append(s.number(c)).append(' ').append(s.stringIndex(c));
        }
        return sb.toString();
    }

    /**
     * {@code rows} rows from row 2 on (row 1 is absent, row 7 too), of 60 cells — shared strings, numbers,
     * inline strings, booleans, blanks — and every 100th row 1,000 cells wide, so that batches end both by
     * their row count and by their cell count; {@code damage} is written in place of row {@code damagedRow}.
     */
    private Path workbook(String name, int rows, int damagedRow, String damage, boolean cut) throws Exception {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"")
                .append(XlsxReaderTest.MAIN).append("\"><dimension ref=\"A1:ALL").append(rows + 1)
                .append("\"/><sheetData>");
        for (int r = 2; r <= rows + 1; r++) {
            if (r == 7) continue;
            if (r == damagedRow) {
                sheet.append(damage);
                if (cut) break;
                continue;
            }
            sheet.append("<row r=\"").append(r).append("\">");
            int width = r % 100 == 0 ? 1000 : 60;
            for (int c = 0; c < width; c++) {
                String ref = Text.columnLetters(c) + r;
                switch ((r + c) % 6) {
                    case 0 -> sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append((r * 7 + c) % 50)
                            .append("</v></c>");
                    case 1 -> sheet.append("<c r=\"").append(ref).append("\"><v>").append(r * 0.25 + c).append("</v></c>");
                    case 2 -> sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>文").append(r)
                            .append("&amp;").append(c).append("</t></is></c>");
                    case 3 -> sheet.append("<c r=\"").append(ref).append("\" t=\"b\"><v>").append(c % 2).append("</v></c>");
                    case 4 -> { } // a blank cell
                    default -> sheet.append("<c r=\"").append(ref).append("\" t=\"n\"><v>").append(r).append("</v></c>");
                }
            }
            sheet.append("</row>\n");
        }
        if (!cut) sheet.append("</sheetData></worksheet>");
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\"?><sst xmlns=\"").append(XlsxReaderTest.MAIN)
                .append("\">");
        for (int i = 0; i < 50; i++) sst.append("<si><t>选项").append(i).append("</t></si>");
        sst.append("</sst>");
        Path p = dir.resolve(name);
        XlsxReaderTest.writePackage(p, XlsxReaderTest.MAIN, XlsxReaderTest.REL, sheet.toString(), sst.toString(),
                Map.of());
        return p;
    }

    /** Shorthand for the test's column letters. */
    private static final class Text {
        static String columnLetters(int c) {
            return org.ecoscore.core.Text.columnLetters(c);
        }
    }

    @Test
    void aLargeSheetGivesTheSameRowsOnTwoThreads() throws Exception {
        Path p = workbook("ok.xlsx", 3000, -1, null, false);
        Outcome one = read(p, false);
        Outcome two = read(p, true);
        assertEquals(null, one.error());
        // rows 2 … 3001 without row 7
        assertEquals(2999, one.rows().size());
        assertTrue(one.rows().get(0).startsWith("2:"), one.rows().get(0));
        assertTrue(one.rows().get(5).startsWith("8:"), one.rows().get(5));
        assertEquals(one, two);
    }

    @Test
    void aMissingSharedStringMidSheetStopsAtTheSameRowWithTheSameMessage() throws Exception {
        Path p = workbook("bad-index.xlsx", 3000, 1500,
                "<row r=\"1500\"><c r=\"A1500\" t=\"s\"><v>99999</v></c></row>", false);
        Outcome one = read(p, false);
        Outcome two = read(p, true);
        // rows 2 … 1499 without row 7 were read before the damage
        assertEquals(1497, one.rows().size());
        assertEquals("is damaged: a cell refers to shared string 99999, which does not exist. Open it in Excel or "
                + "WPS, save it as .xlsx and run again", one.error());
        assertEquals(3, one.exitCode());
        assertEquals(1500, one.row());
        assertEquals(one, two);
    }

    @Test
    void anUndeclaredEntityMidSheetStopsTheSameWay() throws Exception {
        Path p = workbook("entity.xlsx", 3000, 2222,
                "<row r=\"2222\"><c r=\"A2222\" t=\"inlineStr\"><is><t>&bomb;</t></is></c></row>", false);
        Outcome one = read(p, false);
        Outcome two = read(p, true);
        assertNotNull(one.error());
        assertTrue(one.error().contains("an undeclared XML entity is used"), one.error());
        assertEquals(one, two);
    }

    @Test
    void aSheetCutInsideACellStopsTheSameWay() throws Exception {
        Path p = workbook("cut.xlsx", 3000, 2600, "<row r=\"2600\"><c r=\"A2600\" t=\"s\"><v>1", true);
        Outcome one = read(p, false);
        Outcome two = read(p, true);
        assertEquals("is damaged: the sheet ends inside a value. Open it in Excel or WPS, save it as .xlsx and run "
                + "again", one.error());
        assertEquals(one, two);
    }

    @Test
    void aCorruptDeflateStreamMidSheetStopsTheSameWay() throws Exception {
        Path p = workbook("zip.xlsx", 3000, -1, null, false);
        byte[] bytes = Files.readAllBytes(p);
        long size;
        try (ZipFile z = new ZipFile(p.toFile())) {
            ZipEntry e = z.getEntry("xl/worksheets/sheet1.xml");
            size = e.getCompressedSize();
        }
        // the sheet's data follows its local header: signature … name (no extra field from ZipOutputStream)
        byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII);
        int header = Bytes.indexOf(bytes, name) - 30;
        assertTrue(header > 0);
        int data = header + 30 + name.length + (bytes[header + 28] & 0xFF | (bytes[header + 29] & 0xFF) << 8);
        Arrays.fill(bytes, data + (int) (size / 2), data + (int) (size / 2) + 64, (byte) 0xFF);
        Path bad = Files.write(dir.resolve("corrupt.xlsx"), bytes);
        Outcome one = read(bad, false);
        Outcome two = read(bad, true);
        assertNotNull(one.error());
        assertEquals(3, one.exitCode());
        assertTrue(one.error().contains("damaged"), one.error());
        assertFalse(one.rows().isEmpty());
        assertEquals(one, two);
    }

    @Test
    void closingAfterAFewRowsStopsTheScanningThread() throws Exception {
        Path p = workbook("early.xlsx", 3000, -1, null, false);
        try (SpreadsheetFile f = XlsxFile.open(p, "book.xlsx", true)) {
            CellSource s = f.open(0);
            for (int i = 0; i < 10; i++) assertTrue(s.nextRow());
            assertEquals(12, s.rowNumber()); // rows 2 … 12 without row 7
            s.close();
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse(t.getName().equals("ecoscore-scan") && t.isAlive(), "a scanning thread is still running");
        }
    }
}
