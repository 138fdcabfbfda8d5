package org.ecoscore.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecoscore.core.Options;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Mixin: the options of {@code score} — outputs, how the index is computed ({@link MethodOptions}), groupings (SPEC §4–§5). */
final class ScoringOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "XLSX", defaultValue = "ecoscore-report.xlsx",
            description = "The Excel report to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--csv", paramLabel = "DIR",
            description = "Also write firms.csv, regions.csv, weights.csv, indicators.csv, issues.csv into DIR.")
    Path csvDir;

    @Mixin
    MethodOptions method;

    @Option(names = "--by", paramLabel = "GROUP", split = ",",
            description = "Also report group statistics by community, industry and/or size (comma-separated).")
    List<String> by = new ArrayList<>();

    @Option(names = "--strict", description = "Exit with code 5 when there were warnings or errors in the data.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary.")
    boolean quiet;

    @Option(names = "--profiles", negatable = true,
            description = "Region profile sheets in the report (default: automatic, on up to 40 regions).")
    Boolean profiles;

    @Option(names = "--split-by", paramLabel = "region",
            description = "Also write one workbook per region next to the report (only 'region').")
    String splitBy;

    @Option(names = "--uncertainty", paramLabel = "N", defaultValue = "0",
            description = "Monte Carlo runs of the ranking's sensitivity to weights (default 0 = off).")
    int uncertainty;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed of the uncertainty analysis (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--baseline", paramLabel = "PREVIOUS",
            description = "An earlier run's report (.xlsx) or CSV folder to score against: its yardstick is used "
                    + "(see --yardstick) and the nodes defined differently are listed.")
    Path baseline;

    @Option(names = "--yardstick", paramLabel = "WHOSE", converter = Converters.YardstickConverter.class,
            description = "With --baseline: baseline (default: the baseline's normalisation bounds and data-driven "
                    + "weights) or current (this run's own).")
    Options.YardstickChoice yardstick;

    @Option(names = "--briefs", paramLabel = "DIR",
            description = "Also write one Word brief (.docx, one A4 page) per region into DIR.")
    Path briefs;
}
