package org.ecoscore.framework;

import org.ecoscore.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.EcoscoreException;

/**
 * Writes a framework as one {@code .xlsx} workbook (SPEC §1) with the sheets and columns of the CSV files,
 * so that {@link FrameworkLoader#load} of the workbook gives an equal framework. AHP entries below 1 that
 * are reciprocals of whole numbers are written as fractions ({@code 1/3}). The workbook is written to a
 * temporary file in the target folder and moved into place.
 */
public final class FrameworkExporter {
    static final List<String> FRAMEWORK_COLUMNS =
            List.of("code", "parent", "name_zh", "name_en", "weight", "aggregation", "role", "advice_zh",
                    "advice_en");
    static final List<String> QUESTION_COLUMNS = List.of("code", "parent", "source", "scale", "reverse", "min",
            "max", "transform", "weight", "text_zh", "text_en", "aliases", "select", "option");
    private static final int MAX_SHEET_NAME = 31;

    private FrameworkExporter() {
    }

    /** @throws EcoscoreException exit code 4 when the workbook cannot be written */
    public static void export(Framework framework, Path xlsx) {
        try (XSSFWorkbook wb = workbook(framework)) {
            AtomicFiles.write(xlsx, wb::write);
        } catch (IOException e) {
            throw EcoscoreException.output(xlsx.toString(), "cannot assemble the framework workbook ("
                    + e.getMessage() + ")", e).coded("export-cannot-assemble", "reason", e.getMessage());
        }
    }

    static XSSFWorkbook workbook(Framework f) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet fw = sheet(wb, "framework", FRAMEWORK_COLUMNS);
        for (Node n : f.nodes()) {
            row(fw, n.code(), n.parent(), n.nameZh(), n.nameEn(), n.weight(), n.aggregation().id(), n.role(),
                    n.adviceZh(), n.adviceEn());
        }
        Sheet qs = sheet(wb, "questions", QUESTION_COLUMNS);
        for (Question q : f.questions()) {
            row(qs, q.code(), q.parent(), q.source().id(), q.scaleName(), q.reverse() ? "true" : "false",
                    q.hasGoalposts() ? q.min() : "", q.hasGoalposts() ? q.max() : "", q.log() ? "log" : "",
                    q.weight(), q.textZh(), q.textEn(), String.join("|", q.aliases()), q.isMulti() ? "multi" : "",
                    q.option());
        }
        Sheet sc = sheet(wb, "scales", List.of("scale", "value", "label"));
        for (Scale s : new TreeMap<>(f.scales()).values()) {
            for (Map.Entry<Integer, List<String>> e : new TreeMap<>(s.labelsByValue()).entrySet()) {
                for (String label : e.getValue()) row(sc, s.name(), (double) e.getKey(), label);
            }
        }
        Sheet meta = sheet(wb, "meta", List.of("role", "aliases"));
        for (MetaRole r : MetaRole.values()) {
            if (!f.metaAliases(r).isEmpty()) row(meta, r.id(), String.join("|", f.metaAliases(r)));
        }
        Sheet regions = sheet(wb, "regions", List.of("code", "name_zh", "short_zh", "name_en", "aliases"));
        for (Region r : f.regions().regions()) {
            row(regions, r.code(), r.nameZh(), r.shortZh(), r.nameEn(), String.join("|", r.aliases()));
        }
        if (!f.missingAnswers().isEmpty()) {
            Sheet missing = sheet(wb, "missing", List.of("answer", "meaning"));
            for (MissingAnswer m : f.missingAnswers()) row(missing, m.answer(), m.meaning());
        }
        if (f.unit().declared()) {
            Sheet unit = sheet(wb, "unit", List.of("unit_zh", "unit_en"));
            row(unit, f.unit().zh(), f.unit().en());
        }
        if (!f.regions().cities().isEmpty()) {
            Sheet cities = sheet(wb, "cities", List.of("code", "name_zh", "short_zh", "province", "name_en",
                    "aliases"));
            for (Region c : f.regions().cities()) {
                row(cities, c.code(), c.nameZh(), c.shortZh(),
                        f.regions().provinceOf(c.code()).map(Region::code).orElse(""), c.nameEn(),
                        String.join("|", c.aliases()));
            }
        }
        for (List<AhpMatrix> panel : new TreeMap<>(f.ahp()).values()) for (AhpMatrix m : panel) ahpSheet(wb, m);
        return wb;
    }

    private static void ahpSheet(XSSFWorkbook wb, AhpMatrix m) {
        String name = FrameworkXlsxReader.AHP_PREFIX + m.parent()
                + (m.expert().isEmpty() ? "" : FrameworkXlsxReader.EXPERT_SEPARATOR + m.expert());
        if (name.length() > MAX_SHEET_NAME) {
            throw EcoscoreException.output(name, "node code " + m.parent()
                    + (m.expert().isEmpty() ? "" : " with expert " + m.expert())
                    + " is too long for an AHP sheet name (Excel allows 31 characters); shorten the code or the "
                    + "expert's name, or keep the framework as CSV files", null).coded("export-sheet-name-too-long",
                    "form", m.expert().isEmpty() ? "node" : "expert", "parent", m.parent(), "expert", m.expert());
        }
        if (name.matches(".*[\\\\/?*\\[\\]:].*")) {
            throw EcoscoreException.output(name, "expert " + m.expert() + " has a character Excel does not allow in "
                    + "a sheet name (\\ / ? * [ ] :); rename the expert's file or keep the framework as CSV files",
                    null).coded("export-sheet-name-char", "expert", m.expert());
        }
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(m.children());
        Sheet s = sheet(wb, name, header);
        for (int i = 0; i < m.children().size(); i++) {
            Object[] cells = new Object[m.children().size() + 1];
            cells[0] = m.children().get(i);
            for (int j = 0; j < m.children().size(); j++) cells[j + 1] = entry(m.a()[i][j]);
            row(s, cells);
        }
    }

    /** A Saaty entry as written: {@code "1/k"} for reciprocals of whole numbers, else the number. */
    static Object entry(double v) {
        if (v < 1) {
            double k = 1 / v;
            long r = Math.round(k);
            if (r > 1 && 1.0 / r == v) return "1/" + r;
        }
        return v;
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, List<String> header) {
        Sheet s = wb.createSheet(name);
        row(s, header.toArray());
        return s;
    }

    private static void row(Sheet s, Object... cells) {
        Row row = s.createRow(s.getPhysicalNumberOfRows());
        for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v instanceof String str && str.isEmpty()) continue;
            Cell cell = row.createCell(c);
            if (v instanceof Double d) {
                cell.setCellValue(d);
            } else {
                cell.setCellValue(String.valueOf(v));
            }
        }
    }
}
