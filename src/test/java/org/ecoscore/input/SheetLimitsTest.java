package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ecoscore.core.EcoscoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests for the sheet size limits ({@link SheetLimits}): before them, a cell reference such as
 * {@code AAAAAAA3} made the row buffer grow to 300 million columns (OutOfMemoryError, exit 1), a reference
 * past {@code int} silently overflowed, a row number past 2³¹ wrapped around, and a CSV field that never ends
 * was read whole into memory.
 */
class SheetLimitsTest {
    @TempDir
    Path dir;

    /** A minimal xlsx whose only sheet holds {@code sheetData}. */
    private Path xlsx(String name, String sheetData) throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"/>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(z, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"s.xml\"/>"
                    + "</Relationships>");
            put(z, "xl/s.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>" + sheetData + "</sheetData></worksheet>");
        }
        return Files.write(dir.resolve(name), bos.toByteArray());
    }

    private static void put(ZipOutputStream z, String name, String text) throws Exception {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    private static EcoscoreException refused(Path file) {
        return assertThrows(EcoscoreException.class, () -> {
            try (SpreadsheetFile f = SpreadsheetFiles.open(file, file.getFileName().toString());
                 CellSource s = new BufferedSource(f.open(0), 10)) {
                while (s.nextRow()) {
                    // read to the end
                }
            }
        });
    }

    @Test
    void lastExcelColumnXfdIsRead() throws Exception {
        Path f = xlsx("xfd.xlsx", "<row r=\"1\"><c r=\"XFD1\" t=\"inlineStr\"><is><t>end</t></is></c></row>");
        var rows = ReaderTestSupport.rows(f, 0);
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).endsWith("|end"), rows.get(0));
        assertEquals(16_384, rows.get(0).split("\\|", -1).length);
    }

    @Test
    void cellBeyondColumnXfdRefusesTheFileNamingTheRow() throws Exception {
        EcoscoreException e = refused(xlsx("wide.xlsx", "<row r=\"3\"><c r=\"AAAAAAA3\"><v>1</v></c></row>"));
        assertEquals(3, e.exitCode());
        assertEquals("wide.xlsx", e.file());
        assertEquals("S", e.sheet());
        assertEquals(3, e.row());
        assertTrue(e.getMessage().contains("beyond column XFD"), e.getMessage());
    }

    @Test
    void cellReferencePastIntRangeIsRefusedNotWrappedAround() throws Exception {
        EcoscoreException e = refused(xlsx("huge.xlsx", "<row r=\"2\"><c r=\"ZZZZZZZZZZZZZZ2\"><v>1</v></c></row>"));
        assertTrue(e.getMessage().contains("beyond column XFD"), e.getMessage());
    }

    @Test
    void rowBeyondExcelsLastRowIsRefusedNotWrappedAround() throws Exception {
        EcoscoreException e = refused(xlsx("tall.xlsx", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                + "<row r=\"99999999999\"><c r=\"A99999999999\"><v>2</v></c></row>"));
        assertTrue(e.getMessage().contains("beyond row 1,048,576"), e.getMessage());
    }

    @Test
    void csvRecordOfMoreThan16384FieldsIsRefusedNamingItsLine() throws Exception {
        Path f = dir.resolve("wide.csv");
        Files.writeString(f, "a,b\n1,2\n" + "x,".repeat(16_384) + "x\n");
        EcoscoreException e = refused(f);
        assertEquals(3, e.row());
        assertTrue(e.getMessage().contains("16,384 columns"), e.getMessage());
    }

    @Test
    void csvQuoteNeverClosedInALargeFileStopsAtTheCellLimit() throws Exception {
        Path f = dir.resolve("quote.csv");
        Files.writeString(f, "a,b\n\"1," + "y".repeat(SheetLimits.MAX_CELL_CHARS + 10) + ",2\n");
        EcoscoreException e = refused(f);
        assertEquals(2, e.row());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }
}
