package org.ecoscore.framework;

import static org.ecoscore.framework.TableRules.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a city dictionary ({@code cities.csv}: {@code code,name_zh,short_zh,province,name_en,aliases}), the
 * prefecture-level divisions of GB/T 2260. {@code province} names the city's provincial-level unit by its
 * code or any of its names in the provincial dictionary in force.
 */
final class CityTableReader {
    private CityTableReader() {
    }

    /** The cities read, and each city's province by city code. */
    record Cities(List<Region> cities, Map<String, Region> provinceOf) {
    }

    /**
     * @param strict true for a framework's own cities.csv (a city whose province is not in the dictionary is a
     *               problem); false for the built-in one under a framework's own regions.csv (such cities are
     *               left out: the framework's regions are not China's provinces)
     */
    static Cities read(CsvTable table, List<Region> provinces, boolean strict, Problems problems) {
        List<Region> out = new ArrayList<>();
        Map<String, Region> provinceOf = new HashMap<>();
        if (!TableRules.requireColumns(table, problems, "code", "name_zh", "province")) {
            return new Cities(out, provinceOf);
        }
        RegionDictionary provincial = new RegionDictionary(provinces);
        Map<String, Integer> lineOfKey = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = table.cell(row, "code");
            String nameZh = table.cell(row, "name_zh");
            if (code.isEmpty() || nameZh.isEmpty()) {
                if (strict) problems.add(table, row.line(), "", "city-blank", "code and name_zh are "
                        + "required for every city; fill them in or delete the row");
                continue;
            }
            String provinceText = table.cell(row, "province");
            Region province = provincial.lookup(provinceText).orElse(null);
            if (province == null) {
                if (strict) {
                    problems.add(table, row.line(), "province", "city-unknown-province", "province " + quote(provinceText)
                            + " of city " + quote(nameZh) + " is not in the region dictionary; give the code or name "
                            + "of a row of regions.csv", "province", provinceText, "city", nameZh);
                }
                continue;
            }
            Region r = new Region(code, nameZh, table.cell(row, "short_zh"), table.cell(row, "name_en"),
                    TableRules.aliases(table.cell(row, "aliases")));
            RegionTableReader.checkNamesUnique(r, "city", table, row.line(), lineOfKey, problems);
            out.add(r);
            provinceOf.put(code, province);
        }
        return new Cities(out, provinceOf);
    }
}
