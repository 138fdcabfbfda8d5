package org.ecoscore.score;

import org.ecoscore.framework.Question;

/**
 * SPEC §4.1: turns one question's valid raw answers into scores n in [0, 100]. Goalposts come from the
 * question; without goalposts ({@code number}/{@code percent}) they are the min and max of x over the
 * answers given, which must be those of the level's scored units.
 */
public final class Normaliser {
    private Normaliser() {
    }

    /** A negative answer to a {@code transform=log} question cannot be scored (SPEC §1, §4.1). */
    public static boolean invalidForLog(Question q, double v) {
        return q.log() && !Double.isNaN(v) && v < 0;
    }

    /**
     * Scores of the answers (NaN = missing; returned as NaN). The answers are the level's scored units
     * only, since batch goalposts are taken over them.
     */
    public static double[] normalise(Question q, double[] values) {
        return normalise(q, values, null);
    }

    /**
     * As {@link #normalise(Question, double[])}, but a {@code number}/{@code percent} question without
     * goalposts takes {@code frozen} = {lo, hi} (raw answer units, transformed like goalposts) instead of its
     * batch min and max when {@code frozen} is not null (SPEC §7); answers beyond clamp to 0 or 100.
     */
    public static double[] normalise(Question q, double[] values, double[] frozen) {
        double[] out = new double[values.length];
        switch (q.kind()) {
            case NAMED -> {
                double vmin = q.scale().min();
                double vmax = q.scale().max();
                for (int i = 0; i < values.length; i++) {
                    double v = values[i];
                    out[i] = Double.isNaN(v) ? Double.NaN : vmax == vmin ? 50 : 100 * (v - vmin) / (vmax - vmin);
                }
            }
            case YESNO -> {
                for (int i = 0; i < values.length; i++) out[i] = 100 * values[i];
            }
            default -> numeric(q, values, out, frozen);
        }
        if (q.reverse()) {
            for (int i = 0; i < out.length; i++) out[i] = 100 - out[i];
        }
        return out;
    }

    private static void numeric(Question q, double[] values, double[] out, double[] frozen) {
        double[] x = new double[values.length];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            x[i] = Double.isNaN(v) || invalidForLog(q, v) ? Double.NaN : transform(q, v);
            if (!Double.isNaN(x[i])) {
                min = Math.min(min, x[i]);
                max = Math.max(max, x[i]);
            }
        }
        double lo = q.hasGoalposts() ? transform(q, q.min()) : frozen != null ? transform(q, frozen[0]) : min;
        double hi = q.hasGoalposts() ? transform(q, q.max()) : frozen != null ? transform(q, frozen[1]) : max;
        for (int i = 0; i < values.length; i++) out[i] = Double.isNaN(x[i]) ? Double.NaN : scale(x[i], lo, hi);
    }

    /**
     * The raw bounds a {@code number}/{@code percent} question is normalised on: its goalposts, else
     * {@code frozen} when given, else the min and max of its valid answers ({NaN, NaN} when none).
     */
    public static double[] bounds(Question q, double[] values, double[] frozen) {
        if (q.hasGoalposts()) return new double[]{q.min(), q.max()};
        if (frozen != null) return frozen.clone();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isNaN(v) || invalidForLog(q, v)) continue;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return min > max ? new double[]{Double.NaN, Double.NaN} : new double[]{min, max};
    }

    /** The valid answers strictly below lo or above hi (scored 0 or 100 by the clamp). */
    public static int clamped(Question q, double[] values, double[] bounds) {
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v) || invalidForLog(q, v)) continue;
            if (v < bounds[0] || v > bounds[1]) n++;
        }
        return n;
    }

    /** x = v, or ln(1 + v) with transform=log. */
    public static double transform(Question q, double v) {
        return q.log() ? Math.log1p(v) : v;
    }

    /** n = 100·clamp((x − lo)/(hi − lo), 0, 1); 50 when hi = lo. */
    public static double scale(double x, double lo, double hi) {
        if (hi == lo) return 50;
        double r = (x - lo) / (hi - lo);
        return 100 * Math.max(0, Math.min(1, r));
    }
}
