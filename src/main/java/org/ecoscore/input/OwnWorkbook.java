package org.ecoscore.input;

import java.nio.file.Path;
import java.util.List;

/**
 * Recognises ecoscore's own workbooks (a report, a trend workbook) by their sheet names: a Method sheet beside
 * Firms, Regions or Trend, in Chinese or in English. The names are report.Labels' sheet.method, sheet.firms,
 * sheet.regions and sheet.trend, written out here because the input package comes before the report's word
 * table (WorkbookReaderOwnReportTest checks that they agree).
 */
public final class OwnWorkbook {
    /** Per language: the Method sheet's name, then the sheets that make a workbook with it ecoscore's own. */
    static final List<List<String>> SHEETS = List.of(
            List.of("方法说明", "企业得分", "地区得分", "趋势"), List.of("Method", "Firms", "Regions", "Trend"));

    private OwnWorkbook() {
    }

    /**
     * The Method sheet's name and the other sheet that mark the workbook {@code file} (.xlsx or .xlsm) as ecoscore's
     * own, or null (also when it cannot be opened: reading it says why). Only the workbook part is read.
     */
    public static String[] of(Path file, String display) {
        try (SpreadsheetFile f = XlsxFile.open(file, display, false)) {
            return match(f.sheetNames());
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Whether {@code name} is a workbook that {@link #of} looks into (ecoscore writes .xlsx only). */
    static boolean mayBe(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm");
    }

    /** The Method sheet's name and the other sheet that mark {@code names} as ecoscore's own, or null. */
    public static String[] match(List<String> names) {
        for (List<String> own : SHEETS) {
            if (!names.contains(own.get(0))) continue;
            for (String s : own.subList(1, own.size())) {
                if (names.contains(s)) return new String[] {own.get(0), s};
            }
        }
        return null;
    }
}
