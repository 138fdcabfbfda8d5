package org.ecoscore.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipException;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.ecoscore.core.EcoscoreException;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * POI's event API (XSSFReader + XSSFSheetXMLHandler, with POI's own zip-bomb guards) for the xlsx files the
 * lean path leaves aside (see {@link XlsxFile}): a zip java.util.zip cannot open, a sheet compressed with
 * another method, a sheet part not in UTF-8. The sheet's rows are collected in memory (these files are
 * rare and small). Numbers keep their percent/date meaning through a tagging {@link DataFormatter};
 * booleans and errors come through as the texts TRUE/FALSE and #N/A.
 */
final class PoiXlsxFallback {
    private static final char TAG = '\u0001';

    private PoiXlsxFallback() {
    }

    /** A zip java.util.zip refused: POI may still read it; otherwise it is damaged. */
    static SpreadsheetFile openOrExplain(Path path, String display, ZipException cause) {
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg, true);
            List<String> names = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            List<Boolean> hidden = new ArrayList<>();
            try (InputStream wb = reader.getWorkbookData()) {
                XMLStreamReader r = SecureXml.reader(wb, display, "workbook");
                int event;
                while ((event = SecureXml.next(r, display, "workbook")) != XMLStreamConstants.END_DOCUMENT) {
                    if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                        names.add(String.valueOf(r.getAttributeValue(null, "name")));
                        String state = r.getAttributeValue(null, "state");
                        hidden.add("hidden".equals(state) || "veryHidden".equals(state));
                        String id = null;
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            if (r.getAttributeLocalName(i).equals("id")) id = r.getAttributeValue(i);
                        }
                        ids.add(id);
                    }
                }
            }
            return new FallbackFile(path, display, names, ids, hidden);
        } catch (EcoscoreException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw EcoscoreException.input(display, "is damaged or incomplete (" + cause.getMessage()
                    + "): it is not a complete xlsx file. Open it in Excel or WPS, save it as .xlsx and run again",
                    cause).coded("file-damaged", "form", "not-xlsx", "detail", cause.getMessage());
        }
    }

    /** Reads one sheet (by its relationship id) into memory with POI's event API. */
    static CellSource openSheet(Path path, String display, String relId, String sheetName) {
        List<List<Object[]>> rows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg, true);
            SheetContentsHandler handler = new SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                    rows.add(new ArrayList<>());
                    rowNumbers.add(rowNum + 1);
                }

                @Override
                public void endRow(int rowNum) {
                    // collected in startRow/cell
                }

                @Override
                public void cell(String ref, String value, XSSFComment comment) {
                    if (rows.isEmpty() || value == null) return;
                    int col = ref == null ? rows.get(rows.size() - 1).size() : new CellReference(ref).getCol();
                    rows.get(rows.size() - 1).add(new Object[] {col, value});
                }
            };
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setErrorHandler(SilentErrors.INSTANCE);
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), reader.getSharedStringsTable(),
                    handler, new TaggingFormatter(), false));
            try (InputStream in = reader.getSheet(relId)) {
                xml.parse(new InputSource(in));
            }
        } catch (EcoscoreException e) {
            throw e;
        } catch (IOException | ParserConfigurationException | RuntimeException | org.xml.sax.SAXException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw EcoscoreException.input(display, "is damaged: sheet \"" + sheetName + "\" cannot be read ("
                    + e.getMessage() + "). Open it in Excel or WPS, save it as .xlsx and run again", e)
                    .coded("file-damaged-sheet", "sheet", sheetName, "detail", e.getMessage());
        }
        return new Buffered(display, sheetName, rows, rowNumbers);
    }

    /** Formats a number as TAG + kind (N, P for percent, D for date) + the raw value. */
    private static final class TaggingFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            char kind = DateUtil.isADateFormat(formatIndex, formatString) ? 'D'
                    : NumberFormats.isPercentFormat(formatString) ? 'P' : 'N';
            return TAG + "" + kind + value;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            return formatRawCellContents(value + (use1904Windowing ? 1462 : 0), formatIndex, formatString);
        }
    }

    private static final class Buffered extends RowCellSource {
        private final Iterator<List<Object[]>> rows;
        private final Iterator<Integer> numbers;

        Buffered(String file, String sheet, List<List<Object[]>> rows, List<Integer> numbers) {
            super(file, sheet);
            this.rows = rows.iterator();
            this.numbers = numbers.iterator();
        }

        @Override
        public boolean nextRow() {
            while (rows.hasNext()) {
                row.clear();
                List<Object[]> cells = rows.next();
                rowNumber = numbers.next();
                for (Object[] cell : cells) {
                    int col = (Integer) cell[0];
                    String v = (String) cell[1];
                    if (v.length() > 1 && v.charAt(0) == TAG) {
                        double d = Double.parseDouble(v.substring(2));
                        if (v.charAt(1) == 'D') row.setDate(col, d);
                        else row.setNumber(col, d, v.charAt(1) == 'P');
                    } else if (v.startsWith("ERROR:")) {
                        row.setString(col, v.substring(6), -1);
                    } else {
                        row.setString(col, v, -1);
                    }
                }
                if (row.width() > 0) return true;
            }
            row.clear();
            return false;
        }

        @Override
        public void close() {
            // rows are in memory
        }
    }

    /** The SpreadsheetFile of a zip only POI could open. */
    private static final class FallbackFile implements SpreadsheetFile {
        private final Path path;
        private final String display;
        private final List<String> names;
        private final List<String> ids;
        private final List<Boolean> hidden;

        FallbackFile(Path path, String display, List<String> names, List<String> ids, List<Boolean> hidden) {
            this.path = path;
            this.display = display;
            this.names = names;
            this.ids = ids;
            this.hidden = hidden;
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
            return openSheet(path, display, ids.get(sheet), names.get(sheet));
        }

        @Override
        public void close() {
            // each sheet opens and closes the package itself
        }
    }
}
