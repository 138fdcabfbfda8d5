package org.ecoscore.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FactorAnalysis#correlation} sums the cross-products of several item pairs in one pass and in blocks of
 * cases; each sum must still be taken in case order, so that R (and validity.csv) is the same to the last bit as
 * the plain one-pair-at-a-time loop below gives.
 */
class CorrelationOrderTest {
    /** The plain loop: standardise each column (centre, divide by the root of its sum of squares), then Σ z_i z_j. */
    private static double[][] plain(double[][] x) {
        int p = x.length;
        int n = x[0].length;
        double[][] z = new double[p][n];
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
        for (int i = 0; i < p; i++) {
            r[i][i] = 1;
            for (int j = i + 1; j < p; j++) {
                double s = 0;
                for (int c = 0; c < n; c++) s += z[i][c] * z[j][c];
                r[i][j] = s;
                r[j][i] = s;
            }
        }
        return r;
    }

    @Test
    void sameBitsAsThePlainLoop() {
        Random random = new Random(14);
        // item counts that are and are not multiples of the four pairs per pass; case counts below, at and
        // across block boundaries (4096)
        int[][] shapes = {{3, 10}, {4, 4096}, {7, 4097}, {11, 9000}, {13, 12289}};
        for (int[] shape : shapes) {
            double[][] x = new double[shape[0]][shape[1]];
            for (double[] item : x) {
                for (int c = 0; c < item.length; c++) item[c] = 1 + random.nextInt(5) + random.nextGaussian() * 1e-3;
            }
            double[][] expected = plain(x);
            double[][] actual = FactorAnalysis.correlation(x);
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x.length; j++) {
                    assertEquals(Double.doubleToRawLongBits(expected[i][j]), Double.doubleToRawLongBits(actual[i][j]),
                            "r[" + i + "][" + j + "] of " + shape[0] + " items × " + shape[1] + " cases");
                }
            }
        }
    }
}
