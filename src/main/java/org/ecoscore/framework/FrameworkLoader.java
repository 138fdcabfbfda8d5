package org.ecoscore.framework;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;

/**
 * Loads and checks a framework (SPEC §1): a folder of CSV files, one {@code .xlsx} workbook, or the packaged
 * default. A framework that breaks the rules is refused with a {@link FrameworkException} listing every
 * problem as {@code file:line: what is wrong} (exit code 3).
 *
 * <p>The region dictionary is the framework's own {@code regions.csv} (sheet {@code regions}) when it has
 * one, else the packaged {@code /indicators/regions.csv} (recorded as file {@value #BUILT_IN_REGIONS_NAME});
 * when that is not packaged either the dictionary is empty. Likewise the city dictionary: the framework's own
 * {@code cities.csv} (sheet {@code cities}), else the packaged {@code /indicators/cities.csv} (its cities
 * whose province is not in the provincial dictionary in force are left out).
 */
public final class FrameworkLoader {
    static final String BUILT_IN_REGIONS = "/indicators/regions.csv";
    static final String BUILT_IN_REGIONS_NAME = "built-in regions.csv";
    static final String BUILT_IN_CITIES = "/indicators/cities.csv";
    static final String BUILT_IN_CITIES_NAME = "built-in cities.csv";

    private FrameworkLoader() {
    }

    /**
     * Loads a framework folder of CSV files or an .xlsx workbook; {@code null} loads the built-in default
     * (classpath {@code /indicators/default/} and {@code /indicators/regions.csv}).
     *
     * @throws org.ecoscore.core.EcoscoreException exit code 3, listing every problem with file and line
     */
    public static Framework load(Path path) {
        Problems problems = new Problems();
        Optional<Framework> f = read(path, problems);
        if (!problems.isEmpty() || f.isEmpty()) {
            throw new FrameworkException(path == null ? "built-in" : path.toString(), problems.list());
        }
        return f.get();
    }

    /** Every problem of the framework at {@code path} ({@code null}: the built-in one) in English; empty = valid. */
    public static List<String> problems(Path path) {
        return problemList(path).stream().map(Problem::text).toList();
    }

    /** Every problem of the framework at {@code path} ({@code null}: the built-in one); empty = valid. */
    public static List<Problem> problemList(Path path) {
        Problems problems = new Problems();
        read(path, problems);
        return problems.list();
    }

    private static Optional<Framework> read(Path path, Problems problems) {
        FrameworkSource source;
        if (path == null) {
            if (FrameworkCsvReader.class.getResource(FrameworkCsvReader.BUILT_IN_FOLDER + "framework.csv") == null) {
                throw new EcoscoreException(ExitCode.INTERNAL, "built-in", "the built-in framework is missing from "
                        + "the program; this is a bug, please report it (or give a framework with -f)");
            }
            source = FrameworkCsvReader.builtIn();
        } else if (Files.isDirectory(path)) {
            source = FrameworkCsvReader.folder(path);
        } else if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith(".xlsx")) {
            source = FrameworkXlsxReader.open(path, problems);
            if (!problems.isEmpty()) return Optional.empty();
        } else {
            problems.add(path.toString(), Files.exists(path) ? "not-a-framework" : "no-such-framework",
                    Files.exists(path) ? "not a framework: give a folder of CSV files or an .xlsx workbook"
                    : "no such folder or file; give a framework folder or .xlsx workbook");
            return Optional.empty();
        }
        return Optional.ofNullable(assemble(source, problems));
    }

    private static Framework assemble(FrameworkSource source, Problems problems) {
        CsvTable framework = required(source, "framework", problems);
        CsvTable questions = required(source, "questions", problems);
        Optional<CsvTable> scalesTable = source.table("scales", problems);
        CsvTable meta = required(source, "meta", problems);
        Optional<CsvTable> regionsTable = source.table("regions", problems);
        Optional<CsvTable> missingTable = source.table("missing", problems);
        Optional<CsvTable> citiesTable = source.table("cities", problems);
        Optional<CsvTable> unitTable = source.table("unit", problems);

        Map<String, Scale> scales = scalesTable.map(t -> ScaleTableReader.read(t, problems)).orElse(Map.of());
        FrameworkChecker.Tree tree = FrameworkChecker.check(framework, questions, scales,
                scalesTable.isPresent() ? source.label("scales") : null, problems);
        List<MissingAnswer> missing = missingTable
                .map(t -> MissingTableReader.read(t, scales, tree.questions(), problems)).orElse(List.of());
        Map<MetaRole, List<String>> metaAliases = meta == null ? Map.of() : MetaTableReader.read(meta, problems);

        List<FrameworkFile> extraFiles = new ArrayList<>();
        List<Region> regions;
        if (regionsTable.isPresent()) {
            regions = RegionTableReader.read(regionsTable.get(), problems);
        } else {
            regions = builtInRegions(problems, extraFiles);
        }
        CityTableReader.Cities cities = citiesTable.isPresent()
                ? CityTableReader.read(citiesTable.get(), regions, true, problems)
                : builtInCities(regions, problems, extraFiles);

        Map<String, List<String>> children = FrameworkChecker.children(tree.nodes(), tree.questions());
        Map<String, List<AhpMatrix>> ahp = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, CsvTable>> e : source.ahp(children.keySet(), problems).entrySet()) {
            for (Map.Entry<String, CsvTable> expert : e.getValue().entrySet()) {
                AhpMatrixReader.read(e.getKey(), expert.getKey(), expert.getValue(), children.get(e.getKey()),
                        problems).ifPresent(m -> ahp.computeIfAbsent(m.parent(), k -> new ArrayList<>()).add(m));
            }
        }
        Framework.Unit unit = unitTable.map(t -> unit(t, problems)).orElse(Framework.Unit.FIRM);
        List<FrameworkFile> files = new ArrayList<>(source.files());
        files.addAll(extraFiles);
        if (!problems.isEmpty()) return null;
        return new Framework(source.name(), source.location(), tree.nodes(), tree.questions(), scales, metaAliases,
                new RegionDictionary(regions, cities.cities(), cities.provinceOf()), ahp, files, unit, missing);
    }

    /** unit.csv: {@code unit_zh,unit_en}, one row — what the framework scores (学校 / school, 受访者 / respondent). */
    private static Framework.Unit unit(CsvTable table, Problems problems) {
        if (!TableRules.requireColumns(table, problems, "unit_zh", "unit_en")) return Framework.Unit.FIRM;
        List<CsvTable.Row> rows = table.rows();
        if (rows.size() != 1) {
            problems.add(table.label(), "unit-rows", "needs exactly one row under unit_zh,unit_en (e.g. 学校,school); "
                    + "it has " + rows.size(), "rows", rows.size());
            return Framework.Unit.FIRM;
        }
        String zh = table.cell(rows.get(0), "unit_zh");
        String en = table.cell(rows.get(0), "unit_en");
        if (zh.isEmpty() || en.isEmpty()) {
            problems.add(table, rows.get(0).line(), zh.isEmpty() ? "unit_zh" : "unit_en", "unit-blank",
                    "unit_zh and unit_en must both be filled in (e.g. 学校,school)");
            return Framework.Unit.FIRM;
        }
        return new Framework.Unit(zh, en, true);
    }

    private static CsvTable required(FrameworkSource source, String base, Problems problems) {
        Optional<CsvTable> t = source.table(base, problems);
        if (t.isEmpty() && !containsLabel(problems, source.label(base))) {
            problems.add(source.label(base), "table-missing", "missing; a framework needs framework, questions and "
                    + "meta (and scales when a named scale is used)");
        }
        return t.orElse(null);
    }

    private static boolean containsLabel(Problems problems, String label) {
        return problems.all().stream().anyMatch(p -> p.startsWith(label + ":"));
    }

    private static List<Region> builtInRegions(Problems problems, List<FrameworkFile> files) {
        Optional<byte[]> bytes = FrameworkCsvReader.readResource(BUILT_IN_REGIONS);
        if (bytes.isEmpty()) return List.of();
        files.add(new FrameworkFile(BUILT_IN_REGIONS_NAME, Digests.sha256Hex(bytes.get())));
        return CsvTableReader.read(BUILT_IN_REGIONS_NAME, bytes.get(), problems)
                .map(t -> RegionTableReader.read(t, problems)).orElse(List.of());
    }

    private static CityTableReader.Cities builtInCities(List<Region> regions, Problems problems,
                                                        List<FrameworkFile> files) {
        Optional<byte[]> bytes = FrameworkCsvReader.readResource(BUILT_IN_CITIES);
        CityTableReader.Cities none = new CityTableReader.Cities(List.of(), Map.of());
        if (bytes.isEmpty()) return none;
        files.add(new FrameworkFile(BUILT_IN_CITIES_NAME, Digests.sha256Hex(bytes.get())));
        return CsvTableReader.read(BUILT_IN_CITIES_NAME, bytes.get(), problems)
                .map(t -> CityTableReader.read(t, regions, false, problems)).orElse(none);
    }
}
