package org.ecoscore.framework;

import java.util.ArrayList;
import java.util.List;
import org.ecoscore.core.Issue;

/** The problems found while reading and checking a framework, in the order found. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

    /** A problem of a file (or folder) as a whole. */
    void add(String file, String code, String message, Object... nameValue) {
        add(file, 0, "", code, message, nameValue);
    }

    /** A problem at a line (row) of a file, about a column ("" for none). */
    void add(String file, int line, String column, String code, String message, Object... nameValue) {
        list.add(new Problem(file, line, column, code, Issue.paramsOf(nameValue), message));
    }

    void add(CsvTable table, int line, String column, String code, String message, Object... nameValue) {
        add(table.label(), line, column, code, message, nameValue);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    /** Each problem as its English line {@code file:line: message}. */
    List<String> all() {
        return list.stream().map(Problem::text).toList();
    }

    List<Problem> list() {
        return List.copyOf(list);
    }
}
