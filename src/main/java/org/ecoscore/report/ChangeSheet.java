package org.ecoscore.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.result.BaselineUse;
import org.ecoscore.result.Changes;

/**
 * 变化/Change (SPEC §7, with {@code --baseline}): the nation's change of every comparable firm-level node (all
 * firms with Welch's test, the firms in both runs with the paired test); the regions present in both runs sorted
 * by the change of the index — baseline, this run, change, rank then → now, Welch's p and a mark at p &lt; 0.05 —
 * with a sorted diverging bar chart beside; a regions × elements table of changes under a red–white–green colour
 * scale; the firms in both runs, new and dropped (counts and lists), and the new and dropped regions.
 */
final class ChangeSheet {
    static final double ALPHA = 0.05;
    static final String MARK = "*";

    private ChangeSheet() {
    }

    static void write(ReportData d, XlsxSheet sheet, Styles st, ChartParts charts) {
        Changes ch = d.result.changes();
        BaselineUse use = d.result.baseline();
        Labels l = d.labels;
        SheetWriter w = new SheetWriter(sheet, st);
        int r = 0;
        w.styled(r++, 0, l.get("change.title"), st.title);
        w.note(r++, 0, l.format("change.note", use.source(), l.get("change.yardstick." + use.yardstick())));
        r++;
        r = nation(d, ch, w, r);
        r = regions(d, ch, sheet, w, r, charts);
        r = elements(d, ch, sheet, w, r);
        units(d, ch, w, r);
        w.finish(0);
    }

    private static int nation(ReportData d, Changes ch, SheetWriter w, int r) {
        if (ch.nation().isEmpty()) return r;
        Labels l = d.labels;
        Styles st = w.styles;
        w.styled(r++, 0, l.get("change.nation"), st.subtitle);
        w.note(r++, 0, l.get("change.nationNote"));
        w.header(r++, List.of(l.get("col.node"), l.get("col.baseline"), l.get("col.current"), l.get("col.change"),
                l.get("col.pWelch"), l.get("col.sig"), l.get("col.baselineBoth"), l.get("col.currentBoth"),
                l.get("col.changeBoth"), l.get("col.pPaired"), l.get("col.sig")));
        for (Changes.NationChange n : ch.nation()) {
            int i = d.firm.tree().indexOf(n.node());
            w.text(r, 0, i < 0 ? n.node() : d.head(d.firm.tree().item(i)));
            w.number(r, 1, n.baselineAll(), st.score);
            w.number(r, 2, n.currentAll(), st.score);
            w.number(r, 3, n.changeAll(), st.change);
            w.number(r, 4, n.pWelch(), st.fine);
            if (n.pWelch() < ALPHA) w.text(r, 5, MARK);
            w.number(r, 6, n.baselineMatched(), st.score);
            w.number(r, 7, n.currentMatched(), st.score);
            w.number(r, 8, n.changeMatched(), st.change);
            w.number(r, 9, n.pPaired(), st.fine);
            if (n.pPaired() < ALPHA) w.text(r, 10, MARK);
            r++;
        }
        return r + 1;
    }

    /** The region pairs sorted by the change of a node, largest rise first, those without a change last. */
    static int[] byChange(Changes.LevelChange rc, int node) {
        Integer[] o = new Integer[rc.pairs()];
        for (int k = 0; k < o.length; k++) o[k] = k;
        Arrays.sort(o, Comparator.comparingDouble((Integer k) -> {
            double c = rc.change(node, k);
            return Double.isNaN(c) ? Double.POSITIVE_INFINITY : -c;
        }).thenComparingInt(k -> k));
        return Arrays.stream(o).mapToInt(Integer::intValue).toArray();
    }

    private static int regions(ReportData d, Changes ch, XlsxSheet sheet, SheetWriter w, int r,
                               ChartParts charts) {
        Labels l = d.labels;
        Styles st = w.styles;
        Changes.LevelChange rc = ch.region();
        w.styled(r++, 0, l.get("change.regions"), st.subtitle);
        if (rc == null || rc.pairs() == 0) {
            w.note(r++, 0, l.get("change.noRegions"));
            return r + 1;
        }
        int root = rc.node(d.rootCode());
        if (root < 0) {
            w.note(r++, 0, l.get("change.rootNotComparable"));
            return r + 1;
        }
        w.header(r++, List.of(l.get("col.region"), l.get("col.baseline"), l.get("col.current"), l.get("col.change"),
                l.get("col.rankMove"), l.get("col.p"), l.get("col.sig")));
        int first = r;
        int[] order = byChange(rc, root);
        double[] changes = new double[order.length];
        for (int j = 0; j < order.length; j++) {
            int k = order[j];
            boolean few = d.fewFirms(rc.currentUnit()[k]);
            w.text(r, 0, rc.units()[k], few);
            w.number(r, 1, rc.baseline()[root][k], st.score);
            w.number(r, 2, rc.current()[root][k], st.score);
            changes[j] = rc.change(root, k);
            w.number(r, 3, changes[j], st.change);
            w.styled(r, 4, rankMove(rc.rankBaseline()[root][k], rc.rankCurrent()[root][k]), st.centred);
            double p = rc.p()[root][k];
            w.number(r, 5, p, st.fine);
            if (p < ALPHA) w.text(r, 6, MARK);
            r++;
        }
        int last = r - 1;
        double heightCm = Math.max(6, 0.8 * order.length + 3);
        charts.diverging(sheet, Charts.sized(sheet, 8, first - 1, 16, heightCm), l.get("change.chart"),
                new CellRangeAddress(first, last, 0, 0),
                new Charts.Series(l.get("col.change"), new CellRangeAddress(first, last, 3, 3)), changes);
        long[] end = Charts.rowEnd(sheet, first - 1, heightCm);
        return Math.max(r, (int) end[0] + 1) + 1;
    }

    static String rankMove(int then, int now) {
        return (then > 0 ? Integer.toString(then) : "–") + " → " + (now > 0 ? Integer.toString(now) : "–");
    }

    /** The subsystems and the elements (the subsystems' children) that are comparable at the region level. */
    static List<TreeItem> columns(ReportData d, Changes.LevelChange rc) {
        List<TreeItem> out = new ArrayList<>();
        for (int s = 1; s <= 2; s++) {
            Node n = d.result.framework().subsystem(s).orElse(null);
            int i = n == null ? -1 : d.region.tree().indexOf(n.code());
            if (i >= 0 && rc.node(n.code()) >= 0) out.add(d.region.tree().item(i));
        }
        for (TreeItem it : d.diagnosis.elements()) if (rc.node(it.code()) >= 0) out.add(it);
        if (out.isEmpty()) { // a framework without subsystems: every comparable node below the root
            for (String code : rc.nodes()) {
                if (!code.equals(d.rootCode())) out.add(d.region.tree().item(d.region.tree().indexOf(code)));
            }
        }
        return out;
    }

    private static int elements(ReportData d, Changes ch, XlsxSheet sheet, SheetWriter w, int r) {
        Changes.LevelChange rc = ch.region();
        if (rc == null || rc.pairs() == 0) return r;
        List<TreeItem> cols = columns(d, rc);
        if (cols.isEmpty()) return r;
        Labels l = d.labels;
        w.styled(r++, 0, l.get("change.elements"), w.styles.subtitle);
        List<String> head = new ArrayList<>(List.of(l.get("col.region")));
        for (TreeItem it : cols) head.add(d.head(it));
        w.header(r++, head);
        int root = rc.node(d.rootCode());
        int[] order = root >= 0 ? byChange(rc, root) : java.util.stream.IntStream.range(0, rc.pairs()).toArray();
        int first = r;
        for (int k : order) {
            w.text(r, 0, rc.units()[k], d.fewFirms(rc.currentUnit()[k]));
            for (int c = 0; c < cols.size(); c++) {
                w.number(r, c + 1, rc.change(rc.node(cols.get(c).code()), k), w.styles.change);
            }
            r++;
        }
        ColourScales.diverging(sheet, first, r - 1, 1, cols.size());
        return r + 1;
    }

    private static void units(ReportData d, Changes ch, SheetWriter w, int r) {
        Labels l = d.labels;
        w.styled(r++, 0, l.get("change.firms"), w.styles.subtitle);
        w.label(r, 0, l.get("change.inBoth"));
        w.integer(r++, 1, ch.firmsInBoth());
        w.label(r, 0, l.get("change.newFirms"));
        w.integer(r++, 1, ch.newFirms().size());
        w.label(r, 0, l.get("change.droppedFirms"));
        w.integer(r++, 1, ch.droppedFirms().size());
        w.label(r, 0, l.get("change.newRegions"));
        w.integer(r++, 1, ch.newRegions().size());
        w.label(r, 0, l.get("change.droppedRegions"));
        w.integer(r++, 1, ch.droppedRegions().size());
        r++;
        List<List<String>> lists = List.of(ch.newFirms(), ch.droppedFirms(), ch.newRegions(), ch.droppedRegions());
        w.header(r++, List.of(l.get("change.newFirms"), l.get("change.droppedFirms"), l.get("change.newRegions"),
                l.get("change.droppedRegions")));
        int rows = lists.stream().mapToInt(List::size).max().orElse(0);
        for (int k = 0; k < rows; k++) {
            for (int c = 0; c < lists.size(); c++) if (k < lists.get(c).size()) w.text(r + k, c, lists.get(c).get(k));
        }
        // a firm without an id is named FILE#ROW, its path holding the year's folder: it never matches
        if (ch.idlessFirms() > 0) w.note(r + rows, 0, l.get("change.madeUpIds"));
    }
}
