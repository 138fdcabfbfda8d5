package org.ecoscore.input;

import java.util.ArrayList;
import java.util.List;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Text;

/**
 * Reads one opened file (SPEC §2): chooses the sheet — the one named by {@code --sheet}, or else the
 * first visible sheet with a form header ({@link FormReader}) in its first 40 rows or a table header row
 * ({@link TableReader}) in its first 10 — and reads it. The form layout is looked for first, because a
 * form's question rows would otherwise pass for a table header. {@code --sheet} is ignored for CSV.
 */
final class WorkbookReader {
    /** The sheet read, its layout ("table" or "form") and the number of respondent rows it gave. */
    record Result(String sheet, String layout, int rows) {
    }

    private final ReadContext ctx;

    WorkbookReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** @throws EcoscoreException exit 3 when no sheet has a header, or {@code --sheet} names no sheet */
    Result read(SpreadsheetFile file, String display, int fileIndex) {
        List<String> names = file.sheetNames();
        boolean csv = names.size() == 1 && names.get(0).isEmpty();
        List<Integer> candidates = new ArrayList<>();
        String chosen = ctx.sheetOption();
        if (chosen == null && !csv) refuseOwnReport(names, display);
        if (chosen != null && !csv) {
            candidates.add(sheetNamed(names, chosen, display));
        } else {
            for (int s = 0; s < names.size(); s++) if (!file.hidden(s)) candidates.add(s);
        }
        for (int s : candidates) {
            try (CellSource raw = file.open(s)) {
                BufferedSource src = new BufferedSource(raw, FormReader.HEADER_ROWS);
                FormReader.Header form = FormReader.findHeader(src.ahead());
                if (form != null) {
                    return new Result(names.get(s), "form", new FormReader(ctx, display, fileIndex).read(src, form));
                }
                int header = TableReader.findHeader(src.ahead(), ctx.matcher());
                if (header >= 0) {
                    return new Result(names.get(s), "table",
                            new TableReader(ctx, display, fileIndex).read(src, header));
                }
            }
        }
        String where = chosen != null && !csv ? "sheet " + chosen : csv ? "the file" : "any sheet";
        if (csv && workbookName(display)) {
            // plain text under a workbook's name (new-user finding: a list of firms saved as 企业名单.xlsx was told to
            // check -f): read as CSV text, as some platforms' ".xls" exports are, and it holds no questionnaire
            throw new EcoscoreException(ExitCode.INPUT, display, "is plain text, not a workbook, though it is named like"
                    + " one, and no row of it is a questionnaire's header: if it is a survey export, download it again"
                    + " (as .xlsx); otherwise move it out of the inputs").coded("text-named-workbook");
        }
        throw new EcoscoreException(ExitCode.INPUT, display, "no header row matching the framework's questions in "
                + "the first 10 rows of " + where + ": check that this is a questionnaire for framework "
                + ctx.frameworkName() + ", or give -f").coded("no-header-row", "form",
                chosen != null && !csv ? "sheet" : csv ? "file" : "any-sheet", "sheet", csv ? null : chosen,
                "framework", ctx.frameworkName());
    }

    /**
     * New-user test: an ecoscore report left in the questionnaires' folder was read as survey data (its Firms
     * sheet has the question columns) — 175 rows excluded, exit 0. It is an unreadable file instead, with why.
     */
    static void refuseOwnReport(List<String> names, String display) {
        String[] own = OwnWorkbook.match(names);
        if (own == null) return;
        throw new EcoscoreException(ExitCode.INPUT, display, "this is an ecoscore report (sheets " + own[0] + " and "
                + own[1] + "), not a questionnaire: leave it out of the inputs (move it out of the questionnaires' "
                + "folder); to compare with an earlier report, give it to --baseline")
                .coded("own-report", "method", own[0], "other", own[1]);
    }

    /** A name ending in .xlsx, .xlsm or .xls. */
    private static boolean workbookName(String display) {
        String n = display.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    private static int sheetNamed(List<String> names, String wanted, String display) {
        int i = names.indexOf(wanted);
        if (i >= 0) return i;
        for (int s = 0; s < names.size(); s++) {
            if (Text.normalise(names.get(s)).equals(Text.normalise(wanted))) return s;
        }
        throw new EcoscoreException(ExitCode.INPUT, display, "no sheet named \"" + wanted
                + "\"; the sheets are " + String.join(", ", names) + ": give one of them with --sheet")
                .coded("no-such-sheet", "sheet", wanted, "sheets", String.join(", ", names));
    }
}
