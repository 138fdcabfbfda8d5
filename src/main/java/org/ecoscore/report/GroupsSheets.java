package org.ecoscore.report;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.score.GroupStat;

/**
 * One sheet per {@code --by} grouping (按群落/By community, 按行业/By industry, 按规模/By size), SPEC §4.7: the
 * index by group (n, mean, SD, 95% t CI) with a bar chart of the group means and their CIs as error bars,
 * then every firm-level node by group in long format (group, node, n, mean, SD, CI), citable row by row.
 * The region grouping lives on the Regions sheet and is not repeated here.
 */
final class GroupsSheets {
    private GroupsSheets() {
    }

    static void write(ReportData d, XlsxWorkbook wb, Styles st, ChartParts charts) {
        for (String grouping : d.result.options().by()) {
            String key = grouping.toLowerCase(java.util.Locale.ROOT);
            if (!known(key)) continue;
            write(d, wb.createSheet(d.labels.get("sheet.by." + key)), st, key, of(d, grouping), charts);
        }
    }

    /** The groupings that get a sheet ({@code --by} values the statistics know). */
    static boolean known(String grouping) {
        return List.of("community", "industry", "size").contains(grouping);
    }

    private static List<GroupStat> of(ReportData d, String grouping) {
        return d.result.statistics().groups().stream().filter(g -> g.grouping().equals(grouping)).toList();
    }

    private static void write(ReportData d, XlsxSheet sheet, Styles st, String grouping, List<GroupStat> stats,
                              ChartParts charts) {
        Labels l = d.labels;
        SheetWriter w = new SheetWriter(sheet, st);
        String root = d.rootCode();
        LevelTree tree = d.firm.tree();
        String groupHead = l.get("col." + grouping);
        int r = 0;
        String rootHead = tree.indexOf(root) >= 0 ? d.head(tree.item(tree.indexOf(root))) : root;
        w.styled(r++, 0, l.get("groups.root") + rootHead, st.subtitle);
        w.note(r++, 0, l.get("groups.note"));
        int header = r;
        w.header(r++, List.of(groupHead, l.get("col.n"), l.get("col.mean"), l.get("col.sd"), l.get("col.ci95Low"),
                l.get("col.ci95High"), l.get("col.ciHalf")));
        int first = r;
        for (GroupStat g : stats) {
            if (!g.code().equals(root)) continue;
            w.text(r, 0, g.group());
            w.integer(r, 1, g.n());
            w.number(r, 2, g.mean(), st.score);
            w.number(r, 3, g.sd(), st.score);
            w.number(r, 4, g.ciLow(), st.score);
            w.number(r, 5, g.ciHigh(), st.score);
            w.number(r, 6, g.ciHigh() - g.mean(), st.score);
            r++;
        }
        int last = r - 1;
        int chartBottom = r;
        if (last >= first) {
            chartBottom = Math.max(r, header + 18);
            charts.errorBars(sheet, new Charts.Place(8, header, 16, chartBottom), l.get("groups.chart"),
                    new CellRangeAddress(first, last, 0, 0),
                    List.of(new Charts.Series(l.get("col.mean"), new CellRangeAddress(first, last, 2, 2))),
                    new CellRangeAddress(first, last, 6, 6));
        }
        r = chartBottom + 1;
        w.styled(r++, 0, l.get("groups.all"), st.subtitle);
        w.header(r++, List.of(groupHead, l.get("col.code"), l.get("col.node"), l.get("col.n"), l.get("col.mean"),
                l.get("col.sd"), l.get("col.ci95Low"), l.get("col.ci95High")));
        for (GroupStat g : stats) {
            int i = tree.indexOf(g.code());
            w.text(r, 0, g.group());
            w.text(r, 1, g.code());
            w.text(r, 2, i >= 0 ? d.name(tree.item(i)) : "");
            w.integer(r, 3, g.n());
            w.number(r, 4, g.mean(), st.score);
            w.number(r, 5, g.sd(), st.score);
            w.number(r, 6, g.ciLow(), st.score);
            w.number(r, 7, g.ciHigh(), st.score);
            r++;
        }
        sheet.createFreezePane(1, 0);
        w.finish(-1); // several tables on one sheet: no one header row may repeat over all of them
    }
}
