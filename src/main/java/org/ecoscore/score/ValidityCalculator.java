package org.ecoscore.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.score.FactorAnalysis.Bartlett;
import org.ecoscore.score.FactorAnalysis.Eigen;
import org.ecoscore.score.FactorAnalysis.Kmo;
import org.ecoscore.score.Validity.Reason;

/**
 * SPEC §8 validity of one item set: complete cases, R, KMO and MSA, Bartlett's test, principal components with
 * as many factors as eigenvalues &gt; 1 (Kaiser's rule), varimax with Kaiser normalisation, communalities,
 * variance explained, and each item's dominant factor against its node's.
 */
public final class ValidityCalculator {
    /** Fewer items than this make no factor analysis. */
    static final int MIN_ITEMS = 3;

    private ValidityCalculator() {
    }

    /**
     * @param data    raw answers [item][case], NaN = missing (reverse-coded items already recoded)
     * @param factors the number of factors, or −1 for Kaiser's rule (eigenvalue &gt; 1)
     */
    public static Validity of(String set, List<String> items, List<String> nodes, double[][] data, int factors) {
        return consuming(set, items, nodes, data.clone(), factors);
    }

    /**
     * As {@link #of}, letting go of each item's answers once its complete cases are copied ({@code data[i]}
     * becomes null; the caller keeps no other reference) and centring those copies in place: a million
     * firms' validity holds one copy of its items' answers at a time instead of four.
     */
    static Validity consuming(String set, List<String> items, List<String> nodes, double[][] data, int factors) {
        int cases = data.length == 0 ? 0 : data[0].length;
        boolean[] complete = new boolean[cases];
        int n = 0;
        for (int c = 0; c < cases; c++) {
            boolean ok = true;
            for (double[] item : data) ok &= !Double.isNaN(item[c]);
            complete[c] = ok;
            if (ok) n++;
        }
        List<String> kept = new ArrayList<>();
        List<String> keptNodes = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            double[] v = new double[n];
            int k = 0;
            for (int c = 0; c < cases; c++) if (complete[c]) v[k++] = data[i][c];
            data[i] = null;
            if (n > 0 && varies(v)) {
                kept.add(items.get(i));
                keptNodes.add(nodes.get(i));
                columns.add(v);
            } else if (n > 0) {
                dropped.add(items.get(i));
            }
        }
        if (n == 0) {
            kept = new ArrayList<>(items);
            keptNodes = new ArrayList<>(nodes);
        }
        int p = kept.size();
        if (p < MIN_ITEMS) return absent(set, kept, keptNodes, dropped, n, Reason.FEW_ITEMS);
        if (n <= p) return absent(set, kept, keptNodes, dropped, n, Reason.FEW_CASES);
        double[][] r = FactorAnalysis.correlationInPlace(columns.toArray(new double[0][]));
        Eigen e = Eigen.of(r);
        if (e.singular()) return absent(set, kept, keptNodes, dropped, n, Reason.SINGULAR);
        Kmo kmo = FactorAnalysis.kmo(r, e.inverse());
        Bartlett b = FactorAnalysis.bartlett(e.logDeterminant(), p, n);
        int k = factors;
        if (k < 0) {
            k = 0;
            while (k < p && e.values()[k] > 1) k++;
        }
        double[][] loadings = FactorAnalysis.orderAndSign(
                FactorAnalysis.varimax(FactorAnalysis.componentLoadings(e, k)));
        double[] communality = new double[p];
        double[] variance = new double[k];
        int[] dominant = new int[p];
        for (int i = 0; i < p; i++) {
            dominant[i] = -1;
            double best = -1;
            for (int c = 0; c < k; c++) {
                double l2 = loadings[i][c] * loadings[i][c];
                communality[i] += l2;
                variance[c] += l2 / p;
                if (Math.abs(loadings[i][c]) > best) {
                    best = Math.abs(loadings[i][c]);
                    dominant[i] = c;
                }
            }
        }
        return new Validity(set, kept, keptNodes, dropped, n, kmo.overall(), kmo.msa(), b.chiSquare(), b.df(),
                b.p(), e.values(), loadings, communality, variance, dominant, nodeFactors(keptNodes, dominant, k),
                Reason.NONE);
    }

    /** Per item, the factor most of its node's items are dominated by (ties: the lower factor). */
    static int[] nodeFactors(List<String> nodes, int[] dominant, int k) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (dominant[i] >= 0) counts.computeIfAbsent(nodes.get(i), x -> new int[k])[dominant[i]]++;
        }
        int[] out = new int[nodes.size()];
        for (int i = 0; i < out.length; i++) {
            int[] c = counts.get(nodes.get(i));
            out[i] = -1;
            if (c == null) continue;
            int best = 0;
            for (int f = 1; f < k; f++) if (c[f] > c[best]) best = f;
            out[i] = best;
        }
        return out;
    }

    private static boolean varies(double[] v) {
        for (double x : v) if (x != v[0]) return true;
        return false;
    }

    private static Validity absent(String set, List<String> items, List<String> nodes, List<String> dropped,
                                   int n, Reason reason) {
        return new Validity(set, items, nodes, dropped, n, Double.NaN, new double[0], Double.NaN, 0, Double.NaN,
                new double[0], new double[0][], new double[0], new double[0], new int[0], new int[0], reason);
    }
}
