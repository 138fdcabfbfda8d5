package org.ecoscore.instrument;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.apache.poi.ss.usermodel.Cell;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.ScaleKind;

/**
 * Turns a respondent's latent standing on one question (roughly standard normal, higher = better) into the
 * cell a 问卷星 export would hold: the label of a named scale (同意), 是/否, a number plausible for the
 * goalposts (lognormal counts for {@code transform=log}), the options of a multi-select question joined by
 * {@code ┋}, with the platforms' messiness at low rates:
 * skipped answers ({@code (跳过)}, {@code -2}), invalid texts ({@code 不清楚}), {@code 12%} as text,
 * thousands separators. Labels are prepared once; a cell costs no objects beyond the one it writes.
 */
final class AnswerSampler {
    static final double SKIP_RATE = 0.02;
    static final double INVALID_RATE = 0.01;
    static final String SKIPPED = "(跳过)";
    static final String SKIPPED_CODE = "-2";
    static final String INVALID = "不清楚";
    static final String YES = "是";
    static final String NO = "否";

    private final ScaleKind kind;
    private final boolean reverse;
    private final boolean log;
    private final boolean goalposts;
    private final double lo;
    private final double hi;
    private final boolean integral;
    /** where this question's answers sit: added to the latent before it becomes an answer */
    private final double offset;
    private final String[] labels;
    /** a multi-select question's options of value &gt; 0, in value order (null for other questions) */
    private final String[] options;
    /** its "none of these" label (value 0), or null */
    private final String none;

    AnswerSampler(Question q, RandomGenerator rnd) {
        this.kind = q.kind();
        this.reverse = q.reverse();
        this.log = q.log();
        this.goalposts = q.hasGoalposts();
        this.lo = goalposts ? (log ? Math.log1p(Math.max(0, q.min())) : q.min()) : 0;
        this.hi = goalposts ? (log ? Math.log1p(Math.max(0, q.max())) : q.max()) : 0;
        this.integral = kind == ScaleKind.NUMBER && (log || !goalposts || q.max() - q.min() >= 20);
        this.offset = kind == ScaleKind.NAMED || kind == ScaleKind.YESNO ? 0.3 + 0.4 * rnd.nextGaussian() : 0;
        if (kind == ScaleKind.NAMED && q.scale() != null && !q.scale().labelsByValue().isEmpty()) {
            TreeSet<Integer> values = new TreeSet<>(q.scale().labelsByValue().keySet());
            labels = new String[values.size()];
            int i = 0;
            for (int v : values) {
                List<String> ls = q.scale().labelsByValue().get(v);
                labels[i++] = ls.isEmpty() ? Integer.toString(v) : ls.get(0);
            }
        } else {
            labels = null;
        }
        if (kind == ScaleKind.MULTI && q.scale() != null) {
            List<String> opts = new java.util.ArrayList<>();
            for (int v : new TreeSet<>(q.scale().labelsByValue().keySet())) {
                if (v > 0) opts.add(q.scale().labelsByValue().get(v).get(0));
            }
            options = opts.toArray(new String[0]);
            List<String> zero = q.scale().labelsByValue().get(0);
            none = zero == null || zero.isEmpty() ? null : zero.get(0);
        } else {
            options = null;
            none = null;
        }
    }

    boolean isNamed() {
        return labels != null;
    }

    /** The label a straight-liner gives every named-scale question: the second-highest option. */
    String straightLineLabel() {
        return labels[Math.max(0, labels.length - 2)];
    }

    /** Writes the answer for a latent standing z (reverse questions take −z) with the usual messiness. */
    void write(Cell cell, double z, RandomGenerator rnd, boolean messy) {
        if (messy) {
            double m = rnd.nextDouble();
            if (m < SKIP_RATE) {
                boolean code = (kind == ScaleKind.NAMED || kind == ScaleKind.YESNO) && m < SKIP_RATE / 2;
                cell.setCellValue(code ? SKIPPED_CODE : SKIPPED);
                return;
            }
            if (m < SKIP_RATE + INVALID_RATE) {
                cell.setCellValue(INVALID);
                return;
            }
        }
        double u = Normal.cdf((reverse ? -z : z) + offset);
        switch (kind) {
            case NAMED -> {
                if (labels == null) {
                    cell.setCellValue(Math.round(1 + 4 * u));
                } else {
                    int i = Math.min(labels.length - 1, (int) (u * labels.length));
                    cell.setCellValue(labels[i]);
                }
            }
            case YESNO -> cell.setCellValue(u > 0.5 ? YES : NO);
            case PERCENT, NUMBER -> writeNumber(cell, number(u, z), rnd, messy);
            case MULTI -> cell.setCellValue(multi(u));
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
    }

    /** 问卷星 按文本: the first k options joined by ┋, k rising with u; "none of these" (or one option) for k = 0. */
    private String multi(double u) {
        int k = Math.min(options.length, (int) Math.round(u * options.length));
        if (k == 0) return none != null ? none : options[0];
        return String.join("┋", java.util.Arrays.asList(options).subList(0, k));
    }

    /** A value plausible for the goalposts; a reverse question's number is simply drawn from −z. */
    private double number(double u, double z) {
        double v;
        if (goalposts) {
            double x = lo + (hi - lo) * (-0.04 + 1.12 * u);
            v = log ? Math.expm1(x) : x;
        } else if (log) {
            v = Math.expm1(1.5 + 1.3 * (reverse ? -z : z));
        } else if (kind == ScaleKind.PERCENT) {
            v = Math.min(100, 15 + 10 * (reverse ? -z : z));
        } else {
            v = 100 + 40 * (reverse ? -z : z);
        }
        if (v < 0 && (lo >= 0 || log)) v = 0;
        return integral ? Math.rint(v) : Math.rint(v * 10) / 10;
    }

    private void writeNumber(Cell cell, double v, RandomGenerator rnd, boolean messy) {
        if (messy) {
            if (kind == ScaleKind.PERCENT && rnd.nextDouble() < 0.05) {
                cell.setCellValue(plain(v) + "%");
                return;
            }
            if (v >= 1000 && v == Math.rint(v) && rnd.nextDouble() < 0.3) {
                cell.setCellValue(String.format(Locale.ROOT, "%,d", (long) v));
                return;
            }
        }
        cell.setCellValue(v);
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
