package org.ecoscore.framework;

import static org.ecoscore.framework.TableRules.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecoscore.core.Level;

/**
 * Reads framework.csv and questions.csv into {@link Node}s and {@link Question}s and checks the rules of
 * SPEC §1: codes ({@value #CODE}, unique over nodes and questions), exactly one root, known parents (a
 * question's parent a node), no cycle, weights &gt; 0, aggregation, roles (subsystem1 and subsystem2 both or
 * neither, at most one each), source, scale, goalposts, transform, and a question beneath every node.
 *
 * <p>Multi-select (docs/framework-format.md): {@code select} blank/{@code single}/{@code multi}; multi needs a
 * named scale without negative values; its goalposts (on the count of options chosen) must be ≥ 0; no
 * transform. {@code option} only on yesno questions.
 *
 * <p>Chosen where SPEC §1 is silent: goalposts of a {@code log} question must be ≥ 0 (a negative answer is
 * invalid under log, so a negative goalpost could never be reached); {@code reverse} accepts only
 * true/false/blank.
 */
final class FrameworkChecker {
    static final String CODE = "[A-Za-z][A-Za-z0-9_.-]*";
    private static final Pattern CODE_PATTERN = Pattern.compile(CODE);

    /** The checked rows (meaningful only when no problem was recorded). */
    record Tree(List<Node> nodes, List<Question> questions) {
    }

    private final Problems problems;
    /** code → where it was first defined ("framework.csv:3"). */
    private final Map<String, String> definedAt = new HashMap<>();
    /** false when framework.csv could not be read: questions' parents are then not checked. */
    private boolean parentsKnown = true;

    private FrameworkChecker(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param questions   questions.csv, {@code null} when missing (already reported)
     * @param scales      the named scales read
     * @param scalesLabel how messages name scales.csv, {@code null} when the framework has none
     */
    static Tree check(CsvTable framework, CsvTable questions, Map<String, Scale> scales, String scalesLabel,
                      Problems problems) {
        FrameworkChecker c = new FrameworkChecker(problems);
        List<Node> nodes = framework == null ? List.of() : c.nodes(framework);
        Map<String, Node> byCode = new LinkedHashMap<>();
        for (Node n : nodes) byCode.putIfAbsent(n.code(), n);
        boolean nodesUsable = framework != null && framework.has("code") && framework.has("parent");
        c.parentsKnown = nodesUsable;
        List<Question> qs = questions == null ? List.of() : c.questions(questions, byCode, scales, scalesLabel);
        boolean questionsUsable = questions != null && questions.has("code") && questions.has("parent")
                && questions.has("source") && questions.has("scale");
        if (nodesUsable) {
            c.checkTree(framework, byCode, qs, questionsUsable);
            c.checkRoles(framework, byCode);
        }
        return new Tree(nodes, qs);
    }

    /** Each node's children codes in tree order: child nodes in framework.csv order, then questions. */
    static Map<String, List<String>> children(List<Node> nodes, List<Question> questions) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Node n : nodes) out.putIfAbsent(n.code(), new ArrayList<>());
        for (Node n : nodes) if (!n.isRoot() && out.containsKey(n.parent())) out.get(n.parent()).add(n.code());
        for (Question q : questions) if (out.containsKey(q.parent())) out.get(q.parent()).add(q.code());
        return out;
    }

    private List<Node> nodes(CsvTable t) {
        List<Node> out = new ArrayList<>();
        if (!TableRules.requireColumns(t, problems, "code", "parent")) return out;
        for (CsvTable.Row row : t.rows()) {
            String code = code(t, row);
            if (code == null) continue;
            double weight = TableRules.weight(t, row, problems);
            String agg = t.cell(row, "aggregation");
            Aggregation aggregation = Aggregation.ARITHMETIC;
            if (agg.equalsIgnoreCase("geometric")) {
                aggregation = Aggregation.GEOMETRIC;
            } else if (!agg.isEmpty() && !agg.equalsIgnoreCase("arithmetic")) {
                problems.add(t, row.line(), "aggregation", "aggregation-unknown", "aggregation " + quote(agg)
                        + " is neither arithmetic nor geometric; write one of them or leave it blank for arithmetic",
                        "value", agg);
            }
            String role = t.cell(row, "role").toLowerCase(Locale.ROOT);
            if (!role.isEmpty() && !role.equals("subsystem1") && !role.equals("subsystem2")) {
                problems.add(t, row.line(), "role", "role-unknown", "role " + quote(t.cell(row, "role"))
                        + " is not subsystem1 or subsystem2; leave it blank for other nodes", "value",
                        t.cell(row, "role"));
                role = "";
            }
            out.add(new Node(code, t.cell(row, "parent"), t.cell(row, "name_zh"), t.cell(row, "name_en"), weight,
                    aggregation, role, t.cell(row, "advice_zh"), t.cell(row, "advice_en"), row.line()));
        }
        return out;
    }

    private List<Question> questions(CsvTable t, Map<String, Node> nodes, Map<String, Scale> scales,
                                     String scalesLabel) {
        List<Question> out = new ArrayList<>();
        if (!TableRules.requireColumns(t, problems, "code", "parent", "source", "scale")) return out;
        for (CsvTable.Row row : t.rows()) {
            String code = code(t, row);
            if (code == null) continue;
            int line = row.line();
            String parent = t.cell(row, "parent");
            if (parent.isEmpty()) {
                problems.add(t, line, "parent", "question-parent-blank", "parent is blank; a question's parent must be a "
                        + "node of framework.csv");
            } else if (parentsKnown && !nodes.containsKey(parent)) {
                problems.add(t, line, "parent", definedAt.containsKey(parent) ? "question-parent-is-question"
                        : "parent-unknown", definedAt.containsKey(parent) ? "parent " + quote(parent)
                        + " is a question; a question's parent must be a node" : "unknown parent " + quote(parent)
                        + "; write the code of a node of framework.csv", "parent", parent);
            }
            String src = t.cell(row, "source");
            Level source = Level.FIRM;
            if (src.equalsIgnoreCase("region")) {
                source = Level.REGION;
            } else if (src.equalsIgnoreCase("expert")) {
                source = Level.EXPERT;
            } else if (!src.equalsIgnoreCase("firm")) {
                problems.add(t, line, "source", "source-unknown", "source " + quote(src)
                        + " is neither firm, region nor expert; write one of them", "value", src);
            }
            String scaleName = t.cell(row, "scale");
            ScaleKind kind = kind(scaleName);
            Scale scale = null;
            // an unknown scale is said once: the checks that depend on the question's kind are left out
            boolean unknownScale = false;
            if (kind == null) {
                scale = scales.get(scaleName);
                kind = ScaleKind.NAMED;
                unknownScale = scale == null;
                if (scale == null) {
                    problems.add(t, line, "scale", scalesLabel == null ? "scale-unknown-no-scales" : "scale-unknown",
                            "unknown scale " + quote(scaleName) + "; use number, percent, yesno or "
                            + (scalesLabel == null ? "a scale of scales.csv (there is no scales.csv)"
                            : "a scale named in " + scalesLabel), "scale", scaleName, "scales", scalesLabel);
                }
            }
            String select = t.cell(row, "select");
            if (select.equalsIgnoreCase("multi")) {
                if (kind == ScaleKind.NAMED) {
                    kind = ScaleKind.MULTI;
                    if (scale != null) checkOptions(t, line, scale);
                } else {
                    problems.add(t, line, "scale", "multi-needs-scale", "select multi needs a scale of scales.csv listing "
                            + "the options (value = option number, label = option text), not " + quote(scaleName),
                            "scale", scaleName);
                }
            } else if (!select.isEmpty() && !select.equalsIgnoreCase("single")) {
                problems.add(t, line, "select", "select-unknown", "select " + quote(select) + " is neither single nor "
                        + "multi; leave it blank for an ordinary question", "value", select);
            }
            String option = t.cell(row, "option");
            if (!option.isEmpty() && kind != ScaleKind.YESNO && !unknownScale) {
                problems.add(t, line, "option", "option-not-yesno", "option " + quote(option) + " is only for yesno "
                        + "questions (a yes/no question standing for one option of a multi-select question); leave it "
                        + "blank", "value", option);
                option = "";
            }
            boolean numeric = kind == ScaleKind.NUMBER || kind == ScaleKind.PERCENT;
            boolean reverse = bool(t, row, "reverse");
            double[] goalposts = goalposts(t, row, numeric || kind == ScaleKind.MULTI || unknownScale);
            String transform = t.cell(row, "transform");
            boolean log = transform.equalsIgnoreCase("log");
            if (!transform.isEmpty() && !log) {
                problems.add(t, line, "transform", "transform-unknown", "transform " + quote(transform)
                        + " is not log; leave it blank for none", "value", transform);
            } else if (log && !numeric && !unknownScale) {
                problems.add(t, line, "transform", "transform-log-kind", "transform log is only for number and percent "
                        + "questions; leave it blank here");
            } else if (kind == ScaleKind.MULTI && goalposts[0] < 0) {
                problems.add(t, line, "min", "multi-goalposts-negative", "the goalposts of a multi-select question count "
                        + "options chosen; they must be >= 0");
            } else if (log && (goalposts[0] < 0 || goalposts[1] < 0)) {
                problems.add(t, line, "min", "log-goalposts-negative", "with transform log the goalposts must be >= 0 "
                        + "(a negative answer is invalid)");
            }
            double weight = TableRules.weight(t, row, problems);
            out.add(new Question(code, parent, source, scaleName, kind, scale, reverse, goalposts[0], goalposts[1],
                    log, weight, t.cell(row, "text_zh"), t.cell(row, "text_en"),
                    TableRules.aliases(t.cell(row, "aliases")), line, option));
        }
        return out;
    }

    /** The options of a multi-select question: option numbers, so no negative value. */
    private void checkOptions(CsvTable t, int line, Scale scale) {
        if (scale.min() < 0) {
            problems.add(t, line, "scale", "multi-scale-negative", "scale " + quote(scale.name()) + " has the value "
                    + scale.min() + "; the options of a multi-select question are numbered 1, 2, … (0 = none of "
                    + "these), never negative", "scale", scale.name(), "value", scale.min());
        }
    }

    private static ScaleKind kind(String scaleName) {
        switch (scaleName.toLowerCase(Locale.ROOT)) {
            case "number":
                return ScaleKind.NUMBER;
            case "percent":
                return ScaleKind.PERCENT;
            case "yesno":
                return ScaleKind.YESNO;
            default:
                return null;
        }
    }

    /** The code of a row, checked for pattern and uniqueness; null when blank. */
    private String code(CsvTable t, CsvTable.Row row) {
        String code = t.cell(row, "code");
        if (code.isEmpty()) {
            problems.add(t, row.line(), "code", "code-blank", "code is blank; every row needs a code");
            return null;
        }
        if (!CODE_PATTERN.matcher(code).matches()) {
            problems.add(t, row.line(), "code", "code-invalid", "code " + quote(code) + " is not valid: it must start "
                    + "with a letter and hold only letters, digits, _ . -", "code", code);
        }
        String first = definedAt.putIfAbsent(code, t.at(row.line()));
        if (first != null) {
            problems.add(t, row.line(), "code", "code-duplicate", "duplicate code " + quote(code) + " (first on "
                    + first + "); codes are unique over nodes and questions", "code", code, "first", first);
            return null;
        }
        return code;
    }

    private boolean bool(CsvTable t, CsvTable.Row row, String column) {
        String v = t.cell(row, column);
        if (v.isEmpty() || v.equalsIgnoreCase("false")) return false;
        if (v.equalsIgnoreCase("true")) return true;
        problems.add(t, row.line(), column, "not-true-false", column + " " + quote(v) + " is not true or false; "
                + "write true or false, or leave it blank for false", "column", column, "value", v);
        return false;
    }

    /** {min, max}, NaN where absent or wrong. */
    private double[] goalposts(CsvTable t, CsvTable.Row row, boolean numeric) {
        String min = t.cell(row, "min");
        String max = t.cell(row, "max");
        double[] out = {Double.NaN, Double.NaN};
        if (min.isEmpty() && max.isEmpty()) return out;
        int line = row.line();
        if (!numeric) {
            problems.add(t, line, "min", "goalposts-kind", "min/max goalposts are only for number, percent and "
                    + "multi-select questions; leave them blank here");
            return out;
        }
        if (min.isEmpty() || max.isEmpty()) {
            problems.add(t, line, min.isEmpty() ? "min" : "max", "goalposts-half", (min.isEmpty() ? "max without min"
                    : "min without max") + "; give both goalposts or neither", "given", min.isEmpty() ? "max" : "min",
                    "missing", min.isEmpty() ? "min" : "max");
            return out;
        }
        OptionalDouble lo = TableRules.number(min);
        OptionalDouble hi = TableRules.number(max);
        if (lo.isEmpty()) problems.add(t, line, "min", "goalpost-not-number", "min " + quote(min)
                + " is not a number; write a number such as 0", "bound", "min", "value", min);
        if (hi.isEmpty()) problems.add(t, line, "max", "goalpost-not-number", "max " + quote(max)
                + " is not a number; write a number such as 100", "bound", "max", "value", max);
        if (lo.isEmpty() || hi.isEmpty()) return out;
        if (lo.getAsDouble() >= hi.getAsDouble()) {
            problems.add(t, line, "min", "goalposts-order", "min " + min + " is not below max " + max
                    + "; min must be smaller than max", "min", min, "max", max);
            return out;
        }
        out[0] = lo.getAsDouble();
        out[1] = hi.getAsDouble();
        return out;
    }

    private void checkTree(CsvTable t, Map<String, Node> nodes, List<Question> questions, boolean questionsUsable) {
        Node root = null;
        for (Node n : nodes.values()) {
            if (n.isRoot()) {
                if (root == null) {
                    root = n;
                } else {
                    problems.add(t, n.line(), "parent", "root-second", "a second root " + quote(n.code())
                            + " (the root is " + quote(root.code()) + " on line " + root.line() + "); give it a parent",
                            "code", n.code(), "root", root.code(), "rootLine", root.line());
                }
            } else if (!nodes.containsKey(n.parent())) {
                problems.add(t, n.line(), "parent", definedAt.containsKey(n.parent()) ? "node-parent-is-question"
                        : "parent-unknown", definedAt.containsKey(n.parent()) ? "parent " + quote(n.parent())
                        + " is a question; a node's parent must be a node" : "unknown parent " + quote(n.parent())
                        + "; write the code of a node of framework.csv", "parent", n.parent());
            }
        }
        if (root == null && !nodes.isEmpty()) {
            problems.add(t, t.headerLine(), "", "no-root", "no root: exactly one node must have an empty parent");
        } else if (nodes.isEmpty()) {
            problems.add(t, t.headerLine(), "", "no-nodes", "no nodes; the framework needs at least a root");
        }
        Set<String> inCycle = new HashSet<>();
        for (Node n : nodes.values()) {
            if (inCycle.contains(n.code())) continue;
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            Node cur = n;
            while (cur != null && !cur.isRoot() && onPath.add(cur.code())) {
                path.add(cur.code());
                cur = nodes.get(cur.parent());
            }
            if (cur != null && !cur.isRoot() && !inCycle.contains(cur.code())) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(cur.code()), path.size()));
                inCycle.addAll(cycle);
                Node first = cycle.stream().map(nodes::get).min((a, b) -> Integer.compare(a.line(), b.line()))
                        .orElseThrow();
                int start = cycle.indexOf(first.code());
                List<String> shown = new ArrayList<>();
                for (int i = 0; i <= cycle.size(); i++) shown.add(cycle.get((start + i) % cycle.size()));
                problems.add(t, first.line(), "parent", "cycle", "cycle " + String.join(" → ", shown)
                        + " (each node's parent); one of them must lead up to the root", "cycle",
                        String.join(" → ", shown));
            }
        }
        Set<String> withQuestion = new LinkedHashSet<>();
        for (Question q : questions) {
            String p = q.parent();
            while (nodes.containsKey(p) && withQuestion.add(p)) p = nodes.get(p).parent();
        }
        for (Node n : nodes.values()) {
            if (questionsUsable && !withQuestion.contains(n.code()) && !inCycle.contains(n.code())) {
                problems.add(t, n.line(), "", "node-no-question", "node " + quote(n.code()) + " has no question beneath "
                        + "it; add a question under it or remove it", "code", n.code());
            }
        }
    }

    private void checkRoles(CsvTable t, Map<String, Node> nodes) {
        Map<String, Node> byRole = new HashMap<>();
        for (Node n : nodes.values()) {
            if (n.role().isEmpty()) continue;
            Node first = byRole.putIfAbsent(n.role(), n);
            if (first != null) {
                problems.add(t, n.line(), "role", "role-twice", "a second node with role " + n.role() + " ("
                        + quote(first.code()) + " on line " + first.line() + " has it); at most one node per role",
                        "role", n.role(), "first", first.code(), "firstLine", first.line());
            }
        }
        for (String[] pair : new String[][] {{"subsystem1", "subsystem2"}, {"subsystem2", "subsystem1"}}) {
            Node n = byRole.get(pair[0]);
            if (n != null && !byRole.containsKey(pair[1])) {
                problems.add(t, n.line(), "role", "role-unpaired", "role " + pair[0] + " is set but no node has role "
                        + pair[1] + "; set both or neither", "role", pair[0], "other", pair[1]);
            }
        }
    }
}
