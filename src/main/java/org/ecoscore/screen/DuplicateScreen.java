package org.ecoscore.screen;

import org.ecoscore.core.Issue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.Options.DuplicatePolicy;
import org.ecoscore.input.ResponseTable;

/**
 * SPEC §3 duplicates: rows of one level with the same normalised id. {@code keep-last} keeps the latest
 * submitted when every copy has a submission time (equal times: the later in input order), otherwise the last in
 * input order; {@code keep-first} the earliest by the same rule (equal times: the earlier in input order);
 * {@code reject} excludes every copy. Each copy not kept is excluded with {@code duplicate-id}; its message says
 * whether time decided (the kept copy was submitted later, or earlier) or input order did — because the two copies
 * were submitted at the same time, or because a copy has no readable submission time — and whether its answers are
 * those of the copy kept (or, with reject, of another copy) or how many differ.
 */
final class DuplicateScreen {
    static final String CODE = "duplicate-id";

    private DuplicateScreen() {
    }

    static void apply(ResponseTable table, IdColumn ids, DuplicatePolicy policy, String[] exclusion,
                      RowIssues issues) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int r = 0; r < table.rows(); r++) {
            if (exclusion[r] != null || ids.keys()[r] == null) continue;
            byKey.computeIfAbsent(ids.keys()[r], k -> new ArrayList<>()).add(r);
        }
        for (List<Integer> copies : byKey.values()) {
            if (copies.size() < 2) continue;
            if (policy == DuplicatePolicy.REJECT) {
                reject(table, ids, copies, exclusion, issues);
            } else {
                keepOne(table, ids, copies, policy == DuplicatePolicy.KEEP_LAST, exclusion, issues);
            }
        }
    }

    private static void keepOne(ResponseTable table, IdColumn ids, List<Integer> copies, boolean last,
                                String[] exclusion, RowIssues issues) {
        boolean allTimed = copies.stream().allMatch(r -> !Double.isNaN(table.submitted(r)));
        int kept = copies.get(last ? copies.size() - 1 : 0);
        if (allTimed) {
            kept = copies.get(0);
            for (int r : copies) {
                double t = table.submitted(r);
                double best = table.submitted(kept);
                // rows come in input order: ">=" lets a later equal time win, ">" keeps the earlier
                if (last ? t >= best : t < best) kept = r;
            }
        }
        String order = last ? "the last in input order" : "the first in input order";
        boolean someTimed = !allTimed && copies.stream().anyMatch(r -> !Double.isNaN(table.submitted(r)));
        String untimed = someTimed ? order + ", as not every copy has a readable submission time" : order;
        for (int r : copies) {
            if (r == kept) continue;
            exclusion[r] = CODE;
            String why = !allTimed ? untimed : table.submitted(r) == table.submitted(kept)
                    ? order + ", submitted at the same time" : last ? "the latest submitted" : "the earliest submitted";
            // a coin toss when input order chose: then copies that differ should be looked at
            boolean byOrder = !allTimed || table.submitted(r) == table.submitted(kept);
            String agree = agreement(table, r, kept, copies.size(), byOrder, issues);
            issues.warn(r, CODE, "The id '" + ids.ids()[r] + "' appears " + copies.size() + " times; "
                    + issues.describe(kept, r) + " is kept (" + why + ", --duplicates "
                    + (last ? "keep-last" : "keep-first") + ") and this row is excluded; " + agree + "."
                    + " Remove the extra copies or correct the id if they are different respondents.",
                    Issue.paramsOf("form", last ? "keep-last" : "keep-first", "id", ids.ids()[r], "copies", copies.size(),
                            "kept", issues.describe(kept, r), "why", why, "agree", agree));
        }
    }

    private static void reject(ResponseTable table, IdColumn ids, List<Integer> copies, String[] exclusion,
                               RowIssues issues) {
        for (int r : copies) {
            List<String> others = new ArrayList<>();
            for (int o : copies) if (o != r) others.add(issues.describe(o, r));
            exclusion[r] = CODE;
            int first = copies.get(0) == r ? copies.get(1) : copies.get(0);
            String agree = agreement(table, r, first, copies.size(), false, issues);
            issues.warn(r, CODE, "The id '" + ids.ids()[r] + "' also appears at " + String.join(", ", others)
                    + "; every copy is excluded (--duplicates reject); " + agree + ". Keep one copy, or choose"
                    + " --duplicates keep-last or keep-first.",
                    Issue.paramsOf("form", "reject", "id", ids.ids()[r], "others", String.join(", ", others),
                            "agree", agree));
        }
    }

    /**
     * Whether copy {@code r} answers as copy {@code other} does: "the answers of the copies are identical" or
     * "the copies differ in 3 answers (e.g. A1_1, B2_3)"; with more than two copies, "this copy is identical to
     * row 9" or "this copy differs from row 9 in …". When input order chose the copy kept ({@code byOrder}: equal
     * or unreadable times), copies that differ add ": check which copy is right" (report.IssueMessages translates
     * all of these).
     */
    static String agreement(ResponseTable table, int r, int other, int copies, boolean byOrder, RowIssues issues) {
        AnswerDifferences d = AnswerDifferences.between(table, r, other);
        String check = byOrder ? ": check which copy is right" : "";
        if (copies == 2) {
            return d.identical() ? "the answers of the copies are identical"
                    : "the copies differ in " + d.english() + check;
        }
        String row = issues.describe(other, r);
        return d.identical() ? "this copy is identical to " + row
                : "this copy differs from " + row + " in " + d.english() + check;
    }
}
