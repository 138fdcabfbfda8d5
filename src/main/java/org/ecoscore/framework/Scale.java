package org.ecoscore.framework;

import java.util.List;
import java.util.Map;

/**
 * A named scale of scales.csv.
 *
 * @param name           the scale's name
 * @param min            smallest value
 * @param max            largest value
 * @param valueByLabel   normalised label ({@link org.ecoscore.core.Text#normalise}) → value
 * @param labelsByValue  value → labels as written, in file order (first = display label)
 */
public record Scale(String name, int min, int max, Map<String, Integer> valueByLabel,
                    Map<Integer, List<String>> labelsByValue) {
    public Scale {
        valueByLabel = Map.copyOf(valueByLabel);
        labelsByValue = Map.copyOf(labelsByValue);
    }

    public boolean hasValue(int v) {
        return labelsByValue.containsKey(v);
    }
}
