package org.ecoscore.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;
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

    static void write(ReportData d, Sheet sheet, Styles st) {
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
        if (!ahp.isEmpty()) {
            r++;
            w.styled(r++, 0, l.get("ahp"), st.subtitle);
            w.header(r++, List.of(l.get("col.parent"), l.get("col.matrixSize"), l.get("col.lambdaMax"),
                    l.get("col.ci"), l.get("col.cr"), l.get("col.consistent")));
            for (AhpResult a : ahp) {
                w.text(r, 0, a.parent());
                w.integer(r, 1, a.children().size());
                w.number(r, 2, a.lambdaMax(), st.fine);
                w.number(r, 3, a.ci(), st.fine);
                w.number(r, 4, a.cr(), st.fine);
                w.text(r, 5, Double.isNaN(a.cr()) || a.cr() <= 0.1 ? l.get("pass") : l.get("fail"));
                r++;
            }
        }
        w.finish(0);
    }

    /** Product of the local weights on the path from the root to an item. */
    static double effective(LevelScores ls, int item) {
        double p = 1;
        for (int i = item; i >= 0; i = ls.tree().item(i).parent()) p *= ls.localWeights()[i];
        return p;
    }
}
