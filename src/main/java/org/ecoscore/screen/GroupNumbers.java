package org.ecoscore.screen;

import java.util.List;
import java.util.TreeSet;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.input.InputFile;
import org.ecoscore.input.ResponseTable;

/**
 * The firms' grouping columns (industry, size, community) that hold option numbers: an export of the choices'
 * numbers (问卷星's 按序号) writes 3 for 制造业, and {@code --by industry} would group the firms by those numbers. A file
 * whose scored rows' values of such a column are all small whole numbers (1 to {@value #MOST}, two rows or more) is
 * warned once per column (group-number); the values are kept as they are.
 */
final class GroupNumbers {
    /** The largest option number taken for one: a single choice has a few dozen options at most. */
    static final int MOST = 40;
    private static final List<MetaRole> ROLES = List.of(MetaRole.INDUSTRY, MetaRole.SIZE, MetaRole.COMMUNITY);

    private GroupNumbers() {
    }

    static void warn(ResponseTable table, int[] scored, IssueLog issues) {
        if (table.level() != Level.FIRM) return;
        int files = table.files().size();
        for (MetaRole role : ROLES) {
            int[] filled = new int[files];
            boolean[] other = new boolean[files];
            List<TreeSet<Integer>> seen = new java.util.ArrayList<>();
            for (int f = 0; f < files; f++) seen.add(new TreeSet<>());
            for (int r : scored) {
                String v = table.meta(role, r);
                if (v == null || v.isBlank()) continue;
                int f = table.fileIndex(r);
                filled[f]++;
                int n = optionNumber(v);
                if (n < 0) other[f] = true;
                else seen.get(f).add(n);
            }
            for (int f = 0; f < files; f++) {
                if (filled[f] < 2 || other[f]) continue;
                InputFile file = table.files().get(f);
                String examples = String.join(", ", seen.get(f).stream().limit(5).map(String::valueOf).toList());
                issues.add(file.display(), file.sheet(), 0, "", "group-number", Severity.WARNING,
                        "The " + role.id() + " column holds only option numbers (" + examples + "), as an export of"
                                + " the choices' numbers (问卷星's 按序号) writes them: --by " + role.id() + " and the Firms"
                                + " sheet show these numbers, not the " + role.id() + " names. Export the survey 按文本"
                                + " (by the answers' text), or write the names in the column.",
                        Issue.paramsOf("role", role.id(), "column", chinese(role), "examples", examples));
            }
        }
    }

    /** The column's name in the Chinese message. */
    private static String chinese(MetaRole role) {
        return switch (role) {
            case INDUSTRY -> "行业";
            case SIZE -> "企业规模";
            default -> "创新群落";
        };
    }

    /** The option number a value is (1 to MOST, digits only after NFKC), or -1. */
    static int optionNumber(String value) {
        String t = value.strip();
        char first = t.isEmpty() ? ' ' : t.charAt(0);
        if (!(first >= '0' && first <= '9') && !(first >= '０' && first <= '９')) return -1; // a name: no NFKC needed
        if (!RegionCanonicaliser.isNumber(value)) return -1;
        int n = Integer.parseInt(org.ecoscore.core.Text.nfkcTrim(value));
        return n >= 1 && n <= MOST ? n : -1;
    }
}
