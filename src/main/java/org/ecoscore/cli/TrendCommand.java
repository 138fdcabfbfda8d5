package org.ecoscore.cli;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Options;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Framework;
import org.ecoscore.input.InputFile;
import org.ecoscore.input.SkipPatterns;
import org.ecoscore.report.JsonSummary;
import org.ecoscore.report.Labels;
import org.ecoscore.report.TrendCsv;
import org.ecoscore.report.TrendWorkbook;
import org.ecoscore.result.FileRows;
import org.ecoscore.result.TrendResult;
import org.ecoscore.trend.TrendRunner;
import org.ecoscore.trend.TrendRunner.YearInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ecoscore trend}: several years' questionnaires scored with one yardstick (SPEC §7); writes the trend
 * workbook, and with {@code --csv} trend.csv and normalisation.csv.
 */
@Command(name = "trend", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Score several years' questionnaires with one yardstick and write the trend workbook.",
        footer = {"", "Example: ecoscore trend --year 2024 firms-2024.xlsx --region-data regions-2024.xlsx "
                + "--year 2025 firms-2025.xlsx --region-data regions-2025.xlsx -o trend.xlsx"})
public final class TrendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    TrendOptions trend;
    @Mixin
    FrameworkOption framework;
    @Mixin
    LangOption lang;
    @Mixin
    ScreeningOptions screening;
    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        TrendResult result = null;
        JsonSummary summary = null;
        try {
            noFileBeforeTheFirstYear(spec);
            List<YearInput> years = years(trend.years, trend.manifest);
            SkipPatterns.of(trend.skipFiles); // a pattern that is no glob: exit 2 before anything is read
            Options options = options(years);
            Labels console = new Labels(lang.consoleEnglish());
            Framework fw = framework.load();
            ProgressLine progress = ProgressLine.forConsole(options.quiet(), console);
            try {
                result = TrendRunner.run(fw, options, years, trend.yardstick, progress);
            } finally {
                progress.clear();
            }
            summary = JsonSummary.trend(result);
            TrendWorkbook.write(result, options.output());
            if (options.csvDir() != null) TrendCsv.write(result, options.csvDir());
            summary.output("report", options.output()).output("csv", options.csvDir());
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter human = json.toStdout() ? err : spec.commandLine().getOut();
            if (!options.quiet()) {
                human.print(ConsoleText.printable(text(result, console)));
                human.flush();
            }
            long unreadable = result.years().stream().flatMap(y -> y.files().stream())
                    .filter(f -> !f.file().readable()).count();
            long errors = result.years().stream().mapToLong(y -> y.issues().count(Severity.ERROR)).sum();
            long warnings = result.years().stream().mapToLong(y -> y.issues().count(Severity.WARNING)).sum();
            RunExit exit = RunExit.of(unreadable, options.strict(), errors, warnings, console);
            if (json.json != null) summary.exitCode(exit.code()).write(json.json, spec.commandLine().getOut());
            if (exit.message() != null) {
                err.println(exit.message());
                err.flush();
            }
            return exit.code();
        } catch (EcoscoreException e) {
            json.writeFailure("trend", summary, e, spec.commandLine().getOut());
            throw e;
        }
    }

    /** The human summary: years, units per year, outputs. */
    private String text(TrendResult r, Labels l) {
        StringBuilder sb = new StringBuilder();
        sb.append(l.format("trend.console.head", r.years().size(), l.get("trend.yardstickName." + r.yardstick())))
                .append('\n');
        for (TrendResult.Year y : r.years()) {
            int firms = 0;
            int excluded = 0;
            for (FileRows f : y.files()) {
                if (f.file().level() != org.ecoscore.core.Level.FIRM) continue;
                firms += f.scored();
                excluded += f.excluded();
            }
            long e = y.issues().count(Severity.ERROR);
            long w = y.issues().count(Severity.WARNING);
            long i = y.issues().count(Severity.INFO);
            // as score's console: counted by severity (the issues themselves are in the workbook and issues.csv)
            sb.append(l.format("trend.console.year", y.year(), l.counted(firms, "firm"), excluded,
                    l.counted(y.region().size(), "region"), l.counted(e, "error"), l.counted(w, "warning"),
                    l.counted(i, "note"))).append('\n');
            for (FileRows f : y.files()) {
                InputFile file = f.file();
                if (!file.readable()) sb.append("  ").append(file.display()).append(" — ").append(file.error()).append('\n');
            }
            // the year's files without a region column, placed by IP or with option numbers for regions, as score
            // says them (new-user finding, session 8: trend said nothing of the 按序号 firms in no region)
            RunSummary.regionSources(sb, y.issues(), l);
            RunSummary.fileWarnings(sb, y.issues(), l);
        }
        sb.append(l.format("trend.console.report", r.options().output().toString())).append('\n');
        if (r.options().csvDir() != null) {
            sb.append(l.format("trend.console.csv", r.options().csvDir().toString())).append('\n');
        }
        return sb.toString();
    }

    private Options options(List<YearInput> years) {
        List<String> firms = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        for (YearInput y : years) {
            firms.addAll(y.firmInputs());
            regions.addAll(y.regionInputs());
        }
        double minDuration = screening.minDuration == null ? Double.NaN : screening.minDuration;
        return new Options(firms, regions, framework.path(), trend.output, trend.csvDir, trend.sheet, lang.report(),
                screening.duplicates, screening.minCoverage, trend.method.nodeCoverage, minDuration,
                screening.excludeFlagged, trend.method.weights, trend.method.method, List.of(), trend.strict, trend.quiet,
                null, null, 0, 1L, trend.method.treatOutliers, screening.regionLevel, trend.method.ahpMaxCr(),
                trend.method.coupling).withSkipFiles(trend.skipFiles);
    }

    /**
     * A file named before the first {@code --year} would silently join the first year (picocli gives a repeating
     * group's positional files to its current instance); refuse it (exit 2).
     */
    static void noFileBeforeTheFirstYear(CommandSpec spec) {
        List<String> args = spec.commandLine().getParseResult().expandedArgs();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--year") || a.startsWith("--year=")) return;
            if (a.equals("--")) break;
            if (a.startsWith("-")) {
                var o = spec.findOption(a.contains("=") ? a.substring(0, a.indexOf('=')) : a);
                if (o != null && !a.contains("=") && o.arity().max > 0) i += Math.max(1, o.arity().min);
                continue;
            }
            throw EcoscoreException.usage(a + " comes before the first --year; put each file after the --year it "
                    + "belongs to (--year 2024 " + a + " …).").coded("trend-file-before-year", "file", a);
        }
    }

    /**
     * The years from the {@code --year} groups and the manifest, sorted; each year once, at least two, every
     * path existing (usage errors, exit 2, otherwise).
     */
    static List<YearInput> years(List<TrendOptions.YearGroup> groups, Path manifest) {
        TreeMap<Integer, YearInput> byYear = new TreeMap<>();
        for (TrendOptions.YearGroup g : groups) {
            int year = year(g.year, "--year " + g.year, "option", "", 0);
            List<String> files = g.firmInputs == null ? List.of() : g.firmInputs;
            List<String> regions = g.regionInputs == null ? List.of() : g.regionInputs;
            if (files.isEmpty() && regions.isEmpty()) {
                throw EcoscoreException.usage("--year " + year + " names no questionnaires: put that year's firm "
                        + "files after it (--year " + year + " firms.xlsx) and/or --region-data FILES.")
                        .coded("trend-year-no-files", "year", year);
            }
            if (byYear.containsKey(year)) {
                throw EcoscoreException.usage("--year " + year + " is given twice; give each year once, with all of "
                        + "its files after that one --year.").coded("trend-year-twice", "year", year);
            }
            InputOptions.checkExists(files);
            InputOptions.checkExists(regions);
            byYear.put(year, new YearInput(year, files, regions));
        }
        if (manifest != null) {
            for (YearInput in : manifest(manifest)) {
                if (byYear.containsKey(in.year())) {
                    throw EcoscoreException.usage("year " + in.year() + " is given twice (in --manifest "
                            + manifest + " and with --year); give each year once.")
                            .coded("trend-year-twice", "form", "manifest", "year", in.year(), "manifest", manifest);
                }
                byYear.put(in.year(), in);
            }
        }
        if (byYear.size() < 2) {
            throw EcoscoreException.usage("a trend needs at least two years; give each year with --year YEAR FILES… "
                    + "(e.g. --year 2024 firms-2024.xlsx --year 2025 firms-2025.xlsx) or list them in --manifest.")
                    .coded("trend-too-few-years");
        }
        return new ArrayList<>(byYear.values());
    }

    /** {@code form} "option" (a --year) or "manifest" (the manifest's {@code line}), for the catalogue. */
    private static int year(String text, String where, String form, String manifest, int line) {
        String t = text.trim();
        if (!t.matches("\\d{4}")) {
            throw EcoscoreException.usage(where + ": '" + text + "' is not a calendar year; write it as four digits, "
                    + "e.g. --year 2024 firms-2024.xlsx.").coded("trend-not-a-year", "form", form, "text", text,
                    "manifest", manifest, "line", line);
        }
        return Integer.parseInt(t);
    }

    /** {@code year,source,path} rows; paths relative to the manifest's folder. */
    static List<YearInput> manifest(Path manifest) {
        String shown = manifest.toString();
        if (!Files.isRegularFile(manifest)) {
            throw EcoscoreException.usage("--manifest " + shown + ": no such file; give a CSV file with columns "
                    + "year,source,path.").coded("manifest-not-found", "path", shown);
        }
        List<String[]> rows;
        try {
            String text = Files.readString(manifest, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            try (CSVReader r = new CSVReaderBuilder(new StringReader(text))
                    .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
                rows = r.readAll();
            }
        } catch (IOException | CsvException | RuntimeException e) {
            throw new EcoscoreException(ExitCode.USAGE, shown, "the manifest is not readable as a UTF-8 CSV file; "
                    + "save it as CSV UTF-8 with columns year,source,path.").coded("manifest-unreadable");
        }
        List<String> head = rows.isEmpty() ? List.of() : Arrays.stream(rows.get(0))
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        int cy = head.indexOf("year");
        int cs = head.indexOf("source");
        int cp = head.indexOf("path");
        if (cy < 0 || cs < 0 || cp < 0) {
            throw new EcoscoreException(ExitCode.USAGE, shown, "line 1: the header must name the columns year, "
                    + "source and path (found: " + String.join(",", head) + ").")
                    .coded("manifest-header", "found", String.join(",", head));
        }
        Path folder = manifest.toAbsolutePath().getParent();
        TreeMap<Integer, List<List<String>>> byYear = new TreeMap<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (Arrays.stream(r).allMatch(s -> s.trim().isEmpty())) continue;
            String where = "line " + (i + 1);
            if (r.length <= Math.max(cy, Math.max(cs, cp))) {
                throw new EcoscoreException(ExitCode.USAGE, shown, where + ": too few columns; each line is "
                        + "year,source,path.").coded("manifest-too-few-columns", "line", i + 1);
            }
            int year = year(r[cy], shown + " " + where + ", column year", "manifest", shown, i + 1);
            String source = r[cs].trim().toLowerCase(Locale.ROOT);
            if (!source.equals("firm") && !source.equals("region")) {
                throw new EcoscoreException(ExitCode.USAGE, shown, where + ", column source: '" + r[cs]
                        + "' is neither firm nor region.").coded("manifest-bad-source", "line", i + 1,
                        "source", r[cs]);
            }
            String p = r[cp].trim();
            Path path = folder.resolve(p).normalize();
            if (p.isEmpty() || !Files.exists(path)) {
                throw new EcoscoreException(ExitCode.USAGE, shown, where + ", column path: " + path + " does not "
                        + "exist; paths are relative to the manifest's folder.").coded("manifest-missing-path", "line", i + 1,
                        "path", path);
            }
            List<List<String>> lists = byYear.computeIfAbsent(year, k -> List.of(new ArrayList<>(),
                    new ArrayList<>()));
            lists.get(source.equals("firm") ? 0 : 1).add(path.toString());
        }
        List<YearInput> out = new ArrayList<>();
        byYear.forEach((y, l) -> out.add(new YearInput(y, l.get(0), l.get(1))));
        return out;
    }
}
