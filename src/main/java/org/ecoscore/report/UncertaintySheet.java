package org.ecoscore.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.score.RankInterval;
import org.ecoscore.score.UncertaintyResult;
import org.ecoscore.screen.Screened;

/**
 * 不确定性/Uncertainty ({@code --uncertainty N}): the runs and seed; per region, in nominal-rank order, the
 * nominal rank, median rank and 5th–95th percentile rank interval, with a rank-interval chart (floating
 * columns p05–p95, nominal rank as markers); then the same per firm, at most {@value #MAX_FIRMS} firms by
 * nominal rank (a note row says when the list is cut; uncertainty.csv has every firm). Only written when
 * the analysis ran.
 */
final class UncertaintySheet {
    /** Firm rows listed at most (the sheet is never streamed). */
    static final int MAX_FIRMS = 5_000;

    private UncertaintySheet() {
    }

    static void write(ReportData d, XlsxSheet sheet, Styles st, ChartParts charts) {
        UncertaintyResult u = d.result.scores().uncertainty();
        Labels l = d.labels;
        SheetWriter w = new SheetWriter(sheet, st);
        int r = 0;
        w.styled(r, 0, l.get("uncertainty.runs"), st.header);
        w.integer(r++, 1, u.runs());
        w.styled(r, 0, l.get("uncertainty.seed"), st.header);
        w.integer(r++, 1, u.seed());
        r++;
        w.styled(r++, 0, l.get("uncertainty.regions"), st.subtitle);
        int header = r;
        w.header(r++, List.of(l.get("col.region"), l.get("col.nominalRank"), l.get("col.medianRank"),
                l.get("col.p05"), l.get("col.p95"), l.get("col.intervalWidth")));
        int first = r;
        for (int unit : byNominal(u.regions())) {
            RankInterval x = u.regions().get(unit);
            w.text(r, 0, d.region.unitIds()[unit]);
            ranks(w, r, 1, x);
            if (x.p05() > 0) w.integer(r, 5, x.p95() - x.p05());
            r++;
        }
        int last = r - 1;
        int bottom = r;
        if (last >= first) {
            bottom = Math.max(r, header + 20);
            charts.intervals(sheet, new Charts.Place(7, header, 17, bottom), l.get("uncertainty.chart"),
                    new CellRangeAddress(first, last, 0, 0),
                    new Charts.Series(l.get("col.p05"), new CellRangeAddress(first, last, 3, 3)),
                    new Charts.Series(l.get("uncertainty.interval"), new CellRangeAddress(first, last, 5, 5)),
                    new Charts.Series(l.get("col.nominalRank"), new CellRangeAddress(first, last, 1, 1)));
        }
        r = bottom + 1;
        firms(d, w, r, u);
        sheet.createFreezePane(1, 0);
        w.finish(-1); // several tables on one sheet: no one header row may repeat over all of them
    }

    private static void firms(ReportData d, SheetWriter w, int r, UncertaintyResult u) {
        Labels l = d.labels;
        Screened s = d.result.firms();
        w.styled(r++, 0, l.get("uncertainty.firms"), w.styles.subtitle);
        int[] order = byNominal(u.firms());
        if (order.length > MAX_FIRMS) w.note(r++, 0, l.format("uncertainty.capped", MAX_FIRMS, order.length));
        w.header(r++, List.of(l.get("col.id"), l.get("col.nominalRank"), l.get("col.medianRank"), l.get("col.p05"),
                l.get("col.p95"), l.get("col.name"), l.get("col.region")));
        for (int k = 0; k < Math.min(MAX_FIRMS, order.length); k++) {
            int unit = order[k];
            int row = d.firm.unitRows()[unit];
            w.text(r, 0, u.firms().get(unit).unitId());
            ranks(w, r, 1, u.firms().get(unit));
            w.text(r, 5, s.table().meta(MetaRole.NAME, row));
            w.text(r, 6, s.regionName()[row]);
            r++;
        }
    }

    /** Nominal, median, p05, p95 from column c; a rank of 0 (none) stays blank. */
    private static void ranks(SheetWriter w, int r, int c, RankInterval x) {
        if (x.nominal() > 0) w.integer(r, c, x.nominal());
        w.number(r, c + 1, x.median(), null);
        if (x.p05() > 0) w.integer(r, c + 2, x.p05());
        if (x.p95() > 0) w.integer(r, c + 3, x.p95());
    }

    /** Unit indices by nominal rank, unranked last, ties in unit order. */
    static int[] byNominal(List<RankInterval> xs) {
        Integer[] o = new Integer[xs.size()];
        for (int i = 0; i < o.length; i++) o[i] = i;
        Arrays.sort(o, Comparator.comparingInt((Integer i) -> xs.get(i).nominal() == 0 ? Integer.MAX_VALUE
                : xs.get(i).nominal()).thenComparingInt(i -> i));
        return Arrays.stream(o).mapToInt(Integer::intValue).toArray();
    }
}
