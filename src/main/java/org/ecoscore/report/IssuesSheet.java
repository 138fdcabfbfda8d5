package org.ecoscore.report;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ecoscore.core.Issue;
import org.ecoscore.core.Severity;

/** 数据问题/Issues: every issue with its location; errors filled red, warnings amber; an autofilter. */
final class IssuesSheet {
    private IssuesSheet() {
    }

    static void write(ReportData d, XlsxSheet sheet, Styles st) {
        rows(d, new SheetWriter(sheet, st)).run();
    }

    /**
     * The header and rows through {@code w}; returns the step that puts the sheet-level settings on
     * {@code w.sheet}, to run on the thread that owns the workbook.
     */
    static Runnable rows(ReportData d, SheetWriter w) {
        XlsxSheet sheet = w.sheet;
        Labels l = d.labels;
        List<String> head = List.of(l.get("col.file"), l.get("col.sheet"), l.get("col.row"), l.get("col.column"),
                l.get("col.code"), l.get("col.severity"), l.get("col.message"), l.get("col.whatToDo"));
        w.header(0, head);
        int r = 1;
        for (Issue i : d.result.issues().all()) {
            Styles.Fill f = i.severity() == Severity.ERROR ? Styles.Fill.ERROR
                    : i.severity() == Severity.WARNING ? Styles.Fill.WARNING : Styles.Fill.NONE;
            w.text(r, 0, i.file(), f);
            w.text(r, 1, i.sheet(), f);
            if (i.row() > 0) w.integer(r, 2, i.row());
            w.text(r, 3, i.column(), f);
            // the code in words of the report language, the stable code beside it; the message from the catalogue
            String word = l.code(i.code());
            w.text(r, 4, word.equals(i.code()) ? i.code() : word + " (" + i.code() + ")", f);
            w.text(r, 5, l.code(i.severity().id()), f);
            w.text(r, 6, IssueMessages.render(i, l.english()), f);
            w.text(r, 7, l.todo(i.code()), f);
            r++;
        }
        int last = Math.max(1, r - 1);
        int columns = head.size();
        return () -> {
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns - 1));
            w.finish(0);
        };
    }
}
