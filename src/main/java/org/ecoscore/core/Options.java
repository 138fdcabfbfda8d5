package org.ecoscore.core;

import java.nio.file.Path;
import java.util.List;

/**
 * Every option in force for a run, built once by the CLI and printed back on the Method sheet.
 *
 * @param firmInputs     positional inputs (files or folders), as given on the command line
 * @param regionInputs   {@code --region-data} inputs, as given
 * @param framework      {@code -f}: a folder or .xlsx; {@code null} = the built-in default framework
 * @param output         {@code -o} report path (default ecoscore-report.xlsx); {@code null} = no report (validate)
 * @param csvDir         {@code --csv DIR}, {@code null} = no CSV tables
 * @param sheet          {@code --sheet}: sheet name to read in workbooks, {@code null} = first with a header
 * @param lang           report language
 * @param duplicates     {@code --duplicates}
 * @param minCoverage    {@code --min-coverage} (default 0.5)
 * @param nodeCoverage   {@code --node-coverage} (default 0.5)
 * @param minDuration    {@code --min-duration} seconds, NaN = off
 * @param excludeFlagged {@code --exclude-flagged}
 * @param weights        {@code --weights}
 * @param method         composite method: weighted aggregation (default) or TOPSIS
 * @param by             {@code --by} groupings (subset of community, industry, size)
 * @param strict         {@code --strict}: warnings give exit code 5
 * @param quiet          {@code --quiet}: no progress line, no summary
 * @param profiles       region profile sheets: null = automatic (on up to 40 regions)
 * @param splitBy        {@code --split-by region} or null
 * @param uncertainty    {@code --uncertainty N} Monte Carlo runs, 0 = off
 * @param seed           seed for uncertainty analysis
 * @param treatOutliers  {@code --treat-outliers}
 * @param regionLevel    {@code --region-level}: the regional unit, province (default) or prefecture-level city
 * @param ahpMaxCr       {@code --ahp-max-cr X}: experts whose AHP matrix has CR above X are left out of the
 *                       aggregate (SPEC §8); NaN = off
 * @param coupling       {@code --coupling}: the form of the coupling degree C (SPEC §4.5, §4.5a)
 * @param baseline       {@code --baseline}: an earlier run's report (.xlsx) or CSV folder, null = none
 * @param yardstick      {@code --yardstick}: with a baseline, whose yardstick is used (SPEC §7)
 * @param briefs         {@code --briefs DIR}: one Word brief per region into DIR, {@code null} = none
 * @param expertInputs   {@code --expert-data} inputs (an expert panel, SPEC §8), as given
 * @param skipFiles      {@code --skip-file GLOB}: input files to pass over (matched against a file's name and its path
 *                       within the folder given, or as given), as typed
 */
public record Options(
        List<String> firmInputs,
        List<String> regionInputs,
        Path framework,
        Path output,
        Path csvDir,
        String sheet,
        Lang lang,
        DuplicatePolicy duplicates,
        double minCoverage,
        double nodeCoverage,
        double minDuration,
        boolean excludeFlagged,
        WeightMethod weights,
        CompositeMethod method,
        List<String> by,
        boolean strict,
        boolean quiet,
        Boolean profiles,
        String splitBy,
        int uncertainty,
        long seed,
        boolean treatOutliers,
        RegionLevel regionLevel,
        double ahpMaxCr,
        CouplingForm coupling,
        Path baseline,
        YardstickChoice yardstick,
        Path briefs,
        List<String> expertInputs,
        List<String> skipFiles) {

    /** {@code --yardstick}: the baseline's normalisation bounds and data-driven weights, or this run's own. */
    public enum YardstickChoice {
        BASELINE("baseline"), CURRENT("current");

        private final String id;

        YardstickChoice(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum RegionLevel {
        PROVINCE, CITY;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Lang {
        ZH, EN;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum DuplicatePolicy {
        KEEP_LAST("keep-last"), KEEP_FIRST("keep-first"), REJECT("reject");

        private final String id;

        DuplicatePolicy(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum WeightMethod {
        FRAMEWORK("framework"), EQUAL("equal"), ENTROPY("entropy"), AHP("ahp"), AHP_ENTROPY("ahp+entropy");

        private final String id;

        WeightMethod(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum CompositeMethod {
        AGGREGATE("aggregate"), TOPSIS("topsis");

        private final String id;

        CompositeMethod(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** {@code --coupling}: C of SPEC §4.5 ({@code standard}) or Wang Shujia et al.'s corrected form (§4.5a). */
    public enum CouplingForm {
        STANDARD("standard"), REVISED("revised");

        private final String id;

        CouplingForm(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Options {
        if (coupling == null) coupling = CouplingForm.STANDARD;
        if (yardstick == null) yardstick = YardstickChoice.BASELINE;
        firmInputs = List.copyOf(firmInputs);
        regionInputs = List.copyOf(regionInputs);
        expertInputs = expertInputs == null ? List.of() : List.copyOf(expertInputs);
        skipFiles = skipFiles == null ? List.of() : List.copyOf(skipFiles);
        by = List.copyOf(by);
        if (regionLevel == null) regionLevel = RegionLevel.PROVINCE;
    }

    /** Without {@code --region-level} (province). */
    public Options(List<String> firmInputs, List<String> regionInputs, Path framework, Path output, Path csvDir,
                   String sheet, Lang lang, DuplicatePolicy duplicates, double minCoverage, double nodeCoverage,
                   double minDuration, boolean excludeFlagged, WeightMethod weights, CompositeMethod method,
                   List<String> by, boolean strict, boolean quiet, Boolean profiles, String splitBy, int uncertainty,
                   long seed, boolean treatOutliers) {
        this(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage, nodeCoverage,
                minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy, uncertainty, seed,
                treatOutliers, RegionLevel.PROVINCE, Double.NaN);
    }

    /** Without {@code --ahp-max-cr} (every expert's AHP matrix counts) and with the standard coupling form. */
    public Options(List<String> firmInputs, List<String> regionInputs, Path framework, Path output, Path csvDir,
                   String sheet, Lang lang, DuplicatePolicy duplicates, double minCoverage, double nodeCoverage,
                   double minDuration, boolean excludeFlagged, WeightMethod weights, CompositeMethod method,
                   List<String> by, boolean strict, boolean quiet, Boolean profiles, String splitBy, int uncertainty,
                   long seed, boolean treatOutliers, RegionLevel regionLevel) {
        this(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage, nodeCoverage,
                minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy, uncertainty, seed,
                treatOutliers, regionLevel, Double.NaN, CouplingForm.STANDARD);
    }

    /** With the standard coupling form (the options before {@code --coupling}). */
    public Options(List<String> firmInputs, List<String> regionInputs, Path framework, Path output, Path csvDir,
                   String sheet, Lang lang, DuplicatePolicy duplicates, double minCoverage, double nodeCoverage,
                   double minDuration, boolean excludeFlagged, WeightMethod weights, CompositeMethod method,
                   List<String> by, boolean strict, boolean quiet, Boolean profiles, String splitBy, int uncertainty,
                   long seed, boolean treatOutliers, RegionLevel regionLevel, double ahpMaxCr) {
        this(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage, nodeCoverage,
                minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy, uncertainty, seed,
                treatOutliers, regionLevel, ahpMaxCr, CouplingForm.STANDARD);
    }

    /** Without {@code --ahp-max-cr}. */
    public Options(List<String> firmInputs, List<String> regionInputs, Path framework, Path output, Path csvDir,
                   String sheet, Lang lang, DuplicatePolicy duplicates, double minCoverage, double nodeCoverage,
                   double minDuration, boolean excludeFlagged, WeightMethod weights, CompositeMethod method,
                   List<String> by, boolean strict, boolean quiet, Boolean profiles, String splitBy, int uncertainty,
                   long seed, boolean treatOutliers, RegionLevel regionLevel, CouplingForm coupling) {
        this(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage, nodeCoverage,
                minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy, uncertainty, seed,
                treatOutliers, regionLevel, Double.NaN, coupling);
    }

    /** Without a baseline. */
    public Options(List<String> firmInputs, List<String> regionInputs, Path framework, Path output, Path csvDir,
                   String sheet, Lang lang, DuplicatePolicy duplicates, double minCoverage, double nodeCoverage,
                   double minDuration, boolean excludeFlagged, WeightMethod weights, CompositeMethod method,
                   List<String> by, boolean strict, boolean quiet, Boolean profiles, String splitBy, int uncertainty,
                   long seed, boolean treatOutliers, RegionLevel regionLevel, double ahpMaxCr, CouplingForm coupling) {
        this(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage, nodeCoverage,
                minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy, uncertainty, seed,
                treatOutliers, regionLevel, ahpMaxCr, coupling, null, YardstickChoice.BASELINE, null, List.of(), List.of());
    }

    /** Without an expert panel (every option before {@code --expert-data}). */
    public Options(List<String> firmInputs, List<String> regionInputs, Path framework, Path output, Path csvDir,
                   String sheet, Lang lang, DuplicatePolicy duplicates, double minCoverage, double nodeCoverage,
                   double minDuration, boolean excludeFlagged, WeightMethod weights, CompositeMethod method,
                   List<String> by, boolean strict, boolean quiet, Boolean profiles, String splitBy, int uncertainty,
                   long seed, boolean treatOutliers, RegionLevel regionLevel, double ahpMaxCr, CouplingForm coupling,
                   Path baseline, YardstickChoice yardstick, Path briefs) {
        this(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage, nodeCoverage,
                minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy, uncertainty, seed,
                treatOutliers, regionLevel, ahpMaxCr, coupling, baseline, yardstick, briefs, List.of(), List.of());
    }

    /** With {@code --skip-file}'s patterns. */
    public Options withSkipFiles(List<String> patterns) {
        return new Options(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage,
                nodeCoverage, minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy,
                uncertainty, seed, treatOutliers, regionLevel, ahpMaxCr, coupling, baseline, yardstick, briefs, expertInputs,
                patterns);
    }

    /** With an expert panel's files ({@code --expert-data}). */
    public Options withExpertInputs(List<String> files) {
        return new Options(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage,
                nodeCoverage, minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy,
                uncertainty, seed, treatOutliers, regionLevel, ahpMaxCr, coupling, baseline, yardstick, briefs, files, skipFiles);
    }

    /** The defaults of SPEC §2–§6, for the given inputs (tests start from here). */
    public static Options defaults(List<String> firmInputs, List<String> regionInputs) {
        return new Options(firmInputs, regionInputs, null, Path.of("ecoscore-report.xlsx"), null, null, Lang.ZH,
                DuplicatePolicy.KEEP_LAST, 0.5, 0.5, Double.NaN, false, WeightMethod.FRAMEWORK,
                CompositeMethod.AGGREGATE, List.of(), false, false, null, null, 0, 1L, false, RegionLevel.PROVINCE,
                Double.NaN, CouplingForm.STANDARD);
    }

    public Options withFramework(Path f) {
        return new Options(firmInputs, regionInputs, f, output, csvDir, sheet, lang, duplicates, minCoverage,
                nodeCoverage, minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy,
                uncertainty, seed, treatOutliers, regionLevel, ahpMaxCr, coupling, baseline, yardstick, briefs, expertInputs, skipFiles);
    }

    public Options withOutput(Path o, Path csv) {
        return new Options(firmInputs, regionInputs, framework, o, csv, sheet, lang, duplicates, minCoverage,
                nodeCoverage, minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy,
                uncertainty, seed, treatOutliers, regionLevel, ahpMaxCr, coupling, baseline, yardstick, briefs, expertInputs, skipFiles);
    }

    public Options withWeights(WeightMethod w) {
        return new Options(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage,
                nodeCoverage, minDuration, excludeFlagged, w, method, by, strict, quiet, profiles, splitBy,
                uncertainty, seed, treatOutliers, regionLevel, ahpMaxCr, coupling, baseline, yardstick, briefs, expertInputs, skipFiles);
    }

    public Options withScreening(DuplicatePolicy d, double minCov, double minDur, boolean exclFlagged) {
        return new Options(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, d, minCov,
                nodeCoverage, minDur, exclFlagged, weights, method, by, strict, quiet, profiles, splitBy,
                uncertainty, seed, treatOutliers, regionLevel, ahpMaxCr, coupling, baseline, yardstick, briefs, expertInputs, skipFiles);
    }

    public Options withCoupling(CouplingForm c) {
        return new Options(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage,
                nodeCoverage, minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy,
                uncertainty, seed, treatOutliers, regionLevel, ahpMaxCr, c, baseline, yardstick, briefs, expertInputs, skipFiles);
    }

    public Options withRegionLevel(RegionLevel level) {
        return new Options(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage,
                nodeCoverage, minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy,
                uncertainty, seed, treatOutliers, level, ahpMaxCr, coupling, baseline, yardstick, briefs, expertInputs, skipFiles);
    }

    public Options withAhpMaxCr(double maxCr) {
        return new Options(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage,
                nodeCoverage, minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy,
                uncertainty, seed, treatOutliers, regionLevel, maxCr, coupling, baseline, yardstick, briefs, expertInputs, skipFiles);
    }

    public Options withBaseline(Path b, YardstickChoice y) {
        return new Options(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage,
                nodeCoverage, minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy,
                uncertainty, seed, treatOutliers, regionLevel, ahpMaxCr, coupling, b, y, briefs, expertInputs, skipFiles);
    }

    public Options withBriefs(Path dir) {
        return new Options(firmInputs, regionInputs, framework, output, csvDir, sheet, lang, duplicates, minCoverage,
                nodeCoverage, minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy,
                uncertainty, seed, treatOutliers, regionLevel, ahpMaxCr, coupling, baseline, yardstick, dir, expertInputs, skipFiles);
    }

    public Options withLang(Lang l) {
        return new Options(firmInputs, regionInputs, framework, output, csvDir, sheet, l, duplicates, minCoverage,
                nodeCoverage, minDuration, excludeFlagged, weights, method, by, strict, quiet, profiles, splitBy,
                uncertainty, seed, treatOutliers, regionLevel, ahpMaxCr, coupling, baseline, yardstick, briefs, expertInputs, skipFiles);
    }
}
