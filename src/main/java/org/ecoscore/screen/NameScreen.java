package org.ecoscore.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecoscore.core.Issue;
import org.ecoscore.core.Text;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.input.ResponseTable;

/**
 * Rows without an id that share their name with another row of the level (问卷星 double submissions: a tap on 提交
 * twice, the credit code left blank). Duplicates proper are by id (SPEC §3, {@link DuplicateScreen}); an id-less
 * row has its own {@code FILE#ROW} id, so it would be scored as a firm of its own. Each such row gets a
 * {@code duplicate-name} warning naming the other row:
 * <ul>
 * <li>when its answers are identical to those of another row of the name still in (one with an id, or an id-less
 * one before it), it is that row's second submission and is excluded, the other kept;</li>
 * <li>otherwise both are scored (a name alone does not make two rows one firm), and the warning says in how many
 * answers they differ.</li>
 * </ul>
 * Runs after the id duplicates, before coverage; only when some row has no id.
 */
final class NameScreen {
    static final String CODE = "duplicate-name";

    private NameScreen() {
    }

    static void apply(ResponseTable table, IdColumn ids, String[] exclusion, RowIssues issues) {
        int n = table.rows();
        Set<String> idless = new HashSet<>();
        String[] names = new String[n];
        for (int r = 0; r < n; r++) {
            if (ids.keys()[r] != null || exclusion[r] != null) continue;
            String name = key(table, r);
            if (name != null) idless.add(name);
        }
        if (idless.isEmpty()) return;
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int r = 0; r < n; r++) {
            String name = key(table, r);
            if (name == null || !idless.contains(name)) continue;
            names[r] = name;
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(r);
        }
        String level = table.level().id();
        for (int r = 0; r < n; r++) {
            if (names[r] == null || ids.keys()[r] != null || exclusion[r] != null) continue;
            List<Integer> same = byName.get(names[r]);
            if (same.size() < 2) continue;
            String name = table.meta(MetaRole.NAME, r).strip();
            int copyOf = -1;
            int other = -1;
            int excludedOther = -1;
            boolean laterCopy = false;
            for (int o : same) {
                if (o == r) continue;
                if (exclusion[o] != null) {
                    if (excludedOther < 0) excludedOther = o;
                    continue;
                }
                if (other < 0) other = o;
                if (!AnswerDifferences.between(table, r, o).identical()) continue;
                if (ids.keys()[o] != null || o < r) {
                    copyOf = o;
                    break;
                }
                laterCopy = true;
            }
            // an id-less copy further down names this row when it is excluded
            if (copyOf < 0 && laterCopy) continue;
            if (other < 0) other = excludedOther;
            if (copyOf >= 0) {
                String kept = issues.describe(copyOf, r);
                exclusion[r] = CODE;
                issues.warn(r, CODE, "This " + level + " has no id and the same name '" + name + "' as " + kept
                        + ", and its answers are identical: it is taken for a second submission of the same " + level
                        + " and excluded (" + kept + " is kept). Delete the copy from the file, or fill in both ids if"
                        + " they are different.",
                        Issue.paramsOf("form", "identical", "level", level, "name", name, "other", kept));
                continue;
            }
            String row = issues.describe(other, r);
            String differ = AnswerDifferences.between(table, r, other).english();
            issues.warn(r, CODE, "This " + level + " has no id and the same name '" + name + "' as " + row
                    + ", but they differ in " + differ + ": both rows are scored. If they are the same " + level
                    + ", delete one copy (or fill in its id in both, so that --duplicates keeps one); if they are"
                    + " different, give each its own id.",
                    Issue.paramsOf("form", "differ", "level", level, "name", name, "other", row, "differ", differ));
        }
    }

    /** The row's name as compared (normalised), null when blank. */
    private static String key(ResponseTable table, int r) {
        String name = RegionCanonicaliser.blankToNull(table.meta(MetaRole.NAME, r));
        return name == null ? null : Text.normalise(name);
    }
}
