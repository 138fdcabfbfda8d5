package org.ecoscore.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What defines the scores of each item present at a level — the tree, framework weights, aggregation,
 * and per question its source, scale (and its value range), reverse flag, goalposts and transform — as text
 * rows (items.csv, and the Method sheet's "framework in force" table). Two runs whose rows for a node's
 * subtree agree score that node on the same definition, which is what a comparison over time needs
 * (SPEC §7); the rows carry no display names, so renaming a node or rewording a question does not count.
 */
public final class ItemDefinitions {
    /** The columns of items.csv. */
    public static final List<String> COLUMNS = List.of("level", "code", "parent", "type", "weight", "aggregation",
            "source", "scale", "scale_min", "scale_max", "reverse", "min", "max", "transform");

    private ItemDefinitions() {
    }

    /** One row per item present at the level, in the level tree's order (nodes and questions). */
    public static List<String[]> rows(LevelTree tree) {
        List<String[]> out = new ArrayList<>();
        for (TreeItem it : tree.items()) out.add(row(tree, it));
        return out;
    }

    static String[] row(LevelTree tree, TreeItem it) {
        String parent = it.parent() < 0 ? "" : tree.item(it.parent()).code();
        String level = tree.level().id();
        if (!it.isQuestion()) {
            Node n = it.node();
            return new String[] {level, it.code(), parent, "node", number(n.weight()), n.aggregation().id(), "", "",
                "", "", "", "", "", ""};
        }
        Question q = it.question();
        boolean named = q.scale() != null;
        return new String[] {level, it.code(), parent, "question", number(q.weight()), "", q.source().id(),
            q.scaleName() == null ? q.kind().name().toLowerCase(Locale.ROOT) : q.scaleName(),
            named ? Integer.toString(q.scale().min()) : "", named ? Integer.toString(q.scale().max()) : "",
            Boolean.toString(q.reverse()), q.hasGoalposts() ? number(q.min()) : "",
            q.hasGoalposts() ? number(q.max()) : "", q.log() ? "log" : ""};
    }

    /** A number as the shortest text that reads back to it (integers without ".0"). */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return org.ecoscore.core.ShortestDecimal.of(d);
    }
}
