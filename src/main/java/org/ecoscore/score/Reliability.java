package org.ecoscore.score;

import java.util.List;

/**
 * Cronbach's α of a node's named-scale question children (SPEC §4.7), over complete cases.
 *
 * @param items              the question codes
 * @param cases              complete cases used
 * @param alphaIfDeleted     α with each item left out (NaN when fewer than 2 items would remain)
 * @param itemTotal          corrected item–total correlation of each item (with the sum of the others)
 */
public record Reliability(String node, List<String> items, int cases, double alpha, double[] alphaIfDeleted,
                          double[] itemTotal) {
    public Reliability {
        items = List.copyOf(items);
    }
}
