package org.ecoscore.framework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a framework given as one {@code .xlsx} workbook (SPEC §1): sheets {@code framework},
 * {@code questions}, {@code scales}, {@code meta}, optional {@code regions} and {@code ahp_PARENT} (or one
 * {@code ahp_PARENT@EXPERT} per expert), with
 * the columns of the CSV files. Read from memory with POI's zip-bomb guards left on; formulas are never
 * evaluated (their cached values are read). The workbook is one {@link FrameworkFile}.
 */
final class FrameworkXlsxReader implements FrameworkSource {
    static final String AHP_PREFIX = "ahp_";
    /** Separates parent and expert in an expert's matrix sheet {@code ahp_PARENT@EXPERT} (SPEC §8). */
    static final char EXPERT_SEPARATOR = '@';

    private final String name;
    private final String location;
    private final String fileName;
    private final Map<String, CsvTable> sheets;
    private final List<FrameworkFile> files;

    private FrameworkXlsxReader(Path path, Map<String, CsvTable> sheets, List<FrameworkFile> files) {
        this.fileName = path.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        this.name = dot > 0 ? fileName.substring(0, dot) : fileName;
        this.location = path.toString();
        this.sheets = sheets;
        this.files = files;
    }

    /** Reads every sheet of the workbook; on failure the problem is recorded and the source is empty. */
    static FrameworkXlsxReader open(Path path, Problems problems) {
        String fileName = path.getFileName().toString();
        Map<String, CsvTable> sheets = new LinkedHashMap<>();
        List<FrameworkFile> files = new ArrayList<>();
        try {
            if (Files.size(path) > FrameworkCsvReader.MAX_FILE_BYTES) {
                problems.add(fileName, "workbook-too-large", "larger than " + FrameworkCsvReader.MAX_FILE_BYTES
                        / (1024 * 1024) + " MB; not a framework workbook", "mb",
                        FrameworkCsvReader.MAX_FILE_BYTES / (1024 * 1024));
                return new FrameworkXlsxReader(path, sheets, files);
            }
            byte[] bytes = Files.readAllBytes(path);
            files.add(new FrameworkFile(fileName, Digests.sha256Hex(bytes)));
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
                 XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                for (Sheet sheet : wb) {
                    String key = sheet.getSheetName().strip().toLowerCase(Locale.ROOT);
                    sheets.putIfAbsent(key, table(fileName + "[" + sheet.getSheetName() + "]", sheet));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(fileName, "workbook-unreadable", "cannot be read as an .xlsx workbook (" + e.getMessage()
                    + "); save it from Excel as .xlsx, or give a folder of CSV files", "reason", e.getMessage());
        } catch (Exception e) {
            problems.add(fileName, "workbook-unreadable", "cannot be read as an .xlsx workbook (" + e.getMessage()
                    + "); save it from Excel as .xlsx, or give a folder of CSV files", "reason", e.getMessage());
        }
        return new FrameworkXlsxReader(path, sheets, files);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public String label(String base) {
        return fileName + "[" + base + "]";
    }

    @Override
    public Optional<CsvTable> table(String base, Problems problems) {
        return Optional.ofNullable(sheets.get(base));
    }

    @Override
    public Map<String, Map<String, CsvTable>> ahp(Collection<String> nodeCodes, Problems problems) {
        Map<String, Map<String, CsvTable>> out = new TreeMap<>();
        for (Map.Entry<String, CsvTable> e : sheets.entrySet()) {
            if (e.getKey().startsWith(AHP_PREFIX)) {
                String label = e.getValue().label();
                String sheetName = label.substring(label.indexOf('[') + 1, label.length() - 1);
                String rest = sheetName.strip().substring(AHP_PREFIX.length());
                int at = rest.indexOf(EXPERT_SEPARATOR);
                String parent = at < 0 ? rest : rest.substring(0, at);
                String expert = at < 0 ? "" : rest.substring(at + 1).strip();
                if (at >= 0 && expert.isEmpty()) {
                    problems.add(label, "ahp-sheet-unnamed-expert", "an expert's matrix needs a name after '@' "
                            + "(ahp_PARENT@EXPERT)");
                    continue;
                }
                Map<String, CsvTable> panel = out.computeIfAbsent(parent, k -> new TreeMap<>());
                if (!panel.isEmpty() && (expert.isEmpty() || panel.containsKey(""))) {
                    problems.add(label, "ahp-sheet-both", "the workbook has both a single matrix ahp_" + parent
                            + " and experts' matrices ahp_" + parent + "@EXPERT; keep one kind", "parent", parent);
                    continue;
                }
                panel.put(expert, e.getValue());
            }
        }
        return out;
    }

    @Override
    public List<FrameworkFile> files() {
        return List.copyOf(files);
    }

    private static CsvTable table(String label, Sheet sheet) {
        List<String> header = null;
        int headerLine = 1;
        List<CsvTable.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) cells.add(text(row.getCell(c)));
            if (CsvTableReader.isBlank(cells.toArray(new String[0]))) continue;
            if (header == null) {
                header = cells.stream().map(String::strip).toList();
                headerLine = row.getRowNum() + 1;
            } else {
                rows.add(new CsvTable.Row(row.getRowNum() + 1, cells));
            }
        }
        return new CsvTable(label, headerLine, header == null ? List.of() : header, rows);
    }

    /** A cell as text: strings as written, numbers in shortest round-trip form, formulas by cached value. */
    static String text(Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) type = cell.getCachedFormulaResultType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                return number(cell.getNumericCellValue());
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "true" : "false";
            default:
                return "";
        }
    }

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return Double.toString(d);
    }
}
