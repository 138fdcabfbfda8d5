package org.ecoscore.report;

import java.util.ArrayList;
import java.util.List;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.TreeItem;

/**
 * 障碍因子/Obstacles (SPEC §4.8): the obstacle shares of the subsystems and the elements for the nation (the
 * mean over firms) and every region (rank order), each column under a green–red colour scale; the nation's and
 * each region's five largest obstacle questions.
 */
final class ObstaclesSheet {
    static final int QUESTIONS = 5;

    private ObstaclesSheet() {
    }

    static void write(ReportData d, XlsxSheet sheet, Styles st) {
        Labels l = d.labels;
        Diagnosis dg = d.diagnosis;
        SheetWriter w = new SheetWriter(sheet, st);
        int r = 0;
        w.styled(r++, 0, l.get("obstacles.title"), st.title);
        w.note(r++, 0, l.get("obstacles.note"));
        r++;
        List<String> codes = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(l.get("col.region")));
        for (int s = 1; s <= 2; s++) {
            Node n = d.result.framework().subsystem(s).orElse(null);
            if (n != null && d.region.tree().indexOf(n.code()) >= 0) {
                codes.add(n.code());
                head.add(n.code() + " " + n.name(d.english));
            }
        }
        for (TreeItem it : dg.elements()) {
            codes.add(it.code());
            head.add(d.head(it));
        }
        int headRow = r;
        w.header(r++, head);
        sheet.createFreezePane(1, headRow + 1);
        w.label(r, 0, l.get("obstacles.national"));
        for (int k = 0; k < codes.size(); k++) w.number(r, k + 1, dg.nationalObstacle(codes.get(k)), st.percent);
        r++;
        int first = r;
        for (int u : d.regionsByRank()) {
            w.text(r, 0, d.region.unitIds()[u], d.fewFirms(u));
            for (int k = 0; k < codes.size(); k++) w.number(r, k + 1, dg.regionObstacle(codes.get(k), u), st.percent);
            r++;
        }
        int last = r - 1;
        for (int k = 0; k < codes.size(); k++) ColourScales.add(sheet, first, last, k + 1, true);
        r++;
        w.styled(r++, 0, l.get("obstacles.nationalQuestions"), st.subtitle);
        w.header(r++, List.of(l.get("col.place"), l.get("col.question"), l.get("col.obstacle")));
        int place = 1;
        for (Diagnosis.Share s : dg.nationalQuestions(QUESTIONS)) {
            w.integer(r, 0, place++);
            w.text(r, 1, questionHead(d, s));
            w.number(r, 2, s.share(), st.percent);
            r++;
        }
        r++;
        w.styled(r++, 0, l.get("obstacles.questions"), st.subtitle);
        w.header(r++, List.of(l.get("col.region"), l.get("col.place"), l.get("col.question"), l.get("col.obstacle")));
        boolean any = false;
        for (int u : d.regionsByRank()) {
            place = 1;
            for (Diagnosis.Share s : dg.largestQuestions(u, QUESTIONS)) {
                any = true;
                w.text(r, 0, d.region.unitIds()[u]);
                w.integer(r, 1, place++);
                w.text(r, 2, questionHead(d, s));
                w.number(r, 3, s.share(), st.percent);
                r++;
            }
        }
        if (!any) w.note(r, 0, l.get("obstacles.none"));
        w.finish(headRow);
    }

    /** {@code CODE text} of a question, marked when reverse-coded. */
    private static String questionHead(ReportData d, Diagnosis.Share s) {
        return d.result.framework().question(s.code()).map(q -> s.code() + " " + d.questionText(q)).orElse(s.label());
    }
}
