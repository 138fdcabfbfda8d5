package org.ecoscore.score;

import java.util.List;

/**
 * SPEC §8 validity of one set of named-scale items (a subsystem's, or the whole framework's), over the cases
 * that answered every item. When the analysis cannot be made, {@link #note} says why and the numbers are
 * absent (NaN, empty arrays).
 *
 * @param set           the node whose named-scale items are analysed (a subsystem, or the root)
 * @param items         the items analysed (question codes), in framework order
 * @param nodes         each item's framework node (its parent)
 * @param dropped       items left out because every complete case gave them the same answer
 * @param cases         complete cases used (n)
 * @param kmo           Kaiser–Meyer–Olkin measure of the whole set
 * @param msa           each item's measure of sampling adequacy
 * @param chiSquare     Bartlett's χ²
 * @param df            p(p − 1)/2
 * @param p             Bartlett's p-value
 * @param eigenvalues   every eigenvalue of R, largest first
 * @param loadings      varimax-rotated loadings [item][factor] of the factors with eigenvalue &gt; 1
 * @param communalities each item's Σ loading² over the factors
 * @param variance      each rotated factor's share of the total variance (Σ loading² / p)
 * @param dominant      each item's factor with the largest |loading| (0-based), −1 when there is no factor
 * @param nodeFactor    the factor most of the item's node's items load on (ties: the lower), −1 as above
 * @param note          empty when computed; otherwise why not (see {@link Validity.Reason})
 */
public record Validity(String set, List<String> items, List<String> nodes, List<String> dropped, int cases,
                       double kmo, double[] msa, double chiSquare, int df, double p, double[] eigenvalues,
                       double[][] loadings, double[] communalities, double[] variance, int[] dominant,
                       int[] nodeFactor, Reason note) {
    public Validity {
        items = List.copyOf(items);
        nodes = List.copyOf(nodes);
        dropped = List.copyOf(dropped);
    }

    /** Why an analysis was not made. */
    public enum Reason {
        /** computed */
        NONE,
        /** fewer than 3 items with varying answers */
        FEW_ITEMS,
        /** no more complete cases than items */
        FEW_CASES,
        /** the items are linearly dependent in the complete cases */
        SINGULAR
    }

    public int factors() {
        return variance.length;
    }

    public boolean computed() {
        return note == Reason.NONE;
    }

    /** Whether item i's dominant factor is its node's factor. */
    public boolean agrees(int i) {
        return dominant[i] >= 0 && dominant[i] == nodeFactor[i];
    }
}
