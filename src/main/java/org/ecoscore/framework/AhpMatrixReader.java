package org.ecoscore.framework;

import static org.ecoscore.framework.TableRules.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads and checks an AHP pairwise-comparison matrix (SPEC §1 {@code ahp/PARENT.csv}): first row an empty
 * cell then the children's codes, each further row a child's code (in the same order) then its comparisons
 * ({@code 3}, {@code 1/3}, {@code 0.5}). The codes must be exactly the node's children (nodes and
 * questions); the matrix square, positive, on Saaty's 1–9 scale (1/9 … 9), with a unit diagonal and reciprocal
 * within {@value #TOLERANCE}. An expert's matrix {@code ahp/PARENT/EXPERT.csv} (SPEC §8) follows the same rules.
 */
final class AhpMatrixReader {
    static final double TOLERANCE = 1e-6;

    private AhpMatrixReader() {
    }

    /**
     * @param children the parent's children in tree order, or {@code null} when the parent is not a node
     */
    static Optional<AhpMatrix> read(String parent, CsvTable table, List<String> children, Problems problems) {
        return read(parent, "", table, children, problems);
    }

    /**
     * @param expert   the expert's name ({@code ahp/PARENT/EXPERT.csv}), empty for {@code ahp/PARENT.csv}
     * @param children the parent's children in tree order, or {@code null} when the parent is not a node
     */
    static Optional<AhpMatrix> read(String parent, String expert, CsvTable table, List<String> children,
                                    Problems problems) {
        if (children == null) {
            problems.add(table, table.headerLine(), "", "ahp-not-a-node", quote(parent) + " is not a node of "
                    + "framework.csv; name each matrix after the node whose children it compares", "parent", parent);
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        for (int c = 1; c < table.header().size(); c++) codes.add(table.header().get(c));
        while (!codes.isEmpty() && codes.get(codes.size() - 1).isEmpty()) codes.remove(codes.size() - 1);
        int errors = problemCount(problems);
        checkCodes(parent, table, codes, children, problems);
        int n = codes.size();
        if (table.rows().size() != n) {
            problems.add(table, table.headerLine(), "", "ahp-not-square", "the matrix has " + table.rows().size()
                    + " rows for " + n + " columns; it must be square, one row per child", "rows",
                    table.rows().size(), "columns", n);
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < table.rows().size(); i++) {
            CsvTable.Row row = table.rows().get(i);
            String code = row.cell(0);
            if (i < n && !code.equals(codes.get(i))) {
                problems.add(table, row.line(), table.header().get(0), "ahp-row-order", "row " + quote(code) + " where "
                        + quote(codes.get(i)) + " was expected; list the rows in the order of the columns", "row", code,
                        "expected", codes.get(i));
            }
            for (int c = n + 1; c < row.cells().size(); c++) {
                if (!row.cell(c).isEmpty()) {
                    problems.add(table, row.line(), "", "ahp-extra-entries", "more entries than the " + n
                            + " columns of the header", "columns", n);
                    break;
                }
            }
            if (i >= n) continue;
            for (int j = 0; j < n; j++) {
                String text = row.cell(j + 1);
                OptionalDouble v = entry(text);
                if (v.isEmpty()) {
                    problems.add(table, row.line(), codes.get(j), "ahp-not-number", "entry " + quote(text) + " (row "
                            + codes.get(i) + ", column " + codes.get(j) + ") is not a positive number such as 3, 1/3 "
                            + "or 0.5", "entry", text, "row", codes.get(i), "column", codes.get(j));
                } else if (!onSaatyScale(v.getAsDouble())) {
                    problems.add(table, row.line(), codes.get(j), "ahp-off-scale", "entry " + quote(text) + " (row "
                            + codes.get(i) + ", column " + codes.get(j) + ") is outside Saaty's 1–9 scale; use 1 to 9 "
                            + "or 1/2 to 1/9", "entry", text, "row", codes.get(i), "column", codes.get(j));
                } else {
                    a[i][j] = v.getAsDouble();
                }
            }
        }
        if (problemCount(problems) > errors) return Optional.empty();
        for (int i = 0; i < n; i++) {
            int line = table.rows().get(i).line();
            if (Math.abs(a[i][i] - 1) > TOLERANCE) {
                problems.add(table, line, codes.get(i), "ahp-diagonal", "diagonal entry " + codes.get(i) + "/"
                        + codes.get(i) + " is " + a[i][i] + "; it must be 1", "code", codes.get(i), "value", row(table,
                        i, i));
            }
            for (int j = 0; j < i; j++) {
                if (Math.abs(a[i][j] * a[j][i] - 1) > TOLERANCE) {
                    problems.add(table, line, codes.get(j), "ahp-not-reciprocal", codes.get(i) + "/" + codes.get(j) + " = "
                            + row(table, i, j) + " but " + codes.get(j) + "/" + codes.get(i) + " = " + row(table, j, i)
                            + "; the two must multiply to 1 (write 3 and 1/3)", "a", codes.get(i), "b", codes.get(j),
                            "ab", row(table, i, j), "ba", row(table, j, i));
                }
            }
        }
        if (problemCount(problems) > errors) return Optional.empty();
        return Optional.of(new AhpMatrix(parent, codes, a, table.label(), expert));
    }

    /** A Saaty entry: a positive decimal ({@code 3}, {@code 0.5}) or fraction ({@code 1/3}); empty otherwise. */
    static OptionalDouble entry(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        OptionalDouble v;
        if (slash >= 0) {
            OptionalDouble p = TableRules.number(t.substring(0, slash));
            OptionalDouble q = TableRules.number(t.substring(slash + 1));
            if (p.isEmpty() || q.isEmpty() || q.getAsDouble() == 0) return OptionalDouble.empty();
            v = OptionalDouble.of(p.getAsDouble() / q.getAsDouble());
        } else {
            v = TableRules.number(t);
        }
        return v.isPresent() && v.getAsDouble() > 0 && Double.isFinite(v.getAsDouble()) ? v : OptionalDouble.empty();
    }

    /** 1/9 ≤ v ≤ 9, within rounding ({@value #TOLERANCE}). */
    static boolean onSaatyScale(double v) {
        return v >= 1.0 / 9 - TOLERANCE && v <= 9 + TOLERANCE;
    }

    private static String row(CsvTable table, int i, int j) {
        return table.rows().get(i).cell(j + 1);
    }

    private static void checkCodes(String parent, CsvTable table, List<String> codes, List<String> children,
                                   Problems problems) {
        Set<String> seen = new HashSet<>();
        for (String c : codes) {
            if (c.isEmpty()) {
                problems.add(table, table.headerLine(), "", "ahp-blank-column", "a blank column code; the header lists "
                        + "the children's codes");
            } else if (!seen.add(c)) {
                problems.add(table, table.headerLine(), c, "ahp-child-twice", "child " + quote(c)
                        + " appears twice in the header; keep one column", "child", c);
            } else if (!children.contains(c)) {
                problems.add(table, table.headerLine(), c, "ahp-not-a-child", quote(c) + " is not a child of " + parent
                        + "; remove the column or write the code of a child of " + parent, "child", c, "parent",
                        parent);
            }
        }
        Set<String> missing = new LinkedHashSet<>(children);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            problems.add(table, table.headerLine(), "", "ahp-children-missing", "children of " + parent
                    + " missing from the matrix: " + String.join(", ", missing) + "; the matrix compares all of them",
                    "parent", parent, "missing", String.join(", ", missing));
        }
    }

    private static int problemCount(Problems problems) {
        return problems.size();
    }
}
