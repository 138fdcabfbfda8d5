package org.ecoscore.report;

import java.util.ArrayList;
import java.util.List;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.score.AhpExpertResult;
import org.ecoscore.score.AhpResult;
import org.ecoscore.score.LevelScores;

/**
 * 权重/Weights: every item present at each level with its local weight (normalised among present siblings)
 * and its effective weight (the product of local weights from the root down), then the AHP consistency
 * table when AHP weights were used (SPEC §1, §4.4).
 */
final class WeightsSheet {
    private WeightsSheet() {
    }

    static void write(ReportData d, XlsxSheet sheet, Styles st) {
        Labels l = d.labels;
        SheetWriter w = new SheetWriter(sheet, st);
        w.header(0, List.of(l.get("col.level"), l.get("col.code"), l.get("col.name"), l.get("col.parent"),
                l.get("col.localWeight"), l.get("col.effectiveWeight")));
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (LevelScores ls : List.of(d.firm, d.region)) {
            LevelTree tree = ls.tree();
            for (TreeItem it : tree.items()) {
                w.text(r, 0, d.levelWord(ls.level()));
                w.text(r, 1, it.code());
                w.text(r, 2, d.name(it));
                if (it.parent() >= 0) w.text(r, 3, tree.item(it.parent()).code());
                w.number(r, 4, ls.localWeights()[it.index()], st.fine);
                w.number(r, 5, effective(ls, it.index()), st.fine);
                r++;
            }
        }
        List<AhpResult> ahp = d.result.scores().ahp();
        if (!ahp.isEmpty()) r = ahpTables(d, w, st, r + 1, ahp);
        w.finish(0);
    }

    /**
     * The AHP consistency table (SPEC §1, §8): one row per matrix — a parent's single matrix, or each expert's
     * and then the experts' aggregate (AIJ) — with n, λmax, CI, CR, the consistency check and whether the
     * expert entered the aggregate; then, for panels, each child's weight by expert and in the aggregate.
     */
    private static int ahpTables(ReportData d, SheetWriter w, Styles st, int r, List<AhpResult> ahp) {
        Labels l = d.labels;
        w.styled(r++, 0, l.get("ahp"), st.subtitle);
        w.header(r++, List.of(l.get("col.parent"), l.get("col.expert"), l.get("col.matrixSize"),
                l.get("col.lambdaMax"), l.get("col.ci"), l.get("col.cr"), l.get("col.consistent"),
                l.get("col.inAggregate")));
        for (AhpResult a : ahp) {
            int n = a.children().size();
            if (a.isPanel()) {
                for (AhpExpertResult x : a.experts()) {
                    consistencyRow(w, st, r, a.parent(), x.expert(), n, x.lambdaMax(), x.ci(), x.cr(), l);
                    w.text(r, 7, l.get(x.included() ? "yes" : "ahpLeftOut"));
                    r++;
                }
                String agg = l.get("ahpAggregate") + " (" + a.includedCount() + "/" + a.experts().size() + ")";
                if (a.hasAggregate()) {
                    consistencyRow(w, st, r, a.parent(), agg, n, a.lambdaMax(), a.ci(), a.cr(), l);
                } else {
                    w.text(r, 0, a.parent());
                    w.text(r, 1, agg);
                    w.text(r, 6, l.get("ahpNoAggregate"));
                }
                r++;
            } else {
                consistencyRow(w, st, r, a.parent(), "", n, a.lambdaMax(), a.ci(), a.cr(), l);
                r++;
            }
        }
        for (AhpResult a : ahp) {
            if (!a.isPanel()) continue;
            r++;
            w.styled(r++, 0, l.get("ahpWeightsOf") + a.parent(), st.subtitle);
            List<String> head = new ArrayList<>(List.of(l.get("col.code"), l.get("col.name")));
            for (AhpExpertResult x : a.experts()) head.add(x.expert());
            head.add(l.get("ahpAggregate"));
            w.header(r++, head);
            for (int c = 0; c < a.children().size(); c++) {
                String code = a.children().get(c);
                w.text(r, 0, code);
                int at = d.region.tree().indexOf(code);
                if (at >= 0) w.text(r, 1, d.name(d.region.tree().item(at)));
                int col = 2;
                for (AhpExpertResult x : a.experts()) w.number(r, col++, x.weights()[c], st.fine);
                if (a.hasAggregate()) w.number(r, col, a.weights()[c], st.fine);
                r++;
            }
        }
        return r;
    }

    private static void consistencyRow(SheetWriter w, Styles st, int r, String parent, String expert, int n,
                                       double lambda, double ci, double cr, Labels l) {
        w.text(r, 0, parent);
        if (!expert.isEmpty()) w.text(r, 1, expert);
        w.integer(r, 2, n);
        w.number(r, 3, lambda, st.fine);
        w.number(r, 4, ci, st.fine);
        w.number(r, 5, cr, st.fine);
        w.text(r, 6, Double.isNaN(cr) || cr <= 0.1 ? l.get("pass") : l.get("fail"));
    }

    /** Product of the local weights on the path from the root to an item. */
    static double effective(LevelScores ls, int item) {
        double p = 1;
        for (int i = item; i >= 0; i = ls.tree().item(i).parent()) p *= ls.localWeights()[i];
        return p;
    }
}
