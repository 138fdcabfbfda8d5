package org.ecoscore.score;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.ScaleKind;
import org.ecoscore.input.ResponseTable;
import org.ecoscore.screen.Screened;

/**
 * {@code --treat-outliers}: tames heavy tails of {@code number}/{@code percent} questions without goalposts
 * before they are normalised on their batch min and max (SPEC §4.1).
 *
 * <p>Which questions: {@code number} or {@code percent}, no goalposts, no {@code transform=log} (the
 * framework's own transform stands). Over the level's scored units' valid raw answers x_1…x_n (firm
 * questions over the scored firms, region questions over the scored region questionnaires), with population
 * moments m_k = (1/n)·Σ (x_i − x̄)^k:
 * <ul>
 *   <li>skewness g1 = m3/m2^{3/2}; kurtosis g2 = m4/m2² − 3 (excess kurtosis: 0 for a normal distribution);</li>
 *   <li>a question needs treatment when |g1| &gt; 2 and g2 &gt; 3.5 (never when n &lt; 3 or m2 = 0);</li>
 *   <li>winsorise one point at a time on the side of the skew (the upper tail when g1 &gt; 0, else the
 *       lower): at step k = 1…5 (and k ≤ n − 2) the k most extreme answers are replaced by the next answer
 *       inwards (the (k+1)-th most extreme), and g1, g2 are recomputed; the first k that passes is used
 *       ({@code "winsorised k"}) and the winsorised answers are normalised as usual;</li>
 *   <li>if no k passes, the question is normalised on ln(1 + x) as if it had {@code transform=log}
 *       ({@code "log"}); when an answer is negative this is impossible and the question is left untreated
 *       ({@code "untreated: negative values"}).</li>
 * </ul>
 * Each treatment becomes an {@link OutlierTreatmentRecord}. Only scores change: raw-answer statistics
 * (SPEC §4.7) still describe the answers as given.
 */
public final class OutlierTreatment {
    static final double SKEW_LIMIT = 2;
    static final double KURTOSIS_LIMIT = 3.5;
    static final int MAX_WINSORISED = 5;

    private OutlierTreatment() {
    }

    /**
     * A treated question: its scores (null when left untreated) and the record for the Method sheet.
     */
    public record Outcome(double[] scores, OutlierTreatmentRecord record, double[] values) {
        public Outcome(double[] scores, OutlierTreatmentRecord record) {
            this(scores, record, null);
        }
    }

    /**
     * Treats every eligible question of a screened table over its scored rows.
     *
     * @param records receives one record per treated question, in the table's question order
     * @return the replacement scores of the treated questions by code (the others keep their scores)
     */
    public static Map<String, double[]> treat(Screened screened, List<OutlierTreatmentRecord> records) {
        Map<String, double[]> out = new HashMap<>();
        treat(screened, records, q -> false).forEach((k, v) -> out.put(k, v.scores()));
        return out;
    }

    /**
     * As {@link #treat(Screened, List)}, leaving out the questions {@code frozen} accepts (those on a frozen
     * yardstick, SPEC §7, whose bounds are not the batch's); the outcomes carry the values normalised.
     */
    public static Map<String, Outcome> treat(Screened screened, List<OutlierTreatmentRecord> records,
                                             java.util.function.Predicate<Question> frozen) {
        Map<String, Outcome> out = new HashMap<>();
        if (screened == null) return out;
        ResponseTable table = screened.table();
        List<Question> questions = table.questions();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            if (!eligible(question) || frozen.test(question)) continue;
            double[] values = QuestionScores.validAnswers(table, q, screened.scoredRows(), question, null);
            Outcome o = treat(question, values);
            if (o == null) continue;
            records.add(o.record());
            if (o.scores() != null) out.put(question.code(), o);
        }
        return out;
    }

    /** number/percent, without goalposts and without transform=log. */
    public static boolean eligible(Question q) {
        return (q.kind() == ScaleKind.NUMBER || q.kind() == ScaleKind.PERCENT) && !q.hasGoalposts() && !q.log();
    }

    /**
     * @param values the raw answers of the level's scored units, NaN = missing
     * @return null when the question is not eligible or needs no treatment
     */
    public static Outcome treat(Question q, double[] values) {
        if (!eligible(q)) return null;
        double[] m = moments(values);
        if (!fails(m)) return null;
        double[] valid = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        boolean upper = m[0] > 0;
        for (int k = 1; k <= MAX_WINSORISED && k <= valid.length - 2; k++) {
            double[] w = winsorise(values, valid, k, upper);
            double[] after = moments(w);
            if (!fails(after)) {
                return new Outcome(Normaliser.normalise(q, w),
                        new OutlierTreatmentRecord(q.code(), "winsorised " + k, m[0], m[1], after[0], after[1]), w);
            }
        }
        if (valid[0] < 0) {
            return new Outcome(null, new OutlierTreatmentRecord(q.code(), "untreated: negative values",
                    m[0], m[1], m[0], m[1]));
        }
        double[] logged = new double[values.length];
        for (int i = 0; i < values.length; i++) logged[i] = Math.log1p(values[i]);
        double[] after = moments(logged);
        Question asLog = new Question(q.code(), q.parent(), q.source(), q.scaleName(), q.kind(), q.scale(),
                q.reverse(), q.min(), q.max(), true, q.weight(), q.textZh(), q.textEn(), q.aliases(), q.line());
        return new Outcome(Normaliser.normalise(asLog, values),
                new OutlierTreatmentRecord(q.code(), "log", m[0], m[1], after[0], after[1]), values);
    }

    /** |g1| &gt; 2 and g2 &gt; 3.5 (NaN moments never fail). */
    static boolean fails(double[] skewKurtosis) {
        return Math.abs(skewKurtosis[0]) > SKEW_LIMIT && skewKurtosis[1] > KURTOSIS_LIMIT;
    }

    /**
     * {g1, g2}: population skewness m3/m2^{3/2} and excess kurtosis m4/m2² − 3 of the non-missing values;
     * NaN when fewer than 3 values or m2 = 0.
     */
    public static double[] moments(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            n++;
            sum += v;
        }
        if (n < 3) return new double[]{Double.NaN, Double.NaN};
        double mean = sum / n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        if (m2 == 0) return new double[]{Double.NaN, Double.NaN};
        return new double[]{m3 / Math.pow(m2, 1.5), m4 / (m2 * m2) - 3};
    }

    /**
     * The answers with the k most extreme on one side replaced by the (k+1)-th most extreme.
     *
     * @param sorted the non-missing answers in ascending order
     */
    static double[] winsorise(double[] values, double[] sorted, int k, boolean upper) {
        double[] out = values.clone();
        int n = sorted.length;
        if (upper) {
            double cap = sorted[n - 1 - k];
            for (int i = 0; i < out.length; i++) if (!Double.isNaN(out[i]) && out[i] > cap) out[i] = cap;
        } else {
            double floor = sorted[k];
            for (int i = 0; i < out.length; i++) if (!Double.isNaN(out[i]) && out[i] < floor) out[i] = floor;
        }
        return out;
    }
}
