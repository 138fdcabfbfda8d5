package org.ecoscore.score;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * SPEC §8 validity, the linear algebra: Pearson correlations, KMO and MSA (from the inverse correlation matrix),
 * Bartlett's test of sphericity, principal components of R and varimax rotation with Kaiser normalisation.
 * Eigen and singular value decompositions are Apache Commons Math's; the χ² tail is Commons Statistics'.
 */
public final class FactorAnalysis {
    /** An eigenvalue below this (relative to p) makes R singular: no inverse, no KMO. */
    static final double SINGULAR = 1e-10;
    private static final int VARIMAX_ITERATIONS = 1000;
    /**
     * R's {@code stats::varimax} default {@code eps}: the iteration stops when the criterion grows by less than
     * this relative amount. The varimax criterion is flat near its optimum, so stopping here rather than at
     * full convergence moves loadings in the third decimal; using R's rule reproduces what R (psych, easystats)
     * and so most published analyses print.
     */
    private static final double VARIMAX_TOLERANCE = 1e-5;

    private FactorAnalysis() {
    }

    /** KMO overall and the MSA of each item. */
    public record Kmo(double overall, double[] msa) {
    }

    /** Bartlett's χ² = −(n − 1 − (2p + 5)/6)·ln|R|, df = p(p − 1)/2, and its upper-tail p-value. */
    public record Bartlett(double chiSquare, int df, double p) {
    }

    /** The sample Pearson correlation matrix of complete data {@code x[item][case]} (x is left as it is). */
    public static double[][] correlation(double[][] x) {
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) z[i] = x[i].clone();
        return correlationInPlace(z);
    }

    /**
     * As {@link #correlation}, centring and scaling the columns of {@code x} in place (x[i][c] becomes
     * (x − mean) / √Σ(x − mean)²): no second copy of the data, which on a million cases is 8 MB an item.
     */
    static double[][] correlationInPlace(double[][] x) {
        int p = x.length;
        int n = p == 0 ? 0 : x[0].length;
        double[][] z = x;
        for (int i = 0; i < p; i++) {
            double mean = 0;
            for (double v : x[i]) mean += v;
            mean /= n;
            double ss = 0;
            for (int c = 0; c < n; c++) {
                z[i][c] = x[i][c] - mean;
                ss += z[i][c] * z[i][c];
            }
            double norm = Math.sqrt(ss);
            for (int c = 0; c < n; c++) z[i][c] /= norm;
        }
        double[][] r = new double[p][p];
        for (int i = 0; i < p; i++) r[i][i] = 1;
        // r[i][j] = Σ_c z[i][c]·z[j][c], each sum taken in case order c = 0, 1, … as a plain loop would (so
        // the result is the same to the last bit); four pairs share one pass over z[i], and the cases go in
        // blocks that stay in the cache while every pair of items visits them.
        for (int from = 0; from < n; from += CASE_BLOCK) {
            int to = Math.min(n, from + CASE_BLOCK);
            for (int i = 0; i < p; i++) {
                double[] a = z[i];
                double[] ri = r[i];
                int j = i + 1;
                for (; j + 3 < p; j += 4) {
                    double[] b0 = z[j];
                    double[] b1 = z[j + 1];
                    double[] b2 = z[j + 2];
                    double[] b3 = z[j + 3];
                    double s0 = ri[j];
                    double s1 = ri[j + 1];
                    double s2 = ri[j + 2];
                    double s3 = ri[j + 3];
                    for (int c = from; c < to; c++) {
                        double ac = a[c];
                        s0 += ac * b0[c];
                        s1 += ac * b1[c];
                        s2 += ac * b2[c];
                        s3 += ac * b3[c];
                    }
                    ri[j] = s0;
                    ri[j + 1] = s1;
                    ri[j + 2] = s2;
                    ri[j + 3] = s3;
                }
                for (; j < p; j++) {
                    double[] b = z[j];
                    double s = ri[j];
                    for (int c = from; c < to; c++) s += a[c] * b[c];
                    ri[j] = s;
                }
            }
        }
        for (int i = 0; i < p; i++) for (int j = i + 1; j < p; j++) r[j][i] = r[i][j];
        return r;
    }

    /** Cases per block of {@link #correlation} (4 K cases × 8 bytes × a handful of items fit in L2). */
    private static final int CASE_BLOCK = 4096;

    /** The eigenvalues of a symmetric matrix, largest first, with their unit eigenvectors as columns. */
    record Eigen(double[] values, double[][] vectors) {
        static Eigen of(double[][] r) {
            EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(r, true));
            int p = r.length;
            double[] real = e.getRealEigenvalues();
            Integer[] order = IntStream.range(0, p).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -real[i]));
            double[] values = new double[p];
            double[][] vectors = new double[p][p];
            for (int k = 0; k < p; k++) {
                values[k] = real[order[k]];
                double[] v = e.getEigenvector(order[k]).toArray();
                for (int i = 0; i < p; i++) vectors[i][k] = v[i];
            }
            return new Eigen(values, vectors);
        }

        boolean singular() {
            return values.length == 0 || values[values.length - 1] <= SINGULAR * values.length;
        }

        /** ln|R| = Σ ln λ (no under- or overflow of the determinant itself). */
        double logDeterminant() {
            double s = 0;
            for (double v : values) s += Math.log(v);
            return s;
        }

        /** R⁻¹ = V·diag(1/λ)·Vᵀ. */
        double[][] inverse() {
            int p = values.length;
            double[][] inv = new double[p][p];
            for (int i = 0; i < p; i++) {
                for (int j = i; j < p; j++) {
                    double s = 0;
                    for (int k = 0; k < p; k++) s += vectors[i][k] * vectors[j][k] / values[k];
                    inv[i][j] = s;
                    inv[j][i] = s;
                }
            }
            return inv;
        }
    }

    /**
     * KMO = ΣΣ_{i≠j} r² / (ΣΣ_{i≠j} r² + ΣΣ_{i≠j} q²), q_ij = −(R⁻¹)_ij / √((R⁻¹)_ii (R⁻¹)_jj) the partial
     * correlations; MSA_i the same sums over j ≠ i only.
     *
     * @throws IllegalArgumentException when R is singular
     */
    public static Kmo kmo(double[][] r) {
        Eigen e = Eigen.of(r);
        if (e.singular()) throw new IllegalArgumentException("singular correlation matrix");
        return kmo(r, e.inverse());
    }

    static Kmo kmo(double[][] r, double[][] inv) {
        int p = r.length;
        double[] rowR = new double[p];
        double[] rowQ = new double[p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                if (i == j) continue;
                double q = -inv[i][j] / Math.sqrt(inv[i][i] * inv[j][j]);
                rowR[i] += r[i][j] * r[i][j];
                rowQ[i] += q * q;
            }
        }
        double sr = 0;
        double sq = 0;
        double[] msa = new double[p];
        for (int i = 0; i < p; i++) {
            sr += rowR[i];
            sq += rowQ[i];
            msa[i] = rowR[i] / (rowR[i] + rowQ[i]);
        }
        return new Kmo(sr / (sr + sq), msa);
    }

    /** Bartlett's test of sphericity of R from n cases. */
    public static Bartlett bartlett(double[][] r, int n) {
        return bartlett(Eigen.of(r).logDeterminant(), r.length, n);
    }

    static Bartlett bartlett(double logDet, int p, int n) {
        double chi = -(n - 1 - (2.0 * p + 5) / 6) * logDet;
        int df = p * (p - 1) / 2;
        double pv = df > 0 ? ChiSquaredDistribution.of(df).survivalProbability(chi) : Double.NaN;
        return new Bartlett(chi, df, pv);
    }

    /** Unrotated principal-component loadings of the first k components: v_k·√λ_k, [item][component]. */
    static double[][] componentLoadings(Eigen e, int k) {
        int p = e.values().length;
        double[][] l = new double[p][k];
        for (int c = 0; c < k; c++) {
            double s = Math.sqrt(e.values()[c]);
            for (int i = 0; i < p; i++) l[i][c] = e.vectors()[i][c] * s;
        }
        return l;
    }

    /**
     * Varimax rotation with Kaiser normalisation (rows scaled to unit length, rotated, scaled back), by the
     * SVD iteration of R's {@code stats::varimax}, with its stopping rule. With one column the loadings are
     * returned as they are.
     */
    public static double[][] varimax(double[][] loadings) {
        int p = loadings.length;
        int k = p == 0 ? 0 : loadings[0].length;
        if (k < 2) return copy(loadings);
        double[] h = new double[p];
        double[][] x = new double[p][k];
        for (int i = 0; i < p; i++) {
            double s = 0;
            for (double v : loadings[i]) s += v * v;
            h[i] = Math.sqrt(s);
            for (int c = 0; c < k; c++) x[i][c] = h[i] == 0 ? 0 : loadings[i][c] / h[i];
        }
        RealMatrix xm = new Array2DRowRealMatrix(x, false);
        RealMatrix t = new Array2DRowRealMatrix(k, k);
        for (int c = 0; c < k; c++) t.setEntry(c, c, 1);
        double d = 0;
        for (int it = 0; it < VARIMAX_ITERATIONS; it++) {
            RealMatrix z = xm.multiply(t);
            double[] colSq = new double[k];
            for (int i = 0; i < p; i++) for (int c = 0; c < k; c++) colSq[c] += z.getEntry(i, c) * z.getEntry(i, c);
            RealMatrix target = new Array2DRowRealMatrix(p, k);
            for (int i = 0; i < p; i++) {
                for (int c = 0; c < k; c++) {
                    double zz = z.getEntry(i, c);
                    target.setEntry(i, c, zz * zz * zz - zz * colSq[c] / p);
                }
            }
            SingularValueDecomposition svd = new SingularValueDecomposition(xm.transpose().multiply(target));
            t = svd.getU().multiply(svd.getVT());
            double previous = d;
            d = 0;
            for (double s : svd.getSingularValues()) d += s;
            if (d < previous * (1 + VARIMAX_TOLERANCE)) break;
        }
        double[][] rotated = xm.multiply(t).getData();
        for (int i = 0; i < p; i++) for (int c = 0; c < k; c++) rotated[i][c] *= h[i];
        return rotated;
    }

    /**
     * The factors in the order of their variance (sum of squared loadings), largest first, each signed so that
     * its loadings sum to ≥ 0 (the convention of R's psych::principal).
     */
    static double[][] orderAndSign(double[][] l) {
        int p = l.length;
        int k = p == 0 ? 0 : l[0].length;
        double[] ss = new double[k];
        double[] sum = new double[k];
        for (double[] row : l) {
            for (int c = 0; c < k; c++) {
                ss[c] += row[c] * row[c];
                sum[c] += row[c];
            }
        }
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer c) -> -ss[c]));
        double[][] out = new double[p][k];
        for (int c = 0; c < k; c++) {
            int from = order[c];
            double sign = sum[from] < 0 ? -1 : 1;
            for (int i = 0; i < p; i++) out[i][c] = sign * l[i][from];
        }
        return out;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) out[i] = a[i].clone();
        return out;
    }
}
