package org.ecoscore.instrument;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An SXSSF workbook (window of 200 rows, gzipped temporary files) that writes text cells to a shared strings
 * table, as Excel and the survey platforms do — but without SXSSF's per-cell cost in shared-strings mode
 * (a rich-text XML object and its serialisation for every string cell): a plain-text cell is looked up in a
 * hash map and written as {@code <c r="B2" t="s"><v>17</v></c>}; only a new text goes through POI's table.
 * Everything else (numbers, styled cells) is written by POI as usual.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
    static final int WINDOW = 200;

    StreamingWorkbook() {
        super(new XSSFWorkbook(new Factory()), WINDOW, true, true);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new Writer((Strings) getXSSFWorkbook().getSharedStringSource());
    }

    /** The shared strings table with a text → index map kept beside POI's own. */
    static final class Strings extends SharedStringsTable {
        private final Map<String, Integer> index = new HashMap<>();

        int indexOf(String text) {
            Integer i = index.get(text);
            if (i != null) {
                count++;
                return i;
            }
            int added = addSharedStringItem(new XSSFRichTextString(text));
            index.put(text, added);
            return added;
        }
    }

    /** Makes the new workbook's shared strings table a {@link Strings}. */
    static final class Factory extends XSSFFactory {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            if (descriptor == XSSFRelation.SHARED_STRINGS) return new Strings();
            return super.newDocumentPart(descriptor);
        }
    }

    /** Writes unstyled text cells as shared-string references; hands every other cell to POI. */
    static final class Writer extends GZIPSheetDataWriter {
        private final Strings strings;
        private final StringBuilder ref = new StringBuilder(16);

        Writer(Strings strings) throws IOException {
            super(strings);
            this.strings = strings;
        }

        @Override
        public void writeCell(int columnIndex, Cell cell) throws IOException {
            if (cell == null || cell.getCellType() != CellType.STRING || cell.getCellStyle().getIndex() != 0) {
                super.writeCell(columnIndex, cell);
                return;
            }
            int i = strings.indexOf(cell.getStringCellValue());
            ref.setLength(0);
            ref.append("<c r=\"").append(CellReference.convertNumToColString(columnIndex))
                    .append(cell.getRowIndex() + 1).append("\" t=\"s\"><v>").append(i).append("</v></c>");
            _out.append(ref);
        }
    }
}
