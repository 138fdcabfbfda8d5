package org.ecoscore.score;

import java.util.List;

/**
 * The scoring stage's result: both levels, and the AHP consistency of the matrices used (empty unless
 * {@code --weights ahp} or {@code ahp+entropy}).
 */
public record Scores(LevelScores firm, LevelScores region, List<AhpResult> ahp) {
    public Scores {
        ahp = List.copyOf(ahp);
    }
}
