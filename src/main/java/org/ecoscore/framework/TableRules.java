package org.ecoscore.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules shared by the framework tables (SPEC §1): required columns, numbers, weights, alias lists. */
final class TableRules {
    /** A decimal number as written in a framework file (no NaN, Infinity, hex or type suffixes). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    private TableRules() {
    }

    /** Records a problem for each required column missing (or a header repeated); true when all are there. */
    static boolean requireColumns(CsvTable table, Problems problems, String... columns) {
        Set<String> seen = new HashSet<>();
        for (String h : table.header()) {
            String k = h.toLowerCase(Locale.ROOT);
            if (!k.isEmpty() && !seen.add(k)) {
                problems.add(table, table.headerLine(), h, "column-twice", "column \"" + h + "\" appears twice; keep "
                        + "one", "column", h);
            }
        }
        boolean ok = true;
        for (String c : columns) {
            if (!table.has(c)) {
                problems.add(table, table.headerLine(), "", "column-missing", "missing column \"" + c + "\" (the header "
                        + "must name " + String.join(", ", columns) + ")", "column", c, "columns",
                        String.join(", ", columns));
                ok = false;
            }
        }
        return ok;
    }

    /** A decimal number, empty when the text is not one. */
    static OptionalDouble number(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) return OptionalDouble.empty();
        double d = Double.parseDouble(t);
        return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    static boolean isInteger(String text) {
        return INTEGER.matcher(text.strip()).matches();
    }

    /** The weight column: blank = 1; otherwise a number &gt; 0, else a problem (and 1 to go on checking). */
    static double weight(CsvTable table, CsvTable.Row row, Problems problems) {
        String w = table.cell(row, "weight");
        if (w.isEmpty()) return 1.0;
        OptionalDouble d = number(w);
        if (d.isEmpty() || d.getAsDouble() <= 0) {
            problems.add(table, row.line(), "weight", "weight-invalid", "weight \"" + w + "\" is not a number > 0; "
                    + "write a positive number or leave it blank for 1", "value", w);
            return 1.0;
        }
        return d.getAsDouble();
    }

    /** Texts separated by {@code |}, trimmed, blanks dropped. */
    static List<String> aliases(String text) {
        List<String> out = new ArrayList<>();
        for (String a : text.split("\\|", -1)) {
            String t = a.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    static String quote(String s) {
        return "\"" + s + "\"";
    }
}
