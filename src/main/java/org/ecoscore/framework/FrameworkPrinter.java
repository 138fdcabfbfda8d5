package org.ecoscore.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.ecoscore.core.Level;

/**
 * The framework's tree as text for the {@code framework} command (SPEC §6): one line per node or question,
 * indented by depth, {@code CODE name  w=local (eff=effective)}, where local is the framework weight
 * normalised among its siblings at the region level (all questions present) and effective the product of
 * the local weights down from the root. Nodes show a non-default aggregation and their role; questions
 * their source and scale (and reverse, log; {@code multi} with its goalposts on the count chosen, or
 * {@code option=…} for a yes/no question standing for one option). Declared missing answers (missing.csv)
 * follow the tree on one line.
 */
public final class FrameworkPrinter {
    private FrameworkPrinter() {
    }

    public static String print(Framework framework, boolean english) {
        LevelTree tree = framework.tree(Level.REGION);
        StringBuilder sb = new StringBuilder();
        if (tree.root() >= 0) print(tree, tree.root(), 1.0, 1.0, 0, english, sb);
        LevelTree panel = framework.tree(Level.EXPERT); // an expert panel's questions form a tree of their own
        if (panel.root() >= 0) print(panel, panel.root(), 1.0, 1.0, 0, english, sb);
        if (!framework.missingAnswers().isEmpty()) {
            List<String> answers = new ArrayList<>();
            for (MissingAnswer m : framework.missingAnswers()) {
                answers.add(m.meaning().isEmpty() ? m.answer() : m.answer() + " (" + m.meaning() + ")");
            }
            sb.append(english ? "declared missing: " : "声明缺失答案: ").append(String.join(", ", answers)).append('\n');
        }
        return sb.toString();
    }

    private static void print(LevelTree tree, int index, double local, double effective, int depth, boolean english,
                              StringBuilder sb) {
        TreeItem item = tree.item(index);
        sb.append("  ".repeat(depth)).append(item.code()).append(' ');
        sb.append(item.isQuestion() ? item.question().text(english) : item.node().name(english));
        sb.append("  w=").append(number(local)).append(" (eff=").append(number(effective)).append(')');
        List<String> marks = new ArrayList<>();
        if (item.isQuestion()) {
            Question q = item.question();
            marks.add(q.source().id());
            marks.add(q.scaleName());
            if (q.reverse()) marks.add("reverse");
            if (q.log()) marks.add("log");
            if (q.isMulti()) {
                marks.add(q.hasGoalposts() ? "multi " + number(q.min()) + "–" + number(q.max()) + " chosen" : "multi");
            }
            if (q.isOption()) marks.add("option=" + q.option());
        } else {
            if (item.node().aggregation() != Aggregation.ARITHMETIC) marks.add(item.node().aggregation().id());
            if (!item.node().role().isEmpty()) marks.add(item.node().role());
        }
        if (!marks.isEmpty()) sb.append("  [").append(String.join(", ", marks)).append(']');
        sb.append('\n');
        double sum = 0;
        for (int c : item.children()) sum += tree.item(c).weight();
        for (int c : item.children()) {
            double w = tree.item(c).weight() / sum;
            print(tree, c, w, effective * w, depth + 1, english, sb);
        }
    }

    /** At most four decimals, trailing zeros dropped: 0.6667, 0.25, 1. */
    static String number(double x) {
        return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
