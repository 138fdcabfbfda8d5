package org.ecoscore.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecoscore.core.Options;
import org.ecoscore.result.TrendResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Mixin: the options of {@code trend} (SPEC §7): the years and their inputs, the yardstick, the outputs, and the
 * scoring options that {@code score} has too (same names, same meaning). {@code score}'s {@code --baseline},
 * {@code --yardstick baseline|current}, {@code --by}, {@code --profiles}, {@code --split-by}, {@code --briefs} and
 * {@code --uncertainty} have no meaning here.
 */
final class TrendOptions {
    /** One {@code --year Y [FIRM FILES…] [--region-data FILES…]} group. */
    static final class YearGroup {
        @Option(names = "--year", required = true, paramLabel = "YEAR",
                description = "A calendar year; that year's firm questionnaires (files or folders) follow it. Repeat "
                        + "--year for every year; at least two years.")
        String year;

        @Parameters(arity = "0..*", paramLabel = "FILE|FOLDER",
                description = "The year's firm questionnaires: .xlsx, .xlsm, .xls, .csv, .tsv files, or folders.")
        List<String> firmInputs;

        @Option(names = "--region-data", arity = "1..*", paramLabel = "FILE",
                description = "That year's region questionnaires (after its --year).")
        List<String> regionInputs;
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<YearGroup> years = new ArrayList<>();

    @Option(names = "--manifest", paramLabel = "CSV",
            description = "The years' inputs from a CSV file with columns year,source,path (source: firm or region;"
                    + " paths relative to the manifest's folder), instead of or besides --year.")
    Path manifest;

    @Option(names = "--yardstick", paramLabel = "WHOSE", converter = YardstickConverter.class,
            defaultValue = TrendResult.POOLED,
            description = "pooled (default: normalisation bounds and data-driven weights over all years' answers) "
                    + "or base-year (the first year's, as score --baseline uses a baseline's).")
    String yardstick;

    @Option(names = {"-o", "--output"}, paramLabel = "XLSX", defaultValue = "ecoscore-trend.xlsx",
            description = "The trend workbook to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--csv", paramLabel = "DIR",
            description = "Also write trend.csv (year,level,unit,node,score,rank) and normalisation.csv into DIR.")
    Path csvDir;

    @Option(names = "--skip-file", paramLabel = "GLOB",
            description = "Pass over input files whose name or path within the folder matches GLOB, or that lie in a "
                    + "folder it matches (repeatable; e.g. '说明*.xlsx', 'old'): codebooks, summaries, last year's exports.")
    List<String> skipFiles = new ArrayList<>();

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "Sheet to read in workbooks (default: the first sheet with a header row).")
    String sheet;

    @Mixin
    MethodOptions method;

    @Option(names = "--strict", description = "Exit with code 5 when there were warnings or errors in the data.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary.")
    boolean quiet;

    /** {@code --yardstick pooled|base-year}. */
    static final class YardstickConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.equals(TrendResult.POOLED) || v.equals(TrendResult.BASE_YEAR)) return v;
            throw new CodedUsage.Conversion("usage.not-one-of", "'" + value + "' is not one of pooled, base-year",
                    "allowed", "pooled, base-year");
        }
    }
}
