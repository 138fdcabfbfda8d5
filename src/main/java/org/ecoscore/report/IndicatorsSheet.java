package org.ecoscore.report;

import java.util.List;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.score.NodeStat;
import org.ecoscore.score.QuestionStat;
import org.ecoscore.score.Reliability;

/**
 * 指标统计/Indicators: the question statistics of SPEC §4.7 with each question's text, then the node score
 * statistics, then Cronbach's α where computed.
 */
final class IndicatorsSheet {
    private IndicatorsSheet() {
    }

    static void write(ReportData d, XlsxSheet sheet, Styles st) {
        Labels l = d.labels;
        SheetWriter w = new SheetWriter(sheet, st);
        w.header(0, List.of(l.get("col.level"), l.get("col.code"), l.get("col.question"), l.get("col.n"),
                l.get("col.missing"), l.get("col.invalid"), l.get("col.declaredMissing"), l.get("col.meanRaw"),
                l.get("col.sdRaw"), l.get("col.meanScore")));
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (QuestionStat q : d.result.statistics().questions()) {
            w.text(r, 0, d.levelWord(q.level()));
            w.text(r, 1, q.code());
            w.text(r, 2, d.result.framework().question(q.code()).map(d::questionText).orElse(""));
            w.integer(r, 3, q.n());
            w.integer(r, 4, q.missing());
            w.integer(r, 5, q.invalid());
            w.integer(r, 6, q.declaredMissing());
            w.number(r, 7, q.meanRaw(), st.fine);
            w.number(r, 8, q.sdRaw(), st.fine);
            w.number(r, 9, q.meanScore(), st.score);
            r++;
        }
        r++;
        w.styled(r++, 0, l.get("nodeStats"), st.subtitle);
        w.header(r++, List.of(l.get("col.level"), l.get("col.code"), l.get("col.node"), l.get("col.n"),
                l.get("col.mean"), l.get("col.sd")));
        for (NodeStat n : d.result.statistics().nodes()) {
            w.text(r, 0, d.levelWord(n.level()));
            w.text(r, 1, n.code());
            w.text(r, 2, nodeName(d, n.level(), n.code()));
            w.integer(r, 3, n.n());
            w.number(r, 4, n.mean(), st.score);
            w.number(r, 5, n.sd(), st.score);
            r++;
        }
        List<Reliability> rel = d.result.statistics().reliability();
        if (!rel.isEmpty()) {
            r++;
            w.styled(r++, 0, l.get("reliability"), st.subtitle);
            w.header(r++, List.of(l.get("col.code"), l.get("col.node"), l.get("col.items"), l.get("col.cases"),
                    l.get("col.alpha")));
            for (Reliability x : rel) {
                w.text(r, 0, x.node());
                w.text(r, 1, d.result.framework().node(x.node()).map(n -> n.name(d.english)).orElse(""));
                w.text(r, 2, String.join(", ", x.items()));
                w.integer(r, 3, x.cases());
                w.number(r, 4, x.alpha(), st.fine);
                r++;
            }
        }
        w.finish(-1); // several tables on one sheet: no one header row may repeat over all of them
    }

    private static String nodeName(ReportData d, Level level, String code) {
        int i = (level == Level.FIRM ? d.firm : d.region).tree().indexOf(code);
        if (i >= 0) {
            TreeItem it = (level == Level.FIRM ? d.firm : d.region).tree().item(i);
            return d.name(it);
        }
        return d.result.framework().node(code).map(n -> n.name(d.english))
                .orElse(d.result.framework().question(code).map((Question q) -> q.text(d.english)).orElse(""));
    }
}
