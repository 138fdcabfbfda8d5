package org.ecoscore.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.score.Coupling;
import org.ecoscore.score.GroupStat;
import org.ecoscore.score.LevelScores;

/**
 * 地区得分/Regions: one row per region sorted by rank — its code, at city level its province, firms, whether a region questionnaire came in, a
 * {@code CODE name} column per node, the index's 95% CI over the region's firms, coupling, grade, rank —
 * then a radar chart of the top regions (at most five) against the mean over regions on the subsystems'
 * children (a bar chart when they are fewer than three).
 */
final class RegionsSheet {
    static final int MAX_RADAR_REGIONS = 5;

    private RegionsSheet() {
    }

    static void write(ReportData d, XlsxSheet sheet, Styles st, ChartParts charts) {
        Labels l = d.labels;
        LevelScores ls = d.region;
        LevelTree tree = ls.tree();
        int[] nodes = tree.nodeItems();
        Coupling cp = ls.coupling();
        List<String> head = new ArrayList<>(List.of(l.get("col.region"), l.get("col.code")));
        boolean city = d.cityLevel();
        if (city) head.add(l.get("col.province"));
        head.addAll(List.of(l.get("col.firms"), l.get("col.regionResponse")));
        int firstScore = head.size();
        for (int i : nodes) head.add(d.head(tree.item(i)));
        head.add(l.get("col.nCi"));
        head.add(l.get("col.ciLow"));
        head.add(l.get("col.ciHigh"));
        if (cp != null) {
            head.addAll(List.of(l.get("col.couplingC"), l.get("col.couplingT"), l.get("col.couplingD"),
                    l.get("col.grade"), l.get("col.gradeName")));
        }
        head.add(l.get("col.rank"));
        SheetWriter w = new SheetWriter(sheet, st);
        w.header(0, head);
        sheet.createFreezePane(1, 1);
        int[] order = d.regionsByRank();
        int r = 1;
        boolean anyFew = false;
        boolean anyClipped = false;
        for (int u : order) {
            int c = 0;
            boolean few = d.fewFirms(u);
            anyFew |= few;
            w.text(r, c++, ls.unitIds()[u], few);
            w.text(r, c++, ls.unitCodes()[u]);
            if (city) w.text(r, c++, d.provinceOf(u));
            if (ls.firmCounts() != null) w.integer(r, c, ls.firmCounts()[u], few);
            c++;
            w.text(r, c++, ls.unitRows()[u] >= 0 ? l.get("yes") : l.get("no"));
            for (int i : nodes) w.number(r, c++, ls.scores()[i][u], st.score);
            GroupStat g = d.regionGroup(ls.unitIds()[u]).orElse(null);
            int n = d.regionN(u);
            if (n >= 0) w.integer(r, c, n, few);
            c++;
            anyClipped |= ReportData.clips(g);
            w.number(r, c++, g == null ? Double.NaN : ReportData.clipped(g.ciLow()), few ? st.fewScore : st.score);
            w.number(r, c++, g == null ? Double.NaN : ReportData.clipped(g.ciHigh()), few ? st.fewScore : st.score);
            if (cp != null) {
                w.number(r, c++, cp.c()[u], st.fine);
                w.number(r, c++, cp.t()[u], st.fine);
                w.number(r, c++, cp.d()[u], st.fine);
                if (cp.grade()[u] > 0) w.integer(r, c, cp.grade()[u]);
                c++;
                w.text(r, c++, d.couplingName(ls, u));
            }
            if (ls.rank()[u] > 0) w.integer(r, c, ls.rank()[u], few);
            r++;
        }
        int units = order.length;
        int note = units + 1;
        if (anyFew) w.note(note++, 0, l.get("note.fewFirms"));
        if (anyClipped) w.note(note++, 0, l.get("note.ciClipped"));
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, units), 0, head.size() - 1));
        for (int k = 0; k < nodes.length; k++) ColourScales.add(sheet, 1, units, firstScore + k);
        radar(d, sheet, w, note + 1, order, charts);
        w.finish(0);
    }

    /** The radar's data block (children × national mean and top regions) and the chart beside it. */
    private static void radar(ReportData d, XlsxSheet sheet, SheetWriter w, int top, int[] order, ChartParts charts) {
        List<TreeItem> kids = new ArrayList<>(d.subsystemChildren(1));
        kids.addAll(d.subsystemChildren(2));
        int k = Math.min(MAX_RADAR_REGIONS, order.length);
        if (kids.isEmpty() || k == 0) return;
        Labels l = d.labels;
        w.styled(top, 0, l.get("topVsNational"), w.styles.subtitle);
        List<String> head = new ArrayList<>(List.of(l.get("col.node"), l.get("col.national")));
        for (int j = 0; j < k; j++) head.add(d.region.unitIds()[order[j]]);
        int h = top + 1;
        for (int c = 0; c < head.size(); c++) {
            if (c < 2) w.styled(h, c, head.get(c), w.styles.header);
            else w.text(h, c, head.get(c));
        }
        for (int i = 0; i < kids.size(); i++) {
            TreeItem it = kids.get(i);
            int r = h + 1 + i;
            w.text(r, 0, d.head(it));
            w.number(r, 1, d.regionMean(it.code()), w.styles.score);
            for (int j = 0; j < k; j++) w.number(r, 2 + j, d.region.scores()[it.index()][order[j]], w.styles.score);
        }
        int first = h + 1;
        int last = h + kids.size();
        List<Charts.Series> series = new ArrayList<>();
        for (int c = 1; c < head.size(); c++) {
            series.add(new Charts.Series(head.get(c), new CellRangeAddress(first, last, c, c)));
        }
        Charts.Place place = new Charts.Place(head.size() + 1, top, head.size() + 10, top + 22);
        if (kids.size() >= SummarySheet.MIN_RADAR_AXES) {
            charts.radar(sheet, place, l.get("topVsNational"), new CellRangeAddress(first, last, 0, 0), series);
        } else { // a radar needs three axes
            charts.bar(sheet, place, l.get("topVsNational"), new CellRangeAddress(first, last, 0, 0), series, false);
        }
    }
}
