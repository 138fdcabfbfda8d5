package org.ecoscore.screen;

import org.ecoscore.core.Issue;
import java.util.stream.IntStream;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.input.ResponseTable;

/**
 * SPEC §3: screens one level's rows — id, duplicates, coverage, flags, in this order, plus region
 * canonicalisation for every row — so that each row ends scored or excluded with exactly one reason.
 */
public final class Screener {
    private Screener() {
    }

    public static Screened screen(ResponseTable table, Framework framework, Options options, IssueLog issues) {
        RowIssues rowIssues = new RowIssues(table, issues);
        int n = table.rows();
        RegionColumn regions = RegionCanonicaliser.canonicalise(table, framework.regions(),
                options.lang() == Options.Lang.EN);
        IdColumn ids = IdScreen.assign(table, regions, rowIssues);
        String[] exclusion = new String[n];
        int[] flags = new int[n];
        DuplicateScreen.apply(table, ids, options.duplicates(), exclusion, rowIssues);
        CoverageScreen.apply(table, options.minCoverage(), exclusion, rowIssues);
        FlagScreen.apply(table, options.minDuration(), options.excludeFlagged(), exclusion, flags, rowIssues);
        int[] scored = IntStream.range(0, n).filter(r -> exclusion[r] == null).toArray();
        for (int r : scored) regionIssues(table, regions, r, rowIssues);
        return new Screened(table, scored, ids.ids(), exclusion, regions.names(), regions.codes(), flags);
    }

    /** unknown-region / missing-region, for scored rows only (an excluded row's region does not matter). */
    private static void regionIssues(ResponseTable table, RegionColumn regions, int r, RowIssues issues) {
        if (regions.unknown(r)) {
            issues.warn(r, "unknown-region", "The region '" + regions.written()[r] + "' is not in the region"
                    + " dictionary; it is kept as written, as a region of its own with no code. Write one of the"
                    + " dictionary's names (e.g. 广东省 or 广东) or its GB/T 2260 code.",
                    Issue.paramsOf("region", regions.written()[r]));
        } else if (regions.blank(r) && table.level() == Level.FIRM) {
            issues.warn(r, "missing-region", "This firm has no region: it is scored but counted in no region."
                    + " Fill in the region column to include it in the regional scores.", Issue.paramsOf());
        }
    }
}
