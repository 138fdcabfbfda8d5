package org.ecoscore.report;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.ecoscore.core.AtomicFiles;
import org.ecoscore.result.NodeTable;
import org.ecoscore.result.TrendResult;
import org.ecoscore.score.NormalisationBound;

/**
 * {@code trend --csv DIR} (SPEC §7): {@code trend.csv} = {@code year,level,unit,node,score,rank} for every year,
 * level (firm, then region), unit and node, the rank being the unit's among that year's units of its level by that
 * node's score (SPEC §4.6 rule); and {@code normalisation.csv} ({@code level,code,lo,hi,source}, as {@code score}
 * writes it) of the trend's yardstick.
 */
public final class TrendCsv {
    private TrendCsv() {
    }

    public static void write(TrendResult r, Path dir) {
        AtomicFiles.createFolder(dir, "--csv");
        CsvTables.writeTable(dir.resolve("trend.csv"), rows -> trend(r, rows));
        CsvTables.writeTable(dir.resolve("normalisation.csv"), rows -> normalisation(r, rows));
    }

    static void trend(TrendResult r, Consumer<String[]> rows) {
        rows.accept(new String[] {"year", "level", "unit", "node", "score", "rank"});
        for (TrendResult.Year y : r.years()) {
            String year = Integer.toString(y.year());
            for (NodeTable t : new NodeTable[] {y.firm(), y.region()}) {
                String level = t.level().id();
                for (int u = 0; u < t.size(); u++) {
                    String unit = SafeText.csv(t.units()[u]);
                    for (int k = 0; k < t.nodes().length; k++) {
                        rows.accept(new String[] {year, level, unit, t.nodes()[k], CsvNumbers.format(t.scores()[k][u]),
                            CsvNumbers.count(t.rank()[k][u], 1)});
                    }
                }
            }
        }
    }

    static void normalisation(TrendResult r, Consumer<String[]> rows) {
        rows.accept(new String[] {"level", "code", "lo", "hi", "source"});
        for (NormalisationBound b : r.bounds()) {
            rows.accept(new String[] {b.level().id(), b.code(), CsvNumbers.format(b.lo()), CsvNumbers.format(b.hi()),
                b.source()});
        }
    }
}
