package org.ecoscore.result;

import org.ecoscore.core.Level;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.score.LevelScores;
import org.ecoscore.score.Ranker;

/**
 * The node scores of one level of one scored batch, with each node's ranks (SPEC §4.6 rule), without the
 * question rows: what {@code trend} keeps of a year once it is scored.
 *
 * @param units     firm ids or canonical region names
 * @param unitCodes region level: GB/T 2260 codes ("" unknown); firm level: the firm's region code
 * @param nodes     node codes in framework order (root first)
 * @param scores    [node][unit], NaN = no score
 * @param rank      [node][unit], 0 = no rank
 */
public record NodeTable(Level level, String[] units, String[] unitCodes, String[] nodes, double[][] scores,
                        int[][] rank) {

    public static NodeTable of(LevelScores ls) {
        LevelTree tree = ls.tree();
        int[] items = tree.nodeItems();
        String[] nodes = new String[items.length];
        double[][] scores = new double[items.length][];
        int[][] rank = new int[items.length][];
        for (int k = 0; k < items.length; k++) {
            nodes[k] = tree.item(items[k]).code();
            scores[k] = ls.scores()[items[k]];
            rank[k] = items[k] == tree.root() ? ls.rank() : Ranker.rank(scores[k]);
        }
        return new NodeTable(ls.level(), ls.unitIds(), ls.unitCodes(), nodes, scores, rank);
    }

    /** The row of a node, -1 when the level has no such node. */
    public int node(String code) {
        for (int k = 0; k < nodes.length; k++) if (nodes[k].equals(code)) return k;
        return -1;
    }

    public int size() {
        return units.length;
    }
}
