package org.ecoscore.framework;

import static org.ecoscore.framework.TableRules.quote;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads meta.csv (SPEC §1: {@code role,aliases}; a role named twice gets the aliases of both rows). */
final class MetaTableReader {
    private MetaTableReader() {
    }

    static Map<MetaRole, List<String>> read(CsvTable table, Problems problems) {
        Map<MetaRole, List<String>> out = new EnumMap<>(MetaRole.class);
        if (!TableRules.requireColumns(table, problems, "role", "aliases")) return out;
        for (CsvTable.Row row : table.rows()) {
            String role = table.cell(row, "role");
            MetaRole r = parse(role);
            if (r == null) {
                problems.add(table, row.line(), "role", "meta-role-unknown", "unknown role " + quote(role) + "; roles are "
                        + Stream.of(MetaRole.values()).map(MetaRole::id).collect(Collectors.joining(", ")), "role",
                        role, "roles", Stream.of(MetaRole.values()).map(MetaRole::id).collect(Collectors.joining(", ")));
                continue;
            }
            out.computeIfAbsent(r, k -> new ArrayList<>()).addAll(TableRules.aliases(table.cell(row, "aliases")));
        }
        return out;
    }

    private static MetaRole parse(String text) {
        for (MetaRole r : MetaRole.values()) if (r.id().equalsIgnoreCase(text.strip())) return r;
        return null;
    }
}
