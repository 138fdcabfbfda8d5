package org.ecoscore.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecoscore.core.Options;
import picocli.CommandLine.Option;

/** Mixin: the options of {@code score} only — outputs, weights, method, groupings (SPEC §4–§5). */
final class ScoringOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "XLSX", defaultValue = "ecoscore-report.xlsx",
            description = "The Excel report to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--csv", paramLabel = "DIR",
            description = "Also write firms.csv, regions.csv, weights.csv, indicators.csv, issues.csv into DIR.")
    Path csvDir;

    @Option(names = "--node-coverage", paramLabel = "SHARE", converter = Converters.FractionConverter.class,
            defaultValue = "0.5",
            description = "A node is scored when children carrying at least this share of its weight have a score, "
                    + "0..1 (default 0.5).")
    double nodeCoverage;

    @Option(names = "--weights", paramLabel = "METHOD", converter = Converters.WeightsConverter.class,
            defaultValue = "framework",
            description = "Weights: framework (default), equal, entropy, ahp, ahp+entropy.")
    Options.WeightMethod weights;

    @Option(names = "--ahp-max-cr", paramLabel = "X",
            description = "With several experts' AHP matrices: leave out experts whose CR is above X "
                    + "(e.g. 0.1); they are named in the Issues sheet (default: keep every expert).")
    Double ahpMaxCr;

    @Option(names = "--method", paramLabel = "METHOD", converter = Converters.MethodConverter.class,
            defaultValue = "aggregate",
            description = "Composite index: aggregate (weighted aggregation, default) or topsis.")
    Options.CompositeMethod method;

    @Option(names = "--coupling", paramLabel = "FORM", converter = Converters.CouplingConverter.class,
            defaultValue = "standard",
            description = "Coupling degree C: standard (default) or revised (Wang Shujia et al. 2021).")
    Options.CouplingForm coupling;

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

    @Option(names = "--treat-outliers",
            description = "Limit the influence of outlying numeric answers before normalising.")
    boolean treatOutliers;
}
