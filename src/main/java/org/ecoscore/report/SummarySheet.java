package org.ecoscore.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.FrameworkDisplay;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.input.InputFile;
import org.ecoscore.screen.Screened;

/**
 * 概览/Summary: title, framework, run time, headline figures (firms scored, regions, rows excluded by reason,
 * national means of the index and the subsystems, mean coupling D), per-file accounting, the top and bottom
 * five regions, a bar chart of every region's index and a radar chart per subsystem of its children's
 * national means (a bar chart when it has fewer than three children).
 */
final class SummarySheet {
    /** Columns of the region tables (rank, region, index, n); the bar chart starts one column after. */
    private static final int TABLE_COLS = 4;
    /** Columns of a radar's table (node, national mean). */
    private static final int RADAR_TABLE_COLS = 2;
    /** First column of the bottom-five table (the top five take columns 0–3). */
    private static final int BOTTOM_COL = 5;

    private SummarySheet() {
    }

    static void write(ReportData d, XlsxSheet sheet, Styles st, ChartParts parts) {
        Labels l = d.labels;
        SheetWriter w = new SheetWriter(sheet, st);
        int r = 0;
        w.styled(r++, 0, l.get("title"), st.title);
        r = pair(w, r, l.get("framework"), FrameworkDisplay.of(d.result.framework(), d.english));
        boolean panelOnly = d.panelOnly();
        r = pair(w, r, l.get("unitScored"), panelOnly ? l.get("panel.unit") : d.result.framework().unit().name(d.english));
        r = pair(w, r, l.get("runDate"), MethodSheet.STAMP.format(d.result.started()));
        r = pair(w, r, l.get("toolVersion"), d.result.toolVersion());
        r++;
        r = highlights(w, r, l, Highlights.summary(d));
        if (panelOnly) {
            w.styled(r++, 0, l.get("headline"), st.subtitle);
            w.note(r++, 0, l.get("panel.onlyNote"));
            r = panel(d, w, r);
            for (Severity sv : Severity.values()) {
                r = count(w, r, l.get("issuesCount") + " (" + l.code(sv.id()) + ")", (int) d.result.issues().count(sv));
            }
            r++;
            r = files(d, w, r);
            r++;
            issuesByCode(d, w, r);
            w.finish(-1);
            return;
        }
        org.ecoscore.result.Changes ch = d.result.changes();
        if (ch != null) w.header(r, List.of(l.get("headline"), l.get("col.current"), l.get("col.baseline"),
                l.get("col.change")));
        else w.styled(r, 0, l.get("headline"), st.subtitle);
        r++;
        r = count(w, r, l.get("firmsScored"), d.firm.units());
        if (ch != null) then(w, r - 1, ch.firmsInBoth() + ch.droppedFirms().size(), d.firm.units(), st.integer);
        r = count(w, r, l.get("regionsCount"), d.region.units());
        if (ch != null) {
            int before = (ch.region() == null ? 0 : ch.region().pairs()) + ch.droppedRegions().size();
            then(w, r - 1, before, d.region.units(), st.integer);
        }
        Screened firms = d.result.firms();
        r = count(w, r, l.get("rowsRead"), firms.table().rows());
        r = count(w, r, l.get("rowsExcluded"), firms.table().rows() - firms.scoredRows().length);
        Map<String, Integer> reasons = new TreeMap<>();
        for (String e : firms.exclusion()) if (e != null) reasons.merge(e, 1, Integer::sum);
        for (Map.Entry<String, Integer> e : reasons.entrySet()) {
            r = count(w, r, l.get("excludedFor") + l.code(e.getKey()), e.getValue());
        }
        Node root = d.result.framework().root();
        r = mean(w, r, l.get("nationalIndex") + root.code() + " " + root.name(d.english), d.firmMean(root.code()));
        r = nationThen(w, r, ch, root.code());
        for (int s = 1; s <= 2; s++) {
            Node n = d.result.framework().subsystem(s).orElse(null);
            if (n != null) {
                r = mean(w, r, l.get("nationalIndex") + n.code() + " " + n.name(d.english), d.firmMean(n.code()));
                r = nationThen(w, r, ch, n.code());
            }
        }
        if (d.firm.coupling() != null) {
            w.label(r, 0, l.get("meanD"));
            w.number(r++, 1, ReportData.mean(d.firm.coupling().d()), st.fine);
        }
        for (Severity sv : Severity.values()) {
            r = count(w, r, l.get("issuesCount") + " (" + l.code(sv.id()) + ")", (int) d.result.issues().count(sv));
        }
        r = panel(d, w, r);
        r++;
        r = files(d, w, r);
        r++;
        r = issuesByCode(d, w, r);
        r++;
        r = regionLists(d, w, r);
        r++;
        List<Runnable> charts = new ArrayList<>();
        r = regionChart(d, sheet, w, r, charts, parts);
        for (int s = 1; s <= 2; s++) r = subsystemRadar(d, sheet, w, r, s, charts, parts);
        w.finish(-1);
        charts.forEach(Runnable::run); // sized in cm over the final column widths
    }

    /** With an expert panel: its rows read and scored, raters, cases and the overall W (the Agreement sheet has the rest). */
    private static int panel(ReportData d, SheetWriter w, int r) {
        if (d.result.experts() == null) return r;
        Labels l = d.labels;
        Screened rows = d.result.experts().rows();
        r = count(w, r, l.get("panel.rowsRead"), rows.table().rows());
        r = count(w, r, l.get("panel.rowsScored"), rows.scoredRows().length);
        org.ecoscore.score.PanelScores p = d.result.panel();
        if (p == null) return r;
        r = count(w, r, l.get("panel.raters"), p.raters().size());
        r = count(w, r, l.get("panel.cases"), p.cases().size());
        w.label(r, 0, l.get("panel.rootW"));
        w.number(r, 1, p.rootAgreement().kendall().w(), w.styles.fine);
        w.text(r++, 2, l.get("panel.seeSheet"));
        return r;
    }

    /** Columns a highlight sentence spans (it wraps within them). */
    static final int HIGHLIGHT_COLS = 8;

    /** The 要点 / Highlights block: a subtitle and one wrapped sentence per row, then a blank row. */
    static int highlights(SheetWriter w, int r, Labels l, List<String> sentences) {
        if (sentences.isEmpty()) return r;
        w.styled(r++, 0, l.get("highlights"), w.styles.subtitle);
        for (String s : sentences) w.paragraph(r++, 0, HIGHLIGHT_COLS - 1, s);
        return r + 1;
    }

    /** With a baseline: the headline figure's value then (column 2) and its change (column 3). */
    private static void then(SheetWriter w, int r, double before, double now, Styles.Style style) {
        w.number(r, 2, before, style);
        w.number(r, 3, now - before, w.styles.changeCount);
    }

    /** With a baseline: the nation's mean over firms then and its change, beside the row above. */
    private static int nationThen(SheetWriter w, int r, org.ecoscore.result.Changes ch, String code) {
        org.ecoscore.result.Changes.NationChange n = ch == null ? null : ch.nation(code);
        if (n != null) {
            w.number(r - 1, 2, n.baselineAll(), w.styles.score);
            w.number(r - 1, 3, n.changeAll(), w.styles.change);
        }
        return r;
    }

    private static int pair(SheetWriter w, int r, String key, String value) {
        w.label(r, 0, key);
        w.text(r, 1, value);
        return r + 1;
    }

    private static int count(SheetWriter w, int r, String key, int value) {
        w.label(r, 0, key);
        w.integer(r, 1, value);
        return r + 1;
    }

    private static int mean(SheetWriter w, int r, String key, double value) {
        w.label(r, 0, key);
        w.number(r, 1, value, w.styles.score);
        return r + 1;
    }

    /**
     * How many issues of each code, errors first, then warnings, then notes, the most frequent first within each:
     * what to fix first, before reading the Issues sheet.
     */
    private static int issuesByCode(ReportData d, SheetWriter w, int r) {
        Labels l = d.labels;
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Severity> severity = new java.util.HashMap<>();
        for (org.ecoscore.core.Issue i : d.result.issues().all()) {
            counts.computeIfAbsent(i.code(), k -> new long[1])[0]++;
            severity.merge(i.code(), i.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        if (counts.isEmpty()) return r;
        w.styled(r++, 0, l.get("issuesByCode"), w.styles.subtitle);
        w.header(r++, List.of(l.get("col.code"), l.get("col.severity"), l.get("col.count")));
        List<Map.Entry<String, long[]>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(java.util.Comparator.comparing((Map.Entry<String, long[]> e) -> severity.get(e.getKey()))
                .thenComparing((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])));
        for (Map.Entry<String, long[]> e : rows) {
            w.text(r, 0, l.code(e.getKey()) + " (" + e.getKey() + ")");
            w.text(r, 1, l.code(severity.get(e.getKey()).id()));
            w.integer(r, 2, e.getValue()[0]);
            r++;
        }
        return r;
    }

    private static int files(ReportData d, SheetWriter w, int r) {
        Labels l = d.labels;
        w.styled(r++, 0, l.get("files"), w.styles.subtitle);
        w.header(r++, List.of(l.get("col.level"), l.get("col.file"), l.get("col.sheet"), l.get("col.rowsRead"),
                l.get("col.scored"), l.get("col.excluded"), l.get("col.error")));
        for (Screened s : d.screenedLevels()) {
            FileCounts[] counts = FileCounts.of(s);
            for (InputFile f : s.table().files()) {
                FileCounts c = counts[f.index()];
                w.text(r, 0, d.levelWord(f.level()));
                w.text(r, 1, f.display());
                w.text(r, 2, f.sheet());
                w.integer(r, 3, c.read());
                w.integer(r, 4, c.scored());
                w.integer(r, 5, c.excluded());
                w.text(r, 6, ErrorMessages.fileError(f, d.result.issues(), l.english()), f.readable() ? Styles.Fill.NONE : Styles.Fill.ERROR);
                r++;
            }
        }
        return r;
    }

    /**
     * The top five and bottom five regions of {@link LeadingRegions} (the highlights' rule: among the regions
     * resting on at least 5 firms when two or more do), each with its rank among all regions.
     */
    private static int regionLists(ReportData d, SheetWriter w, int r) {
        Labels l = d.labels;
        LeadingRegions lead = LeadingRegions.of(d.result);
        int[] ranked = lead.units();
        int n = Math.min(5, ranked.length);
        if (n == 0) return r;
        w.styled(r, 0, l.get("topRegions"), w.styles.subtitle);
        w.styled(r, BOTTOM_COL, l.get("bottomRegions"), w.styles.subtitle);
        r++;
        List<String> head = List.of(l.get("col.rank"), l.get("col.region"), l.get("col.index"), l.get("col.nCi"));
        for (int c = 0; c < head.size(); c++) {
            w.styled(r, c, head.get(c), w.styles.header);
            w.styled(r, BOTTOM_COL + c, head.get(c), w.styles.header);
        }
        r++;
        boolean few = false;
        for (int i = 0; i < n; i++) {
            few |= regionCells(d, w, r + i, 0, ranked[i]);
            few |= regionCells(d, w, r + i, BOTTOM_COL, ranked[ranked.length - n + i]);
        }
        r += n;
        if (lead.solidOnly()) w.note(r++, 0, l.format("note.leadingSolid", lead.units().length, lead.ranked(), lead.few()));
        if (few) w.note(r++, 0, l.get("note.fewFirms"));
        return r;
    }

    /** Rank, region, index and n of region unit {@code u}, grey italic on few firms; true when marked. */
    private static boolean regionCells(ReportData d, SheetWriter w, int r, int c, int u) {
        boolean few = d.fewFirms(u);
        w.integer(r, c, d.region.rank()[u], few);
        w.text(r, c + 1, d.region.unitIds()[u], few);
        w.number(r, c + 2, d.region.index()[u], few ? w.styles.fewScore : w.styles.score);
        int n = d.regionN(u);
        if (n >= 0) w.integer(r, c + 3, n, few);
        return few;
    }

    /** Region units with a rank, best first. */
    private static int[] ranked(ReportData d) {
        return java.util.Arrays.stream(d.regionsByRank()).filter(u -> d.region.rank()[u] > 0).toArray();
    }

    /** Bar chart height: {@value #CM_PER_REGION} cm per region plus the title, at least {@value #MIN_BAR_CM} cm. */
    static final double CM_PER_REGION = 0.6;
    static final double MIN_BAR_CM = 8;
    static final double BAR_WIDTH_CM = 16;
    static final double RADAR_WIDTH_CM = 18;
    static final double RADAR_HEIGHT_CM = 13;
    /** A radar chart needs at least this many axes; with fewer children a subsystem gets a bar chart. */
    static final int MIN_RADAR_AXES = 3;

    /** A region table (rank, region, index, n) with the bar chart of the index right of it. */
    private static int regionChart(ReportData d, XlsxSheet sheet, SheetWriter w, int r, List<Runnable> charts,
                                   ChartParts parts) {
        int[] ranked = ranked(d);
        if (ranked.length == 0) return r;
        Labels l = d.labels;
        String title = l.get("regionIndex");
        sheet.setRowBreak(r - 1); // the chart starts a page (it fits one up to ~25 regions)
        w.styled(r++, 0, title, w.styles.subtitle);
        w.header(r++, List.of(l.get("col.rank"), l.get("col.region"), l.get("col.index"), l.get("col.nCi")));
        int first = r;
        boolean few = false;
        for (int u : ranked) few |= regionCells(d, w, r++, 0, u);
        int last = r - 1;
        if (few) w.note(r++, 0, l.get("note.fewFirms"));
        double cm = Math.max(MIN_BAR_CM, CM_PER_REGION * ranked.length + 2);
        int top = first - 1;
        int end = (int) Charts.rowEnd(sheet, top, cm)[0];
        charts.add(() -> parts.bar(sheet, Charts.sized(sheet, TABLE_COLS + 1, top, BAR_WIDTH_CM, cm), title,
                new CellRangeAddress(first, last, 1, 1),
                List.of(new Charts.Series(l.get("col.index"), new CellRangeAddress(first, last, 2, 2))), true));
        return Math.max(r, end + 1) + 1;
    }

    /**
     * A subsystem's children with their national means, on a new page, and the radar chart right of them — a bar
     * chart when the subsystem has fewer than three children (a radar needs three axes).
     */
    private static int subsystemRadar(ReportData d, XlsxSheet sheet, SheetWriter w, int r, int which,
                                      List<Runnable> charts, ChartParts parts) {
        List<TreeItem> kids = d.subsystemChildren(which);
        Node sub = d.result.framework().subsystem(which).orElse(null);
        if (sub == null || kids.isEmpty()) return r;
        Labels l = d.labels;
        String title = l.get("radarOf") + sub.code() + " " + sub.name(d.english);
        sheet.setRowBreak(r - 1); // table and chart start a page: the chart never straddles a page break
        w.styled(r++, 0, title, w.styles.subtitle);
        w.header(r++, List.of(l.get("col.node"), l.get("col.nationalFirms")));
        int first = r;
        for (TreeItem it : kids) {
            w.text(r, 0, d.head(it));
            w.number(r, 1, d.firmMean(it.code()), w.styles.score);
            r++;
        }
        int last = r - 1;
        int top = first - 1;
        boolean radar = kids.size() >= MIN_RADAR_AXES;
        double height = radar ? RADAR_HEIGHT_CM : MIN_BAR_CM;
        int end = (int) Charts.rowEnd(sheet, top, height)[0];
        CellRangeAddress categories = new CellRangeAddress(first, last, 0, 0);
        List<Charts.Series> series = List.of(new Charts.Series(l.get("col.nationalFirms"),
                new CellRangeAddress(first, last, 1, 1)));
        charts.add(() -> {
            Charts.Place place = Charts.sized(sheet, RADAR_TABLE_COLS + 1, top, RADAR_WIDTH_CM, height);
            if (radar) parts.radar(sheet, place, title, categories, series);
            else parts.bar(sheet, place, title, categories, series, true);
        });
        return Math.max(r, end + 1) + 1;
    }
}
