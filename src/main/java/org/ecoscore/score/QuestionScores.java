package org.ecoscore.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.ScaleKind;
import org.ecoscore.input.CellStatus;
import org.ecoscore.input.InputFile;
import org.ecoscore.input.ResponseTable;
import org.ecoscore.screen.Screened;

/**
 * SPEC §4.1 applied to one screened table: per question of the table, the scores n of its scored rows (in
 * {@link Screened#scoredRows()} order, NaN = missing or invalid). A negative answer to a log question is
 * invalid here, with an {@code invalid-value} issue.
 */
public final class QuestionScores {
    private final Map<String, double[]> byCode;

    private QuestionScores(Map<String, double[]> byCode) {
        this.byCode = byCode;
    }

    /** Scores of the question over the scored rows, or null when the table has no such column. */
    public double[] of(String code) {
        return byCode.get(code);
    }

    public static QuestionScores of(Screened screened, IssueLog issues) {
        return of(screened, issues, null, null, Map.of());
    }

    /**
     * @param yardstick frozen bounds (SPEC §7), or null for the batch's own
     * @param bounds    receives one {@link NormalisationBound} per number/percent question of the table, or null
     * @param treated   {@code --treat-outliers} outcomes by code: their scores replace the question's
     */
    public static QuestionScores of(Screened screened, IssueLog issues, Yardstick yardstick,
                                    List<NormalisationBound> bounds, Map<String, OutlierTreatment.Outcome> treated) {
        Map<String, double[]> byCode = new HashMap<>();
        if (screened == null) return new QuestionScores(byCode);
        ResponseTable table = screened.table();
        int[] rows = screened.scoredRows();
        List<Question> questions = table.questions();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            double[] values = validAnswers(table, q, rows, question, issues);
            double[] frozen = yardstick == null ? null : yardstick.bounds(table.level(), question.code());
            OutlierTreatment.Outcome t = treated.get(question.code());
            if (t != null) values = t.values();
            byCode.put(question.code(), t != null ? t.scores() : Normaliser.normalise(question, values, frozen));
            if (bounds != null && (question.kind() == ScaleKind.NUMBER || question.kind() == ScaleKind.PERCENT)) {
                double[] b = Normaliser.bounds(question, values, frozen);
                String source = question.hasGoalposts() ? NormalisationBound.GOALPOSTS
                        : frozen != null ? yardstick.source() : NormalisationBound.BATCH;
                bounds.add(new NormalisationBound(table.level(), question.code(), b[0], b[1], source,
                        Double.isNaN(b[0]) ? 0 : Normaliser.clamped(question, values, b)));
            }
        }
        return new QuestionScores(byCode);
    }

    /** Raw answers of the scored rows; NaN where missing or invalid. */
    public static double[] validAnswers(ResponseTable table, int q, int[] rows, Question question, IssueLog issues) {
        byte[] status = table.status(q);
        double[] values = new double[rows.length];
        boolean log = question.log(); // (Normaliser.invalidForLog, asked once for the column)
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            double v = status[r] == CellStatus.OK ? table.raw(q, r) : Double.NaN;
            if (log && Normaliser.invalidForLog(question, v)) {
                if (issues != null) reportNegative(table, r, question, v, issues);
                v = Double.NaN;
            }
            values[i] = v;
        }
        return values;
    }

    private static void reportNegative(ResponseTable table, int row, Question q, double v, IssueLog issues) {
        InputFile f = table.fileOf(row);
        issues.add(f.display(), f.sheet(), table.rowNumber(row), "", "invalid-value", Severity.WARNING,
                "The answer " + plain(v) + " to question " + q.code() + " is negative, but the question takes"
                        + " ln(1 + x) (transform=log); it is treated as missing. Correct the answer or leave it"
                        + " blank.", org.ecoscore.core.Issue.paramsOf("form", "negative-log", "answer", plain(v),
                        "question", q.code()));
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : org.ecoscore.core.ShortestDecimal.of(v);
    }
}
