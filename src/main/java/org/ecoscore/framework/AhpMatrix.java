package org.ecoscore.framework;

import java.util.List;

/**
 * A pairwise-comparison matrix of {@code ahp/PARENT.csv} (SPEC §1), as read (already checked to be
 * square, positive and reciprocal).
 *
 * @param parent   the node whose children it compares
 * @param children the children's codes in matrix order
 * @param a        a[i][j] = how much more important child i is than child j
 * @param file     the file it came from, for messages
 */
public record AhpMatrix(String parent, List<String> children, double[][] a, String file) {
    public AhpMatrix {
        children = List.copyOf(children);
    }
}
