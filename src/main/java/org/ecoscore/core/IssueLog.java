package org.ecoscore.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The run's list of issues, appended to by every stage, in the order they were found. Thread-safe. */
public final class IssueLog {
    private final List<Issue> issues = new ArrayList<>();

    public synchronized void add(Issue issue) {
        issues.add(issue);
    }

    public void add(String file, String sheet, int row, String column, String code, Severity severity,
                    String message) {
        add(new Issue(file, sheet, row, column, code, severity, message));
    }

    /** An issue with the specifics of its message as parameters (see {@link Issue#params()}). */
    public void add(String file, String sheet, int row, String column, String code, Severity severity,
                    String message, java.util.Map<String, String> params) {
        add(new Issue(file, sheet, row, column, code, severity, message, params));
    }

    public synchronized List<Issue> all() {
        return Collections.unmodifiableList(new ArrayList<>(issues));
    }

    public synchronized long count(Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).count();
    }

    public synchronized boolean has(Severity severity) {
        return issues.stream().anyMatch(i -> i.severity() == severity);
    }

    public synchronized int size() {
        return issues.size();
    }

    /** Forgets the issues added after the first {@code size} (those of a file that is then reported unreadable). */
    public synchronized void truncate(int size) {
        if (size < issues.size()) issues.subList(size, issues.size()).clear();
    }
}
