package org.ecoscore.screen;

import java.util.BitSet;
import org.ecoscore.core.Issue;
import java.util.stream.IntStream;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Framework;
import org.ecoscore.input.InputFile;
import org.ecoscore.input.ResponseTable;

/**
 * SPEC §3: screens one level's rows — id, duplicates (by id, then id-less rows of one name), coverage, flags, in this order, plus region
 * canonicalisation for every row — so that each row ends scored or excluded with exactly one reason.
 */
public final class Screener {
    private Screener() {
    }

    public static Screened screen(ResponseTable table, Framework framework, Options options, IssueLog issues) {
        RowIssues rowIssues = new RowIssues(table, issues);
        int n = table.rows();
        RegionColumn regions = RegionCanonicaliser.canonicalise(table, framework.regions(),
                options.lang() == Options.Lang.EN, options.regionLevel());
        IdColumn ids = IdScreen.assign(table, regions, rowIssues);
        String[] exclusion = new String[n];
        int[] flags = new int[n];
        DuplicateScreen.apply(table, ids, options.duplicates(), exclusion, rowIssues);
        NameScreen.apply(table, ids, exclusion, rowIssues);
        CoverageScreen.apply(table, options.minCoverage(), exclusion, rowIssues);
        FlagScreen.apply(table, options.minDuration(), options.excludeFlagged(), exclusion, flags, rowIssues);
        int[] scored = IntStream.range(0, n).filter(r -> exclusion[r] == null).toArray();
        BitSet regionless = regionlessFiles(table, regions, scored, issues);
        GroupNumbers.warn(table, scored, issues);
        for (int r : scored) {
            if (!regionless.get(table.fileIndex(r))) regionIssues(table, regions, r, rowIssues);
        }
        return new Screened(table, scored, ids.ids(), exclusion, regions.names(), regions.codes(), flags);
    }

    /**
     * The firm files none of whose scored rows gives a region: one warning for the whole file instead of one per
     * row — already given by the reader when the file has no region column, added here when the column is there
     * but blank throughout (in a file of two or more scored rows; a single row keeps its row warning).
     */
    private static BitSet regionlessFiles(ResponseTable table, RegionColumn regions, int[] scored, IssueLog issues) {
        BitSet regionless = new BitSet();
        if (table.level() != Level.FIRM) return regionless;
        BitSet withRegion = new BitSet();
        int[] rows = new int[table.files().size()];
        for (int r : scored) {
            rows[table.fileIndex(r)]++;
            if (!regions.blank(r)) withRegion.set(table.fileIndex(r));
        }
        for (int f = 0; f < rows.length; f++) {
            // one row: its own warning says as much, and names the row
            if (withRegion.get(f) || (rows[f] < 2 && !table.noRegionColumn(f)) || rows[f] == 0) continue;
            regionless.set(f);
            if (!table.noRegionColumn(f)) {
                InputFile file = table.files().get(f);
                issues.add(file.display(), file.sheet(), 0, "", "missing-region", Severity.WARNING,
                        "No firm of this file has a region: the region column is blank in every row, so its firms"
                                + " are scored but counted in no region. Fill in the region column to include them"
                                + " in the regional scores.", Issue.paramsOf("form", "file"));
            }
        }
        return regionless;
    }

    /** unknown-region / missing-region / no-city, for scored rows only (an excluded row's region does not matter). */
    private static void regionIssues(ResponseTable table, RegionColumn regions, int r, RowIssues issues) {
        if (regions.numbered(r)) {
            issues.warn(r, "region-number", "The region '" + regions.written()[r] + "' is a number, not a place: an"
                    + " export of the choices' numbers (问卷星's 按序号) gives the number of the option chosen, so this"
                    + " firm is scored but counted in no region. Export the survey 按文本 (by the answers' text), or"
                    + " write the region's name in the column.", Issue.paramsOf("region", regions.written()[r]));
        } else if (regions.unknown(r)) {
            issues.warn(r, "unknown-region", "The region '" + regions.written()[r] + "' is not in the region"
                    + " dictionary; it is kept as written, as a region of its own with no code. Write one of the"
                    + " dictionary's names (e.g. 广东省 or 广东, or a city such as 深圳市) or its GB/T 2260 code.",
                    Issue.paramsOf("region", regions.written()[r]));
        } else if (regions.noCity(r)) {
            issues.warn(r, "no-city", "The region '" + regions.written()[r] + "' names the province "
                    + regions.onlyProvince()[r] + " but no city, and the regional unit is the city (--region-level"
                    + " city): this " + table.level().id() + " is scored but counted in no city. Write its city"
                    + " (e.g. 江苏省南京市 or 南京), or score with --region-level province.",
                    Issue.paramsOf("region", regions.written()[r], "province", regions.onlyProvince()[r],
                            "level", table.level().id()));
        } else if (regions.blank(r) && table.level() == Level.FIRM) {
            issues.warn(r, "missing-region", "This firm has no region: it is scored but counted in no region."
                    + " Fill in the region column to include it in the regional scores.", Issue.paramsOf());
        }
    }
}
