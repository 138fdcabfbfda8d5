package org.ecoscore.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.ecoscore.core.EcoscoreException;

/**
 * Opens a physical input file (SPEC §2) by its content first and its extension second: a zip (PK) is an
 * xlsx/xlsm workbook ({@link XlsxFile}), an OLE2 compound file is an xls workbook ({@link XlsFile}) or a
 * password-protected OOXML workbook (refused), anything else that looks like text is CSV/TSV
 * ({@link CsvFile}). Files are only ever opened for reading. Every failure is an {@link EcoscoreException}
 * with exit code 3 that names the file and says what to do.
 */
public final class SpreadsheetFiles {
    private static final int SNIFF = 8192;

    private SpreadsheetFiles() {
    }

    /**
     * Opens {@code path} (read-only) as xlsx/xlsm (streaming), xls, csv or tsv.
     *
     * @param display the path as shown to the user
     * @throws org.ecoscore.core.EcoscoreException exit code 3 with a clear message when it cannot be read
     */
    public static SpreadsheetFile open(Path path, String display) {
        byte[] head = sniff(path, display);
        if (head.length == 0) {
            throw EcoscoreException.input(display, "is empty: export the questionnaire again and run again")
                    .coded("file-empty");
        }
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            return XlsxFile.open(path, display);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return XlsFile.open(path, display);
        }
        if (startsWith(head, 'P', 'K')) {
            throw notReadable(display);
        }
        if (!looksLikeText(head)) {
            throw notReadable(display);
        }
        if (looksLikeWebPage(head)) {
            throw EcoscoreException.input(display, "is a web page (HTML or XML), not a spreadsheet, though it may carry"
                    + " a spreadsheet's name (some web \"Excel\" downloads are): open it in Excel or WPS and save it as"
                    + " .xlsx, then run again").coded("web-page");
        }
        return new CsvFile(path, display);
    }

    /**
     * New-user test: an HTML table saved as .xls (some web downloads are) or an Excel 2003 XML file was read as CSV
     * text and refused for having no header row. True when the text starts (after a BOM and blanks) with a tag.
     */
    static boolean looksLikeWebPage(byte[] head) {
        int i = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) i++;
        String start = new String(head, i, Math.min(head.length - i, 64), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")
                || start.startsWith("<?xml") || start.startsWith("<meta") || start.startsWith("<head");
    }

    private static EcoscoreException notReadable(String display) {
        return EcoscoreException.input(display, "is not a spreadsheet this tool can read (neither .xlsx, .xls nor"
                + " CSV text; it may be damaged): open it in Excel or WPS and save it as .xlsx, then run again")
                .coded("not-a-spreadsheet");
    }

    private static byte[] sniff(Path path, String display) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(SNIFF);
        } catch (NoSuchFileException e) {
            throw EcoscoreException.input(display, "does not exist: check the path and run again", e)
                    .coded("file-not-found");
        } catch (IOException e) {
            throw EcoscoreException.input(display, "cannot be read (" + e.getMessage()
                    + "): check that it is a file you may read, and run again", e)
                    .coded("file-cannot-read", "detail", e.getMessage());
        }
    }

    /**
     * True unless more than 2% of the first bytes are NULs or other control characters (tab, CR, LF and form
     * feed aside; UTF-16 text with a BOM always passes): binary data is refused rather than read as CSV, while
     * a CSV with a few NULs is read (they are dropped and their cells flagged, see {@link DamagedCell}).
     */
    static boolean looksLikeText(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) return true;
        int controls = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f') || c == 0x7F) controls++;
        }
        return controls * 50 <= head.length;
    }

    static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) return false;
        for (int i = 0; i < bytes.length; i++) if ((head[i] & 0xFF) != bytes[i]) return false;
        return true;
    }
}
