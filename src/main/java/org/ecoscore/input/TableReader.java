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
import org.ecoscore.framework.Question;

/**
 * Reads one sheet in the table layout (SPEC §2): one header row, then one respondent per row.
 *
 * <ul>
 * <li>The header row is the first of the first {@value #HEADER_ROWS} rows where some cell matches a
 * question ({@link #findHeader}).</li>
 * <li>Each header cell names a question, a metadata role or nothing ({@link HeaderMatcher#match}, and for the
 * later sub-item columns of a 问卷星 matrix {@link HeaderMatcher#byMatrixContinuation}). A question named by
 * several columns (a 腾讯问卷 cascading select) takes, in each row, the first of them with a valid answer, else
 * the first non-blank one ({@link #firstAnswerColumn}); the file gets one {@code duplicate-column} warning. A
 * metadata role named twice keeps its first column. A non-empty header that names nothing gives an
 * {@code unmapped-column} info issue, or a {@code near-miss-column} warning ("did you mean …") when it nearly
 * names a question.</li>
 * <li>Rows after the header: fully blank rows are skipped; so are rows that repeat the header (a cell of
 * a question column that names its own question, or equals the column's header) or hold a
 * {@code {"ImportId"} / {@code {'ImportId'} cell (Qualtrics' second and third header rows) — both only looked
 * for in rows without a single valid answer; and every row down to an ImportId row just below the header
 * ({@link #qualtricsHeaderEnd}). Every other row is a respondent; an invalid answer gives an
 * {@code invalid-value} warning and is kept as invalid. A sheet with no respondent row gives a
 * {@code no-answer-rows} warning.</li>
 * </ul>
 */
final class TableReader {
    static final int HEADER_ROWS = 10;

    private final ReadContext ctx;
    private final String display;
    private final int fileIndex;
    private final MultiSelectColumns multi;

    TableReader(ReadContext ctx, String display, int fileIndex) {
        this.ctx = ctx;
        this.multi = new MultiSelectColumns(ctx.matcher().questions());
        this.display = display;
        this.fileIndex = fileIndex;
    }

    /** Index (into {@code ahead}) of the header row: the first of the first 10 rows matching a question; -1. */
    static int findHeader(List<BufferedSource.Row> ahead, HeaderMatcher matcher) {
        MultiSelectColumns multi = new MultiSelectColumns(matcher.questions());
        for (int i = 0; i < Math.min(HEADER_ROWS, ahead.size()); i++) {
            BufferedSource.Row row = ahead.get(i);
            for (int c = 0; c < row.width(); c++) {
                if (row.type(c) == CellType.EMPTY) continue;
                if (matcher.question(row.text(c)) >= 0) return i;
                if (multi.any() && row.type(c) == CellType.STRING && isOptionHeader(multi, row.text(c))) return i;
            }
        }
        return -1;
    }

    /** True when a header is the one-cell or an option column of a multi-select (or option) question. */
    private static boolean isOptionHeader(MultiSelectColumns multi, String text) {
        for (MultiSelectColumns.Tie t : multi.ties(text)) if (t.kind() != MultiSelectColumns.Kind.FILL_IN) return true;
        return false;
    }

    /**
     * The columns of a header row mapped to questions and metadata roles.
     *
     * @param questionColumn per question, its (first) column or -1
     * @param options        the option columns of multi-select questions and yes/no questions of one option
     * @param moreColumns    per question, the further columns that match it too (腾讯问卷's cascading selects), in
     *                       sheet order; null when there are none
     */
    record Columns(int[] questionColumn, int[] metaColumn, String[] headers, OptionColumnsReader options,
                   int[][] moreColumns) {
    }

    Columns mapColumns(BufferedSource.Row header, String sheet) {
        HeaderMatcher matcher = ctx.matcher();
        int[] questionColumn = new int[matcher.questions().size()];
        int[] metaColumn = new int[MetaRole.values().length];
        int[][] moreColumns = new int[questionColumn.length][];
        java.util.Arrays.fill(questionColumn, -1);
        java.util.Arrays.fill(metaColumn, -1);
        String[] headers = new String[header.width()];
        List<List<MultiSelectColumns.Tie>> tied = new ArrayList<>();
        String matrixStem = null;
        List<Integer> unmapped = new ArrayList<>();
        for (int c = 0; c < header.width(); c++) {
            String text = header.type(c) == CellType.EMPTY ? "" : header.text(c);
            headers[c] = text;
            List<MultiSelectColumns.Tie> ties = multi.any() ? multi.ties(text) : List.of();
            tied.add(ties);
            if (!ties.isEmpty()) {
                matrixStem = null;
                continue;
            }
            // a bare sub-item under a 问卷星 matrix stem is read with the stem first (two matrices may share one)
            int continued = matcher.byMatrixContinuation(matrixStem, text);
            HeaderMatcher.Match m = continued >= 0 ? new HeaderMatcher.Match(continued, null) : matcher.match(text);
            String stem = HeaderMatcher.matrixStem(text);
            if (stem != null) {
                matrixStem = stem;
            } else if (m.isMeta() || !HeaderMatcher.mayContinueMatrix(text)) {
                matrixStem = null;
            }
            if (m.isQuestion()) {
                int q = m.question();
                if (questionColumn[q] < 0) {
                    questionColumn[q] = c;
                } else {
                    int[] more = moreColumns[q] == null ? new int[0] : moreColumns[q];
                    more = java.util.Arrays.copyOf(more, more.length + 1);
                    more[more.length - 1] = c;
                    moreColumns[q] = more;
                }
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
                unmapped.add(c);
            }
        }
        // reported once the whole header is mapped: a "did you mean" names only a role no column took
        for (int c : unmapped) reportUnmapped(headers[c], c, sheet, header.rowNumber(), metaColumn);
        OptionColumnsReader options = optionColumns(tied, questionColumn, headers, sheet, header.rowNumber());
        warnDuplicateColumns(questionColumn, moreColumns, headers, sheet, header.rowNumber());
        Level level = ctx.builder().level();
        if (level == Level.EXPERT) {
            // an expert panel's row is one rater × one case (SPEC §8): no id or region, but both of these
            for (MetaRole role : List.of(MetaRole.CASE, MetaRole.RATER)) {
                if (metaColumn[role.ordinal()] < 0) {
                    warnMissingColumn(role, "every row is excluded (" + (role == MetaRole.CASE ? "no-case" : "no-rater")
                            + ")", headers, questionColumn, metaColumn, sheet, header.rowNumber());
                }
            }
            return new Columns(questionColumn, metaColumn, headers, options, moreColumns);
        }
        boolean noId = metaColumn[MetaRole.ID.ordinal()] < 0;
        if (noId && level == Level.FIRM) {
            warnMissingColumn(MetaRole.ID, "every row gets a FILE#ROW id, and a double submission is found only by the"
                    + " firm's name", headers,
                    questionColumn, metaColumn, sheet, header.rowNumber());
        }
        boolean noRegion = metaColumn[MetaRole.REGION.ordinal()] < 0 && metaColumn[MetaRole.PROVINCE.ordinal()] < 0
                && metaColumn[MetaRole.CITY.ordinal()] < 0;
        if (noRegion && (level == Level.FIRM || noId)) {
            ctx.builder().noRegionColumn(fileIndex);
            warnMissingColumn(MetaRole.REGION, level == Level.FIRM ? "no firm is in a region, so there are no "
                    + "region scores" : "no row can be matched to a region", headers, questionColumn, metaColumn,
                    sheet, header.rowNumber());
        } else if (!noRegion && metaColumn[MetaRole.REGION.ordinal()] < 0) {
            ctx.builder().regionFromIp(fileIndex);
            Misspelt misspelt = misspelt(MetaRole.REGION, headers, questionColumn, metaColumn);
            if (misspelt != null) warnMisspeltBesideIp(misspelt, headers, sheet, header.rowNumber());
            noteRegionFromIp(headers, metaColumn, misspelt, sheet, header.rowNumber());
        }
        return new Columns(questionColumn, metaColumn, headers, options, moreColumns);
    }

    /** Issue code of a file whose regions come from the platform's IP-location columns (腾讯问卷 地理位置省/市). */
    static final String REGION_FROM_IP_CODE = "region-from-ip";

    /**
     * One {@code region-from-ip} note for a file with no region column but a province or city column (腾讯问卷's
     * 地理位置省 and 地理位置市): every row is placed where its answer was sent from (docs/platforms.md), which need
     * not be where the respondent is. When a header looks like a misspelt region alias, the note names it instead
     * of advising to add a region question (the survey has one).
     */
    private void noteRegionFromIp(String[] headers, int[] metaColumn, Misspelt misspelt, String sheet,
                                  int headerRow) {
        IpColumns ip = ipColumns(headers, metaColumn);
        List<String> aliases = ctx.matcher().metaAliases(MetaRole.REGION);
        String alias = aliases.isEmpty() ? MetaRole.REGION.id() : aliases.get(0);
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>(ip.params());
        params.put("alias", alias);
        String message = "no region column: the region of every row is taken from " + ip.where() + ", the location "
                + "of the IP address the answer was sent from, which need not be where the respondent is; ";
        if (misspelt == null) {
            params.put("form", ip.two() ? "two" : "one");
            message += "to place each respondent by its own answer, add a region question (headed " + alias + ") to "
                    + "the survey or a region column to the file";
        } else {
            String column = Text.columnLetters(misspelt.column());
            String header = headers[misspelt.column()].strip();
            params.put("form", ip.two() ? "two-misspelt" : "one-misspelt");
            params.put("misspeltColumn", column);
            params.put("misspeltHeader", header);
            params.put("misspeltAlias", misspelt.alias());
            message += "column " + column + " \"" + header + "\" looks like the region question with a misspelt header ("
                    + "\"" + misspelt.alias() + "\"): to place each respondent by its own answer, correct the header or "
                    + "add it to the region row of meta.csv";
        }
        ctx.issues().add(display, sheet, headerRow, ip.column(), REGION_FROM_IP_CODE, Severity.INFO, message,
                params);
    }

    /**
     * The warning beside the {@code region-from-ip} note when a header looks like a misspelt region alias (the
     * check a file without any region column gets, {@link #misspelt}): the region answers are not read, and the
     * IP location places every row instead.
     */
    private void warnMisspeltBesideIp(Misspelt misspelt, String[] headers, String sheet, int headerRow) {
        String column = Text.columnLetters(misspelt.column());
        String header = headers[misspelt.column()].strip();
        ctx.issues().add(display, sheet, headerRow, column, "missing-region-column", Severity.WARNING,
                "no region column: column " + column + " \"" + header + "\" looks like a misspelt \"" + misspelt.alias()
                        + "\", so its answers are not read and every row is placed by the IP location its answer was "
                        + "sent from instead (region-from-ip), which need not be where the respondent is; correct the "
                        + "header, or add \"" + header + "\" to the region row of meta.csv, and run again",
                org.ecoscore.core.Issue.paramsOf("form", "ip-misspelt", "column", column, "header", header,
                        "alias", misspelt.alias()));
    }

    /** The province and city columns a file's rows are placed by: "columns F \"地理位置省\" and G …", params. */
    private record IpColumns(String column, String where, boolean two, java.util.Map<String, String> params) {
    }

    private static IpColumns ipColumns(String[] headers, int[] metaColumn) {
        List<Integer> columns = new ArrayList<>();
        for (MetaRole role : List.of(MetaRole.PROVINCE, MetaRole.CITY)) {
            if (metaColumn[role.ordinal()] >= 0) columns.add(metaColumn[role.ordinal()]);
        }
        String column = Text.columnLetters(columns.get(0));
        String header = headers[columns.get(0)].strip();
        if (columns.size() == 1) {
            return new IpColumns(column, "column " + column + " \"" + header + "\"", false,
                    org.ecoscore.core.Issue.paramsOf("column", column, "header", header));
        }
        String column2 = Text.columnLetters(columns.get(1));
        String header2 = headers[columns.get(1)].strip();
        return new IpColumns(column, "columns " + column + " \"" + header + "\" and " + column2 + " \"" + header2
                + "\"", true, org.ecoscore.core.Issue.paramsOf("column", column, "header", header, "column2", column2,
                "header2", header2));
    }

    /** At most this many row numbers are listed in the note on rows placed by their IP location. */
    static final int LISTED_ROWS = 10;

    /**
     * One {@code region-from-ip} note for a file that has a region column and province or city columns, when some
     * rows leave the region answer blank and are placed by the province or city instead (the IP location on
     * 腾讯问卷): how many, and the first {@value #LISTED_ROWS} row numbers.
     */
    private void noteBlankRegionsFromIp(Columns cols, int count, List<Integer> rows, String sheet, int headerRow) {
        IpColumns ip = ipColumns(cols.headers(), cols.metaColumn());
        int regionColumn = cols.metaColumn()[MetaRole.REGION.ordinal()];
        String column = Text.columnLetters(regionColumn);
        String header = cols.headers()[regionColumn].strip();
        StringBuilder list = new StringBuilder();
        for (int n : rows) list.append(list.length() > 0 ? ", " : "").append(n);
        if (count > rows.size()) list.append(", …");
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>(ip.params());
        params.put("form", ip.two() ? "blank-two" : "blank-one");
        params.put("regionColumn", column);
        params.put("regionHeader", header);
        params.put("count", Integer.toString(count));
        params.put("rowList", list.toString());
        ctx.issues().add(display, sheet, headerRow, column, REGION_FROM_IP_CODE, Severity.INFO,
                "the region answer (column " + column + " \"" + header + "\") is blank in " + count + " of the rows, "
                        + "so they are placed by " + ip.where() + ", the location of the IP address the answer was "
                        + "sent from, which need not be where the respondent is: row numbers " + list + ". Fill in "
                        + "their region answers to place them by their own answer", params);
    }

    /**
     * Multi-select questions and yes/no questions of one option (see {@link MultiSelectColumns}): a one-cell
     * column goes into {@code questionColumn} (several questions may share it); columns of one option are
     * grouped per question. A question with two one-cell columns, or with both kinds, refuses the file (as a
     * question matched by two columns does). A yes/no question of one option whose option has no column
     * among its question's option columns reads nothing, with a {@code missing-option-column} warning.
     */
    private OptionColumnsReader optionColumns(List<List<MultiSelectColumns.Tie>> tied, int[] questionColumn,
                                              String[] headers, String sheet, int headerRow) {
        List<Question> questions = ctx.matcher().questions();
        java.util.Map<Integer, List<Integer>> columnsOf = new java.util.TreeMap<>();
        java.util.Map<Integer, List<MultiSelectColumns.Tie>> tiesOf = new java.util.TreeMap<>();
        for (int c = 0; c < tied.size(); c++) {
            for (MultiSelectColumns.Tie t : tied.get(c)) {
                int q = t.question();
                String code = questions.get(q).code();
                switch (t.kind()) {
                    case ONE_CELL -> {
                        int first = questionColumn[q];
                        if (first >= 0) {
                            throw new EcoscoreException(ExitCode.INPUT, display, sheet, headerRow,
                                    Text.columnLetters(c), "question " + code + " is matched by two columns: "
                                    + Text.columnLetters(first) + " \"" + headers[first] + "\" and "
                                    + Text.columnLetters(c) + " \"" + headers[c] + "\"; rename or delete one of them "
                                    + "so that each question has one column", null).coded("question-two-columns",
                                    "question", code, "first", Text.columnLetters(first), "firstHeader", headers[first],
                                    "second", Text.columnLetters(c), "secondHeader", headers[c]);
                        }
                        questionColumn[q] = c;
                    }
                    case OPTION -> {
                        columnsOf.computeIfAbsent(q, k -> new ArrayList<>()).add(c);
                        tiesOf.computeIfAbsent(q, k -> new ArrayList<>()).add(t);
                    }
                    default -> ctx.issues().add(display, sheet, headerRow, Text.columnLetters(c),
                            "unmapped-column", Severity.INFO, "column \"" + headers[c].strip() + "\" holds the "
                                    + "fill-in text of option " + t.option() + " of " + code
                                    + "; fill-in text is not scored and the column is ignored",
                            org.ecoscore.core.Issue.paramsOf("form", "fill-in", "header", headers[c].strip(),
                                    "option", t.option(), "question", code));
                }
            }
        }
        List<OptionColumnsReader.Group> groups = new ArrayList<>();
        for (java.util.Map.Entry<Integer, List<Integer>> e : columnsOf.entrySet()) {
            int q = e.getKey();
            Question question = questions.get(q);
            List<Integer> cs = e.getValue();
            List<MultiSelectColumns.Tie> ts = tiesOf.get(q);
            if (questionColumn[q] >= 0) {
                int one = questionColumn[q];
                throw new EcoscoreException(ExitCode.INPUT, display, sheet, headerRow, Text.columnLetters(one),
                        "question " + question.code() + " is matched by column " + Text.columnLetters(one) + " \""
                        + headers[one] + "\" (the whole answer in one cell) and by " + cs.size()
                        + (cs.size() == 1 ? " column of one option, " : " columns of one option each, from ") + Text.columnLetters(cs.get(0)) + " \""
                        + headers[cs.get(0)] + "\"; delete one kind so that the answer is read once", null)
                        .coded("question-cell-and-options", "question", question.code(), "column",
                                Text.columnLetters(one), "header", headers[one], "count", cs.size(),
                                "from", Text.columnLetters(cs.get(0)), "fromHeader", headers[cs.get(0)]);
            }
            if (question.isOption() && ts.stream().noneMatch(MultiSelectColumns.Tie::mine)) {
                List<String> options = new ArrayList<>();
                for (MultiSelectColumns.Tie t : ts) options.add(t.option());
                ctx.issues().add(display, sheet, headerRow, Text.columnLetters(cs.get(0)), "missing-option-column",
                        Severity.WARNING, "question " + question.code() + " stands for option \"" + question.option()
                                + "\", but no column of its question is that option's (the columns are for "
                                + String.join(", ", options) + "); the question is not read from this file: write "
                                + "its option as the column headers do",
                        org.ecoscore.core.Issue.paramsOf("question", question.code(), "option", question.option(),
                                "options", String.join(", ", options)));
                continue;
            }
            groups.add(new OptionColumnsReader.Group(q, cs.stream().mapToInt(Integer::intValue).toArray(), ts));
        }
        return new OptionColumnsReader(groups, questions, ctx.declared());
    }

    /**
     * An unmapped column: an {@code unmapped-column} note, or, when its header nearly names a question (see
     * {@link HeaderMatcher#nearestQuestion}), a {@code near-miss-column} warning asking "did you mean …" — the
     * column is ignored either way, never mapped on a guess.
     */
    private void reportUnmapped(String text, int c, String sheet, int headerRow, int[] metaColumn) {
        HeaderMatcher.Suggestion s = ctx.matcher().nearestQuestion(text);
        if (s != null) {
            String code = ctx.matcher().questions().get(s.question()).code();
            ctx.issues().add(display, sheet, headerRow, Text.columnLetters(c), NEAR_MISS_CODE, Severity.WARNING,
                    "column \"" + AnswerParser.excerpt(text.strip()) + "\" matches no question and is ignored; did you "
                            + "mean " + code + " \"" + AnswerParser.excerpt(s.text()) + "\"? If so, correct the header"
                            + " or add \"" + aliasFor(text) + "\" to " + code + "'s aliases in questions.csv",
                    org.ecoscore.core.Issue.paramsOf("header", AnswerParser.excerpt(text.strip()), "question", code,
                            "text", AnswerParser.excerpt(s.text()), "alias", aliasFor(text)));
            return;
        }
        for (MetaRole role : SUGGESTED_ROLES) {
            if (metaColumn[role.ordinal()] >= 0) continue;
            String alias = ctx.matcher().nearMetaAlias(role, text);
            if (alias == null) continue;
            ctx.issues().add(display, sheet, headerRow, Text.columnLetters(c), NEAR_MISS_CODE, Severity.WARNING,
                    "column \"" + AnswerParser.excerpt(text.strip()) + "\" matches no question or metadata and is "
                            + "ignored; did you mean the " + role.id() + " column \"" + alias + "\"? If so, correct "
                            + "the header or add \"" + text.strip() + "\" to the " + role.id() + " row of meta.csv",
                    org.ecoscore.core.Issue.paramsOf("form", "meta", "header", AnswerParser.excerpt(text.strip()),
                            "meta", role.id(), "alias", alias, "written", text.strip()));
            return;
        }
        ctx.issues().add(display, sheet, headerRow, Text.columnLetters(c), "unmapped-column",
                Severity.INFO, "column \"" + text.strip() + "\" matches no question or metadata of framework "
                        + ctx.frameworkName() + " and is ignored",
                org.ecoscore.core.Issue.paramsOf("header", text.strip(), "framework", ctx.frameworkName()));
    }

    /**
     * The alias that makes {@code header} match: aliases are compared with the whole header, question number
     * included, but without the platform's type tags and required marks (which are dropped before the second
     * try), so the alias is the header without them, as written where possible.
     */
    static String aliasFor(String header) {
        String marked = PlatformHeaders.withoutPlatformMarks(Text.normalise(header));
        String asWritten = PlatformHeaders.withoutPlatformMarks(Text.nfkcTrim(header));
        return Text.normalise(asWritten).equals(marked) ? asWritten : marked;
    }

    /**
     * Metadata roles a near-miss header is suggested for; the id and region columns are not among them, since a
     * file without them gets its own missing-id/region-column warning naming the misspelt column.
     */
    private static final List<MetaRole> SUGGESTED_ROLES = List.of(MetaRole.NAME, MetaRole.INDUSTRY, MetaRole.SIZE,
            MetaRole.COMMUNITY, MetaRole.SUBMITTED, MetaRole.DURATION, MetaRole.CASE, MetaRole.RATER);

    /** Issue code of an unmapped column whose header nearly names a question. */
    static final String NEAR_MISS_CODE = "near-miss-column";
    /** Issue code of a question matched by more than one column. */
    static final String DUPLICATE_COLUMN_CODE = "duplicate-column";

    /**
     * One {@code duplicate-column} warning for the file when questions are matched by more than one column
     * (腾讯问卷 writes a cascading select's header once per level), naming each question and its columns.
     */
    private void warnDuplicateColumns(int[] questionColumn, int[][] moreColumns, String[] headers, String sheet,
                                      int headerRow) {
        List<String> parts = new ArrayList<>();
        String firstColumn = "";
        for (int q = 0; q < moreColumns.length; q++) {
            if (moreColumns[q] == null) continue;
            StringBuilder sb = new StringBuilder(ctx.matcher().questions().get(q).code()).append(" by columns ");
            sb.append(columnAndHeader(questionColumn[q], headers));
            for (int c : moreColumns[q]) sb.append(", ").append(columnAndHeader(c, headers));
            parts.add(sb.toString());
            if (firstColumn.isEmpty()) firstColumn = Text.columnLetters(moreColumns[q][0]);
        }
        if (parts.isEmpty()) return;
        ctx.issues().add(display, sheet, headerRow, firstColumn, DUPLICATE_COLUMN_CODE, Severity.WARNING,
                "questions matched by more than one column: " + String.join("; ", parts) + ". In each row the first"
                        + " of them holding a valid answer is used (a cascading select writes one column per level); "
                        + "if they are different questions, rename the headers",
                org.ecoscore.core.Issue.paramsOf("matches", String.join("; ", parts)));
    }

    private static String columnAndHeader(int c, String[] headers) {
        return Text.columnLetters(c) + " \"" + AnswerParser.excerpt(headers[c].strip()) + "\"";
    }

    /**
     * One file-level warning when the id or region column is missing — usually a misspelt header, which would
     * otherwise show only as a warning on every row. Names the unmapped column closest to an alias (see
     * {@link HeaderMatcher#misspelling}), when there is one, but never a platform's respondent-number column
     * ({@link PlatformHeaders#respondentNumberPlatform}); for the id, that column is named when no header misspells
     * an alias.
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
        String form = ctx.builder().level().id();
        java.util.Map<String, String> params = org.ecoscore.core.Issue.paramsOf("form", form, "alias", first);
        String message = "no " + role.id() + " column (headed " + first + " or another " + role.id()
                + " alias of meta.csv): " + consequence + "; add the column or correct its header";
        Misspelt best = misspelt(role, headers, questionColumn, metaColumn);
        int respondentNumber = -1;
        for (int c = 0; c < headers.length && respondentNumber < 0; c++) {
            if (mapped.contains(c) || headers[c] == null || headers[c].isBlank()) continue;
            if (PlatformHeaders.respondentNumberPlatform(headers[c]) != null) respondentNumber = c;
        }
        if (best != null) {
            column = Text.columnLetters(best.column());
            message = "no " + role.id() + " column: column " + column + " \"" + headers[best.column()].strip()
                    + "\" looks like a misspelt \"" + best.alias() + "\"; correct the header and run again ("
                    + consequence + ")";
            params = org.ecoscore.core.Issue.paramsOf("form", form + "-misspelt", "column", column,
                    "header", headers[best.column()].strip(), "alias", best.alias());
        } else if (role == MetaRole.ID && respondentNumber >= 0) {
            String platform = PlatformHeaders.respondentNumberPlatform(headers[respondentNumber]);
            column = Text.columnLetters(respondentNumber);
            message = "no id column: column " + column + " \"" + headers[respondentNumber].strip() + "\" is "
                    + platform + "'s respondent number, which numbers submissions, not firms (" + consequence
                    + "); ask for the firm's credit code (统一社会信用代码) in the survey — taking "
                    + headers[respondentNumber].strip() + " as the id would give every submission an id of its own,"
                    + " and no double submission would be found";
            params = org.ecoscore.core.Issue.paramsOf("form", form + "-platform", "column", column,
                    "header", headers[respondentNumber].strip(), "platform", platform);
        }
        ctx.issues().add(display, sheet, headerRow, column, "missing-" + role.id() + "-column", Severity.WARNING,
                message, params);
    }

    /** An unmapped column whose header looks like a misspelt alias of a metadata role. */
    private record Misspelt(int column, String alias) {
    }

    /**
     * The unmapped column whose header is closest to an alias of {@code role} (the first of equals; see
     * {@link HeaderMatcher#misspelling}), or null. A platform's respondent number (序号, 编号) is never taken for a
     * misspelt id or region, though two edits from 地区 or id.
     */
    private Misspelt misspelt(MetaRole role, String[] headers, int[] questionColumn, int[] metaColumn) {
        java.util.Set<Integer> mapped = new java.util.HashSet<>();
        for (int c : questionColumn) mapped.add(c);
        for (int c : metaColumn) mapped.add(c);
        int misspelt = -1;
        HeaderMatcher.Misspelling best = null;
        for (int c = 0; c < headers.length; c++) {
            if (mapped.contains(c) || headers[c] == null || headers[c].isBlank()) continue;
            if (PlatformHeaders.respondentNumberPlatform(headers[c]) != null) continue;
            HeaderMatcher.Misspelling m = ctx.matcher().misspelling(role, headers[c]);
            if (m != null && (best == null || m.edits() < best.edits())) {
                misspelt = c;
                best = m;
            }
        }
        return best == null ? null : new Misspelt(misspelt, best.alias());
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
        java.util.Map<Object, AnswerCache> caches = new java.util.HashMap<>();
        for (int q = 0; q < nq; q++) {
            Question question = ctx.matcher().questions().get(q);
            Object key = AnswerParser.cacheKey(question);
            AnswerCache cache = key == null ? new AnswerCache() : caches.computeIfAbsent(key, k -> new AnswerCache());
            parsers.add(new AnswerParser(question, ctx.declared(), cache));
        }
        OptionColumnsReader options = cols.options();
        List<OptionColumnsReader.Bad> bad = new ArrayList<>();
        int[] mappedQ = java.util.stream.IntStream.range(0, nq).filter(q -> cols.questionColumn()[q] >= 0).toArray();
        int[] textMeta = new int[ResponseTable.TEXT_ROLES.size()];
        for (int m = 0; m < textMeta.length; m++) {
            textMeta[m] = cols.metaColumn()[ResponseTable.TEXT_ROLES.get(m).ordinal()];
        }
        int submittedCol = cols.metaColumn()[MetaRole.SUBMITTED.ordinal()];
        int durationCol = cols.metaColumn()[MetaRole.DURATION.ordinal()];
        List<Invalid> invalid = new ArrayList<>();
        int added = 0;
        // rows placed by their province or city columns (腾讯问卷's IP location) where a region column is blank
        int regionCol = cols.metaColumn()[MetaRole.REGION.ordinal()];
        int provinceCol = cols.metaColumn()[MetaRole.PROVINCE.ordinal()];
        int cityCol = cols.metaColumn()[MetaRole.CITY.ordinal()];
        boolean placeColumns = provinceCol >= 0 || cityCol >= 0;
        int blankRegions = 0;
        List<Integer> blankRegionRows = new ArrayList<>();

        int platformHeaderEnd = qualtricsHeaderEnd(src.ahead(), headerIndex);
        while (src.nextRow()) {
            int rowNumber = src.rowNumber();
            if (rowNumber <= header.rowNumber() || rowNumber <= platformHeaderEnd) continue;
            int w = src.width();
            int r = b.addRow(fileIndex, rowNumber);
            invalid.clear();
            boolean valid = false;
            boolean written = false;
            for (int q : mappedQ) {
                AnswerParser p = parsers.get(q);
                int[] more = cols.moreColumns()[q];
                int c = more == null ? cols.questionColumn()[q] : firstAnswerColumn(p, src, w, cols.questionColumn()[q],
                        more);
                if (c < 0 || c >= w) continue;
                double v = p.parse(src, c);
                if (AnswerParser.isDeclaredMissing(v)) {
                    b.declaredMissing(q, r);
                    continue;
                }
                if (AnswerParser.isMissing(v)) continue;
                if (AnswerParser.isInvalid(v)) {
                    b.invalid(q, r);
                    invalid.add(new Invalid(c, p.invalidDetail(src.text(c).strip())));
                } else {
                    b.answer(q, r, v);
                    valid = true;
                }
            }
            for (int g = 0; g < options.groups().size(); g++) {
                int q = options.groups().get(g).question();
                bad.clear();
                double v = options.read(g, src, w, cols.headers(), bad);
                for (OptionColumnsReader.Bad x : bad) {
                    invalid.add(new Invalid(x.column(), new org.ecoscore.core.Detail(x.message(), java.util.Map.of())));
                }
                if (AnswerParser.isInvalid(v)) {
                    b.invalid(q, r);
                } else if (AnswerParser.isDeclaredMissing(v)) {
                    b.declaredMissing(q, r);
                } else if (!AnswerParser.isMissing(v)) {
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
                    invalid.add(new Invalid(submittedCol, ctx.times().invalidSubmitted(a)));
                } else if (!AnswerParser.isMissing(t)) {
                    b.submitted(r, t);
                    written = true;
                }
            }
            if (durationCol >= 0 && durationCol < w) {
                double d = TimeParser.duration(src, durationCol);
                if (AnswerParser.isInvalid(d)) {
                    String a = AnswerParser.excerpt(src.text(durationCol).strip());
                    invalid.add(new Invalid(durationCol, ctx.times().invalidDuration(a)));
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
            if (placeColumns && isBlankText(src, w, regionCol)
                    && (!isBlankText(src, w, provinceCol) || !isBlankText(src, w, cityCol))) {
                b.placedByIp(r);
                if (regionCol >= 0 && blankRegions++ < LISTED_ROWS) blankRegionRows.add(rowNumber);
            }
        }
        if (blankRegions > 0) noteBlankRegionsFromIp(cols, blankRegions, blankRegionRows, sheet, header.rowNumber());
        if (added == 0) {
            ctx.issues().add(display, sheet, header.rowNumber(), "", NO_ANSWER_ROWS_CODE, Severity.WARNING,
                    "has a header row (row " + header.rowNumber() + ") but no answer rows below it, so nothing of it"
                            + " is scored: export the responses again (the survey may have had no submissions yet,"
                            + " or the export was filtered)",
                    org.ecoscore.core.Issue.paramsOf("header", header.rowNumber()));
        }
        return added;
    }

    /** Issue code of a file whose header row has no respondent row below it. */
    static final String NO_ANSWER_ROWS_CODE = "no-answer-rows";

    /**
     * A cascading select's columns (腾讯问卷) all match one question: the first column whose cell is a valid
     * answer of it, else the first whose cell is not blank (it is then reported invalid), else -1.
     */
    static int firstAnswerColumn(AnswerParser p, CellSource src, int width, int first, int[] more) {
        int invalid = -1;
        for (int i = -1; i < more.length; i++) {
            int c = i < 0 ? first : more[i];
            if (c >= width) continue;
            double v = p.parse(src, c);
            if (AnswerParser.isMissing(v)) continue;
            if (!AnswerParser.isInvalid(v)) return c;
            if (invalid < 0) invalid = c;
        }
        return invalid;
    }

    /**
     * Qualtrics writes three header rows: codes, question texts, and {@code {"ImportId":"QID1"}} cells (older
     * exports: {@code {'ImportId': 'QID1'}}). When one of the two rows after the header holds ImportId cells, every
     * row down to it is a header row: its row number, or 0 when there is none.
     */
    static int qualtricsHeaderEnd(List<BufferedSource.Row> ahead, int headerIndex) {
        int end = 0;
        for (int i = headerIndex + 1; i < Math.min(ahead.size(), headerIndex + 3); i++) {
            BufferedSource.Row row = ahead.get(i);
            for (int c = 0; c < row.width(); c++) {
                if (row.type(c) == CellType.STRING && isImportId(row.text(c))) {
                    end = row.rowNumber();
                    break;
                }
            }
        }
        return end;
    }

    /** A Qualtrics ImportId cell, JSON {@code {"ImportId":"QID1"}} or dict style {@code {'ImportId': 'QID1'}}. */
    static boolean isImportId(String cell) {
        String t = cell.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return t.startsWith("{\"importid\"") || t.startsWith("{'importid'");
    }

    /** True when no cell of the current row holds anything but white space. */
    static boolean isBlank(CellSource src, int width) {
        for (int c = 0; c < width; c++) {
            if (!isBlankCell(src, c)) return false;
        }
        return true;
    }

    /** True when column {@code column} is absent (-1) or its cell in the current row holds no text (as metadata). */
    static boolean isBlankText(CellSource src, int width, int column) {
        if (column < 0 || column >= width || src.type(column) == CellType.EMPTY) return true;
        return Text.normalise(src.text(column).strip()).isEmpty();
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
            if (src.type(c) == CellType.STRING && isImportId(src.text(c))) return true;
        }
        for (OptionColumnsReader.Group g : cols.options().groups()) {
            for (int c : g.columns()) {
                if (c >= width || src.type(c) != CellType.STRING || src.text(c).isBlank()) continue;
                String text = src.text(c);
                if (Text.normalise(text).equals(Text.normalise(cols.headers()[c]))) return true;
                for (MultiSelectColumns.Tie t : multi.ties(text)) if (t.question() == g.question()) return true;
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
