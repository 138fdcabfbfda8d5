package org.ecoscore.screen;

import org.ecoscore.core.Issue;
import org.ecoscore.input.CellStatus;
import org.ecoscore.input.ResponseTable;

/**
 * SPEC §3 coverage: the share of the level's questions (the table's columns) a row answered validly. A share
 * below {@code --min-coverage} excludes the row with {@code low-coverage}; a share equal to it is kept.
 */
final class CoverageScreen {
    static final String CODE = "low-coverage";

    private CoverageScreen() {
    }

    static void apply(ResponseTable table, double minCoverage, String[] exclusion, RowIssues issues) {
        int questions = table.questions().size();
        for (int r = 0; r < table.rows(); r++) {
            if (exclusion[r] != null) continue;
            int answered = answered(table, r);
            double share = questions == 0 ? 0 : (double) answered / questions;
            if (share < minCoverage) {
                exclusion[r] = CODE;
                issues.warn(r, CODE, answered + " of " + questions + " " + table.level().id() + " questions answered ("
                        + Percent.of(share) + ") < " + Percent.of(minCoverage) + " (--min-coverage); the row is"
                        + " excluded. Complete the missing answers, or lower --min-coverage.",
                        Issue.paramsOf("answered", answered, "questions", questions, "level", table.level().id(),
                                "share", Percent.of(share), "min", Percent.of(minCoverage)));
            }
        }
    }

    /** Number of question columns with a valid answer in this row. */
    static int answered(ResponseTable table, int row) {
        int n = 0;
        for (int q = 0; q < table.questions().size(); q++) {
            if (table.status(q)[row] == CellStatus.OK) n++;
        }
        return n;
    }
}
