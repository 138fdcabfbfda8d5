package org.ecoscore.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.input.ResponseTable;
import org.ecoscore.score.Coupling;
import org.ecoscore.score.LevelScores;
import org.ecoscore.screen.Screened;

/**
 * 企业得分/Firms: one row per scored firm in unit order — id, the metadata columns that are filled in for at
 * least one firm shown (name, region, community, industry, size), provenance, a {@code CODE name} column per
 * node present at the firm level, coupling, grade, rank and flags. Works on {@link XlsxSheet}s and on
 * {@link SheetXmlFile}.
 */
final class FirmsSheet {
    /** The metadata columns after the id, in order (null = the canonical region), and their labels. */
    private static final MetaRole[] META_COLUMNS = {MetaRole.NAME, null, MetaRole.COMMUNITY, MetaRole.INDUSTRY,
        MetaRole.SIZE};
    private static final String[] META_LABELS = {"col.name", "col.region", "col.community", "col.industry",
        "col.size"};

    private FirmsSheet() {
    }

    /** Metadata column m of META_COLUMNS for a table row (read where needed: no column of a million names). */
    private static String meta(Screened s, int m, int row) {
        return META_COLUMNS[m] == null ? s.regionName()[row] : s.table().meta(META_COLUMNS[m], row);
    }

    static void write(ReportData d, XlsxSheet sheet, Styles st) {
        write(d, sheet, st, java.util.stream.IntStream.range(0, d.firm.units()).toArray());
    }

    /** Only the given firm-level units, in the given order (a region's split workbook). */
    static void write(ReportData d, XlsxSheet sheet, Styles st, int[] unitsShown) {
        rows(d, new SheetWriter(sheet, st), unitsShown).run();
    }

    /**
     * The header and rows of the given units through {@code w} (the sheet itself or the sheet XML file of a big
     * report); returns the step that puts the sheet-level settings (freeze pane, autofilter, colour scales,
     * widths, print set-up) on {@code w.sheet}, to run on the thread that owns the workbook.
     */
    static Runnable rows(ReportData d, SheetWriter w, int[] unitsShown) {
        XlsxSheet sheet = w.sheet;
        Styles st = w.styles;
        Labels l = d.labels;
        LevelScores ls = d.firm;
        Screened s = d.result.firms();
        ResponseTable t = s.table();
        LevelTree tree = ls.tree();
        int[] nodes = tree.nodeItems();
        Coupling cp = ls.coupling();
        // metadata columns blank for every firm shown are left out, so that the scores fit the printed page
        boolean[] shown = new boolean[META_COLUMNS.length];
        for (int m = 0; m < META_COLUMNS.length; m++) {
            for (int u : unitsShown) {
                String v = meta(s, m, ls.unitRows()[u]);
                if (v != null && !v.isBlank()) {
                    shown[m] = true;
                    break;
                }
            }
        }
        List<String> head = new ArrayList<>(List.of(l.get("col.id")));
        for (int m = 0; m < META_COLUMNS.length; m++) if (shown[m]) head.add(l.get(META_LABELS[m]));
        head.addAll(List.of(l.get("col.file"), l.get("col.row")));
        int firstScore = head.size();
        for (int i : nodes) head.add(d.head(tree.item(i)));
        if (cp != null) {
            head.addAll(List.of(l.get("col.couplingC"), l.get("col.couplingT"), l.get("col.couplingD"),
                    l.get("col.grade"), l.get("col.gradeName")));
        }
        head.add(l.get("col.rank"));
        head.add(l.get("col.flags"));
        w.header(0, head);
        int units = unitsShown.length;
        for (int k = 0; k < units; k++) {
            int u = unitsShown[k];
            int row = ls.unitRows()[u];
            int r = k + 1;
            int c = 0;
            w.text(r, c++, s.ids()[row]);
            for (int m = 0; m < META_COLUMNS.length; m++) if (shown[m]) w.text(r, c++, meta(s, m, row));
            w.text(r, c++, t.fileOf(row).display());
            w.integer(r, c++, t.rowNumber(row));
            for (int i : nodes) w.number(r, c++, ls.scores()[i][u], st.score);
            if (cp != null) {
                w.number(r, c++, cp.c()[u], st.fine);
                w.number(r, c++, cp.t()[u], st.fine);
                w.number(r, c++, cp.d()[u], st.fine);
                if (cp.grade()[u] > 0) w.integer(r, c, cp.grade()[u]);
                c++;
                w.text(r, c++, d.couplingName(ls, u));
            }
            if (ls.rank()[u] > 0) w.integer(r, c, ls.rank()[u]);
            c++;
            w.text(r, c, d.flagWords(s.flags()[row]));
        }
        int last = Math.max(1, units);
        int keyColumns = shown[0] ? 2 : 1;
        int columns = head.size();
        return () -> {
            sheet.createFreezePane(1, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns - 1));
            for (int k = 0; k < nodes.length; k++) ColourScales.add(sheet, 1, units, firstScore + k);
            if (cp != null) ColourScales.add(sheet, 1, units, firstScore + nodes.length + 2);
            w.finish(0, keyColumns); // id and name repeated on every printed page
        };
    }
}
