package org.ecoscore.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Node;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.Coupling;
import org.ecoscore.score.Lag;
import org.ecoscore.score.LevelScores;
import org.ecoscore.screen.Screened;

/**
 * 要点 / Highlights: sentences generated from the report's numbers, at the top of the Summary and of each region
 * profile. Each sentence is one rule — a function of the report data giving its sentence, or nothing when its
 * numbers are not there (no regions, no coupling, …) — filling one template of {@link DiagnosisWords}
 * ({@code hl.*}) with numbers formatted by {@link NumberWords}. A sentence is added by adding a rule to
 * {@link #SUMMARY} or {@link #REGION} and its template (for example a "what changed" sentence when a
 * baseline run is given).
 */
public final class Highlights {
    /** The Summary's rules, in the order the sentences are shown. */
    static final List<Function<ReportData, Optional<String>>> SUMMARY = List.of(
            Highlights::noRegionColumn, Highlights::regionNumbers, Highlights::regionFromIp, Highlights::unreadable, Highlights::national, Highlights::subsystems,
            Highlights::topBottom, Highlights::lagCounts, Highlights::commonObstacle, Highlights::nationalObstacle,
            Highlights::grades,
            Highlights::data, Highlights::speed, Highlights::change, Highlights::changeRegions);
    /** A region profile's rules, in order. */
    static final List<BiFunction<ReportData, Integer, Optional<String>>> REGION = List.of(
            Highlights::regionIndex, Highlights::regionCoupling, Highlights::regionObstacles,
            Highlights::regionFirms, Highlights::regionIp, Highlights::regionFew, Highlights::regionExcluded,
            Highlights::regionChange);

    private Highlights() {
    }

    /** The Summary's highlight sentences of a run, in its report language. */
    public static List<String> summary(RunResult result) {
        return summary(new ReportData(result));
    }

    /** The highlight sentences of region unit {@code u} (an index of the region level's units). */
    public static List<String> region(RunResult result, int u) {
        return region(new ReportData(result), u);
    }

    static List<String> summary(ReportData d) {
        List<String> out = new ArrayList<>();
        for (Function<ReportData, Optional<String>> rule : SUMMARY) rule.apply(d).ifPresent(out::add);
        return out;
    }

    static List<String> region(ReportData d, int u) {
        List<String> out = new ArrayList<>();
        for (BiFunction<ReportData, Integer, Optional<String>> rule : REGION) rule.apply(d, u).ifPresent(out::add);
        return out;
    }

    private static NumberWords nw(ReportData d) {
        return new NumberWords(d.english);
    }

    private static String nodeLabel(ReportData d, Node n) {
        return n.code() + " " + n.name(d.english);
    }

    // ---- the Summary

    static Optional<String> national(ReportData d) {
        if (d.firm.units() == 0 || d.firm.tree().root() < 0) return Optional.empty();
        double m = ReportData.mean(d.firm.index());
        if (Double.isNaN(m)) return Optional.empty();
        NumberWords n = nw(d);
        return Optional.of(d.labels.format("hl.national", n.score(m), n.count(d.firm.units())));
    }

    static Optional<String> subsystems(ReportData d) {
        Node a = d.result.framework().subsystem(1).orElse(null);
        Node b = d.result.framework().subsystem(2).orElse(null);
        if (a == null || b == null || d.firm.units() == 0) return Optional.empty();
        double ma = d.firmMean(a.code());
        double mb = d.firmMean(b.code());
        if (Double.isNaN(ma) || Double.isNaN(mb)) return Optional.empty();
        NumberWords n = nw(d);
        return Optional.of(d.labels.format("hl.subsystems", nodeLabel(d, a), n.score(ma), nodeLabel(d, b),
                n.score(mb)));
    }

    /** Region units with a rank, best first. */
    private static int[] ranked(ReportData d) {
        return Arrays.stream(d.regionsByRank()).filter(u -> d.region.rank()[u] > 0).toArray();
    }

    /**
     * The first and last region by index — among the regions resting on at least {@link ReportData#FEW_FIRMS}
     * firms when two or more do (a region of one firm should not lead the Summary), else among all ranked regions
     * with a caution.
     */
    static Optional<String> topBottom(ReportData d) {
        int[] r = ranked(d);
        if (r.length < 2) return Optional.empty();
        LeadingRegions lead = LeadingRegions.of(d.result);
        int few = lead.few();
        int[] over = lead.units();
        double top = d.region.index()[over[0]];
        double bottom = d.region.index()[over[over.length - 1]];
        NumberWords n = nw(d);
        if (lead.solidOnly()) {
            return Optional.of(d.labels.format("hl.topBottomSolid", n.count(over.length),
                    d.region.unitIds()[over[0]], n.score(top), d.region.unitIds()[over[over.length - 1]],
                    n.score(bottom), n.points(top - bottom), n.count(few)));
        }
        String sentence = d.labels.format("hl.topBottom", n.count(r.length), d.region.unitIds()[r[0]],
                n.score(top), d.region.unitIds()[r[r.length - 1]], n.score(bottom), n.points(top - bottom));
        if (few == 0) return Optional.of(sentence);
        return Optional.of(sentence + (few == r.length ? d.labels.get("hl.topBottomAllFew")
                : d.labels.format(few == 1 ? "hl.topBottomFewOne" : "hl.topBottomFew", n.count(few))));
    }

    /**
     * The firm files without a region column (SPEC §3: one file-level warning, missing-region-column): their
     * firms are scored but counted in no region, which the run's exit code does not show. When that is every
     * firm file and no region has a score, there are no region scores at all.
     */
    static Optional<String> noRegionColumn(ReportData d) {
        Screened s = d.result.firms();
        if (s == null) return Optional.empty();
        List<String> names = new ArrayList<>();
        int withRows = 0;
        List<org.ecoscore.input.InputFile> files = s.table().files();
        for (int f = 0; f < files.size(); f++) {
            org.ecoscore.input.InputFile file = files.get(f);
            if (!file.readable()) continue;
            if (file.rowsRead() > 0) withRows++;
            if (s.table().noRegionColumn(f) && !names.contains(file.display())) names.add(file.display());
        }
        if (names.isEmpty()) return Optional.empty();
        NumberWords n = nw(d);
        if (names.size() >= withRows && d.region.units() == 0) {
            return Optional.of(d.labels.format("hl.noRegionColumnAll", n.list(names)));
        }
        return Optional.of(d.labels.format("hl.noRegionColumn", n.count(names.size()), n.list(names)));
    }

    /**
     * The scored firms whose region is an option's number (问卷星 按序号), with their files: they are in no region, which
     * the Summary's counts ("55 rows read, all scored") did not show (new-user finding, session 8).
     */
    static Optional<String> regionNumbers(ReportData d) {
        int n = 0;
        List<String> files = new ArrayList<>();
        for (org.ecoscore.core.Issue i : d.result.issues().all()) {
            if (!i.code().equals("region-number")) continue;
            n++;
            if (!files.contains(i.file())) files.add(i.file());
        }
        if (n == 0) return Optional.empty();
        NumberWords w = nw(d);
        return Optional.of(d.labels.format("hl.regionNumbers", w.count(n), w.list(files)));
    }

    /**
     * The firms placed by the IP location their answers were sent from (腾讯问卷's 地理位置省/市), which need not be
     * where the firm is: the files without a region column whose firms all are (their region-from-ip note), with
     * how many scored firms that is, and the scored firms of other files whose region answer is blank.
     */
    static Optional<String> regionFromIp(ReportData d) {
        Screened s = d.result.firms();
        if (s == null) return Optional.empty();
        org.ecoscore.input.ResponseTable t = s.table();
        int[] placed = new int[t.files().size()];
        for (int r : s.scoredRows()) if (t.placedByIp(r)) placed[t.fileIndex(r)]++;
        List<String> names = new ArrayList<>();
        int wholeFiles = 0;
        int blankAnswers = 0;
        for (int f = 0; f < placed.length; f++) {
            if (placed[f] == 0) continue;
            if (!t.regionFromIp(f)) {
                blankAnswers += placed[f];
                continue;
            }
            wholeFiles += placed[f];
            String name = t.files().get(f).display();
            if (!names.contains(name)) names.add(name);
        }
        if (names.isEmpty() && blankAnswers == 0) return Optional.empty();
        NumberWords n = nw(d);
        if (names.isEmpty()) return Optional.of(d.labels.format("hl.blankRegionFromIp", n.count(blankAnswers)));
        String sentence = d.labels.format("hl.regionFromIp", n.count(names.size()), n.count(wholeFiles),
                n.list(names));
        return Optional.of(blankAnswers == 0 ? sentence
                : sentence + d.labels.format("hl.moreRegionFromIp", n.count(blankAnswers)));
    }

    /** The input files that could not be read: the report covers the rest only. */
    static Optional<String> unreadable(ReportData d) {
        List<String> names = new ArrayList<>();
        for (Screened s : java.util.Arrays.asList(d.result.firms(), d.result.regions(),
                d.result.experts() == null ? null : d.result.experts().rows())) {
            if (s == null) continue;
            for (org.ecoscore.input.InputFile f : s.table().files()) if (!f.readable()) names.add(f.display());
        }
        if (names.isEmpty()) return Optional.empty();
        NumberWords n = nw(d);
        return Optional.of(d.labels.format("hl.unreadable", n.count(names.size()), n.list(names)));
    }

    /** How many region units have each lag type. */
    static Map<Lag, Integer> lagCountsOf(LevelScores ls) {
        Map<Lag, Integer> c = new EnumMap<>(Lag.class);
        for (Lag l : Lag.values()) c.put(l, 0);
        Coupling cp = ls.coupling();
        if (cp == null) return c;
        for (Lag l : cp.lag()) if (l != null) c.merge(l, 1, Integer::sum);
        return c;
    }

    /**
     * How many regions have each lag type (the counts show which is the most common: no second sentence saying so),
     * with a plain explanation of the lag types, which the Summary names here first.
     */
    static Optional<String> lagCounts(ReportData d) {
        Map<Lag, Integer> c = lagCountsOf(d.region);
        int total = c.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) return Optional.empty();
        NumberWords n = nw(d);
        String counts = d.labels.format("hl.lagCounts", n.count(total), d.diagnosis.subsystemCode(1),
                n.count(c.get(Lag.SUBSYSTEM1)), d.diagnosis.subsystemCode(2), n.count(c.get(Lag.SUBSYSTEM2)),
                n.count(c.get(Lag.SYNCHRONOUS)));
        Node a = d.result.framework().subsystem(1).orElse(null);
        Node b = d.result.framework().subsystem(2).orElse(null);
        if (a == null || b == null) return Optional.of(counts);
        // the lag types' first appearance in the report: what they mean, in plain words (Lag's thresholds)
        return Optional.of(counts + d.labels.format("hl.lagExplain", a.code(), nodeLabel(d, a), b.code(),
                nodeLabel(d, b), org.ecoscore.core.ShortestDecimal.of(Lag.LOW),
                org.ecoscore.core.ShortestDecimal.of(Lag.HIGH)));
    }

    /** The element that is the largest obstacle in the most regions (ties: the earlier element). */
    static Optional<String> commonObstacle(ReportData d) {
        Map<String, Integer> first = new TreeMap<>();
        Map<String, String> label = new java.util.HashMap<>();
        int regions = 0;
        for (int u = 0; u < d.region.units(); u++) {
            List<Diagnosis.Share> top = d.diagnosis.largestElements(u, 1);
            if (top.isEmpty()) continue;
            regions++;
            first.merge(top.get(0).code(), 1, Integer::sum);
            label.put(top.get(0).code(), top.get(0).label());
        }
        int most = first.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (most == 0) return Optional.empty();
        List<String> best = new ArrayList<>();
        for (org.ecoscore.framework.TreeItem it : d.diagnosis.elements()) {
            Integer k = first.get(it.code());
            if (k != null && k == most) best.add(label.get(it.code()));
        }
        NumberWords n = nw(d);
        String key = best.size() == 1 ? "hl.commonObstacle" : "hl.commonObstacleTie";
        return Optional.of(d.labels.format(key, n.list(best), n.count(most), n.count(regions)));
    }

    static Optional<String> nationalObstacle(ReportData d) {
        List<Diagnosis.Share> top = d.diagnosis.nationalElements(1);
        if (top.isEmpty()) return Optional.empty();
        return Optional.of(d.labels.format("hl.nationalObstacle", top.get(0).label(), nw(d).share(top.get(0).share())));
    }

    static Optional<String> grades(ReportData d) {
        Coupling cp = d.region.coupling();
        if (cp == null) return Optional.empty();
        int[] count = new int[11];
        int total = 0;
        for (int g : cp.grade()) {
            if (g > 0) {
                count[g]++;
                total++;
            }
        }
        if (total == 0) return Optional.empty();
        int mode = 0;
        boolean tie = false;
        int lo = 0;
        int hi = 0;
        for (int g = 1; g <= 10; g++) {
            if (count[g] == 0) continue;
            if (lo == 0) lo = g;
            hi = g;
            if (count[g] > count[mode]) {
                mode = g;
                tie = false;
            } else if (count[g] == count[mode]) {
                tie = true;
            }
        }
        NumberWords n = nw(d);
        Labels l = d.labels;
        String meanD = n.d(ReportData.mean(cp.d()));
        if (lo == hi) return Optional.of(l.format("hl.gradesOne", n.count(total), l.grade(lo), meanD));
        if (tie) return Optional.of(l.format("hl.gradesRange", l.grade(lo), l.grade(hi), meanD));
        return Optional.of(l.format("hl.grades", l.grade(mode), n.count(count[mode]), l.grade(lo), l.grade(hi), meanD));
    }

    /** The exclusion reasons of the given rows with their counts, most frequent first, as a list in words. */
    private static String reasons(ReportData d, Map<String, Integer> byReason) {
        List<Map.Entry<String, Integer>> e = new ArrayList<>(byReason.entrySet());
        e.sort((a, b) -> b.getValue() - a.getValue());
        NumberWords n = nw(d);
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> x : e) parts.add(d.labels.format("hl.reason", d.labels.code(x.getKey()),
                n.count(x.getValue())));
        return n.list(parts);
    }

    static Optional<String> data(ReportData d) {
        Screened s = d.result.firms();
        if (s == null || s.table().rows() == 0) return Optional.empty();
        int read = s.table().rows();
        int scored = s.scoredRows().length;
        NumberWords n = nw(d);
        if (read == scored) return Optional.of(d.labels.format("hl.dataAll", n.count(read)));
        Map<String, Integer> byReason = new TreeMap<>();
        for (String e : s.exclusion()) if (e != null) byReason.merge(e, 1, Integer::sum);
        return Optional.of(d.labels.format("hl.data", n.count(read), n.count(scored), n.count(read - scored),
                reasons(d, byReason)));
    }

    /**
     * With {@code --min-duration}: how many firm respondents answered faster and are flagged, and how many firm rows
     * have no readable duration and could not be checked ({@link org.ecoscore.screen.SpeedCheck}).
     */
    static Optional<String> speed(ReportData d) {
        Screened s = d.result.firms();
        double min = d.result.options().minDuration();
        if (s == null || s.table().rows() == 0 || Double.isNaN(min)) return Optional.empty();
        org.ecoscore.screen.SpeedCheck c = org.ecoscore.screen.SpeedCheck.of(s);
        NumberWords n = nw(d);
        String how = d.labels.get(d.result.options().excludeFlagged() ? "hl.speedExcluded" : "hl.speedScored");
        String flagged = d.labels.format(c.flagged() == 1 ? "hl.speedFlaggedOne" : "hl.speedFlagged",
                n.count(c.flagged()), CsvNumbers.format(min), how);
        String unchecked = d.labels.format(c.unchecked() == 1 ? "hl.speedUncheckedOne" : "hl.speedUnchecked",
                n.count(c.unchecked()));
        return Optional.of(d.labels.format("hl.speed", flagged, unchecked));
    }

    // ---- a region profile

    static Optional<String> regionIndex(ReportData d, int u) {
        String name = d.region.unitIds()[u];
        double v = d.region.tree().root() < 0 ? Double.NaN : d.region.index()[u];
        if (Double.isNaN(v) || d.region.rank()[u] == 0) return Optional.of(d.labels.format("hl.regionNoIndex", name));
        double mean = ReportData.mean(d.region.index());
        NumberWords n = nw(d);
        String key = v >= mean ? "hl.regionAbove" : "hl.regionBelow";
        return Optional.of(d.labels.format(key, name, n.score(v), n.count(ranked(d).length),
                n.count(d.region.rank()[u]), n.points(v - mean)));
    }

    static Optional<String> regionCoupling(ReportData d, int u) {
        Coupling cp = d.region.coupling();
        if (cp == null || cp.grade()[u] == 0) return Optional.empty();
        Node a = d.result.framework().subsystem(1).orElseThrow();
        Node b = d.result.framework().subsystem(2).orElseThrow();
        NumberWords n = nw(d);
        return Optional.of(d.labels.format("hl.regionCoupling", n.d(cp.d()[u]),
                d.diagnosis.couplingName(Level.REGION, u), a.code(), n.score(d.region.score(a.code(), u)), b.code(),
                n.score(d.region.score(b.code(), u))));
    }

    static Optional<String> regionObstacles(ReportData d, int u) {
        List<Diagnosis.Share> top = d.diagnosis.largestElements(u, 3);
        if (top.isEmpty()) return Optional.empty();
        NumberWords n = nw(d);
        Diagnosis.Share first = top.get(0);
        if (top.size() == 1) {
            return Optional.of(d.labels.format("hl.regionObstacleOne", first.label(), n.share(first.share())));
        }
        List<String> rest = new ArrayList<>();
        for (Diagnosis.Share s : top.subList(1, top.size())) {
            rest.add(d.labels.format("hl.obstacleItem", s.label(), n.share(s.share())));
        }
        return Optional.of(d.labels.format("hl.regionObstacles", first.label(), n.share(first.share()), n.list(rest)));
    }

    static Optional<String> regionFirms(ReportData d, int u) {
        if (d.region.firmCounts() == null) return Optional.empty();
        String count = nw(d).count(d.region.firmCounts()[u]);
        return Optional.of(d.labels.format(d.region.unitRows()[u] >= 0 ? "hl.regionFirmsQ" : "hl.regionFirmsNoQ",
                count));
    }

    /**
     * The region's scored firms placed by the IP location of their answers (腾讯问卷's 地理位置省/市, when the region
     * answer is blank or the file has no region column): said in the region's own profile and brief, which an office
     * forwards without the Summary (new-user finding: a firm answering from a Beijing IP made 北京市 a region of its own).
     */
    static Optional<String> regionIp(ReportData d, int u) {
        Screened s = d.result.firms();
        if (s == null) return Optional.empty();
        String name = d.region.unitIds()[u];
        int n = 0;
        for (int row : s.scoredRows()) if (s.table().placedByIp(row) && name.equals(s.regionName()[row])) n++;
        return n == 0 ? Optional.empty() : Optional.of(d.labels.format("hl.regionIp", nw(d).count(n)));
    }

    static Optional<String> regionFew(ReportData d, int u) {
        return d.fewFirms(u) ? Optional.of(d.labels.get("hl.regionFew")) : Optional.empty();
    }

    /** Firm rows excluded whose region resolved to this region, by reason. */
    static Optional<String> regionExcluded(ReportData d, int u) {
        Screened s = d.result.firms();
        if (s == null) return Optional.empty();
        String name = d.region.unitIds()[u];
        Map<String, Integer> byReason = new TreeMap<>();
        int n = 0;
        for (int row = 0; row < s.exclusion().length; row++) {
            if (s.exclusion()[row] != null && name.equals(s.regionName()[row])) {
                byReason.merge(s.exclusion()[row], 1, Integer::sum);
                n++;
            }
        }
        if (n == 0) return Optional.empty();
        return Optional.of(d.labels.format("hl.regionExcluded", nw(d).count(n), reasons(d, byReason)));
    }

    // ---- with --baseline: what changed (SPEC §7)

    /** "rose by 2.3" / "fell by 1.0" / "was unchanged" (to one decimal). */
    private static String moved(ReportData d, double change) {
        NumberWords n = nw(d);
        String shown = n.points(change);
        if (shown.equals(n.points(0))) return d.labels.get("hl.same");
        return d.labels.format(change > 0 ? "hl.rose" : "hl.fell", shown);
    }

    /** A p-value in words: "p = 0.012, significant" / "p = 0.34, not significant" / "too few firms to test". */
    private static String pWords(ReportData d, double p) {
        if (Double.isNaN(p)) return d.labels.get("hl.pNone");
        if (p < 0.001) return d.labels.get("hl.pTiny");
        String shown = String.format(java.util.Locale.ROOT, "%.3f", p);
        return d.labels.format(p < ChangeSheet.ALPHA ? "hl.pSig" : "hl.pNotSig", shown);
    }

    /**
     * The nation's index (mean over firms) then and now, with Welch's test; and, when firms took part in both runs,
     * their own means then and now with the paired t-test (new-user finding: the Summary cited Welch's p = 0.061,
     * "not significant", while the Change sheet's paired test on the 32 firms in both years gave p = 0.0003).
     */
    static Optional<String> change(ReportData d) {
        org.ecoscore.result.Changes ch = d.result.changes();
        if (ch == null) return Optional.empty();
        // the same batch as its own baseline: no change to report, and the reader is told why (baseline-unchanged)
        if (ch.noneChanged()) return Optional.of(d.labels.get("hl.baselineUnchanged"));
        org.ecoscore.result.Changes.NationChange n = ch.nation(d.rootCode());
        if (n == null || Double.isNaN(n.changeAll())) return Optional.empty();
        NumberWords w = nw(d);
        if (n.nMatched() >= 2 && !Double.isNaN(n.pPaired())) {
            return Optional.of(d.labels.format("hl.changePaired", moved(d, n.changeAll()), w.score(n.baselineAll()),
                    w.score(n.currentAll()), pWords(d, n.pWelch()), w.count(n.nMatched()), w.score(n.baselineMatched()),
                    w.score(n.currentMatched()), pWords(d, n.pPaired())));
        }
        return Optional.of(d.labels.format("hl.change", moved(d, n.changeAll()), w.score(n.baselineAll()),
                w.score(n.currentAll()), pWords(d, n.pWelch())));
    }

    /** How many regions rose and fell significantly, and the largest rise and fall of the index. */
    static Optional<String> changeRegions(ReportData d) {
        org.ecoscore.result.Changes ch = d.result.changes();
        org.ecoscore.result.Changes.LevelChange rc = ch == null ? null : ch.region();
        int root = rc == null ? -1 : rc.node(d.rootCode());
        if (root < 0) return Optional.empty();
        int compared = 0;
        int up = 0;
        int down = 0;
        int best = -1;
        int worst = -1;
        for (int k = 0; k < rc.pairs(); k++) {
            double c = rc.change(root, k);
            if (Double.isNaN(c)) continue;
            compared++;
            double p = rc.p()[root][k];
            if (p < ChangeSheet.ALPHA && c > 0) up++;
            if (p < ChangeSheet.ALPHA && c < 0) down++;
            if (best < 0 || c > rc.change(root, best)) best = k;
            if (worst < 0 || c < rc.change(root, worst)) worst = k;
        }
        if (compared < 2 || ch.noneChanged()) return Optional.empty();
        NumberWords n = nw(d);
        // the largest rise is one only when shown above +0.0, the largest fall below -0.0 (new-user finding: one
        // region named as both the largest rise and the largest fall, +0.0 each)
        String rise = signed(rc.change(root, best));
        String fall = signed(rc.change(root, worst));
        boolean rose = !rise.equals("+0.0") && rc.change(root, best) > 0;
        boolean fell = !fall.equals("-0.0") && rc.change(root, worst) < 0;
        String key = rose && fell ? "hl.changeRegions" : rose ? "hl.changeRegionsRise" : fell ? "hl.changeRegionsFall"
                : "hl.changeRegionsNone";
        return Optional.of(d.labels.format(key, n.count(compared), n.count(up), n.count(down),
                rc.units()[best], rise, rc.units()[worst], fall));
    }

    /** A change with its sign, one decimal: {@code +2.3}, {@code -1.0}. */
    static String signed(double v) {
        return String.format(java.util.Locale.ROOT, "%+.1f", v);
    }

    /** A region's index then and now, Welch's test on its firms, and its rank then → now. */
    static Optional<String> regionChange(ReportData d, int u) {
        org.ecoscore.result.Changes ch = d.result.changes();
        org.ecoscore.result.Changes.LevelChange rc = ch == null ? null : ch.region();
        int root = rc == null ? -1 : rc.node(d.rootCode());
        int k = root < 0 || u >= rc.pairOfUnit().length ? -1 : rc.pairOfUnit()[u];
        if (k < 0 || Double.isNaN(rc.change(root, k))) return Optional.empty();
        NumberWords n = nw(d);
        int then = rc.rankBaseline()[root][k];
        int now = rc.rankCurrent()[root][k];
        String rank = then == 0 || now == 0 ? d.labels.get("hl.rankNone")
                : then == now ? d.labels.format("hl.rankSame", n.count(now))
                : d.labels.format("hl.rankMove", n.count(then), n.count(now));
        return Optional.of(d.labels.format("hl.regionChange", moved(d, rc.change(root, k)),
                n.score(rc.baseline()[root][k]), n.score(rc.current()[root][k]), pWords(d, rc.p()[root][k]), rank));
    }
}
