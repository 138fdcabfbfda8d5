package org.ecoscore.core;

import java.math.BigInteger;

/**
 * {@link ShortestDecimal}'s text of a double written straight into a byte array, for the doubles that text
 * writes without an exponent ({@code 0.21296727420741174}, {@code 75.0}, {@code -3.5}: magnitudes from
 * 10<sup>-3</sup> up to 10<sup>7</sup>), with no String or char array per number — a table of millions of
 * numbers (obstacles.csv) is mostly this. It is Raffaello Giulietti's Schubfach algorithm ("The Schubfach
 * way to render doubles", 2020; the one {@code ShortestDecimal} runs in jackson-core's copy) restricted to
 * those magnitudes (and, for the CSV tables' plain layout, down to 10<sup>-5</sup>: {@link #writeCsv}), so that it
 * needs only the fourteen powers of ten they use (10<sup>9</sup> to 10<sup>22</sup>) instead of a table of 617;
 * every other double is left to {@link ShortestDecimal#of}.
 */
public final class PlainDecimal {
    /** The most bytes {@link #write} or {@link #writeCsv} puts: a minus, 17 digits, a point and up to four zeros. */
    public static final int MAX_BYTES = 24;

    private static final int P = 53;
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << (P - 1);
    private static final long T_MASK = C_MIN - 1;
    private static final long MASK_63 = (1L << 63) - 1;
    private static final long M32 = 0xFFFFFFFFL;
    /** Digits of a decimal as it is laid out (Schubfach's H). */
    private static final int H = 17;
    /** The decimal exponents k of the table: 10<sup>-k</sup> for k from {@value #K_LOW} to {@value #K_HIGH}. */
    private static final int K_LOW = -22;
    private static final int K_HIGH = -9;
    /** Per k, the high and low 63 bits of g = ⌊10<sup>-k</sup> / 2<sup>r</sup>⌋ + 1, 2<sup>125</sup> ≤ g < 2<sup>126</sup>. */
    private static final long[] G = table();
    private static final long[] POW10 = new long[H + 1];

    static {
        long p = 1;
        for (int i = 0; i <= H; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private PlainDecimal() {
    }

    /**
     * Writes {@code v} as {@link ShortestDecimal#of} writes it into {@code b} from {@code at} (which must leave
     * {@value #MAX_BYTES} bytes of room) and returns the index after it, when that text has no exponent
     * (1e-3 ≤ |v| < 1e7); otherwise returns -1 (zero, NaN and infinities included), and what it may have put
     * from {@code at} on is to be overwritten.
     */
    public static int write(double v, byte[] b, int at) {
        return write(v, b, at, -3);
    }

    /**
     * As {@link #write}, down to 10<sup>-5</sup> as well (1e-5 ≤ |v| < 1e-3 laid out plain, {@code 0.00012345}):
     * the text the CSV tables write for such a number ({@code CsvNumbers.format}, which lays out plain what
     * ShortestDecimal writes with an exponent) — obstacle shares of small weights are often there.
     */
    public static int writeCsv(double v, byte[] b, int at) {
        return write(v, b, at, -5);
    }

    /**
     * With {@code belowE}: the largest exponent of 0.ddd·10^e that is not laid out (−3: |v| ≥ 1e-3; −5: ≥ 1e-5).
     *
     * <p>One method from the bits to the bytes: the launcher runs big batches with the C1 JIT only, which inlines
     * no method over 35 bytes of bytecode, and a call per step (products, rounding, digit counting, layout) cost
     * more than the steps; so the high words of the 128-bit products ({@code Math.multiplyHigh} for non-negative
     * factors, which C1 neither intrinsifies nor inlines, written out as four products of 32 bits), Schubfach's
     * rounding to odd and the layout are written out here, each time the same steps.
     */
    private static int write(double v, byte[] b, int at, int belowE) {
        long bits = Double.doubleToRawLongBits(v);
        int bq = (int) (bits >>> (P - 1)) & 0x7FF;
        // plain magnitudes only (below 2^-17 or from 2^24 on, certainly not): normal doubles, q from -69 to -29
        if (bq < 1006 || bq > 1046) return -1;
        int i = at;
        if (bits < 0) b[i++] = '-';
        int mq = -Q_MIN + 1 - bq;
        long c = C_MIN | (bits & T_MASK);
        // the decimal f·10^k to lay out: the integer itself, or Schubfach's shortest decimal
        long f;
        int k;
        if (mq < P && (c >> mq) << mq == c) {
            f = c >> mq;
            k = 0;
        } else {
            // Schubfach on v = c·2^q, q = -mq: the shortest decimal in the rounding interval, the closest of several
            int q = -mq;
            int out = (int) c & 0x1;
            long cb = c << 2;
            long cbl;
            if (c != C_MIN) {
                cbl = cb - 2;
                k = flog10pow2(q);
            } else {
                cbl = cb - 1;
                k = flog10threeQuartersPow2(q);
            }
            if (k < K_LOW || k > K_HIGH) return -1;
            int h = q + flog2pow10(-k) + 2;
            long g1 = G[(k - K_LOW) << 1];
            long g0 = G[((k - K_LOW) << 1) + 1];
            // Schubfach rounds g·cb·2^h, g·cbl·2^h and g·cbr·2^h (rop); cbl and cbr differ from cb by 1 or 2, so
            // the two neighbours' 128-bit products are g0·cp and g1·cp plus or minus g0 and g1 shifted left — the
            // same words exactly, with 4 products of 64 bits (each 4 of 32) instead of 9
            long cp = cb << h;
            long cp1 = cp >>> 32;
            long cp0 = cp & M32;
            long a1;
            {
                long x1 = g0 >>> 32;
                long x0 = g0 & M32;
                long p01 = x0 * cp1;
                long p10 = x1 * cp0;
                a1 = x1 * cp1 + (p01 >>> 32) + (p10 >>> 32) + (((x0 * cp0) >>> 32) + (p01 & M32) + (p10 & M32) >>> 32);
            }
            long a0 = g0 * cp;
            long b1;
            {
                long x1 = g1 >>> 32;
                long x0 = g1 & M32;
                long p01 = x0 * cp1;
                long p10 = x1 * cp0;
                b1 = x1 * cp1 + (p01 >>> 32) + (p10 >>> 32) + (((x0 * cp0) >>> 32) + (p01 & M32) + (p10 & M32) >>> 32);
            }
            long b0 = g1 * cp;
            // rop: the high 64 bits of g·cp / 2^63 rounded to odd, from the high word of g0·cp and both words of g1·cp
            long vb;
            {
                long z = (b0 >>> 1) + a1;
                vb = b1 + (z >>> 63) | ((z & MASK_63) + MASK_63) >>> 63;
            }
            int sl = h + (int) (cb - cbl) - 1; // cb − cbl is 2 (2^1) or 1 (2^0)
            int sr = h + 1;                    // cbr − cb is 2
            long vbl;
            {
                long lo0 = g0 << sl;
                long hi0 = sl == 0 ? 0 : g0 >>> (64 - sl);
                long lo1 = g1 << sl;
                long hi1 = sl == 0 ? 0 : g1 >>> (64 - sl);
                long x1 = a1 - hi0 - borrow(a0, lo0);
                long y0 = b0 - lo1;
                long y1 = b1 - hi1 - borrow(b0, lo1);
                long z = (y0 >>> 1) + x1;
                vbl = y1 + (z >>> 63) | ((z & MASK_63) + MASK_63) >>> 63;
            }
            long vbr;
            {
                long lo0 = g0 << sr;
                long hi0 = g0 >>> (64 - sr);
                long lo1 = g1 << sr;
                long hi1 = g1 >>> (64 - sr);
                long x1 = a1 + hi0 + carry(a0, lo0);
                long y0 = b0 + lo1;
                long y1 = b1 + hi1 + carry(b0, lo1);
                long z = (y0 >>> 1) + x1;
                vbr = y1 + (z >>> 63) | ((z & MASK_63) + MASK_63) >>> 63;
            }
            long s = vb >> 2;
            long chosen = -1;
            if (s >= 100) {
                // sp10 = 10·⌊s/10⌋: the high word of s·(2^64·16/10 rounded up)
                long sp10;
                {
                    long y = 115_292_150_460_684_698L << 4;
                    long x1 = s >>> 32;
                    long x0 = s & M32;
                    long y1 = y >>> 32;
                    long y0 = y & M32;
                    long p01 = x0 * y1;
                    long p10 = x1 * y0;
                    sp10 = 10 * (x1 * y1 + (p01 >>> 32) + (p10 >>> 32)
                            + (((x0 * y0) >>> 32) + (p01 & M32) + (p10 & M32) >>> 32));
                }
                long tp10 = sp10 + 10;
                boolean upin = vbl + out <= sp10 << 2;
                boolean wpin = (tp10 << 2) + out <= vbr;
                if (upin != wpin) chosen = upin ? sp10 : tp10;
            }
            if (chosen < 0) {
                long t = s + 1;
                boolean uin = vbl + out <= s << 2;
                boolean win = (t << 2) + out <= vbr;
                if (uin != win) {
                    chosen = uin ? s : t;
                } else {
                    long cmp = vb - ((s + t) << 1);
                    chosen = cmp < 0 || cmp == 0 && (s & 0x1) == 0 ? s : t;
                }
            }
            f = chosen;
        }
        // f·10^k laid out plain (at most H digits): the digits counted from the top (16 or 17 for most decimals,
        // one comparison or two; Long.numberOfLeadingZeros is no intrinsic under C1)
        int len = H;
        while (f < POW10[len - 1]) len--;
        f *= POW10[H - len];
        int e = k + len;
        if (!(0 < e && e <= 7) && !(belowE < e && e <= 0)) return -1;
        // f has H = 17 digits, 0.f·10^e: its first digit h, the next eight m, the last eight l (hm = ⌊f/10^8⌋)
        long hm;
        {
            long y = 193_428_131_138_340_668L;
            long x1 = f >>> 32;
            long x0 = f & M32;
            long y1 = y >>> 32;
            long y0 = y & M32;
            long p01 = x0 * y1;
            long p10 = x1 * y0;
            hm = x1 * y1 + (p01 >>> 32) + (p10 >>> 32) + (((x0 * y0) >>> 32) + (p01 & M32) + (p10 & M32) >>> 32)
                    >>> 20;
        }
        int l = (int) (f - 100_000_000L * hm);
        int h = (int) (hm * 1_441_151_881L >>> 57);
        int m = (int) (hm - 100_000_000 * h);
        if (e > 0) {
            // dd.ddd: the 17 digits, then those after the first e moved one place on for the point
            b[i] = (byte) ('0' + h);
            sixteen(m, l, b, i + 1);
            System.arraycopy(b, i + e, b, i + e + 1, H - e);
            b[i + e] = '.';
            i += H + 1;
        } else {
            // 0.00ddd
            b[i++] = '0';
            b[i++] = '.';
            for (; e < 0; e++) b[i++] = '0';
            b[i] = (byte) ('0' + h);
            sixteen(m, l, b, i + 1);
            i += H;
        }
        // no trailing zeros, but one digit after the point
        while (b[i - 1] == '0') i--;
        if (b[i - 1] == '.') i++;
        return i;
    }

    /** The borrow out of the unsigned difference x − y of two low words. */
    private static long borrow(long x, long y) {
        return ((~x & y) | (~(x ^ y) & (x - y))) >>> 63;
    }

    /** The carry out of the unsigned sum x + y of two low words. */
    private static long carry(long x, long y) {
        return ((x & y) | ((x | y) & ~(x + y))) >>> 63;
    }

    /**
     * The eight digits of {@code m} then the eight of {@code l} (each from 0 to 10^8) at {@code b[i … i + 16)}: each
     * eight worked out side by side in the lanes of one long (two halves of four digits, four pairs, eight digits,
     * then '0' added to each) and stored byte by byte.
     */
    private static void sixteen(int m, int l, byte[] b, int i) {
        long hi = (m * 109_951_163L) >>> 40; // m / 10^4, exact below 10^8
        long v = hi | (m - 10_000 * hi) << 32; // lanes of 32 bits: the first four digits, the last four
        long w = (v * 10_486 >>> 20) & 0x0000_007F_0000_007FL; // each lane / 100, exact below 10^4
        long t = w | (v - 100 * w) << 16; // lanes of 16 bits: the four pairs in order
        long u = (t * 103 >>> 10) & 0x000F_000F_000F_000FL; // each lane / 10, exact below 100
        long d = (u | (t - 10 * u) << 8) + 0x3030_3030_3030_3030L; // lanes of 8 bits: the digits, in order
        b[i] = (byte) d;
        b[i + 1] = (byte) (d >>> 8);
        b[i + 2] = (byte) (d >>> 16);
        b[i + 3] = (byte) (d >>> 24);
        b[i + 4] = (byte) (d >>> 32);
        b[i + 5] = (byte) (d >>> 40);
        b[i + 6] = (byte) (d >>> 48);
        b[i + 7] = (byte) (d >>> 56);
        hi = (l * 109_951_163L) >>> 40;
        v = hi | (l - 10_000 * hi) << 32;
        w = (v * 10_486 >>> 20) & 0x0000_007F_0000_007FL;
        t = w | (v - 100 * w) << 16;
        u = (t * 103 >>> 10) & 0x000F_000F_000F_000FL;
        d = (u | (t - 10 * u) << 8) + 0x3030_3030_3030_3030L;
        b[i + 8] = (byte) d;
        b[i + 9] = (byte) (d >>> 8);
        b[i + 10] = (byte) (d >>> 16);
        b[i + 11] = (byte) (d >>> 24);
        b[i + 12] = (byte) (d >>> 32);
        b[i + 13] = (byte) (d >>> 40);
        b[i + 14] = (byte) (d >>> 48);
        b[i + 15] = (byte) (d >>> 56);
    }

    /** ⌊q·log10(2)⌋. */
    static int flog10pow2(int q) {
        return (int) (q * 661_971_961_083L >> 41);
    }

    /** ⌊log10(3/4 · 2^q)⌋. */
    static int flog10threeQuartersPow2(int q) {
        return (int) (q * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    /** ⌊e·log2(10)⌋. */
    static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /** g for k from K_LOW to K_HIGH: 10^-k is an integer there, so g = 10^-k·2^(126 − its bit length) + 1. */
    private static long[] table() {
        long[] g = new long[2 * (K_HIGH - K_LOW + 1)];
        BigInteger mask = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = K_LOW; k <= K_HIGH; k++) {
            BigInteger n = BigInteger.TEN.pow(-k);
            BigInteger v = n.shiftLeft(126 - n.bitLength()).add(BigInteger.ONE);
            g[(k - K_LOW) << 1] = v.shiftRight(63).longValueExact();
            g[((k - K_LOW) << 1) + 1] = v.and(mask).longValueExact();
        }
        return g;
    }

    /** The table's entry for k (high, low), for tests. */
    static long[] g(int k) {
        return new long[] {G[(k - K_LOW) << 1], G[((k - K_LOW) << 1) + 1]};
    }

    static int kLow() {
        return K_LOW;
    }

    static int kHigh() {
        return K_HIGH;
    }
}
