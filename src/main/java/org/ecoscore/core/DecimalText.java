package org.ecoscore.core;

/**
 * {@link Double#parseDouble}, faster on the plain decimals our own tables hold ({@code 60.20861724728213},
 * {@code -3}, {@code 0.5}): a text of an optional minus, digits and at most one point, whose digits as an integer
 * m are at most 2<sup>53</sup> and that has at most 22 digits after the point (f), is m / 10<sup>f</sup> — both
 * exact doubles, so the one division, rounded to nearest as every IEEE 754 operation is, is the double nearest to
 * the decimal: what {@code Double.parseDouble} returns (Clinger's fast path). Anything else (more digits, an
 * exponent, spaces, signs, words) goes to {@code Double.parseDouble} itself.
 */
public final class DecimalText {
    private static final double[] TENS = new double[23];
    private static final long EXACT = 1L << 53;

    static {
        double t = 1;
        for (int i = 0; i < TENS.length; i++) {
            TENS[i] = t;
            t *= 10;
        }
    }

    private DecimalText() {
    }

    /**
     * The double that the ASCII text b[from, to) reads as when it is a decimal of the fast path (optional minus,
     * digits, at most one point; see the class comment); NaN for any other text (the caller reads that as a
     * String), an empty one included.
     */
    public static double plain(byte[] b, int from, int to) {
        int i = from;
        boolean negative = i < to && b[i] == '-';
        if (negative) i++;
        long m = 0;
        int digits = 0;
        int point = -1;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                if (++digits > 18) return Double.NaN;
                m = m * 10 + (c - '0');
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return Double.NaN;
            }
        }
        int fraction = point < 0 ? 0 : to - point - 1;
        if (digits == 0 || m > EXACT || fraction >= TENS.length) return Double.NaN;
        double v = fraction == 0 ? (double) m : m / TENS[fraction];
        return negative ? -v : v;
    }

    /** The double {@code s} reads as; throws {@link NumberFormatException} as {@code Double.parseDouble} does. */
    public static double parse(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = n > 0 && s.charAt(0) == '-';
        if (negative) i++;
        long m = 0;
        int digits = 0;
        int point = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 18) return Double.parseDouble(s); // m could leave long's range
                m = m * 10 + (c - '0');
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return Double.parseDouble(s);
            }
        }
        int fraction = point < 0 ? 0 : n - point - 1;
        if (digits == 0 || m > EXACT || fraction >= TENS.length) return Double.parseDouble(s);
        double v = fraction == 0 ? (double) m : m / TENS[fraction];
        return negative ? -v : v;
    }
}
