package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.EcoscoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection by content (SPEC §2 inputs) and the clear refusals of files that cannot be read. */
class SpreadsheetFilesReaderTest {
    @TempDir
    Path dir;

    private EcoscoreException refused(Path p) {
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> {
            try (SpreadsheetFile f = SpreadsheetFiles.open(p, p.getFileName().toString())) {
                for (int i = 0; i < f.sheetNames().size(); i++) ReaderTestSupport.rows(f.open(i));
            }
        });
        assertEquals(3, e.exitCode());
        assertEquals(p.getFileName().toString(), e.file());
        return e;
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path p = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertTrue(refused(p).getMessage().contains("is empty"));
    }

    @Test
    void randomBytesNamedXlsxAreRefused() throws Exception {
        byte[] b = new byte[4096];
        new Random(7).nextBytes(b);
        b[0] = 1;
        Path p = Files.write(dir.resolve("random.xlsx"), b);
        assertTrue(refused(p).getMessage().contains("not a spreadsheet"));
    }

    @Test
    void csvNamedXlsxIsDetectedAsCsvByContent() throws Exception {
        Path p = Files.write(dir.resolve("export.xlsx"), "id;名称\n1;甲\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1:id|名称", "2:1|甲"), ReaderTestSupport.rows(p, 0));
    }

    @Test
    void truncatedXlsxIsRefusedAsDamaged() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("s").createRow(0).createCell(0).setCellValue("x");
        Path full = dir.resolve("full.xlsx");
        try (OutputStream out = Files.newOutputStream(full)) {
            wb.write(out);
        }
        byte[] bytes = Files.readAllBytes(full);
        Path p = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        String m = refused(p).getMessage();
        assertTrue(m.contains("damaged") && m.contains("save it as .xlsx"), m);
    }

    @Test
    void encryptedOoxmlIsRefusedAsPasswordProtected() throws Exception {
        Path p = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            try (OutputStream out = Files.newOutputStream(p)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals("is password-protected: save it without a password and run again", refused(p).getMessage());
    }

    @Test
    void zipBombIsRefused() throws Exception {
        Path p = dir.resolve("bomb.xlsx");
        StringBuilder zeros = new StringBuilder(1 << 20);
        zeros.append("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>");
        while (zeros.length() < 1 << 20) zeros.append('0');
        zeros.append("</t></is></c></row></sheetData></worksheet>");
        XlsxReaderTest.writePackage(p, XlsxReaderTest.MAIN, XlsxReaderTest.REL, zeros.toString(), null, Map.of());
        String m = refused(p).getMessage();
        assertTrue(m.contains("zip bomb"), m);
    }

    @Test
    void ole2WithoutWorkbookIsRefusedClearly() throws Exception {
        Path p = dir.resolve("other.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "Something");
            try (OutputStream out = Files.newOutputStream(p)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(refused(p).getMessage().contains("not a readable .xls workbook"));
    }

    @Test
    void zipThatIsNotAWorkbookIsRefused() throws Exception {
        Path p = dir.resolve("notes.xlsx");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(p))) {
            z.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(refused(p).getMessage().contains("not an Excel workbook"));
    }

    @Test
    void missingFileIsRefused() {
        Path p = dir.resolve("nope.csv");
        assertTrue(refused(p).getMessage().contains("does not exist"));
    }
}
