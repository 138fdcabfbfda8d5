package org.ecoscore.framework;

/**
 * A row of framework.csv: an inner node of the indicator tree.
 *
 * @param parent code of the parent node, "" for the root
 * @param weight &gt; 0, relative to siblings (blank in the file = 1)
 * @param role   "" or {@code subsystem1} / {@code subsystem2}
 * @param line   1-based line (row) in framework.csv, for messages
 */
public record Node(String code, String parent, String nameZh, String nameEn, double weight,
                   Aggregation aggregation, String role, int line) {

    public boolean isRoot() {
        return parent.isEmpty();
    }

    /** Name in the report language ({@code en} → name_en, falling back to name_zh, and vice versa). */
    public String name(boolean english) {
        String n = english ? nameEn : nameZh;
        return n == null || n.isBlank() ? (english ? nameZh : nameEn) : n;
    }
}
