package org.ecoscore.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Level;
import org.ecoscore.core.Severity;
import org.ecoscore.core.Text;
import org.ecoscore.framework.MetaRole;

/**
 * Reads one sheet in the table layout (SPEC §2): one header row, then one respondent per row.
 *
 * <ul>
 * <li>The header row is the first of the first {@value #HEADER_ROWS} rows where some cell matches a
 * question ({@link #findHeader}).</li>
 * <li>Each header cell names a question, a metadata role or nothing ({@link HeaderMatcher#match}). A
 * question named by two columns refuses the file (exit 3). A metadata role named twice keeps its first
 * column. A non-empty header that names nothing gives an {@code unmapped-column} info issue.</li>
 * <li>Rows after the header: fully blank rows are skipped; so are rows that repeat the header (a cell of
 * a question column that names its own question, or equals the column's header) or hold a
 * {@code {"ImportId"} cell (Qualtrics' second and third header rows) — both only looked for in rows
 * without a single valid answer. Every other row is a respondent; an invalid answer gives an
 * {@code invalid-value} warning and is kept as invalid.</li>
 * </ul>
 */
final class TableReader {
    static final int HEADER_ROWS = 10;

    private final ReadContext ctx;
    private final String display;
    private final int fileIndex;

    TableReader(ReadContext ctx, String display, int fileIndex) {
        this.ctx = ctx;
        this.display = display;
        this.fileIndex = fileIndex;
    }

    /** Index (into {@code ahead}) of the header row: the first of the first 10 rows matching a question; -1. */
    static int findHeader(List<BufferedSource.Row> ahead, HeaderMatcher matcher) {
        for (int i = 0; i < Math.min(HEADER_ROWS, ahead.size()); i++) {
            BufferedSource.Row row = ahead.get(i);
            for (int c = 0; c < row.width(); c++) {
                if (row.type(c) != CellType.EMPTY && matcher.question(row.text(c)) >= 0) return i;
            }
        }
        return -1;
    }

    /** The columns of a header row mapped to questions and metadata roles. */
    record Columns(int[] questionColumn, int[] metaColumn, String[] headers) {
    }

    Columns mapColumns(BufferedSource.Row header, String sheet) {
        HeaderMatcher matcher = ctx.matcher();
        int[] questionColumn = new int[matcher.questions().size()];
        int[] metaColumn = new int[MetaRole.values().length];
        java.util.Arrays.fill(questionColumn, -1);
        java.util.Arrays.fill(metaColumn, -1);
        String[] headers = new String[header.width()];
        for (int c = 0; c < header.width(); c++) {
            String text = header.type(c) == CellType.EMPTY ? "" : header.text(c);
            headers[c] = text;
            HeaderMatcher.Match m = matcher.match(text);
            if (m.isQuestion()) {
                int first = questionColumn[m.question()];
                if (first >= 0) {
                    String code = matcher.questions().get(m.question()).code();
                    throw new EcoscoreException(ExitCode.INPUT, display, sheet, header.rowNumber(),
                            Text.columnLetters(c), "question " + code + " is matched by two columns: "
                            + Text.columnLetters(first) + " \"" + headers[first] + "\" and " + Text.columnLetters(c)
                            + " \"" + text + "\"; rename or delete one of them so that each question has one column",
                            null);
                }
                questionColumn[m.question()] = c;
            } else if (m.isMeta()) {
                int first = metaColumn[m.meta().ordinal()];
                if (first >= 0) {
                    ctx.issues().add(display, sheet, header.rowNumber(), Text.columnLetters(c), "unmapped-column",
                            Severity.INFO, "column \"" + text + "\" is a second " + m.meta().id()
                                    + " column; column " + Text.columnLetters(first) + " is used and this one ignored",
                            org.ecoscore.core.Issue.paramsOf("form", "second-meta", "header", text, "meta", m.meta().id(),
                                    "first", Text.columnLetters(first)));
                } else {
                    metaColumn[m.meta().ordinal()] = c;
                }
            } else if (!text.isBlank()) {
                ctx.issues().add(display, sheet, header.rowNumber(), Text.columnLetters(c), "unmapped-column",
                        Severity.INFO, "column \"" + text.strip() + "\" matches no question or metadata of framework "
                                + ctx.frameworkName() + " and is ignored",
                        org.ecoscore.core.Issue.paramsOf("header", text.strip(), "framework", ctx.frameworkName()));
            }
        }
        Level level = ctx.builder().level();
        boolean noId = metaColumn[MetaRole.ID.ordinal()] < 0;
        if (noId && level == Level.FIRM) {
            warnMissingColumn(MetaRole.ID, "every row gets a FILE#ROW id and duplicates cannot be found", headers,
                    questionColumn, metaColumn, sheet, header.rowNumber());
        }
        if (metaColumn[MetaRole.REGION.ordinal()] < 0 && (level == Level.FIRM || noId)) {
            warnMissingColumn(MetaRole.REGION, level == Level.FIRM ? "no firm is in a region, so there are no "
                    + "region scores" : "no row can be matched to a region", headers, questionColumn, metaColumn,
                    sheet, header.rowNumber());
        }
        return new Columns(questionColumn, metaColumn, headers);
    }

    /**
     * One file-level warning when the id or region column is missing — usually a misspelt header, which would
     * otherwise show only as a warning on every row. Names the unmapped column that is within two edits of an
     * alias, when there is one.
     */
    private void warnMissingColumn(MetaRole role, String consequence, String[] headers, int[] questionColumn,
                                   int[] metaColumn, String sheet, int headerRow) {
        HeaderMatcher matcher = ctx.matcher();
        List<String> aliases = matcher.metaAliases(role);
        String first = aliases.isEmpty() ? role.id() : aliases.get(0);
        java.util.Set<Integer> mapped = new java.util.HashSet<>();
        for (int c : questionColumn) mapped.add(c);
        for (int c : metaColumn) mapped.add(c);
        String column = "";
        String form = ctx.builder().level() == Level.FIRM ? "firm" : "region";
        java.util.Map<String, String> params = org.ecoscore.core.Issue.paramsOf("form", form, "alias", first);
        String message = "no " + role.id() + " column (headed " + first + " or another " + role.id()
                + " alias of meta.csv): " + consequence + "; add the column or correct its header";
        for (int c = 0; c < headers.length; c++) {
            if (mapped.contains(c) || headers[c] == null || headers[c].isBlank()) continue;
            String alias = matcher.misspeltMetaAlias(role, headers[c]);
            if (alias != null) {
                column = Text.columnLetters(c);
                message = "no " + role.id() + " column: column " + column + " \"" + headers[c].strip()
                        + "\" looks like a misspelt \"" + alias + "\"; correct the header and run again ("
                        + consequence + ")";
                params = org.ecoscore.core.Issue.paramsOf("form", form + "-misspelt", "column", column,
                        "header", headers[c].strip(), "alias", alias);
                break;
            }
        }
        ctx.issues().add(display, sheet, headerRow, column, "missing-" + role.id() + "-column", Severity.WARNING,
                message, params);
    }

    /** An invalid cell of the current row, reported once the row is known to be a respondent. */
    private record Invalid(int column, org.ecoscore.core.Detail detail) {
    }

    /**
     * Reads the sheet from the header row (index {@code headerIndex} of {@code src.ahead()}) to its end.
     *
     * @return the number of respondent rows added
     */
    int read(BufferedSource src, int headerIndex) {
        BufferedSource.Row header = src.ahead().get(headerIndex);
        String sheet = src.sheet();
        Columns cols = mapColumns(header, sheet);
        ResponseTable.Builder b = ctx.builder();
        int nq = cols.questionColumn().length;
        List<AnswerParser> parsers = new ArrayList<>(nq);
        for (int q = 0; q < nq; q++) parsers.add(new AnswerParser(ctx.matcher().questions().get(q)));
        int[] mappedQ = java.util.stream.IntStream.range(0, nq).filter(q -> cols.questionColumn()[q] >= 0).toArray();
        int[] textMeta = new int[ResponseTable.TEXT_ROLES.size()];
        for (int m = 0; m < textMeta.length; m++) {
            textMeta[m] = cols.metaColumn()[ResponseTable.TEXT_ROLES.get(m).ordinal()];
        }
        int submittedCol = cols.metaColumn()[MetaRole.SUBMITTED.ordinal()];
        int durationCol = cols.metaColumn()[MetaRole.DURATION.ordinal()];
        List<Invalid> invalid = new ArrayList<>();
        int added = 0;

        while (src.nextRow()) {
            int rowNumber = src.rowNumber();
            if (rowNumber <= header.rowNumber()) continue;
            int w = src.width();
            int r = b.addRow(fileIndex, rowNumber);
            invalid.clear();
            boolean valid = false;
            boolean written = false;
            for (int q : mappedQ) {
                int c = cols.questionColumn()[q];
                if (c >= w) continue;
                AnswerParser p = parsers.get(q);
                double v = p.parse(src, c);
                if (AnswerParser.isMissing(v)) continue;
                if (AnswerParser.isInvalid(v)) {
                    b.invalid(q, r);
                    invalid.add(new Invalid(c, p.invalidDetail(src.text(c).strip())));
                } else {
                    b.answer(q, r, v);
                    valid = true;
                }
            }
            for (int m = 0; m < textMeta.length; m++) {
                int c = textMeta[m];
                if (c < 0 || c >= w || src.type(c) == CellType.EMPTY) continue;
                String t = src.text(c).strip();
                if (!t.isEmpty()) {
                    b.meta(ResponseTable.TEXT_ROLES.get(m), r, t);
                    written = true;
                }
            }
            if (submittedCol >= 0 && submittedCol < w) {
                double t = TimeParser.submitted(src, submittedCol);
                if (AnswerParser.isInvalid(t)) {
                    String a = AnswerParser.excerpt(src.text(submittedCol).strip());
                    invalid.add(new Invalid(submittedCol, new org.ecoscore.core.Detail("\"" + a
                            + "\" is not a submission time (such as 2025/3/11 15:29:52); it is ignored",
                            org.ecoscore.core.Issue.paramsOf("form", "submitted", "answer", a))));
                } else if (!AnswerParser.isMissing(t)) {
                    b.submitted(r, t);
                    written = true;
                }
            }
            if (durationCol >= 0 && durationCol < w) {
                double d = TimeParser.duration(src, durationCol);
                if (AnswerParser.isInvalid(d)) {
                    String a = AnswerParser.excerpt(src.text(durationCol).strip());
                    invalid.add(new Invalid(durationCol, new org.ecoscore.core.Detail("\"" + a
                            + "\" is not a duration (seconds, such as 95 or 2分30秒); it is ignored",
                            org.ecoscore.core.Issue.paramsOf("form", "duration", "answer", a))));
                } else if (!AnswerParser.isMissing(d)) {
                    b.duration(r, d);
                    written = true;
                }
            }
            boolean blank = !valid && !written && invalid.isEmpty() && isBlank(src, w);
            if (blank || (!valid && repeatsHeader(src, w, cols))) {
                b.dropLastRow();
                continue;
            }
            for (Invalid i : invalid) {
                ctx.issues().add(display, sheet, rowNumber, Text.columnLetters(i.column()), "invalid-value",
                        Severity.WARNING, i.detail().message(), i.detail().params());
            }
            added++;
            ctx.counter().increment();
        }
        return added;
    }

    /** True when no cell of the current row holds anything but white space. */
    static boolean isBlank(CellSource src, int width) {
        for (int c = 0; c < width; c++) {
            if (!isBlankCell(src, c)) return false;
        }
        return true;
    }

    /** True when one cell of the current row is empty or white space. */
    static boolean isBlankCell(CellSource src, int column) {
        CellType t = src.type(column);
        return t == CellType.EMPTY || (t == CellType.STRING && src.text(column).isBlank());
    }

    /**
     * True when the current row is a header again: a {@code {"ImportId"} cell (Qualtrics), or a question
     * column whose cell names its own question or equals the column's header.
     */
    boolean repeatsHeader(CellSource src, int width, Columns cols) {
        for (int c = 0; c < width; c++) {
            if (src.type(c) == CellType.STRING
                    && src.text(c).strip().toLowerCase(Locale.ROOT).startsWith("{\"importid\"")) {
                return true;
            }
        }
        int[] questionColumn = cols.questionColumn();
        for (int q = 0; q < questionColumn.length; q++) {
            int c = questionColumn[q];
            if (c < 0 || c >= width || src.type(c) != CellType.STRING) continue;
            String text = src.text(c);
            if (text.isBlank()) continue;
            if (ctx.matcher().question(text) == q
                    || Text.normalise(text).equals(Text.normalise(cols.headers()[c]))) {
                return true;
            }
        }
        return false;
    }
}
