package org.ecoscore.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Severity;
import org.ecoscore.core.Text;
import org.ecoscore.framework.MetaRole;

/**
 * Reads one sheet in the form layout (SPEC §2): one respondent per file, as {@code ecoscore template
 * --layout form} writes it.
 *
 * <pre>
 *   统一社会信用代码 | 91440300MA5FXXXX00        ← metadata rows: a cell naming a meta.csv alias, the value
 *   企业名称         | 甲                         in the first non-empty cell to its right
 *   题号            | 题目              | 答案    ← the form header (within the first 40 rows)
 *   一、体制                                     ← a section heading: matches nothing, no answer: skipped
 *   Q1              | 政策清晰          | 同意
 *   Q2              | 政策多变          | 3
 * </pre>
 *
 * <ul>
 * <li>The form header is the first row of the first {@value #HEADER_ROWS} with a cell reading 题号 or ID,
 * one reading 题目 or Question and one reading 答案 or Answer (normalised; combined {@code 题号/ID},
 * {@code 题目/Question}, {@code 答案/Answer} count too).</li>
 * <li>Rows above it: metadata, several pairs per row allowed.</li>
 * <li>Rows below it: the 题号 cell matched to a code ({@link HeaderMatcher#questionByCode}), or if that
 * fails the 题目 cell matched by all the header rules; the answer is in the 答案 column. A row whose 题目 (or
 * 题号) names a metadata role gives that metadata from its 答案 cell. A row matching nothing with a non-blank
 * answer gives an {@code unmapped-row} warning. A question on two rows refuses the file (exit 3).</li>
 * <li>The respondent's row number is the form header's row; a form with every answer and metadata blank
 * gives no respondent.</li>
 * </ul>
 */
final class FormReader {
    static final int HEADER_ROWS = 40;
    private static final Set<String> ID = Set.of("题号", "id", "题号/id", "id/题号");
    private static final Set<String> QUESTION = Set.of("题目", "question", "题目/question", "question/题目");
    private static final Set<String> ANSWER = Set.of("答案", "answer", "答案/answer", "answer/答案");

    /** The form header: its index among the rows read ahead and its three columns. */
    record Header(int index, int idColumn, int questionColumn, int answerColumn) {
    }

    private final ReadContext ctx;
    private final String display;
    private final int fileIndex;

    FormReader(ReadContext ctx, String display, int fileIndex) {
        this.ctx = ctx;
        this.display = display;
        this.fileIndex = fileIndex;
    }

    /** The first row of the first 40 qualifying as a form header, or null. */
    static Header findHeader(List<BufferedSource.Row> ahead) {
        for (int i = 0; i < Math.min(HEADER_ROWS, ahead.size()); i++) {
            BufferedSource.Row row = ahead.get(i);
            int id = -1;
            int question = -1;
            int answer = -1;
            for (int c = 0; c < row.width(); c++) {
                if (row.type(c) != CellType.STRING) continue;
                String t = Text.normalise(row.text(c)).replace(" ", "");
                if (id < 0 && ID.contains(t)) id = c;
                else if (question < 0 && QUESTION.contains(t)) question = c;
                else if (answer < 0 && ANSWER.contains(t)) answer = c;
            }
            if (id >= 0 && question >= 0 && answer >= 0) return new Header(i, id, question, answer);
        }
        return null;
    }

    /** Reads the form; returns 1 when it held a respondent, 0 when it was blank. */
    int read(BufferedSource src, Header header) {
        HeaderMatcher matcher = ctx.matcher();
        String sheet = src.sheet();
        int headerRow = src.ahead().get(header.index()).rowNumber();
        int nq = matcher.questions().size();
        double[] values = new double[nq];
        byte[] status = new byte[nq];
        int[] rowOf = new int[nq];
        Arrays.fill(values, Double.NaN);
        Map<MetaRole, String> texts = new EnumMap<>(MetaRole.class);
        double submitted = Double.NaN;
        double duration = Double.NaN;
        boolean any = false;
        List<AnswerParser> parsers = new ArrayList<>(nq);
        for (int q = 0; q < nq; q++) parsers.add(new AnswerParser(matcher.questions().get(q), ctx.declared()));

        while (src.nextRow()) {
            int rowNumber = src.rowNumber();
            int w = src.width();
            if (rowNumber == headerRow) continue;
            List<int[]> metaCells = new ArrayList<>(); // {role ordinal, value column}
            if (rowNumber < headerRow) {
                for (int c = 0; c < w; c++) {
                    if (src.type(c) != CellType.STRING) continue;
                    MetaRole role = matcher.meta(src.text(c));
                    if (role == null) continue;
                    int v = c + 1;
                    while (v < w && TableReader.isBlankCell(src, v)) v++;
                    if (v < w) metaCells.add(new int[] {role.ordinal(), v});
                    c = v;
                }
            } else {
                int a = header.answerColumn();
                String idText = cell(src, header.idColumn(), w);
                String questionText = cell(src, header.questionColumn(), w);
                int q = matcher.questionByCode(idText);
                if (q < 0) q = matcher.question(questionText);
                boolean answered = a < w && !TableReader.isBlankCell(src, a);
                if (q >= 0) {
                    if (rowOf[q] > 0) {
                        throw new EcoscoreException(ExitCode.INPUT, display, sheet, rowNumber,
                                Text.columnLetters(header.idColumn()), "question "
                                + matcher.questions().get(q).code() + " is on two rows, " + rowOf[q] + " and "
                                + rowNumber + "; delete one of them so that each question has one row", null)
                                .coded("question-two-rows", "question", matcher.questions().get(q).code(),
                                        "first", rowOf[q], "second", rowNumber);
                    }
                    rowOf[q] = rowNumber;
                    if (!answered) continue;
                    AnswerParser p = parsers.get(q);
                    double v = p.parse(src, a);
                    if (AnswerParser.isInvalid(v)) {
                        status[q] = CellStatus.INVALID;
                        any = true;
                        ctx.issues().add(display, sheet, rowNumber, Text.columnLetters(a), "invalid-value",
                                Severity.WARNING, p.invalidDetail(src.text(a).strip()).message(),
                                p.invalidDetail(src.text(a).strip()).params());
                    } else if (AnswerParser.isDeclaredMissing(v)) {
                        status[q] = CellStatus.DECLARED_MISSING;
                        any = true;
                    } else if (!AnswerParser.isMissing(v)) {
                        values[q] = v;
                        status[q] = CellStatus.OK;
                        any = true;
                    }
                    continue;
                }
                MetaRole role = matcher.meta(questionText);
                if (role == null) role = matcher.meta(idText);
                if (role != null) {
                    if (answered) metaCells.add(new int[] {role.ordinal(), a});
                } else if (answered) {
                    String what = (idText + " " + questionText).strip();
                    ctx.issues().add(display, sheet, rowNumber, Text.columnLetters(a), "unmapped-row",
                            Severity.WARNING, "row \"" + what + "\" matches no question or metadata of framework "
                                    + ctx.frameworkName() + "; its answer \"" + src.text(a).strip()
                                    + "\" is ignored", org.ecoscore.core.Issue.paramsOf("row", what,
                                    "framework", ctx.frameworkName(), "answer", src.text(a).strip()));
                }
            }
            for (int[] mc : metaCells) {
                MetaRole role = MetaRole.values()[mc[0]];
                int c = mc[1];
                if (role == MetaRole.SUBMITTED || role == MetaRole.DURATION) {
                    double t = role == MetaRole.SUBMITTED ? TimeParser.submitted(src, c) : TimeParser.duration(src, c);
                    if (AnswerParser.isInvalid(t)) {
                        ctx.issues().add(display, sheet, rowNumber, Text.columnLetters(c), "invalid-value",
                                Severity.WARNING, "\"" + src.text(c).strip() + "\" is not a "
                                        + (role == MetaRole.SUBMITTED ? "submission time (such as 2025/3/11 15:29:52)"
                                        : "duration (seconds, such as 95 or 2分30秒)") + "; it is ignored",
                                org.ecoscore.core.Issue.paramsOf("form", role == MetaRole.SUBMITTED ? "submitted"
                                        : "duration", "answer", src.text(c).strip()));
                    } else if (!AnswerParser.isMissing(t)) {
                        if (role == MetaRole.SUBMITTED) submitted = t;
                        else duration = t;
                        any = true;
                    }
                } else if (!texts.containsKey(role)) {
                    String t = src.text(c).strip();
                    if (!t.isEmpty()) {
                        texts.put(role, t);
                        any = true;
                    }
                }
            }
        }
        if (!any) return 0;
        ResponseTable.Builder b = ctx.builder();
        int r = b.addRow(fileIndex, headerRow);
        for (int q = 0; q < nq; q++) {
            if (status[q] == CellStatus.OK) b.answer(q, r, values[q]);
            else if (status[q] == CellStatus.INVALID) b.invalid(q, r);
            else if (status[q] == CellStatus.DECLARED_MISSING) b.declaredMissing(q, r);
        }
        for (Map.Entry<MetaRole, String> e : texts.entrySet()) b.meta(e.getKey(), r, e.getValue());
        b.submitted(r, submitted);
        b.duration(r, duration);
        ctx.counter().increment();
        return 1;
    }

    private static String cell(CellSource src, int column, int width) {
        return column < width && src.type(column) != CellType.EMPTY ? src.text(column) : "";
    }
}
