package org.ecoscore.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.score.GroupStat;
import org.ecoscore.score.LevelScores;

/**
 * One profile sheet per region, in rank order: rank, firms, index with its 95% CI, coupling grade; the
 * subsystems' children for the region against the mean over regions (table and bar chart); and the three
 * strongest and three weakest questions relative to the mean over regions. Above all, the region's highlights
 * ({@link Highlights}); below the chart, its three largest obstacle elements (SPEC §4.8) with the framework's
 * advice. On by default up to
 * {@value #AUTO_LIMIT} regions; {@code Options.profiles()} true/false forces.
 */
final class ProfileSheets {
    static final int AUTO_LIMIT = 40;

    private ProfileSheets() {
    }

    static void write(ReportData d, XlsxWorkbook wb, Styles st, ChartParts charts) {
        Boolean forced = d.result.options().profiles();
        int regions = d.region.units();
        boolean on = forced != null ? forced : regions <= AUTO_LIMIT;
        if (!on || regions == 0) return;
        Set<String> used = new HashSet<>();
        for (XlsxSheet s : wb.sheets()) used.add(s.name().toLowerCase(Locale.ROOT));
        for (int u : d.regionsByRank()) {
            XlsxSheet sheet = wb.createSheet(sheetName(d.region.unitIds()[u], used));
            profile(d, sheet, st, u, charts);
        }
    }

    /** A valid, unique sheet name (≤ 31 characters, no {@code []:*?/\}). */
    static String sheetName(String region, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(region == null || region.isBlank() ? "?" : region, '_');
        if (base.startsWith("'")) base = "_" + base.substring(1);
        String name = base;
        for (int k = 2; used.contains(name.toLowerCase(Locale.ROOT)); k++) {
            String suffix = " (" + k + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** The profile of region unit {@code u} on {@code sheet}; its chart's part written by {@code charts}. */
    static void profile(ReportData d, XlsxSheet sheet, Styles st, int u, ChartParts charts) {
        Labels l = d.labels;
        LevelScores ls = d.region;
        SheetWriter w = new SheetWriter(sheet, st);
        String region = ls.unitIds()[u];
        int r = 0;
        w.styled(r++, 0, l.get("profileOf") + region, st.title);
        r = SummarySheet.highlights(w, r, l, Highlights.region(d, u));
        boolean few = d.fewFirms(u);
        r = label(w, r, l.get("col.rank"));
        if (ls.rank()[u] > 0) w.integer(r - 1, 1, ls.rank()[u], few);
        r = label(w, r, l.get("col.firms"));
        if (ls.firmCounts() != null) w.integer(r - 1, 1, ls.firmCounts()[u], few);
        r = label(w, r, l.get("col.index"));
        w.number(r - 1, 1, ls.index()[u], few ? st.fewScore : st.score);
        GroupStat g = d.regionGroup(region).orElse(null);
        boolean sameN = ls.firmCounts() != null && d.regionN(u) == ls.firmCounts()[u];
        if (!sameN) { // the CI's n differs from the firm count only when some firms have no index
            r = label(w, r, l.get("col.nCi"));
            if (d.regionN(u) >= 0) w.integer(r - 1, 1, d.regionN(u), few);
        }
        r = label(w, r, l.get("col.ciLow"));
        w.number(r - 1, 1, g == null ? Double.NaN : ReportData.clipped(g.ciLow()), few ? st.fewScore : st.score);
        r = label(w, r, l.get("col.ciHigh"));
        w.number(r - 1, 1, g == null ? Double.NaN : ReportData.clipped(g.ciHigh()), few ? st.fewScore : st.score);
        if (ReportData.clips(g)) w.note(r - 1, 2, l.get("note.ciClipped"));
        if (few) w.note(r++, 0, l.get("note.fewFirms"));
        if (ls.coupling() != null) {
            r = label(w, r, l.get("col.couplingD"));
            w.number(r - 1, 1, ls.coupling().d()[u], st.fine);
            r = label(w, r, l.get("col.gradeName"));
            w.text(r - 1, 1, d.couplingName(ls, u));
        }
        r++;
        List<TreeItem> kids = new ArrayList<>(d.subsystemChildren(1));
        kids.addAll(d.subsystemChildren(2));
        if (kids.isEmpty() && ls.tree().root() >= 0) {
            for (int c : ls.tree().item(ls.tree().root()).children()) kids.add(ls.tree().item(c));
        }
        int tableTop = r;
        // with a baseline, last year's value and the change beside each element (and a third series in the chart)
        org.ecoscore.result.Changes.LevelChange then = d.result.changes() == null ? null : d.result.changes().region();
        boolean compared = then != null && u < then.pairOfUnit().length && then.pairOfUnit()[u] >= 0;
        List<String> head = new ArrayList<>(List.of(l.get("col.node"), l.get("col.regionScore"), l.get("col.national"),
                l.get("col.difference")));
        if (compared) head.addAll(List.of(l.get("col.lastYear"), l.get("col.change")));
        w.header(r++, head);
        int first = r;
        for (TreeItem it : kids) {
            double v = ls.scores()[it.index()][u];
            double m = d.regionMean(it.code());
            w.text(r, 0, d.head(it));
            w.number(r, 1, v, st.score);
            w.number(r, 2, m, st.score);
            w.number(r, 3, v - m, st.score);
            if (compared) {
                double b = then.baselineOf(it.code(), u);
                w.number(r, 4, b, st.score);
                w.number(r, 5, v - b, st.change);
            }
            r++;
        }
        if (!kids.isEmpty()) {
            int last = r - 1;
            int at = compared ? 7 : 5;
            List<Charts.Series> series = new ArrayList<>(List.of(new Charts.Series(region,
                    new CellRangeAddress(first, last, 1, 1)), new Charts.Series(l.get("col.national"),
                    new CellRangeAddress(first, last, 2, 2))));
            if (compared) series.add(new Charts.Series(l.get("col.lastYear"), new CellRangeAddress(first, last, 4, 4)));
            charts.bar(sheet, new Charts.Place(at, tableTop, at + 9, tableTop + Math.max(16, kids.size() + 6)),
                    l.get("profileOf") + region, new CellRangeAddress(first, last, 0, 0), series, false);
        }
        r = Math.max(r, tableTop + Math.max(16, kids.size() + 6)) + 1;
        r = obstacles(d, w, r, u);
        List<double[]> diffs = questionDifferences(d, u);
        r = questions(d, w, r, l.get("strongest"), diffs.subList(0, Math.min(3, diffs.size())), u);
        List<double[]> weakest = new ArrayList<>(diffs.subList(Math.max(0, diffs.size() - 3), diffs.size()));
        java.util.Collections.reverse(weakest);
        questions(d, w, r + 1, l.get("weakest"), weakest, u);
        w.finish(-1);
    }

    /** Columns the advice of an obstacle spans (from column 3). */
    static final int ADVICE_LAST_COL = 10;
    /** Display units per line assumed for the advice's row height. */
    static final int ADVICE_LINE = 70;

    /** The region's three largest obstacle elements: place, element, share, and the framework's advice. */
    private static int obstacles(ReportData d, SheetWriter w, int r, int u) {
        List<Diagnosis.Share> top = d.diagnosis.largestElements(u, 3);
        if (top.isEmpty()) return r;
        Labels l = d.labels;
        w.styled(r++, 0, l.get("profile.obstacles"), w.styles.subtitle);
        w.header(r++, List.of(l.get("col.node"), l.get("col.place"), l.get("col.obstacle"), l.get("col.advice")));
        int place = 1;
        for (Diagnosis.Share s : top) {
            w.text(r, 0, s.label());
            w.integer(r, 1, place++);
            w.number(r, 2, s.share(), w.styles.percent);
            if (!s.advice().isEmpty()) w.paragraph(r, 3, ADVICE_LAST_COL, s.advice(), ADVICE_LINE);
            r++;
        }
        return r + 1;
    }

    private static int label(SheetWriter w, int r, String key) {
        w.label(r, 0, key);
        return r + 1;
    }

    /** {item index, difference} for each question the region has a score on, largest difference first. */
    static List<double[]> questionDifferences(ReportData d, int u) {
        LevelTree tree = d.region.tree();
        List<double[]> out = new ArrayList<>();
        for (int i : tree.questionItems()) {
            double v = d.region.scores()[i][u];
            double m = d.regionMean(tree.item(i).code());
            if (!Double.isNaN(v) && !Double.isNaN(m)) out.add(new double[] {i, v - m});
        }
        out.sort(Comparator.comparingDouble((double[] x) -> -x[1]).thenComparingDouble(x -> x[0]));
        return out;
    }

    private static int questions(ReportData d, SheetWriter w, int r, String title, List<double[]> rows, int u) {
        Labels l = d.labels;
        w.styled(r++, 0, title, w.styles.subtitle);
        w.header(r++, List.of(l.get("col.question"), l.get("col.regionScore"), l.get("col.national"),
                l.get("col.difference")));
        for (double[] x : rows) {
            TreeItem it = d.region.tree().item((int) x[0]);
            w.text(r, 0, d.questionHead(it));
            w.number(r, 1, d.region.scores()[it.index()][u], w.styles.score);
            w.number(r, 2, d.regionMean(it.code()), w.styles.score);
            w.number(r, 3, x[1], w.styles.score);
            r++;
        }
        return r;
    }
}
