package org.ecoscore.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.ecoscore.core.EcoscoreException;

/**
 * An Excel 97–2003 (.xls, BIFF8) workbook read with POI HSSF over a read-only POIFS file system. Such files
 * hold at most 65,536 rows, so the workbook is kept in memory. Numeric cells with a percent format are
 * percent NUMBERs, date-formatted ones DATEs; formulas give their cached result (never evaluated). An OLE2
 * file that holds an encrypted OOXML package, an encrypted xls, or an Excel 5/95 file is refused with a
 * message saying how to save it.
 */
final class XlsFile implements SpreadsheetFile {
    private final String display;
    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final List<String> names = new ArrayList<>();

    private XlsFile(String display, POIFSFileSystem fs, HSSFWorkbook workbook) {
        this.display = display;
        this.fs = fs;
        this.workbook = workbook;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) names.add(workbook.getSheetName(i));
    }

    static XlsFile open(Path path, String display) {
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(path.toFile(), true);
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw passwordProtected(display);
            }
            HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true);
            return new XlsFile(display, fs, wb);
        } catch (EcoscoreException e) {
            closeQuietly(fs);
            throw e;
        } catch (OldExcelFormatException e) {
            closeQuietly(fs);
            throw EcoscoreException.input(display, "is saved in Excel 5/95 format, which this tool cannot read:"
                    + " open it in Excel or WPS, save it as .xlsx and run again", e).coded("file-excel95");
        } catch (EncryptedDocumentException e) {
            closeQuietly(fs);
            throw passwordProtected(display);
        } catch (IOException | RuntimeException e) {
            closeQuietly(fs);
            throw EcoscoreException.input(display, "is not a readable .xls workbook (" + e.getMessage()
                    + "): open it in Excel or WPS, save it as .xlsx and run again", e)
                    .coded("file-not-xls", "detail", e.getMessage());
        }
    }

    static EcoscoreException passwordProtected(String display) {
        return EcoscoreException.input(display,
                "is password-protected: save it without a password and run again").coded("password-protected");
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
        return workbook.isSheetHidden(sheet) || workbook.isSheetVeryHidden(sheet);
    }

    @Override
    public CellSource open(int sheet) {
        return new XlsSource(display, workbook.getSheetAt(sheet));
    }

    @Override
    public void close() {
        closeQuietly(workbook);
        closeQuietly(fs);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (Exception e) {
            // opened read-only: nothing to flush
        }
    }

    /** Rows of one HSSF sheet, in order; rows without any value are skipped. */
    private static final class XlsSource extends RowCellSource {
        private final Iterator<Row> rows;

        XlsSource(String file, Sheet sheet) {
            super(file, sheet.getSheetName());
            this.rows = sheet.rowIterator();
        }

        @Override
        public boolean nextRow() {
            while (rows.hasNext()) {
                row.clear();
                Row r = rows.next();
                for (Cell cell : r) put(cell);
                if (row.width() > 0) {
                    rowNumber = r.getRowNum() + 1;
                    return true;
                }
            }
            row.clear();
            return false;
        }

        private void put(Cell cell) {
            int col = cell.getColumnIndex();
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) type = cell.getCachedFormulaResultType();
            switch (type) {
                case STRING:
                    row.setString(col, cell.getRichStringCellValue().getString(), -1);
                    break;
                case NUMERIC:
                    double v = cell.getNumericCellValue();
                    if (DateUtil.isCellDateFormatted(cell)) {
                        row.setDate(col, v);
                    } else {
                        row.setNumber(col, v, NumberFormats.isPercentFormat(cell.getCellStyle().getDataFormatString()));
                    }
                    break;
                case BOOLEAN:
                    row.setBoolean(col, cell.getBooleanCellValue());
                    break;
                case ERROR:
                    row.setString(col, org.apache.poi.ss.usermodel.FormulaError
                            .forInt(cell.getErrorCellValue()).getString(), -1);
                    break;
                default:
                    break;
            }
        }

        @Override
        public void close() {
            // the workbook is closed with its file
        }
    }
}
