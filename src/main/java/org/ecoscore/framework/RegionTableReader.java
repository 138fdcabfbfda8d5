package org.ecoscore.framework;

import static org.ecoscore.framework.TableRules.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.Text;

/**
 * Reads a region dictionary (SPEC §1 {@code regions.csv}: {@code code,name_zh,short_zh,name_en,aliases}).
 * {@code code} and {@code name_zh} are required; a text naming two different regions is a problem.
 */
final class RegionTableReader {
    private RegionTableReader() {
    }

    static List<Region> read(CsvTable table, Problems problems) {
        List<Region> out = new ArrayList<>();
        if (!TableRules.requireColumns(table, problems, "code", "name_zh")) return out;
        Map<String, Integer> lineOfKey = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String nameZh = table.cell(row, "name_zh");
            if (nameZh.isEmpty()) {
                problems.add(table, row.line(), "name_zh", "region-name-blank", "name_zh is blank; every region needs its "
                        + "Chinese name");
                continue;
            }
            Region r = new Region(table.cell(row, "code"), nameZh, table.cell(row, "short_zh"),
                    table.cell(row, "name_en"), TableRules.aliases(table.cell(row, "aliases")));
            checkNamesUnique(r, "region", table, row.line(), lineOfKey, problems);
            out.add(r);
        }
        return out;
    }

    /**
     * Each code, name and alias (normalised) names one dictionary entry: a problem for every one of {@code r}'s
     * that an earlier line already took. {@code lineOfKey} carries the names seen so far in the table.
     */
    static void checkNamesUnique(Region r, String what, CsvTable table, int line, Map<String, Integer> lineOfKey,
                                 Problems problems) {
        List<String> keys = new ArrayList<>(List.of(r.code(), r.nameZh(), r.shortZh(), r.nameEn()));
        keys.addAll(r.aliases());
        for (String k : keys) {
            String n = Text.normalise(k);
            if (n.isEmpty()) continue;
            Integer other = lineOfKey.putIfAbsent(n, line);
            if (other != null && other != line) {
                problems.add(table, line, "", what + "-name-twice", quote(k) + " also names the " + what + " on line "
                        + other + "; a name must mean one " + what, "name", k, "other", other);
            }
        }
    }
}
