package org.ecoscore.framework;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Doubts about a valid framework that do not refuse it, the same ones {@code indicators/check_framework.py}
 * prints as warnings: a question text missing in one language, a question text holding a separator the
 * sub-question header patterns split on ({@code " - "} {@code —} {@code :} {@code ：}, SPEC §2), a named scale
 * with gaps between its values, a metadata role without aliases.
 */
public final class FrameworkWarnings {
    /** The separators of SPEC §2's sub-question headers ({@code stem - X}, {@code stem—X}, {@code stem:X}). */
    static final List<String> RISKY = List.of(" - ", "—", ":", "：");

    private FrameworkWarnings() {
    }

    /**
     * @param questionsLabel how messages name questions.csv ({@code questions.csv}, {@code fw.xlsx[questions]})
     * @param scalesLabel    how they name scales.csv
     * @param metaLabel      how they name meta.csv
     * @return each warning, in file order (its {@link Problem#text()} is {@code file:line: what})
     */
    public static List<Problem> problems(Framework fw, String questionsLabel, String scalesLabel, String metaLabel) {
        Problems out = new Problems();
        for (Question q : fw.questions()) {
            for (String[] t : new String[][] {{"text_zh", q.textZh()}, {"text_en", q.textEn()}}) {
                String text = t[1] == null ? "" : t[1].strip();
                if (text.isEmpty()) {
                    out.add(questionsLabel, q.line(), t[0], "text-empty", t[0] + " is empty; write the question "
                            + "as asked (reports in that language show the other text)", "column", t[0]);
                    continue;
                }
                for (String s : RISKY) {
                    if (text.contains(s)) {
                        out.add(questionsLabel, q.line(), t[0], "text-separator", t[0] + " holds \"" + s + "\", which "
                                + "a sub-question header pattern splits on; a header \"stem" + s + "X\" matches the "
                                + "question whose text is X", "column", t[0], "separator", s);
                    }
                }
            }
        }
        for (Map.Entry<String, Scale> e : new java.util.TreeMap<>(fw.scales()).entrySet()) {
            TreeSet<Integer> values = new TreeSet<>(e.getValue().labelsByValue().keySet());
            if (values.size() != values.last() - values.first() + 1) {
                out.add(scalesLabel, "scale-gaps", "scale " + e.getKey() + " has gaps: " + values + " (it runs from "
                        + values.first() + " to " + values.last() + "; is a value missing?)", "scale", e.getKey(),
                        "values", values, "first", values.first(), "last", values.last());
            }
        }
        boolean panel = !fw.questionsOf(org.ecoscore.core.Level.EXPERT).isEmpty();
        boolean onlyPanel = panel && fw.questionsOf(org.ecoscore.core.Level.EXPERT).size() == fw.questions().size();
        for (MetaRole r : MetaRole.values()) {
            boolean panelRole = r == MetaRole.CASE || r == MetaRole.RATER;
            boolean timing = r == MetaRole.SUBMITTED || r == MetaRole.DURATION;
            // an expert framework's rows have a case and a rater, not a firm's id, name or region (and vice versa)
            if (panelRole ? !panel : !timing && onlyPanel) continue;
            if (fw.metaAliases(r).isEmpty()) {
                out.add(metaLabel, "meta-no-aliases", "no aliases for role " + r.id() + " (a column for it cannot be "
                        + "recognised)", "role", r.id());
            }
        }
        return out.list();
    }

    /** The warnings' English lines {@code file:line: what}, in file order. */
    public static List<String> of(Framework fw, String questionsLabel, String scalesLabel, String metaLabel) {
        return problems(fw, questionsLabel, scalesLabel, metaLabel).stream().map(Problem::text).toList();
    }

    /** As {@link #of(Framework, String, String, String)} for a framework read from a folder of CSV files. */
    public static List<String> of(Framework fw) {
        return problems(fw).stream().map(Problem::text).toList();
    }

    /** As {@link #problems(Framework, String, String, String)} named as the framework's files are. */
    public static List<Problem> problems(Framework fw) {
        boolean xlsx = fw.location().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        String book = xlsx ? java.nio.file.Path.of(fw.location()).getFileName().toString() : "";
        return problems(fw, xlsx ? book + "[questions]" : "questions.csv", xlsx ? book + "[scales]" : "scales.csv",
                xlsx ? book + "[meta]" : "meta.csv");
    }
}
