package org.ecoscore.baseline;

import java.util.Map;

/**
 * What an earlier run's outputs tell about its yardstick and framework (read by {@link BaselineReader}).
 *
 * @param source        as given on the command line
 * @param kind          {@code report} or {@code csv}
 * @param toolVersion   the version that wrote it
 * @param frameworkName its framework's name
 * @param fingerprint   its framework's fingerprint
 * @param weightsMethod its {@code --weights}
 * @param items         by {@code level:code}: the item's definition columns after {@code level}
 *                      (see {@link org.ecoscore.framework.ItemDefinitions})
 * @param bounds        by {@code level:code}: {lo, hi} of its batch/baseline/pooled bounds (goalposts left out)
 * @param weights       by {@code level:code}: the local weight in force
 * @param firms         its scored firms with their node scores (for the changes, SPEC §7)
 * @param regions       its regions with their node scores
 */
public record Baseline(String source, String kind, String toolVersion, String frameworkName, String fingerprint,
                       String weightsMethod, Map<String, String[]> items, Map<String, double[]> bounds,
                       Map<String, Double> weights, BaselineUnits firms, BaselineUnits regions) {
    public Baseline {
        items = Map.copyOf(items);
        bounds = Map.copyOf(bounds);
        weights = Map.copyOf(weights);
        if (firms == null) firms = BaselineUnits.none();
        if (regions == null) regions = BaselineUnits.none();
    }

    /** Without units (the yardstick only). */
    public Baseline(String source, String kind, String toolVersion, String frameworkName, String fingerprint,
                    String weightsMethod, Map<String, String[]> items, Map<String, double[]> bounds,
                    Map<String, Double> weights) {
        this(source, kind, toolVersion, frameworkName, fingerprint, weightsMethod, items, bounds, weights, null, null);
    }
}
