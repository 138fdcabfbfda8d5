package org.ecoscore.framework;

import static org.ecoscore.framework.TableRules.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ecoscore.core.Text;

/**
 * Reads scales.csv (SPEC §1: {@code scale,value,label}, one row per accepted label, integer values, a scale
 * running from its smallest to its largest value).
 */
final class ScaleTableReader {
    /** The built-in scale names, which scales.csv may not redefine. */
    static final Set<String> BUILT_IN = Set.of("number", "percent", "yesno");

    private ScaleTableReader() {
    }

    static Map<String, Scale> read(CsvTable table, Problems problems) {
        Map<String, Scale> out = new LinkedHashMap<>();
        if (!TableRules.requireColumns(table, problems, "scale", "value", "label")) return out;
        Map<String, Map<Integer, List<String>>> labels = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> byLabel = new HashMap<>();
        Map<String, Map<String, Integer>> lineOfLabel = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String name = table.cell(row, "scale");
            String value = table.cell(row, "value");
            String label = table.cell(row, "label");
            if (name.isEmpty()) {
                problems.add(table, row.line(), "scale", "scale-name-blank", "the scale name is blank; write the name of "
                        + "the scale the row belongs to");
                continue;
            }
            if (BUILT_IN.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add(table, row.line(), "scale", "scale-built-in", "scale " + quote(name)
                        + " is a built-in scale; give yours another name", "scale", name);
                continue;
            }
            if (!TableRules.isInteger(value)) {
                problems.add(table, row.line(), "value", "scale-value-not-integer", "value " + quote(value) + " of scale "
                        + quote(name) + " is not an integer; scale values are whole numbers such as 1 to 5", "value",
                        value, "scale", name);
                continue;
            }
            if (label.isEmpty()) {
                problems.add(table, row.line(), "label", "scale-label-blank", "the label is blank; write the answer text "
                        + "for value " + value, "value", value);
                continue;
            }
            int v = Integer.parseInt(value.strip().replace("+", ""));
            firstLine.putIfAbsent(name, row.line());
            String key = Text.normalise(label);
            Map<String, Integer> seen = byLabel.computeIfAbsent(name, k -> new HashMap<>());
            Integer before = seen.get(key);
            if (before != null && before != v) {
                problems.add(table, row.line(), "label", "scale-label-twice", "label " + quote(label) + " of scale "
                        + quote(name) + " maps to " + v + " here and to " + before + " on line "
                        + lineOfLabel.get(name).get(key) + "; a label must mean one value", "label", label, "scale",
                        name, "value", v, "before", before, "line", lineOfLabel.get(name).get(key));
                continue;
            }
            if (before != null) continue;
            seen.put(key, v);
            lineOfLabel.computeIfAbsent(name, k -> new HashMap<>()).put(key, row.line());
            labels.computeIfAbsent(name, k -> new TreeMap<>()).computeIfAbsent(v, k -> new ArrayList<>()).add(label);
        }
        for (Map.Entry<String, Map<Integer, List<String>>> e : labels.entrySet()) {
            TreeMap<Integer, List<String>> values = new TreeMap<>(e.getValue());
            if (values.size() < 2) {
                problems.add(table, firstLine.get(e.getKey()), "scale", "scale-single-value", "scale " + quote(e.getKey())
                        + " has a single value; a scale needs at least two", "scale", e.getKey());
                continue;
            }
            out.put(e.getKey(), new Scale(e.getKey(), values.firstKey(), values.lastKey(), byLabel.get(e.getKey()),
                    values));
        }
        return out;
    }
}
