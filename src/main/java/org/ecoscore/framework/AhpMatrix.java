package org.ecoscore.framework;

import java.util.List;

/**
 * A pairwise-comparison matrix of {@code ahp/PARENT.csv} or of one expert's {@code ahp/PARENT/EXPERT.csv}
 * (SPEC §1, §8), as read (already checked to be square, on Saaty's 1–9 scale and reciprocal).
 *
 * @param parent   the node whose children it compares
 * @param children the children's codes in matrix order
 * @param a        a[i][j] = how much more important child i is than child j
 * @param file     the file it came from, for messages
 * @param expert   the expert's name (the file name without {@code .csv}); empty for a parent's single
 *                 matrix {@code ahp/PARENT.csv}
 */
public record AhpMatrix(String parent, List<String> children, double[][] a, String file, String expert) {
    public AhpMatrix {
        children = List.copyOf(children);
        expert = expert == null ? "" : expert;
    }

    /** A parent's single matrix (no expert name). */
    public AhpMatrix(String parent, List<String> children, double[][] a, String file) {
        this(parent, children, a, file, "");
    }
}
