package org.ecoscore.screen;

import java.util.List;

/**
 * An expert panel screened (SPEC §8): every row (one rater × one case) scored or excluded with a reason.
 *
 * @param rows     the rows screened as any level's ({@code ids} = "rater × case")
 * @param caseName per row: the case as used (the case list's display name when the framework has one), null
 *                 when blank
 * @param rater    per row: the rater as written (trimmed), null when blank
 * @param cases    the cases of the scored rows: in the case list's order, then cases not in a list in order of
 *                 first appearance
 * @param raters   the raters of the scored rows, in order of first appearance
 */
public record PanelScreened(Screened rows, String[] caseName, String[] rater, List<String> cases,
                            List<String> raters) {
    public PanelScreened {
        cases = List.copyOf(cases);
        raters = List.copyOf(raters);
    }

    /** Index into {@link #cases()} of a scored row's case. */
    public int caseOf(int row) {
        return cases.indexOf(caseName[row]);
    }

    /** Index into {@link #raters()} of a scored row's rater. */
    public int raterOf(int row) {
        return raters.indexOf(rater[row]);
    }
}
