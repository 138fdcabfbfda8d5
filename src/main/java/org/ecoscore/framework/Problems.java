package org.ecoscore.framework;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading and checking a framework, each "file:line: what is wrong". */
final class Problems {
    private final List<String> list = new ArrayList<>();

    void add(String where, String message) {
        list.add(where.isEmpty() ? message : where + ": " + message);
    }

    void add(CsvTable table, int line, String message) {
        add(table.at(line), message);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<String> all() {
        return List.copyOf(list);
    }
}
