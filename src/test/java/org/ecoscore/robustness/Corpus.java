package org.ecoscore.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;
import org.ecoscore.framework.Question;

/**
 * The bad-input corpus of issue 4, built in the test next to its expectations: a small, valid batch of the
 * default framework's firm questionnaire (every firm question answered, so each row passes screening), and
 * the ways real files go wrong — empty, truncated, encrypted, Excel 5, zip bombs, XML entities, huge rows,
 * formula cells, merged and hidden things, mixed encodings, unbalanced quotes, duplicate headers.
 */
final class Corpus {
    static final Framework DEFAULT = FrameworkLoader.load(null);

    private Corpus() {
    }

    /** id, name, region, then every firm question by code. */
    static List<String> header() {
        List<String> h = new ArrayList<>(List.of("统一社会信用代码", "企业名称", "所在地区"));
        for (Question q : DEFAULT.questionsOf(Level.FIRM)) h.add(q.code());
        return h;
    }

    /** A valid answer for question index {@code q} of respondent {@code r}. */
    static String answer(Question q, int r, int qi) {
        switch (q.kind()) {
            case NAMED:
                return Integer.toString(1 + (r + qi) % 5);
            case YESNO:
                return (r + qi) % 2 == 0 ? "1" : "0";
            case PERCENT:
                return Integer.toString(5 + (r * 7 + qi) % 30);
            default:
                return Integer.toString(3 + (r * 13 + qi) % 90);
        }
    }

    /** {@code n} respondents with ids {@code prefix001}…, all questions answered. */
    static List<List<String>> rows(String prefix, int n) {
        List<Question> qs = DEFAULT.questionsOf(Level.FIRM);
        List<List<String>> rows = new ArrayList<>();
        rows.add(header());
        for (int r = 0; r < n; r++) {
            List<String> row = new ArrayList<>(List.of(String.format("%s%03d", prefix, r + 1), "企业" + prefix + r,
                    "北京市"));
            for (int q = 0; q < qs.size(); q++) row.add(answer(qs.get(q), r, q));
            rows.add(row);
        }
        return rows;
    }

    static String csvText(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : row) {
                boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
                cells.add(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString();
    }

    static Path csv(Path file, List<List<String>> rows, Charset cs) throws IOException {
        Files.write(file, csvText(rows).getBytes(cs));
        return file;
    }

    /** Cells that parse as numbers are written as numeric cells, like a survey platform's export. */
    static XSSFWorkbook workbook(List<List<String>> rows) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Sheet1");
        fill(s, rows);
        return wb;
    }

    static void fill(Sheet s, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                String v = rows.get(r).get(c);
                Cell cell = row.createCell(c);
                if (r > 0 && v.matches("\\d{1,6}")) cell.setCellValue(Double.parseDouble(v));
                else cell.setCellValue(v);
            }
        }
    }

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        wb.write(bos);
        wb.close();
        return bos.toByteArray();
    }

    static Path xlsx(Path file, List<List<String>> rows) throws IOException {
        Files.write(file, bytes(workbook(rows)));
        return file;
    }

    /** A copy of a zip with one entry's bytes replaced (or added when absent). */
    static byte[] replaceEntry(byte[] zip, String name, Function<byte[], byte[]> change) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        boolean seen = false;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bos)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(name)) {
                    data = change.apply(data);
                    seen = true;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
            if (!seen) {
                out.putNextEntry(new ZipEntry(name));
                out.write(change.apply(new byte[0]));
                out.closeEntry();
            }
        }
        return bos.toByteArray();
    }

    static String entryText(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** A real xlsx encrypted with a password (agile mode): an OLE2 container with an EncryptionInfo stream. */
    static Path encrypted(Path file, byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** An Excel 5/95 file: an OLE2 container whose stream is named Book rather than Workbook. */
    static Path biff5(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            // a BIFF5 BOF record (0x0809, length 8, version 0x0500, workbook globals) and an EOF record
            byte[] book = {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0, 0, 0, 0, 0x0A, 0x00, 0x00, 0x00};
            fs.createDocument(new java.io.ByteArrayInputStream(book), "Book");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    static byte[] read(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
