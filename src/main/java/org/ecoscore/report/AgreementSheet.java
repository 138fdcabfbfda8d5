package org.ecoscore.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.score.PanelScores;

/**
 * 专家一致性/Agreement (SPEC §8), written when the run has an expert panel: per node Kendall's W with χ², df
 * and p, ICC(2,1) and ICC(2,k), and the raters and cases they rest on; per rater the mean Spearman ρ with the
 * others on the overall score, W without the rater and the flag; the cases' scores (cases × nodes) with their
 * rank; and a radar per case of its scores on the lowest nodes (those whose children are questions) against
 * the mean over the cases. Numbers at full precision.
 */
final class AgreementSheet {
    /** Radar charts in a row before the next row of charts begins. */
    private static final int CHARTS_PER_ROW = 2;
    private static final double CHART_WIDTH_CM = 13;
    private static final double CHART_HEIGHT_CM = 10;

    private AgreementSheet() {
    }

    static void write(ReportData d, XlsxSheet sheet, Styles st, ChartParts charts) {
        Labels l = d.labels;
        PanelScores p = d.result.panel();
        SheetWriter w = new SheetWriter(sheet, st);
        int r = 0;
        w.styled(r++, 0, l.get("agreement.title"), st.subtitle);
        w.note(r++, 0, l.format("agreement.note", p.raters().size(), p.cases().size()));
        w.note(r++, 0, l.get("agreement.reading"));
        long flagged = p.raterAgreement().stream().filter(PanelScores.RaterAgreement::flagged).count();
        double without = org.ecoscore.score.PanelScorer.rootWWithoutFlagged(p);
        if (flagged > 0 && !Double.isNaN(without)) {
            w.note(r++, 0, l.format("agreement.withoutFlagged", fixed(p.rootAgreement().kendall().w()), flagged,
                    fixed(without)));
        }
        r++;
        LevelTree tree = p.tree();
        w.styled(r++, 0, l.get("agreement.nodes"), st.subtitle);
        w.header(r++, List.of(l.get("col.node"), "Kendall W", "χ²", "df", "p", "ICC(2,1)", "ICC(2,k)",
                l.get("col.raters"), l.get("col.panelCases")));
        for (PanelScores.NodeAgreement a : p.agreement()) {
            w.text(r, 0, d.head(tree.item(tree.indexOf(a.code()))));
            w.number(r, 1, a.kendall().w(), st.fine);
            w.number(r, 2, a.kendall().chi2(), st.fine);
            if (!Double.isNaN(a.kendall().w())) w.integer(r, 3, a.kendall().df());
            w.number(r, 4, a.kendall().p(), st.fine);
            w.number(r, 5, a.icc().single(), st.fine);
            w.number(r, 6, a.icc().average(), st.fine);
            w.integer(r, 7, a.raters());
            w.integer(r, 8, a.cases());
            r++;
        }
        r++;
        w.styled(r++, 0, l.get("agreement.raters"), st.subtitle);
        w.note(r++, 0, l.get("agreement.ratersNote"));
        int complete = p.rootAgreement().raters();
        if (complete < org.ecoscore.score.PanelScorer.MIN_RATERS_TO_FLAG) {
            w.note(r++, 0, l.format("agreement.fewRaters", complete));
        }
        w.header(r++, List.of(l.get("col.rater"), l.get("col.panelCases"), l.get("col.meanRho"), l.get("col.wWithout"),
                l.get("col.flag")));
        for (PanelScores.RaterAgreement a : p.raterAgreement()) {
            w.text(r, 0, a.rater());
            w.integer(r, 1, a.cases());
            w.number(r, 2, a.meanRho(), a.flagged() ? st.fineWarning : st.fine);
            w.number(r, 3, a.wWithout(), st.fine);
            if (a.flagged()) w.text(r, 4, l.get("agreement.flagged"), Styles.Fill.WARNING);
            r++;
        }
        r++;
        w.styled(r++, 0, l.get("agreement.cases"), st.subtitle);
        List<TreeItem> nodes = new ArrayList<>();
        for (int i : tree.nodeItems()) nodes.add(tree.item(i));
        List<String> head = new ArrayList<>(List.of(l.get("col.case"), l.get("col.rank"), l.get("col.raters")));
        for (TreeItem it : nodes) head.add(d.head(it));
        w.header(r++, head);
        int root = tree.root();
        for (int c = 0; c < p.cases().size(); c++) {
            w.text(r, 0, p.cases().get(c));
            if (p.rank()[c] > 0) w.integer(r, 1, p.rank()[c]);
            w.integer(r, 2, p.raterCounts()[root][c]);
            for (int k = 0; k < nodes.size(); k++) w.number(r, 3 + k, p.caseScores()[nodes.get(k).index()][c], st.score);
            r++;
        }
        if (radars(d, w, sheet, r + 1, p, charts) < 0) w.finish(-1); // several tables on one sheet
    }

    private static String fixed(double v) {
        return Double.isNaN(v) ? "—" : String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    /** The radar axes: the nodes whose children are all questions, in framework order. */
    static List<TreeItem> axes(LevelTree tree) {
        List<TreeItem> out = new ArrayList<>();
        for (int i : tree.nodeItems()) {
            TreeItem it = tree.item(i);
            boolean lowest = it.children().length > 0;
            for (int c : it.children()) if (!tree.item(c).isQuestion()) lowest = false;
            if (lowest) out.add(it);
        }
        return out;
    }

    /** The radar data and charts; returns -1 when there is none (the sheet is not finished yet), else a row below. */
    private static int radars(ReportData d, SheetWriter w, XlsxSheet sheet, int r, PanelScores p, ChartParts charts) {
        Labels l = d.labels;
        List<TreeItem> axes = axes(p.tree());
        if (axes.isEmpty() || p.cases().isEmpty()) return -1;
        w.styled(r++, 0, l.get("agreement.radarData"), w.styles.subtitle);
        List<String> head = new ArrayList<>(List.of(l.get("col.node")));
        head.addAll(p.cases());
        head.add(l.get("agreement.meanOfCases"));
        w.header(r++, head);
        int first = r;
        int m = p.cases().size();
        for (TreeItem it : axes) {
            w.text(r, 0, d.head(it));
            double sum = 0;
            int n = 0;
            for (int c = 0; c < m; c++) {
                double v = p.caseScores()[it.index()][c];
                w.number(r, 1 + c, v, w.styles.score);
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            w.number(r, 1 + m, n == 0 ? Double.NaN : sum / n, w.styles.score);
            r++;
        }
        int last = r - 1;
        w.finish(-1); // column widths first: the charts are sized over them
        CellRangeAddress categories = new CellRangeAddress(first, last, 0, 0);
        Charts.Series mean = new Charts.Series(l.get("agreement.meanOfCases"),
                new CellRangeAddress(first, last, 1 + m, 1 + m));
        int row = r + 1;
        int col = 0;
        for (int c = 0; c < m; c++) {
            Charts.Place place = Charts.sized(sheet, col, row, CHART_WIDTH_CM, CHART_HEIGHT_CM);
            List<Charts.Series> series = List.of(new Charts.Series(p.cases().get(c),
                    new CellRangeAddress(first, last, 1 + c, 1 + c)), mean);
            String title = p.cases().get(c);
            if (axes.size() >= SummarySheet.MIN_RADAR_AXES) charts.radar(sheet, place, title, categories, series);
            else charts.bar(sheet, place, title, categories, series, false);
            if ((c + 1) % CHARTS_PER_ROW == 0) {
                col = 0;
                row = place.row2() + 2;
            } else {
                col = place.col2() + 1;
            }
        }
        return row;
    }
}
