package org.ecoscore.report;

import java.util.ArrayList;
import java.util.List;
import org.ecoscore.score.Validity;

/**
 * 效度/Validity (SPEC §8): for each item set (subsystem1, subsystem2, the whole framework) its KMO with Kaiser's
 * verbal grade, Bartlett's test, the eigenvalues and the rotated factors' variance explained, and per item its
 * MSA, varimax loadings, communality and dominant factor against its node's factor. Numbers at full precision.
 */
final class ValiditySheet {
    private ValiditySheet() {
    }

    static void write(ReportData d, XlsxSheet sheet, Styles st) {
        Labels l = d.labels;
        SheetWriter w = new SheetWriter(sheet, st);
        List<Validity> all = d.result.statistics().validity();
        int r = 0;
        w.styled(r++, 0, l.get("validity.title"), st.subtitle);
        w.note(r++, 0, l.get("validity.note"));
        if (d.panelOnly()) w.note(r++, 0, l.format("panel.statsOver", d.result.experts().rows().scoredRows().length));
        if (all.isEmpty()) {
            w.note(r, 0, l.get("validity.none"));
            w.finish(-1);
            return;
        }
        for (Validity v : all) r = block(d, w, st, r + 1, v);
        w.finish(-1); // several tables on one sheet
    }

    private static int block(ReportData d, SheetWriter w, Styles st, int r, Validity v) {
        Labels l = d.labels;
        w.styled(r++, 0, v.set() + " " + nodeName(d, v.set()) + " — " + v.items().size() + " " + l.get("validity.items")
                + ", " + v.cases() + " " + l.get("validity.cases"), st.subtitle);
        if (!v.dropped().isEmpty()) w.note(r++, 0, l.get("validity.dropped") + String.join(", ", v.dropped()));
        if (!v.computed()) {
            w.note(r++, 0, l.get("validity.reason." + reasonId(v.note())));
            return r;
        }
        w.text(r, 0, "KMO");
        w.number(r, 1, v.kmo(), st.fine);
        w.text(r, 2, l.get("validity.kmo." + kmoGrade(v.kmo())));
        r++;
        w.text(r, 0, l.get("validity.bartlett"));
        w.number(r, 1, v.chiSquare(), st.fine);
        w.text(r, 2, "df");
        w.integer(r, 3, v.df());
        w.text(r, 4, "p");
        w.number(r, 5, v.p(), st.fine);
        r++;
        r++;
        w.header(r++, List.of(l.get("col.factor"), l.get("col.eigenvalue"), l.get("col.varianceRotated"),
                l.get("col.cumulative")));
        double cumulative = 0;
        for (int f = 0; f < v.eigenvalues().length; f++) {
            w.text(r, 0, "F" + (f + 1));
            w.number(r, 1, v.eigenvalues()[f], st.fine);
            if (f < v.factors()) {
                cumulative += v.variance()[f];
                w.number(r, 2, v.variance()[f], st.fine);
                w.number(r, 3, cumulative, st.fine);
            }
            r++;
        }
        r++;
        List<String> head = new ArrayList<>(List.of(l.get("col.itemCode"), l.get("col.itemText"), l.get("col.node"),
                "MSA"));
        for (int f = 0; f < v.factors(); f++) head.add("F" + (f + 1));
        head.addAll(List.of(l.get("col.communality"), l.get("col.dominantFactor"), l.get("col.nodeFactor"),
                l.get("col.agrees")));
        w.header(r++, head);
        for (int i = 0; i < v.items().size(); i++) {
            String item = v.items().get(i);
            w.text(r, 0, item);
            w.text(r, 1, d.result.framework().question(item).map(q -> q.text(d.english)).orElse(""));
            w.text(r, 2, v.nodes().get(i));
            w.number(r, 3, v.msa()[i], v.msa()[i] < 0.5 ? st.fineWarning : st.fine);
            int c = 4;
            for (int f = 0; f < v.factors(); f++) {
                w.number(r, c++, v.loadings()[i][f], f == v.dominant()[i] ? st.score : st.fine);
            }
            w.number(r, c++, v.communalities()[i], st.fine);
            if (v.dominant()[i] >= 0) {
                w.text(r, c, "F" + (v.dominant()[i] + 1));
                w.text(r, c + 1, "F" + (v.nodeFactor()[i] + 1));
                w.text(r, c + 2, l.get(v.agrees(i) ? "yes" : "no"));
            }
            r++;
        }
        return r;
    }

    /** Kaiser (1974): ≥ 0.9 marvellous, ≥ 0.8 meritorious, ≥ 0.7 middling, ≥ 0.6 mediocre, ≥ 0.5 miserable. */
    static String kmoGrade(double kmo) {
        if (kmo >= 0.9) return "marvellous";
        if (kmo >= 0.8) return "meritorious";
        if (kmo >= 0.7) return "middling";
        if (kmo >= 0.6) return "mediocre";
        if (kmo >= 0.5) return "miserable";
        return "unacceptable";
    }

    static String reasonId(Validity.Reason r) {
        return switch (r) {
            case FEW_ITEMS -> "few-items";
            case FEW_CASES -> "few-cases";
            case SINGULAR -> "singular";
            default -> "none";
        };
    }

    private static String nodeName(ReportData d, String code) {
        return d.result.framework().node(code).map(n -> n.name(d.english)).orElse("");
    }
}
