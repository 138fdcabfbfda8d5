package org.ecoscore.score;

import java.util.HashMap;
import java.util.Map;
import org.ecoscore.core.Level;

/**
 * A frozen yardstick (SPEC §7): the normalisation bounds of the questions without goalposts, and (when the
 * weights come from the data) the weights in force, both taken from another run (a baseline) or from all
 * years pooled. The bounds are in raw answer units (see {@link NormalisationBound}); the weights per level
 * are relative to siblings, by item code.
 *
 * @param source  {@link NormalisationBound#BASELINE} or {@link NormalisationBound#POOLED}
 * @param bounds  {lo, hi} by {@link #key(Level, String)}; a question not here keeps its batch bounds
 * @param weights by level, item code → weight; empty = the run's own weights
 */
public record Yardstick(String source, Map<String, double[]> bounds, Map<Level, Map<String, Double>> weights) {
    public Yardstick {
        bounds = Map.copyOf(bounds);
        Map<Level, Map<String, Double>> w = new HashMap<>();
        weights.forEach((k, v) -> w.put(k, Map.copyOf(v)));
        weights = Map.copyOf(w);
    }

    public static String key(Level level, String code) {
        return level.id() + ":" + code;
    }

    /** The frozen {lo, hi} of a question, or null when it keeps its own. */
    public double[] bounds(Level level, String code) {
        return bounds.get(key(level, code));
    }

    /** The frozen weights of a level, or null when the run uses its own. */
    public Map<String, Double> weights(Level level) {
        Map<String, Double> w = weights.get(level);
        return w == null || w.isEmpty() ? null : w;
    }
}
