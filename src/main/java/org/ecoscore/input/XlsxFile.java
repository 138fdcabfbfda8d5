package org.ecoscore.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.ecoscore.core.EcoscoreException;

/**
 * An xlsx/xlsm workbook read by the lean path: {@link java.util.zip.ZipFile} (read-only) with the
 * {@link ZipGuard} zip-bomb guards; the workbook part and its relationships give sheet names, order, state
 * (hidden, veryHidden) and part paths; {@code styles.xml} which styles are percent or date formats;
 * the shared strings are decoded once, on the first sheet opened; each sheet is streamed by
 * {@link XlsxSheetScanner} on a second thread ({@link ScannedRows}) while a third inflates it
 * ({@link InflatedBlocks}), so that inflating, scanning and answer parsing share the cores.
 *
 * <p>Names are matched without namespaces, so transitional and Strict OOXML files both take the lean
 * path. What it does not handle goes to POI ({@link PoiXlsxFallback}): a zip that java.util.zip cannot
 * open or whose sheet uses a compression method other than stored/deflate (POI's commons-compress reads
 * more of them), and a sheet part not encoded in UTF-8 (OPC allows UTF-16).
 */
final class XlsxFile implements SpreadsheetFile {
    private final Path path;
    private final String display;
    private final ZipFile zip;
    private final List<String> names;
    private final List<String> parts;
    private final List<String> relIds;
    private final List<Boolean> hidden;
    private final String stylesPart;
    private final String sharedPart;
    private final boolean date1904;
    private final boolean threaded;
    private XlsxStyles styles;
    private String[] shared;

    private XlsxFile(Path path, String display, ZipFile zip, Workbook wb, boolean threaded) {
        this.path = path;
        this.display = display;
        this.zip = zip;
        this.names = wb.names;
        this.parts = wb.parts;
        this.relIds = wb.relIds;
        this.hidden = wb.hidden;
        this.stylesPart = wb.stylesPart;
        this.sharedPart = wb.sharedPart;
        this.date1904 = wb.date1904;
        this.threaded = threaded;
    }

    /** Opens with the inflating thread when more than one core is available. */
    static SpreadsheetFile open(Path path, String display) {
        return open(path, display, Runtime.getRuntime().availableProcessors() > 1);
    }

    static SpreadsheetFile open(Path path, String display, boolean threaded) {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            return PoiXlsxFallback.openOrExplain(path, display, e);
        } catch (IOException e) {
            throw EcoscoreException.input(display, "cannot be read (" + e.getMessage()
                    + "): check that it is a file you may read, and run again", e)
                    .coded("file-cannot-read", "detail", e.getMessage());
        }
        try {
            Workbook wb = Workbook.read(zip, display);
            return new XlsxFile(path, display, zip, wb, threaded);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    @Override
    public String file() {
        return display;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(names);
    }

    @Override
    public boolean hidden(int sheet) {
        return hidden.get(sheet);
    }

    @Override
    public CellSource open(int sheet) {
        String part = parts.get(sheet);
        ZipEntry entry = part == null ? null : zip.getEntry(part);
        if (entry == null) return new EmptySource(display, names.get(sheet));
        try {
            if (!isUtf8(entry) || !inflatable(entry)) {
                return PoiXlsxFallback.openSheet(path, display, relIds.get(sheet), names.get(sheet));
            }
            loadShared();
            InputStream in = ZipGuard.open(zip, entry, display);
            XlsxSheetScanner scanner = new XlsxSheetScanner(display, names.get(sheet),
                    new InflatedBlocks(in, display, threaded), shared, styles, date1904);
            return threaded ? new ScannedRows(scanner) : scanner;
        } catch (IOException e) {
            throw EcoscoreException.input(display, "is damaged or incomplete (" + e.getMessage()
                    + "): open it in Excel or WPS, save it as .xlsx and run again", e)
                    .coded("file-damaged", "detail", e.getMessage());
        }
    }

    private void loadShared() throws IOException {
        if (styles == null) {
            ZipEntry e = stylesPart == null ? null : zip.getEntry(stylesPart);
            if (e == null) {
                styles = XlsxStyles.NONE;
            } else {
                try (InputStream in = ZipGuard.open(zip, e, display)) {
                    styles = XlsxStyles.read(in, display, stylesPart);
                }
            }
        }
        if (shared == null) {
            ZipEntry e = sharedPart == null ? null : zip.getEntry(sharedPart);
            if (e == null) {
                shared = new String[0];
            } else {
                try (InputStream in = ZipGuard.open(zip, e, display)) {
                    shared = SharedStrings.read(in, display);
                }
            }
        }
    }

    /** The lean scanner reads UTF-8 only: a part starting with a UTF-16 BOM or a NUL byte is not. */
    private boolean isUtf8(ZipEntry entry) throws IOException {
        try (InputStream in = ZipGuard.open(zip, entry, display)) {
            byte[] head = in.readNBytes(2);
            if (head.length < 2) return true;
            int a = head[0] & 0xFF;
            int b = head[1] & 0xFF;
            return !(a == 0xFF && b == 0xFE || a == 0xFE && b == 0xFF || a == 0 || b == 0);
        }
    }

    private static boolean inflatable(ZipEntry entry) {
        return entry.getMethod() == ZipEntry.STORED || entry.getMethod() == ZipEntry.DEFLATED;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // opened read-only
        }
    }

    /** A sheet whose part is missing or holds no cells (a chart sheet, for example). */
    private static final class EmptySource extends RowCellSource {
        EmptySource(String file, String sheet) {
            super(file, sheet);
        }

        @Override
        public boolean nextRow() {
            return false;
        }

        @Override
        public void close() {
            // nothing open
        }
    }

    /** What the workbook part and its relationships say. */
    private static final class Workbook {
        final List<String> names = new ArrayList<>();
        final List<String> parts = new ArrayList<>();
        final List<String> relIds = new ArrayList<>();
        final List<Boolean> hidden = new ArrayList<>();
        String stylesPart;
        String sharedPart;
        boolean date1904;

        static Workbook read(ZipFile zip, String display) {
            if (zip.getEntry("xl/workbook.bin") != null) {
                throw EcoscoreException.input(display, "is a binary workbook (.xlsb), which this tool cannot"
                        + " read: open it in Excel, save it as .xlsx and run again").coded("file-xlsb");
            }
            String workbookPart = officeDocument(zip, display);
            ZipEntry entry = workbookPart == null ? null : zip.getEntry(workbookPart);
            if (entry == null) {
                throw EcoscoreException.input(display, "is a zip archive but not an Excel workbook (it has no"
                        + " workbook part): check that you gave the right file, or save it as .xlsx and run again")
                        .coded("file-not-workbook");
            }
            Workbook wb = new Workbook();
            String dir = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
            String relsPart = dir + "_rels/" + workbookPart.substring(dir.length()) + ".rels";
            Map<String, String[]> rels = relationships(zip, relsPart, dir, display);
            for (String[] rel : rels.values()) {
                if (rel[0].endsWith("/styles")) wb.stylesPart = rel[1];
                else if (rel[0].endsWith("/sharedStrings")) wb.sharedPart = rel[1];
            }
            if (wb.stylesPart == null && zip.getEntry(dir + "styles.xml") != null) wb.stylesPart = dir + "styles.xml";
            if (wb.sharedPart == null && zip.getEntry(dir + "sharedStrings.xml") != null) {
                wb.sharedPart = dir + "sharedStrings.xml";
            }
            try (InputStream in = ZipGuard.open(zip, entry, display)) {
                XMLStreamReader r = SecureXml.reader(in, display, workbookPart);
                int event;
                while ((event = SecureXml.next(r, display, workbookPart)) != XMLStreamConstants.END_DOCUMENT) {
                    if (event != XMLStreamConstants.START_ELEMENT) continue;
                    String name = r.getLocalName();
                    if (name.equals("workbookPr")) {
                        String v = r.getAttributeValue(null, "date1904");
                        wb.date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                    } else if (name.equals("sheet")) {
                        String id = null;
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String ns = r.getAttributeNamespace(i);
                            if (r.getAttributeLocalName(i).equals("id") && ns != null && !ns.isEmpty()) {
                                id = r.getAttributeValue(i);
                            }
                        }
                        String state = r.getAttributeValue(null, "state");
                        String[] rel = id == null ? null : rels.get(id);
                        wb.names.add(nonNull(r.getAttributeValue(null, "name")));
                        wb.parts.add(rel == null ? null : rel[1]);
                        wb.relIds.add(id);
                        wb.hidden.add("hidden".equals(state) || "veryHidden".equals(state));
                    }
                }
            } catch (IOException e) {
                throw EcoscoreException.input(display, "is damaged or incomplete (" + e.getMessage()
                        + "): open it in Excel or WPS, save it as .xlsx and run again", e)
                        .coded("file-damaged", "detail", e.getMessage());
            }
            return wb;
        }

        /** The workbook part named by the package relationships, or the usual xl/workbook.xml. */
        private static String officeDocument(ZipFile zip, String display) {
            Map<String, String[]> rels = relationships(zip, "_rels/.rels", "", display);
            for (String[] rel : rels.values()) {
                if (rel[0].endsWith("/officeDocument")) return rel[1];
            }
            return "xl/workbook.xml";
        }

        /** Id → {type, resolved part name} of a relationships part (empty when absent). */
        private static Map<String, String[]> relationships(ZipFile zip, String part, String baseDir,
                                                           String display) {
            Map<String, String[]> rels = new HashMap<>();
            ZipEntry e = zip.getEntry(part);
            if (e == null) return rels;
            try (InputStream in = ZipGuard.open(zip, e, display)) {
                XMLStreamReader r = SecureXml.reader(in, display, part);
                int event;
                while ((event = SecureXml.next(r, display, part)) != XMLStreamConstants.END_DOCUMENT) {
                    if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                        String id = r.getAttributeValue(null, "Id");
                        String type = nonNull(r.getAttributeValue(null, "Type"));
                        String target = r.getAttributeValue(null, "Target");
                        if (id == null || target == null || "External".equals(r.getAttributeValue(null, "TargetMode"))) {
                            continue;
                        }
                        rels.put(id, new String[] {type, resolve(baseDir, target)});
                    }
                }
            } catch (IOException ex) {
                throw EcoscoreException.input(display, "is damaged or incomplete (" + ex.getMessage()
                        + "): open it in Excel or WPS, save it as .xlsx and run again", ex)
                        .coded("file-damaged", "detail", ex.getMessage());
            }
            return rels;
        }

        static String resolve(String baseDir, String target) {
            String t = target.startsWith("/") ? target.substring(1) : baseDir + target;
            List<String> out = new ArrayList<>();
            for (String seg : t.split("/")) {
                if (seg.isEmpty() || seg.equals(".")) continue;
                if (seg.equals("..")) {
                    if (!out.isEmpty()) out.remove(out.size() - 1);
                } else {
                    out.add(seg);
                }
            }
            return String.join("/", out);
        }

        private static String nonNull(String s) {
            return s == null ? "" : s;
        }
    }
}
