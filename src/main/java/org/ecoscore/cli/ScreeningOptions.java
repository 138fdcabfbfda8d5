package org.ecoscore.cli;

import org.ecoscore.core.Options;
import picocli.CommandLine.Option;

/** Mixin: how respondents are screened (SPEC §3). */
final class ScreeningOptions {
    @Option(names = "--duplicates", paramLabel = "POLICY", converter = Converters.DuplicatesConverter.class,
            defaultValue = "keep-last",
            description = "Repeated ids: keep-last (default), keep-first or reject (exclude every copy).")
    Options.DuplicatePolicy duplicates;

    @Option(names = "--min-coverage", paramLabel = "SHARE", converter = Converters.FractionConverter.class,
            defaultValue = "0.5",
            description = "Exclude a respondent who answered less than this share of the questions, 0..1 (default 0.5).")
    double minCoverage;

    @Option(names = "--min-duration", paramLabel = "SECONDS", converter = Converters.SecondsConverter.class,
            description = "Flag respondents who answered faster than this as speeders (default: off).")
    Double minDuration;

    @Option(names = "--exclude-flagged",
            description = "Exclude flagged respondents (speeders, straight-liners) instead of only flagging them.")
    boolean excludeFlagged;

    @Option(names = "--region-level", paramLabel = "LEVEL", converter = Converters.RegionLevelConverter.class,
            defaultValue = "province",
            description = "The regional unit: province (default) or city (prefecture-level divisions, each with "
                    + "its province).")
    Options.RegionLevel regionLevel;
}
