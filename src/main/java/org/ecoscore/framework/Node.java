package org.ecoscore.framework;

/**
 * A row of framework.csv: an inner node of the indicator tree.
 *
 * @param parent code of the parent node, "" for the root
 * @param weight &gt; 0, relative to siblings (blank in the file = 1)
 * @param role     "" or {@code subsystem1} / {@code subsystem2}
 * @param adviceZh optional column {@code advice_zh}: what the framework advises where this node holds a unit
 *                 back ("" = none)
 * @param adviceEn optional column {@code advice_en}, likewise
 * @param line     1-based line (row) in framework.csv, for messages
 */
public record Node(String code, String parent, String nameZh, String nameEn, double weight,
                   Aggregation aggregation, String role, String adviceZh, String adviceEn, int line) {

    public Node {
        adviceZh = adviceZh == null ? "" : adviceZh;
        adviceEn = adviceEn == null ? "" : adviceEn;
    }

    /** A node without advice. */
    public Node(String code, String parent, String nameZh, String nameEn, double weight, Aggregation aggregation,
                String role, int line) {
        this(code, parent, nameZh, nameEn, weight, aggregation, role, "", "", line);
    }

    /** Advice in the report language, falling back to the other language; "" when the node has none. */
    public String advice(boolean english) {
        String a = english ? adviceEn : adviceZh;
        return a.isBlank() ? (english ? adviceZh : adviceEn) : a;
    }

    public boolean isRoot() {
        return parent.isEmpty();
    }

    /** Name in the report language ({@code en} → name_en, falling back to name_zh, and vice versa). */
    public String name(boolean english) {
        String n = english ? nameEn : nameZh;
        return n == null || n.isBlank() ? (english ? nameZh : nameEn) : n;
    }
}
