package org.ecoscore.screen;

import org.ecoscore.core.Issue;
import org.ecoscore.framework.ScaleKind;
import org.ecoscore.input.CellStatus;
import org.ecoscore.input.ResponseTable;

/**
 * SPEC §3 flags, on rows still in: {@code speeder} when the duration is below {@code --min-duration} seconds
 * (off when not given); {@code straight-lining} when at least {@value #MIN_STRAIGHT} named-scale answers all have
 * the same raw value. Flagged rows stay scored (an info issue) unless {@code --exclude-flagged}, which excludes
 * them with the flag's code as reason (speeder first) and a warning. With {@code --min-duration}, each file with
 * rows that have no readable duration gets one {@code unchecked-duration} note counting them (not one per row: on
 * exports where the duration is optional that would flood the Issues sheet; a cell that is not a duration already
 * has its row's {@code invalid-value} warning).
 */
final class FlagScreen {
    static final String SPEEDER = "speeder";
    static final String STRAIGHT_LINING = "straight-lining";
    static final int MIN_STRAIGHT = 8;
    static final String UNCHECKED = "unchecked-duration";

    private FlagScreen() {
    }

    static void apply(ResponseTable table, double minDuration, boolean excludeFlagged, String[] exclusion,
                      int[] flags, RowIssues issues) {
        String rule = excludeFlagged ? "the row is excluded (--exclude-flagged)."
                : "the row is still scored; use --exclude-flagged to leave such rows out.";
        boolean speed = !Double.isNaN(minDuration);
        int[] checked = speed ? new int[table.files().size()] : null;
        int[] unchecked = speed ? new int[table.files().size()] : null;
        for (int r = 0; r < table.rows(); r++) {
            if (exclusion[r] != null) continue;
            double d = table.duration(r);
            if (speed) {
                checked[table.fileIndex(r)]++;
                if (Double.isNaN(d)) unchecked[table.fileIndex(r)]++;
            }
            if (!Double.isNaN(minDuration) && !Double.isNaN(d) && d < minDuration) {
                flags[r] |= Screened.SPEEDER;
                report(r, SPEEDER, "Answered in " + seconds(d) + " s, less than --min-duration " + seconds(minDuration)
                        + " s: " + rule + " Check whether the answers were given with care.", excludeFlagged,
                        issues, Issue.paramsOf("seconds", seconds(d), "min", seconds(minDuration)));
            }
            int same = straightLine(table, r);
            if (same >= MIN_STRAIGHT) {
                flags[r] |= Screened.STRAIGHT_LINING;
                report(r, STRAIGHT_LINING, "All " + same + " scale answers are the same value: " + rule
                        + " Check whether the answers were given with care.", excludeFlagged, issues,
                        Issue.paramsOf("count", same));
            }
            if (excludeFlagged && flags[r] != 0) {
                exclusion[r] = (flags[r] & Screened.SPEEDER) != 0 ? SPEEDER : STRAIGHT_LINING;
            }
        }
        if (speed) {
            for (int f = 0; f < checked.length; f++) uncheckedIssue(f, checked[f], unchecked[f], issues);
        }
    }

    /** Whether a row with this exclusion reached the flag check (still in, or excluded by a flag). */
    static boolean reached(String exclusion) {
        return exclusion == null || exclusion.equals(SPEEDER) || exclusion.equals(STRAIGHT_LINING);
    }

    /** One note for file {@code f} when some of its rows checked have no readable duration. */
    private static void uncheckedIssue(int f, int checked, int unchecked, RowIssues issues) {
        if (unchecked == 0) return;
        if (unchecked == checked) {
            issues.file(f, UNCHECKED, org.ecoscore.core.Severity.INFO, (checked == 1
                    ? "The one row of this file still in at the speed check has no readable duration"
                    : "None of the " + checked + " rows of this file still in at the speed check has a readable"
                            + " duration") + ", so --min-duration could not check this file; no row of it is flagged"
                    + " as a speeder. Give the file its duration column (所用时间, or another duration alias of"
                    + " meta.csv) or fill it in.", Issue.paramsOf("form", "all", "checked", checked));
        } else {
            issues.file(f, UNCHECKED, org.ecoscore.core.Severity.INFO, unchecked + " of the " + checked + " rows of"
                    + " this file still in at the speed check " + (unchecked == 1 ? "has" : "have") + " no readable"
                    + " duration (the cell is blank, or is not a duration: see the row's invalid-value warning), so"
                    + " --min-duration could not check " + (unchecked == 1 ? "it" : "them") + " for speed; such a"
                    + " row is not flagged as a speeder. Fill in the durations to check them.",
                    Issue.paramsOf("form", "some", "unchecked", unchecked, "checked", checked));
        }
    }

    private static void report(int row, String code, String message, boolean excluded, RowIssues issues,
                               java.util.Map<String, String> params) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>(params);
        p.put("form", excluded ? "excluded" : "scored");
        if (excluded) issues.warn(row, code, message, p);
        else issues.info(row, code, message, p);
    }

    /** The number of valid named-scale answers when they all share one raw value (and there is one), else 0. */
    static int straightLine(ResponseTable table, int row) {
        int count = 0;
        double value = Double.NaN;
        for (int q = 0; q < table.questions().size(); q++) {
            if (table.questions().get(q).kind() != ScaleKind.NAMED) continue;
            if (table.status(q)[row] != CellStatus.OK) continue;
            double v = table.raw(q, row);
            if (count == 0) value = v;
            else if (v != value) return 0;
            count++;
        }
        return count;
    }

    private static String seconds(double s) {
        return s == Math.rint(s) && Math.abs(s) < 1e15 ? Long.toString((long) s) : org.ecoscore.core.ShortestDecimal.of(s);
    }
}
