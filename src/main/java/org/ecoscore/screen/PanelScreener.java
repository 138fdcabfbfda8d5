package org.ecoscore.screen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Options;
import org.ecoscore.core.Text;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Scale;
import org.ecoscore.input.ResponseTable;

/**
 * SPEC §8 screening of an expert panel (one row = one rater × one case), in this order: a row without a case
 * ({@code no-case}) or without a rater ({@code no-rater}) is excluded; with a case list (the framework's named
 * scale {@code cases}) a case not in it is excluded ({@code unknown-case}); a rater who rated one case twice is
 * a duplicate under {@code --duplicates} ({@code duplicate-id}); then coverage and flags as for any level.
 */
public final class PanelScreener {
    /** The named scale of scales.csv that lists an expert framework's cases. */
    public static final String CASES_SCALE = "cases";

    private PanelScreener() {
    }

    public static PanelScreened screen(ResponseTable table, Framework framework, Options options, IssueLog issues) {
        RowIssues rowIssues = new RowIssues(table, issues);
        int n = table.rows();
        Scale list = framework.scales().get(CASES_SCALE);
        boolean english = options.lang() == Options.Lang.EN;
        String[] exclusion = new String[n];
        String[] caseName = new String[n];
        String[] rater = new String[n];
        String[] ids = new String[n];
        String[] keys = new String[n];
        Map<Integer, String> listed = new TreeMap<>();
        for (int r = 0; r < n; r++) {
            String c = table.meta(MetaRole.CASE, r);
            String who = table.meta(MetaRole.RATER, r);
            rater[r] = who;
            if (c == null) {
                exclusion[r] = "no-case";
                rowIssues.warn(r, "no-case", "This expert row names no case (the case column is blank or absent),"
                        + " so it cannot count for any case and is excluded. Fill in the case the expert rated.",
                        Issue.paramsOf());
                continue;
            }
            String caseKey = Text.normalise(c);
            if (list != null) {
                Integer v = list.valueByLabel().get(caseKey);
                if (v == null) {
                    exclusion[r] = "unknown-case";
                    rowIssues.warn(r, "unknown-case", "The case '" + c + "' is not in the framework's case list"
                            + " (scale cases of scales.csv: " + String.join(", ", displayNames(list, english))
                            + "), so the row is excluded. Write one of those cases, or add it to the case list.",
                            Issue.paramsOf("case", c, "cases", String.join(", ", displayNames(list, english))));
                    continue;
                }
                c = display(list, v, english);
                caseKey = "#" + v;
                listed.put(v, c);
            }
            caseName[r] = c;
            if (who == null) {
                exclusion[r] = "no-rater";
                rowIssues.warn(r, "no-rater", "This expert row for the case '" + c + "' names no rater (the rater"
                        + " column is blank or absent), so its agreement with the other raters cannot be measured"
                        + " and it is excluded. Fill in who rated the case (a name or a code such as E01).",
                        Issue.paramsOf("case", c));
                continue;
            }
            ids[r] = who + " × " + c;
            keys[r] = Text.normalise(who) + "\u0000" + caseKey;
        }
        DuplicateScreen.apply(table, new IdColumn(ids, keys), options.duplicates(), exclusion, rowIssues);
        CoverageScreen.apply(table, options.minCoverage(), exclusion, rowIssues);
        int[] flags = new int[n];
        FlagScreen.apply(table, options.minDuration(), options.excludeFlagged(), exclusion, flags, rowIssues);
        int[] scored = IntStream.range(0, n).filter(r -> exclusion[r] == null).toArray();
        LinkedHashSet<String> cases = new LinkedHashSet<>();
        for (String c : listed.values()) {
            for (int r : scored) {
                if (c.equals(caseName[r])) {
                    cases.add(c);
                    break;
                }
            }
        }
        LinkedHashSet<String> raters = new LinkedHashSet<>();
        for (int r : scored) {
            cases.add(caseName[r]);
            raters.add(rater[r]);
        }
        for (int r = 0; r < n; r++) if (ids[r] == null) ids[r] = rater[r] == null ? "" : rater[r];
        Screened rows = new Screened(table, scored, ids, exclusion, new String[n], new String[n], flags);
        return new PanelScreened(rows, caseName, rater, new ArrayList<>(cases), new ArrayList<>(raters));
    }

    /** The case list's names in value order, in the report language. */
    public static List<String> displayNames(Scale list, boolean english) {
        List<String> out = new ArrayList<>();
        for (int v = list.min(); v <= list.max(); v++) if (list.hasValue(v)) out.add(display(list, v, english));
        return out;
    }

    /**
     * A case's name: its first label; in English the first label written without Chinese characters, when it
     * has one.
     */
    static String display(Scale list, int value, boolean english) {
        List<String> labels = list.labelsByValue().get(value);
        if (english) {
            for (String l : labels) if (l.codePoints().noneMatch(cp -> cp >= 0x2E80)) return l.strip();
        }
        return labels.get(0).strip();
    }
}
