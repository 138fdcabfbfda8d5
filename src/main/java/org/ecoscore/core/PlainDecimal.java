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
    /** Digits of a decimal that {@link #toBytes} lays out (Schubfach's H). */
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

    /** With {@code belowE}: the largest exponent of 0.ddd·10^e that is not laid out (−3: |v| ≥ 1e-3; −5: ≥ 1e-5). */
    private static int write(double v, byte[] b, int at, int belowE) {
        long bits = Double.doubleToRawLongBits(v);
        int bq = (int) (bits >>> (P - 1)) & 0x7FF;
        // plain magnitudes only (below 2^-17 or from 2^24 on, certainly not): normal doubles, q from -69 to -29
        if (bq < 1006 || bq > 1046) return -1;
        int i = at;
        if (bits < 0) b[i++] = '-';
        int mq = -Q_MIN + 1 - bq;
        long c = C_MIN | (bits & T_MASK);
        if (mq < P) {
            long f = c >> mq;
            if (f << mq == c) return toBytes(f, 0, b, i, belowE);
        }
        return toDecimal(-mq, c, b, i, belowE);
    }

    /** Schubfach on v = c·2^q: the shortest decimal in the rounding interval, the closest of several. */
    private static int toDecimal(int q, long c, byte[] b, int i, int belowE) {
        int out = (int) c & 0x1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
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
        // Schubfach rounds g·cb·2^h, g·cbl·2^h and g·cbr·2^h (rop); cbl and cbr differ from cb by 1 or 2, so the
        // two neighbours' 128-bit products are g0·cp and g1·cp plus or minus g0 and g1 shifted left — the same
        // words exactly, with 4 products of 64 bits (each 4 of 32) instead of 9 (C1 inlines none of it)
        long cp = cb << h;
        long a1 = high(g0, cp);
        long a0 = g0 * cp;
        long b1 = high(g1, cp);
        long b0 = g1 * cp;
        long vb = rounded(a1, b0, b1);
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
            vbl = rounded(x1, y0, y1);
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
            vbr = rounded(x1, y0, y1);
        }
        long s = vb >> 2;
        if (s >= 100) {
            long sp10 = 10 * high(s, 115_292_150_460_684_698L << 4);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) return toBytes(upin ? sp10 : tp10, k, b, i, belowE);
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) return toBytes(uin ? s : t, k, b, i, belowE);
        long cmp = vb - ((s + t) << 1);
        return toBytes(cmp < 0 || cmp == 0 && (s & 0x1) == 0 ? s : t, k, b, i, belowE);
    }

    /**
     * Schubfach's rop from the words of g·cp: x1 the high word of g0·cp, y0 and y1 the low and high words of g1·cp —
     * the high 64 bits of g·cp / 2^63 rounded to odd.
     */
    private static long rounded(long x1, long y0, long y1) {
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | ((z & MASK_63) + MASK_63) >>> 63;
    }

    /** The borrow out of the unsigned difference x − y of two low words. */
    private static long borrow(long x, long y) {
        return ((~x & y) | (~(x ^ y) & (x - y))) >>> 63;
    }

    /** The carry out of the unsigned sum x + y of two low words. */
    private static long carry(long x, long y) {
        return ((x & y) | ((x | y) & ~(x + y))) >>> 63;
    }

    /** The decimal f·10^e laid out plain; -1 (nothing kept) when its layout has an exponent. */
    private static int toBytes(long f, int e, byte[] b, int i, int belowE) {
        int len = flog10pow2(Long.SIZE - Long.numberOfLeadingZeros(f));
        if (f >= POW10[len]) len++;
        f *= POW10[H - len];
        e += len;
        // f has H = 17 digits, 0.f·10^e: its first digit h, the next eight m, the last eight l
        long hm = high(f, 193_428_131_138_340_668L) >>> 20;
        int l = (int) (f - 100_000_000L * hm);
        int h = (int) (hm * 1_441_151_881L >>> 57);
        int m = (int) (hm - 100_000_000 * h);
        if (0 < e && e <= 7) {
            // dd.ddd: the 17 digits, then those after the first e moved one place on for the point
            b[i] = (byte) ('0' + h);
            eight(m, b, i + 1);
            eight(l, b, i + 9);
            System.arraycopy(b, i + e, b, i + e + 1, H - e);
            b[i + e] = '.';
            i += H + 1;
        } else if (belowE < e && e <= 0) {
            // 0.00ddd
            b[i++] = '0';
            b[i++] = '.';
            for (; e < 0; e++) b[i++] = '0';
            b[i] = (byte) ('0' + h);
            eight(m, b, i + 1);
            eight(l, b, i + 9);
            i += H;
        } else {
            return -1;
        }
        // no trailing zeros, but one digit after the point
        while (b[i - 1] == '0') i--;
        if (b[i - 1] == '.') i++;
        return i;
    }

    /**
     * {@code Math.multiplyHigh(x, y)} for non-negative x and y, written out: the C1-only JIT that big batches run
     * with neither intrinsifies that method nor inlines it (a table of millions of numbers: a third faster).
     */
    private static long high(long x, long y) {
        long x1 = x >>> 32;
        long x0 = x & 0xFFFFFFFFL;
        long y1 = y >>> 32;
        long y0 = y & 0xFFFFFFFFL;
        long p01 = x0 * y1;
        long p10 = x1 * y0;
        return x1 * y1 + (p01 >>> 32) + (p10 >>> 32) + (((x0 * y0) >>> 32) + (p01 & 0xFFFFFFFFL)
                + (p10 & 0xFFFFFFFFL) >>> 32);
    }

    /**
     * The eight digits of {@code m} (0 ≤ m < 10^8) at {@code b[i … i + 8)}, worked out side by side in the lanes of
     * one long (two halves of four digits, four pairs, eight digits, then '0' added to each) and stored byte by byte.
     */
    private static void eight(int m, byte[] b, int i) {
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
