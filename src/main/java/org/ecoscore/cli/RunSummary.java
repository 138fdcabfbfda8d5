package org.ecoscore.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ecoscore.core.Severity;
import org.ecoscore.input.InputFile;
import org.ecoscore.report.Labels;
import org.ecoscore.report.LeadingRegions;
import org.ecoscore.result.RunResult;
import org.ecoscore.report.RegionWorkbooks;
import org.ecoscore.score.Coupling;
import org.ecoscore.score.LevelScores;
import org.ecoscore.screen.Screened;

/**
 * The few lines printed after {@code score} (concise, in the console language): what was read, scored, and
 * written where.
 */
final class RunSummary {
    private RunSummary() {
    }

    static String text(RunResult r, Path report, Path csvDir, Labels l) {
        StringBuilder sb = new StringBuilder();
        files(sb, allFiles(r), r.issues(), l);
        level(sb, "firm", r.firms(), l);
        speed(sb, r.firms(), r.options(), l);
        level(sb, "region", r.regions(), l);
        speed(sb, r.regions(), r.options(), l);
        if (r.experts() != null) level(sb, "expert", r.experts().rows(), l);
        if (r.experts() != null) speed(sb, r.experts().rows(), r.options(), l);
        if (r.panel() != null) sb.append(panelLine(r.panel(), l)).append('\n');
        LevelScores region = r.scores() == null ? null : r.scores().region();
        if (region != null && (region.units() > 0 || r.panel() == null)) {
            // regions without an index (a region questionnaire but no scored firm, say) are counted apart: the
            // headline count was read as the regions with results (new-user finding, session 8)
            int indexed = 0;
            for (double v : region.index()) if (!Double.isNaN(v)) indexed++;
            if (indexed == region.units()) {
                sb.append(l.format("console.regionsScored", region.units())).append('\n');
            } else {
                sb.append(l.format("console.regionsIndexed", region.units(), indexed, region.units() - indexed))
                        .append('\n');
            }
            String top = topRegions(r, 3, l);
            if (!top.isEmpty()) sb.append(top).append('\n');
        }
        if (r.baseline() != null) sb.append(l.english() ? baselineLine(r) : baselineLineZh(r, l)).append('\n');
        String coupling = couplingLine(r, l);
        if (!coupling.isEmpty()) sb.append(coupling).append('\n');
        long e = r.issues().count(Severity.ERROR);
        long w = r.issues().count(Severity.WARNING);
        long i = r.issues().count(Severity.INFO);
        sb.append(l.format("console.issues", l.counted(e, "error"), l.counted(w, "warning"), l.counted(i, "note")));
        sb.append('\n');
        if (report != null) sb.append(l.get("console.report")).append(report).append('\n');
        if (report != null && RegionWorkbooks.requested(r.options())) {
            sb.append(l.get("console.regionWorkbooks")).append(RegionWorkbooks.shown(report)).append('\n');
        }
        if (csvDir != null) sb.append(l.get("console.csv")).append(csvDir).append('\n');
        if (r.options().briefs() != null && region != null) {
            sb.append(l.get("console.briefs")).append(r.options().briefs()).append('\n');
        }
        return sb.toString();
    }

    static List<InputFile> allFiles(RunResult r) {
        List<InputFile> all = new ArrayList<>();
        if (r.firms() != null) all.addAll(r.firms().table().files());
        if (r.regions() != null) all.addAll(r.regions().table().files());
        if (r.experts() != null) all.addAll(r.experts().rows().table().files());
        return all;
    }

    /** "Expert panel: 8 raters × 5 cases; Kendall's W of the overall score 0.712 (p 0.0001); 1 rater flagged". */
    static String panelLine(org.ecoscore.score.PanelScores p, Labels l) {
        org.ecoscore.score.PanelScores.NodeAgreement root = p.rootAgreement();
        long flagged = p.raterAgreement().stream().filter(org.ecoscore.score.PanelScores.RaterAgreement::flagged)
                .count();
        double w = root == null ? Double.NaN : root.kendall().w();
        double pv = root == null ? Double.NaN : root.kendall().p();
        int complete = root == null ? 0 : root.raters();
        boolean canFlag = complete >= org.ecoscore.score.PanelScorer.MIN_RATERS_TO_FLAG;
        return l.format(canFlag ? "console.panel" : "console.panelFewRaters", l.counted(p.raters().size(), "rater"),
                l.counted(p.cases().size(), "case"), Double.isNaN(w) ? "—" : String.format(Locale.ROOT, "%.3f", w),
                Double.isNaN(pv) ? "—" : String.format(Locale.ROOT, "%.4f", pv),
                canFlag ? l.counted(flagged, "rater") : complete);
    }

    static List<InputFile> unreadable(List<InputFile> files) {
        List<InputFile> out = new ArrayList<>();
        for (InputFile f : files) if (!f.readable()) out.add(f);
        return out;
    }

    /**
     * "Files read: 3", or with unreadable files "Files: 4 (3 read, 1 unreadable)" (the total first, so that it is
     * not taken for the files read), and a line per unreadable file.
     */
    static void files(StringBuilder sb, List<InputFile> all, org.ecoscore.core.IssueLog issues, Labels l) {
        List<InputFile> bad = unreadable(all);
        sb.append(bad.isEmpty() ? l.format("console.filesRead", all.size())
                : l.format("console.filesSomeUnreadable", all.size(), all.size() - bad.size(), bad.size()));
        sb.append('\n');
        for (InputFile f : bad) {
            sb.append(l.get("console.unreadable")).append(f.display()).append(l.get("console.sep"))
                    .append(org.ecoscore.report.ErrorMessages.fileError(f, issues, l.english()))
                    .append('\n');
        }
        empty(sb, all, l);
        skippedByPattern(sb, issues, l);
        regionSources(sb, issues, l);
        fileWarnings(sb, issues, l);
    }

    /** "  passed over (--skip-file): a.xlsx, b.xlsx": the files a --skip-file pattern kept from being read (up to 5 named). */
    static void skippedByPattern(StringBuilder sb, org.ecoscore.core.IssueLog issues, Labels l) {
        List<String> names = new ArrayList<>();
        for (org.ecoscore.core.Issue i : issues.all()) {
            if (i.code().equals("skipped-file") && "skip-file".equals(i.params().get("form"))) names.add(i.file());
        }
        if (names.isEmpty()) return;
        int shown = Math.min(names.size(), 5);
        sb.append(l.get("console.skippedByPattern")).append(String.join(l.get("console.listSep"), names.subList(0, shown)));
        if (names.size() > shown) sb.append(l.format("console.andMore", names.size() - shown));
        sb.append('\n');
    }

    /**
     * One line per file-level warning that changes what the report means and would be lost among the row warnings
     * (new-user finding): a grouping column of option numbers (group-number), a baseline that is this same batch
     * (baseline-unchanged).
     */
    static void fileWarnings(StringBuilder sb, org.ecoscore.core.IssueLog issues, Labels l) {
        for (org.ecoscore.core.Issue i : issues.all()) {
            if (i.code().equals("group-number")) {
                sb.append(l.format("console.groupNumbers", i.file(), i.params().get("role"), i.params().get("examples")))
                        .append('\n');
            } else if (i.code().equals("baseline-unchanged")) {
                sb.append(l.format("console.baselineUnchanged", i.file())).append('\n');
            } else if (i.code().equals("skip-file-unused")) {
                sb.append(l.format("console.skipFileUnused", i.params().get("pattern"))).append('\n');
            }
        }
    }

    /**
     * One line per firm file without a region column (its firms count in no region, which the counts alone do not
     * show: the run exits 0 unless --strict) and per file whose regions come from the IP-location columns, from
     * the file-level issues {@code missing-region-column} and {@code region-from-ip} (with the column that looks like
     * a misspelt region question, when one does; not the note on rows whose region answer is blank).
     */
    static void regionSources(StringBuilder sb, org.ecoscore.core.IssueLog issues, Labels l) {
        java.util.Set<String> noRegion = new java.util.LinkedHashSet<>();
        Map<String, String> fromIp = new java.util.LinkedHashMap<>();
        for (org.ecoscore.core.Issue i : issues.all()) {
            if (i.code().equals("missing-region-column") && i.params().getOrDefault("form", "").startsWith("firm")) {
                noRegion.add(i.file());
            } else if (i.code().equals("region-from-ip") && !i.params().getOrDefault("form", "").startsWith("blank")) {
                String line = l.format("console.regionFromIp", i.file(), ipColumns(i, l));
                if (i.params().containsKey("misspeltColumn")) {
                    line += l.format("console.regionMisspelt", l.format("console.column", i.params().get("misspeltColumn"),
                            i.params().get("misspeltHeader")));
                }
                fromIp.putIfAbsent(i.file(), line);
            }
        }
        Map<String, String[]> numbered = new java.util.LinkedHashMap<>(); // file → {first number, count}
        for (org.ecoscore.core.Issue i : issues.all()) {
            if (!i.code().equals("region-number")) continue;
            String[] n = numbered.computeIfAbsent(i.file(), f -> new String[] {i.params().get("region"), "0"});
            n[1] = Integer.toString(Integer.parseInt(n[1]) + 1);
        }
        numbered.forEach((f, n) -> sb.append(l.format("console.regionNumbers", f, n[0], n[1])).append('\n'));
        for (String f : noRegion) sb.append(l.format("console.noRegionColumn", f)).append('\n');
        fromIp.forEach((f, line) -> sb.append(line).append('\n'));
    }

    /** {@code D "地理位置省"} (and {@code , E "地理位置市"}); in Chinese {@code D 列“地理位置省”}. */
    private static String ipColumns(org.ecoscore.core.Issue i, Labels l) {
        StringBuilder sb = new StringBuilder(l.format("console.column", i.params().get("column"),
                i.params().get("header")));
        if (i.params().containsKey("column2")) {
            sb.append(l.get("console.and")).append(l.format("console.column", i.params().get("column2"),
                    i.params().get("header2")));
        }
        return sb.toString();
    }

    /** One line per file that was read but gave no answer rows (a header only), so it is not taken for read. */
    static void empty(StringBuilder sb, List<InputFile> files, Labels l) {
        for (InputFile f : files) {
            if (f.readable() && f.rowsRead() == 0) {
                sb.append(l.get("console.noRows")).append(f.display()).append(l.get("console.headerOnly"));
            }
        }
    }

    /**
     * "Firms: 120 rows read, 112 scored, 8 excluded (low-coverage 5, duplicate-id 3)"; in Chinese the reasons
     * are in words with the code ("答题率不足 low-coverage 5").
     */
    static void level(StringBuilder sb, String level, Screened s, Labels l) {
        if (s == null || s.table().rows() == 0) return;
        int rows = s.table().rows();
        int scored = s.scoredRows().length;
        sb.append(l.get("console.level." + level)).append(l.format("console.rows",
                l.english() ? l.counted(rows, "row") : String.format(Locale.ROOT, "%,d", rows),
                String.format(Locale.ROOT, "%,d", scored)));
        Map<String, Integer> reasons = exclusions(s);
        if (!reasons.isEmpty()) {
            sb.append(l.format("console.excluded", String.format(Locale.ROOT, "%,d", rows - scored)));
            StringBuilder rs = new StringBuilder();
            reasons.forEach((k, v) -> {
                if (rs.length() > 0) rs.append(l.get("console.listSep"));
                if (!l.english() && !l.code(k).equals(k)) rs.append(l.code(k)).append(' ');
                rs.append(k).append(' ').append(v);
            });
            sb.append(rs).append(l.get("console.excludedEnd"));
        }
        sb.append('\n');
    }

    /**
     * With {@code --min-duration}, under a level's line: "  speed check (--min-duration 120 s): 3 faster, flagged
     * (still scored); 4 without a readable duration, not checked".
     */
    static void speed(StringBuilder sb, Screened s, org.ecoscore.core.Options o, Labels l) {
        if (s == null || s.table().rows() == 0 || Double.isNaN(o.minDuration())) return;
        org.ecoscore.screen.SpeedCheck c = org.ecoscore.screen.SpeedCheck.of(s);
        sb.append(l.format("console.speed", org.ecoscore.report.CsvNumbers.format(o.minDuration()),
                String.format(Locale.ROOT, "%,d", c.flagged()),
                l.get(o.excludeFlagged() ? "console.speedExcluded" : "console.speedScored"),
                String.format(Locale.ROOT, "%,d", c.unchecked()))).append('\n');
    }

    static Map<String, Integer> exclusions(Screened s) {
        Map<String, Integer> reasons = new TreeMap<>();
        for (String e : s.exclusion()) if (e != null) reasons.merge(e, 1, Integer::sum);
        return reasons;
    }

    /**
     * "Top regions: 1. 广东省 72.4  2. 北京市 70.1  3. 上海市 69.8" by rank, the regions the Summary leads with
     * ({@link LeadingRegions}: those resting on 5 or more firms when two or more do, each with its rank among all;
     * else all, with a caution when some rest on fewer); "" without ranked regions.
     */
    static String topRegions(RunResult r, int n, Labels l) {
        LevelScores region = r.scores().region();
        if (region.tree().root() < 0) return "";
        LeadingRegions lead = LeadingRegions.of(r);
        int[] units = lead.top(); // the Summary's top table, never a region of its bottom table
        if (units.length == 0) return "";
        StringBuilder sb = new StringBuilder(lead.solidOnly()
                ? l.format("console.topRegionsSolid", lead.units().length, lead.ranked()) : l.get("console.topRegions"));
        for (int i = 0; i < Math.min(n, units.length); i++) {
            int u = units[i];
            if (i > 0) sb.append("  ");
            sb.append(region.rank()[u]).append(". ").append(region.unitIds()[u])
                    .append(String.format(Locale.ROOT, " %.1f", region.index()[u]));
        }
        if (!lead.solidOnly() && lead.few() > 0) {
            sb.append(lead.few() == lead.ranked() ? l.get("console.topRegionsAllFew")
                    : l.format(lead.few() == 1 ? "console.topRegionsFewOne" : "console.topRegionsFew", lead.few(), lead.ranked()));
        }
        return sb.toString();
    }

    /** "Baseline: DIR (same framework; yardstick baseline: 3 questions, 2 answers clamped)". */
    static String baselineLine(RunResult r) {
        var b = r.baseline();
        int clamped = 0;
        for (var x : r.scores().normalisation()) if (x.source().equals("baseline")) clamped += x.clamped();
        StringBuilder sb = new StringBuilder("Baseline: ").append(b.source()).append(" (");
        sb.append(b.sameFramework() ? "same framework" : b.notComparable().isEmpty()
                ? "framework differs, every node comparable"
                : "framework differs: " + count(b.notComparable().size(), "node", "nodes")
                        + " not comparable, listed on the Method sheet");
        sb.append("; yardstick ").append(b.yardstick());
        if (b.yardstick().equals("baseline")) {
            sb.append(": ").append(count(b.frozenQuestions(), "question", "questions")).append(" on its bounds, ")
                    .append(count(clamped, "answer", "answers")).append(" beyond them");
        }
        return sb.append(')').toString();
    }

    /** The same in Chinese: "对比基准：DIR（指标体系相同；基准标尺：3 道题沿用其上下限，2 个答案超出）". */
    static String baselineLineZh(RunResult r, Labels l) {
        var b = r.baseline();
        int clamped = 0;
        for (var x : r.scores().normalisation()) if (x.source().equals("baseline")) clamped += x.clamped();
        StringBuilder sb = new StringBuilder(l.format("console.baseline", b.source()));
        sb.append(b.sameFramework() ? l.get("console.baselineSame") : b.notComparable().isEmpty()
                ? l.get("console.baselineComparable")
                : l.format("console.baselineDiffers", l.counted(b.notComparable().size(), "node")));
        sb.append(b.yardstick().equals("baseline")
                ? l.format("console.baselineFrozen", b.frozenQuestions(), clamped)
                : l.get("console.baselineCurrent"));
        return sb.toString();
    }

    private static String couplingLine(RunResult r, Labels l) {
        if (r.scores() == null) return "";
        String firm = meanD(r.scores().firm());
        String region = meanD(r.scores().region());
        if (firm.isEmpty() && region.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(l.get("console.coupling"));
        if (!firm.isEmpty()) sb.append(l.get("console.couplingFirms")).append(firm);
        if (!region.isEmpty()) {
            sb.append(firm.isEmpty() ? (l.english() ? " " : "") : l.get("console.listSep"))
                    .append(l.get("console.couplingRegions")).append(region);
        }
        return sb.toString();
    }

    private static String meanD(LevelScores s) {
        if (s == null) return "";
        Coupling c = s.coupling();
        if (c == null || c.d() == null) return "";
        double sum = 0;
        int n = 0;
        for (double d : c.d()) {
            if (!Double.isNaN(d)) {
                sum += d;
                n++;
            }
        }
        return n == 0 ? "" : String.format(Locale.ROOT, "%.3f (n=%d)", sum / n, n);
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
