package org.ecoscore.report;

import java.util.List;
import org.ecoscore.score.Reliability;
import org.ecoscore.score.ReliabilityWarnings;

/**
 * 信度/Reliability (SPEC §4.7): Cronbach's α per node — code, name, k items, complete cases, α (amber below
 * {@value ReliabilityWarnings#THRESHOLD}) — then the item analysis: per item its code, text, α if the item
 * is deleted and the corrected item–total correlation. Numbers are {@link Reliability}'s at full precision.
 */
final class ReliabilitySheet {
    private ReliabilitySheet() {
    }

    static void write(ReportData d, XlsxSheet sheet, Styles st) {
        Labels l = d.labels;
        SheetWriter w = new SheetWriter(sheet, st);
        List<Reliability> rel = d.result.statistics().reliability();
        int r = 0;
        w.styled(r++, 0, l.get("reliability.nodes"), st.subtitle);
        if (d.panelOnly()) w.note(r++, 0, l.format("panel.statsOver", d.result.experts().rows().scoredRows().length));
        if (rel.isEmpty()) {
            w.note(r, 0, l.get("reliability.none"));
            w.finish(-1);
            return;
        }
        int header = r;
        w.header(r++, List.of(l.get("col.code"), l.get("col.node"), l.get("col.k"), l.get("col.cases"),
                l.get("col.alpha")));
        for (Reliability x : rel) {
            w.text(r, 0, x.node());
            w.text(r, 1, nodeName(d, x.node()));
            w.integer(r, 2, x.items().size());
            w.integer(r, 3, x.cases());
            w.number(r, 4, x.alpha(), ReliabilityWarnings.isLow(x.alpha()) ? st.fineWarning : st.fine);
            r++;
        }
        w.note(r++, 0, l.get("reliability.note"));
        r++;
        w.styled(r++, 0, l.get("reliability.items"), st.subtitle);
        w.header(r++, List.of(l.get("col.code"), l.get("col.node"), l.get("col.itemCode"), l.get("col.itemText"),
                l.get("col.alphaIfDeleted"), l.get("col.itemTotal")));
        for (Reliability x : rel) {
            for (int i = 0; i < x.items().size(); i++) {
                String item = x.items().get(i);
                w.text(r, 0, x.node());
                w.text(r, 1, nodeName(d, x.node()));
                w.text(r, 2, item);
                w.text(r, 3, d.result.framework().question(item).map(q -> q.text(d.english)).orElse(""));
                w.number(r, 4, x.alphaIfDeleted()[i], st.fine);
                w.number(r, 5, x.itemTotal()[i], st.fine);
                r++;
            }
        }
        sheet.createFreezePane(0, header + 1);
        w.finish(-1); // several tables on one sheet: no one header row may repeat over all of them
    }

    private static String nodeName(ReportData d, String code) {
        return d.result.framework().node(code).map(n -> n.name(d.english)).orElse("");
    }
}
