package org.ecoscore.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // the words of each code and severity, put together once (a large batch has 100,000s of issues, few codes)
        Map<String, String[]> words = new HashMap<>();
        // each message in the report language made once per code and parameters (an invalid answer's parameters are
        // one object shared by every row that gave the same answer)
        Map<String, java.util.IdentityHashMap<Map<String, String>, String[]>> rendered = new HashMap<>();
        for (Issue i : d.result.issues().all()) {
            Styles.Fill f = i.severity() == Severity.ERROR ? Styles.Fill.ERROR
                    : i.severity() == Severity.WARNING ? Styles.Fill.WARNING : Styles.Fill.NONE;
            w.text(r, 0, i.file(), f);
            w.text(r, 1, i.sheet(), f);
            if (i.row() > 0) w.integer(r, 2, i.row());
            w.text(r, 3, i.column(), f);
            // the code in words of the report language, the stable code beside it; the message from the catalogue
            String[] code = words.computeIfAbsent(i.code(), c -> {
                String word = l.code(c);
                return new String[] {word.equals(c) ? c : word + " (" + c + ")", l.todo(c)};
            });
            w.text(r, 4, code[0], f);
            w.text(r, 5, l.code(i.severity().id()), f);
            w.text(r, 6, message(i, l.english(), rendered), f);
            w.text(r, 7, code[1], f);
            r++;
        }
        int last = Math.max(1, r - 1);
        rendered.clear();
        int columns = head.size();
        return () -> {
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns - 1));
            w.finish(0);
        };
    }

    /**
     * {@link IssueMessages#render}, remembered per code and parameters (with the English message they came with)
     * when the issue has any.
     */
    static String message(Issue i, boolean english,
                                  Map<String, java.util.IdentityHashMap<Map<String, String>, String[]>> rendered) {
        if (i.params().isEmpty()) return IssueMessages.render(i, english);
        var byParams = rendered.computeIfAbsent(i.code(), c -> new java.util.IdentityHashMap<>());
        String[] known = byParams.get(i.params());
        if (known != null && known[0] == i.message()) return known[1];
        if (byParams.size() > 10_000) byParams.clear();
        String m = IssueMessages.render(i, english);
        byParams.put(i.params(), new String[] {i.message(), m});
        return m;
    }
}
