package org.ecoscore.score;

import org.ecoscore.core.Level;
import org.ecoscore.framework.LevelTree;

/**
 * Everything SPEC §4 computes at one level.
 *
 * @param level        firm or region
 * @param tree         the items present at this level
 * @param unitIds      firm level: the firm's id (as in {@link org.ecoscore.screen.Screened#ids()});
 *                     region level: the canonical region name
 * @param unitRows     firm level: row index in the firm table; region level: row index of the region's
 *                     scored region questionnaire in the region table, or -1 when it has none
 * @param unitCodes    region level: GB/T 2260 code ("" when unknown); firm level: the firm's region code
 *                     ("" unknown, null none)
 * @param firmCounts   region level: scored firms in the region; firm level: null
 * @param scores       [item][unit]: the normalised score of a question item or the aggregate of a node
 *                     item, in [0, 100], NaN = missing
 * @param localWeights per item: the weight in force normalised to sum 1 among its present siblings (root 1)
 * @param coupling     null when the framework names no subsystems
 * @param rank         per unit: competition rank by the root's score (1, 2, 2, 4), 0 = no rank
 */
public record LevelScores(Level level, LevelTree tree, String[] unitIds, int[] unitRows, String[] unitCodes,
                          int[] firmCounts, double[][] scores, double[] localWeights, Coupling coupling,
                          int[] rank) {

    public int units() {
        return unitIds.length;
    }

    /** Score of the item with this code for a unit, NaN when absent or missing. */
    public double score(String code, int unit) {
        int i = tree.indexOf(code);
        return i < 0 ? Double.NaN : scores[i][unit];
    }

    /** SPEC §4.8: the level's obstacle degrees, computed on demand from its scores and weights in force. */
    public ObstacleDegrees obstacles() {
        return ObstacleDegrees.of(this);
    }

    /** The root's score per unit (the composite index). */
    public double[] index() {
        return scores[tree.root()];
    }
}
