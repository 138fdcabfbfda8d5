package org.ecoscore.baseline;

import org.ecoscore.core.DecimalText;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.Version;
import org.ecoscore.framework.ItemDefinitions;
import org.ecoscore.input.CellSource;
import org.ecoscore.input.CellType;
import org.ecoscore.input.OwnWorkbook;
import org.ecoscore.input.SpreadsheetFile;
import org.ecoscore.input.SpreadsheetFiles;
import org.ecoscore.report.CsvTables;
import org.ecoscore.report.Labels;
import org.ecoscore.report.SafeText;
import org.ecoscore.score.NormalisationBound;

/**
 * Reads an earlier run's outputs as a baseline (SPEC §7): its CSV folder (run.csv, items.csv,
 * normalisation.csv, weights.csv) or its report (the Method sheet's version, fingerprint, options, yardstick
 * and framework-in-force tables, and the Weights sheet), in either report language. Refuses, with exit 3
 * and a message saying what to give instead, what is not an ecoscore output, what a newer ecoscore wrote,
 * and what is damaged; a path that does not exist is a usage error (exit 2).
 */
public final class BaselineReader {
    private static final Labels ZH = new Labels(false);
    private static final Labels EN = new Labels(true);

    private BaselineReader() {
    }

    public static Baseline read(Path path) {
        String shown = path.toString();
        if (!Files.exists(path)) {
            throw EcoscoreException.usage("--baseline " + shown + ": no such file or folder; give an earlier run's"
                    + " report (.xlsx) or the folder its --csv wrote.").coded("no-such-baseline", "path", shown);
        }
        Baseline b = Files.isDirectory(path) ? csv(path, shown) : xlsx(path, shown);
        if (newer(b.toolVersion(), Version.get())) {
            throw EcoscoreException.input(shown, "this baseline was written by ecoscore " + b.toolVersion()
                    + ", newer than this ecoscore " + Version.get() + "; run it with ecoscore " + b.toolVersion()
                    + " or later.").coded("baseline-newer", "version", b.toolVersion(), "current", Version.get());
        }
        return b;
    }

    /** True when version a is later than b (dotted numbers; anything unparsable compares as equal). */
    /** What {@link #ownOutput} found. */
    public enum Output {
        /** A report or trend workbook (.xlsx with the Method sheet beside a Firms, Regions or Trend sheet). */
        REPORT,
        /** A folder that {@code --csv} wrote (a run.csv of this format). */
        CSV,
        /** A folder holding such a report or CSV folder at its top level (an assessment's year folder). */
        FOLDER;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Whether {@code path}, given where questionnaires belong, is one of ecoscore's own outputs — the mirror of
     * {@link #read}'s "this is not an ecoscore output" — so that {@code trend} can say so instead of finding
     * nothing to score in it; null for anything else, and for a file that cannot be opened (the questionnaire
     * reader then says what is wrong with it). Reads only sheet names and run.csv's first lines.
     */
    public static Output ownOutput(Path path) {
        if (Files.isDirectory(path)) {
            if (csvOutput(path)) return Output.CSV;
            return ownOutputIn(path) != null ? Output.FOLDER : null;
        }
        return reportWorkbook(path) ? Output.REPORT : null;
    }

    /** The first (in name order) ecoscore report or CSV-tables folder directly in {@code folder}, or null. */
    public static Path ownOutputIn(Path folder) {
        return firstIn(folder, p -> Files.isDirectory(p) ? csvOutput(p) : reportWorkbook(p));
    }

    /** The first (in name order) ecoscore CSV-tables folder directly in {@code folder}, or null. */
    public static Path csvOutputIn(Path folder) {
        return firstIn(folder, p -> Files.isDirectory(p) && csvOutput(p));
    }

    private static Path firstIn(Path folder, java.util.function.Predicate<Path> wanted) {
        try (java.util.stream.Stream<Path> in = Files.list(folder)) {
            for (Path p : (Iterable<Path>) in.sorted()::iterator) {
                if (wanted.test(p)) return p;
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
        return null;
    }

    private static boolean csvOutput(Path dir) {
        Path run = dir.resolve("run.csv");
        if (!Files.isRegularFile(run)) return false;
        try (java.io.BufferedReader in = Files.newBufferedReader(run, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 4; i++) {
                String line = in.readLine();
                if (line == null) return false;
                if (line.replace("\uFEFF", "").trim().equals("format," + CsvTables.RUN_FORMAT)) return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** The folders with a run.csv and the ecoscore reports directly in {@code dir}, by name, sorted. */
    private static List<String> baselinesInside(Path dir) {
        List<String> found = new ArrayList<>();
        try (var entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p.resolve("run.csv"))) found.add(name + java.io.File.separator);
                else if (reportWorkbook(p)) found.add(name);
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // the plain message then
        }
        return found;
    }

    private static boolean reportWorkbook(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                && OwnWorkbook.of(file, file.toString()) != null;
    }

    static boolean newer(String a, String b) {
        int[] x = parse(a);
        int[] y = parse(b);
        if (x == null || y == null) return false;
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? x[i] : 0;
            int q = i < y.length ? y[i] : 0;
            if (p != q) return p > q;
        }
        return false;
    }

    private static int[] parse(String v) {
        if (v == null || !v.matches("\\d+(\\.\\d+)*([-+].*)?")) return null;
        String[] parts = v.split("[-+]", 2)[0].split("\\.");
        return Arrays.stream(parts).mapToInt(Integer::parseInt).toArray();
    }

    /**
     * A part of a message (where, why) in English, with its catalogue code and parameters so that
     * report.ErrorMessages can say it in Chinese (a null code: a name, the same in every language).
     */
    private record Said(String en, String code, Object... params) {
        static Said name(String name) {
            return new Said(name, null);
        }

        static Said line(String file, int line) {
            return new Said(file + " line " + line, "baseline.at-line", "file", file, "line", line);
        }

        static Said row(int row) {
            return new Said("row " + row, "baseline.at-row", "row", row);
        }

        /** The part as the exception's parameters: {@code part}, {@code part@code}, {@code part.NAME}. */
        void into(String part, List<Object> out) {
            out.add(part);
            out.add(en);
            if (code == null) return;
            out.add(part + "@code");
            out.add(code);
            for (int i = 0; i + 1 < params.length; i += 2) {
                out.add(part + "." + params[i]);
                out.add(params[i + 1]);
            }
        }
    }

    private static EcoscoreException notOurs(String shown, Said why) {
        List<Object> p = new ArrayList<>();
        why.into("why", p);
        return EcoscoreException.input(shown, "this is not an ecoscore output (" + why.en() + "); give --baseline an"
                + " earlier run's report (.xlsx) or the folder its --csv wrote.").coded("baseline-not-ours", p.toArray());
    }

    private static EcoscoreException damaged(String shown, Said where, Said why) {
        List<Object> p = new ArrayList<>();
        where.into("where", p);
        why.into("why", p);
        return EcoscoreException.input(shown, "this baseline is damaged (" + where.en() + ": " + why.en() + "); score the"
                + " earlier year again to rebuild its outputs, or give its report instead.")
                .coded("baseline-damaged", p.toArray());
    }

    private static EcoscoreException damaged(String shown, String where, Said why) {
        return damaged(shown, Said.name(where), why);
    }

    // ---- CSV folder ----

    private static Baseline csv(Path dir, String shown) {
        Path runCsv = dir.resolve("run.csv");
        if (!Files.isRegularFile(runCsv)) {
            // a run's own folder, holding its report and its CSV folder (new-user finding): name them
            String inside = String.join(", ", baselinesInside(dir));
            if (!inside.isEmpty()) {
                throw notOurs(shown, new Said("the folder has no run.csv, but it holds " + inside + ": give --baseline one"
                        + " of them", "baseline.no-run-csv-inside", "inside", inside));
            }
            throw notOurs(shown, new Said("the folder has no run.csv", "baseline.no-run-csv"));
        }
        Map<String, String> run = new HashMap<>();
        for (String[] r : table(runCsv, shown, List.of("key", "value"))) run.put(r[0], r.length > 1 ? r[1] : "");
        if (!CsvTables.RUN_FORMAT.equals(run.get("format"))) {
            throw notOurs(shown, new Said("run.csv does not say format " + CsvTables.RUN_FORMAT, "baseline.format",
                    "format", CsvTables.RUN_FORMAT));
        }
        for (String k : List.of("tool_version", "framework_fingerprint", "weights")) {
            if (run.get(k) == null || run.get(k).isEmpty()) throw damaged(shown, "run.csv", new Said("no " + k, "baseline.no-key", "key", k));
        }
        Map<String, String[]> items = new HashMap<>();
        for (String[] r : table(dir.resolve("items.csv"), shown, ItemDefinitions.COLUMNS)) {
            items.put(r[0] + ":" + r[1], Arrays.copyOfRange(r, 1, ItemDefinitions.COLUMNS.size()));
        }
        Map<String, double[]> bounds = new HashMap<>();
        List<String[]> norm = table(dir.resolve("normalisation.csv"), shown, List.of("level", "code", "lo", "hi",
                "source"));
        for (int i = 0; i < norm.size(); i++) {
            String[] r = norm.get(i);
            if (r[4].equals(NormalisationBound.GOALPOSTS) || r[2].isEmpty()) continue;
            bounds.put(r[0] + ":" + r[1], new double[] {number(r[2], shown, Said.line("normalisation.csv", i + 2)),
                number(r[3], shown, Said.line("normalisation.csv", i + 2))});
        }
        Map<String, Double> weights = new HashMap<>();
        List<String[]> w = table(dir.resolve("weights.csv"), shown, List.of("level", "code", "parent", "weight"));
        for (int i = 0; i < w.size(); i++) {
            weights.put(w.get(i)[0] + ":" + w.get(i)[1], number(w.get(i)[3], shown, Said.line("weights.csv", i + 2)));
        }
        BaselineUnits firms = unitsOfCsv(dir.resolve("firms.csv"), shown, List.of("id", "name", "region"), "firm",
                items, 0, 2, 6, 7, 8);
        BaselineUnits regions = units(rows(dir.resolve("regions.csv"), shown, List.of("region", "code")), "region",
                items, shown, "regions.csv", 0, 1, -1, -1, 4);
        return new Baseline(shown, "csv", run.get("tool_version"), run.getOrDefault("framework", ""),
                run.get("framework_fingerprint"), run.get("weights"), items, bounds, weights, firms, regions);
    }

    /**
     * The units of a firms/regions table (header row first): id in column {@code idCol}, region (firms) or code
     * (regions) in {@code regionCol}, the file and row of a made-up {@code FILE#ROW} id in {@code fileCol},
     * {@code rowCol} (-1: none), and from column {@code firstScore} on every column headed by a node code of
     * the baseline's framework at that level (a report's {@code CODE name} header counts by its code).
     */
    static BaselineUnits units(List<String[]> rows, String level, Map<String, String[]> items, String shown,
                               String where, int idCol, int regionCol, int fileCol, int rowCol, int firstScore) {
        if (rows.isEmpty()) return BaselineUnits.none();
        Units u = new Units(rows.get(0), level, items, idCol, regionCol, fileCol, rowCol, firstScore);
        for (int k = 1; k < rows.size(); k++) u.add(rows.get(k), shown, where);
        return u.build();
    }

    /** The units of a firms/regions table, taken row by row (see {@link #units}). */
    private static final class Units {
        private final int idCol;
        private final int regionCol;
        private final int fileCol;
        private final int rowCol;
        private final String[] codes;
        private final int[] at;
        private int n;
        private String[] ids = new String[1024];
        private boolean[] matchable = new boolean[1024];
        private String[] regions = new String[1024];
        private double[][] values;

        Units(String[] head, String level, Map<String, String[]> items, int idCol, int regionCol, int fileCol,
              int rowCol, int firstScore) {
            this.idCol = idCol;
            this.regionCol = regionCol;
            this.fileCol = fileCol;
            this.rowCol = rowCol;
            Map<String, Integer> columns = new java.util.LinkedHashMap<>();
            for (int c = firstScore; c < head.length; c++) {
                String h = head[c] == null ? "" : head[c].trim();
                int space = h.indexOf(' ');
                String code = space < 0 ? h : h.substring(0, space);
                String[] def = items.get(level + ":" + code);
                if (def != null && def.length > 2 && !isQuestion(def) && !columns.containsKey(code)) columns.put(code, c);
            }
            codes = columns.keySet().toArray(String[]::new);
            at = new int[codes.length];
            values = new double[codes.length][1024];
            for (int c = 0; c < codes.length; c++) at[c] = columns.get(codes[c]);
        }

        /** Unit number n (0-based) of the table, on its line n + 2. */
        void add(String[] r, String shown, String where) {
            add(r, null, shown, where);
        }

        /**
         * As {@link #add(String[], String, String)}, with a report row's numbers: a score column's number cell
         * taken as it is (its text, {@link Double#toString}, reads back to the same double).
         */
        void add(String[] r, double[] numbers, String shown, String where) {
            if (n == ids.length) {
                int capacity = n * 2;
                ids = Arrays.copyOf(ids, capacity);
                matchable = Arrays.copyOf(matchable, capacity);
                regions = Arrays.copyOf(regions, capacity);
                for (int c = 0; c < codes.length; c++) values[c] = Arrays.copyOf(values[c], capacity);
            }
            int k = n++;
            ids[k] = unquoted(cell(r, numbers, idCol));
            regions[k] = regionCol < 0 ? "" : unquoted(cell(r, numbers, regionCol));
            matchable[k] = !ids[k].isEmpty() && (fileCol < 0
                    || !ids[k].equals(cell(r, numbers, fileCol) + "#" + withoutPointZero(cell(r, numbers, rowCol))));
            for (int c = 0; c < codes.length; c++) {
                if (numbers != null && at[c] < numbers.length && !Double.isNaN(numbers[at[c]])) {
                    values[c][k] = numbers[at[c]];
                    continue;
                }
                String text = cell(r, at[c]);
                double v = parsed(text);
                // the line's words only for a cell that is not a number (the message is built once)
                if (v != v && !text.isEmpty()) v = number(text, shown, Said.line(where, k + 2));
                values[c][k] = v;
            }
        }

        BaselineUnits build() {
            Map<String, double[]> scores = new HashMap<>();
            for (int c = 0; c < codes.length; c++) scores.put(codes[c], Arrays.copyOf(values[c], n));
            return new BaselineUnits(Arrays.copyOf(ids, n), Arrays.copyOf(matchable, n), Arrays.copyOf(regions, n),
                    scores);
        }
    }

    /**
     * As {@link #units} over one of our CSV tables, read record by record after checking its header, so that a
     * large firms.csv is never held whole (as text, or as a list of rows).
     */
    private static BaselineUnits unitsOfCsv(Path file, String shown, List<String> header, String level,
                                            Map<String, String[]> items, int idCol, int regionCol, int fileCol,
                                            int rowCol, int firstScore) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw damaged(shown, name, new Said("missing", "baseline.missing"));
        BaselineUnits plain = plainUnits(file, shown, header, level, items, idCol, regionCol, fileCol, rowCol,
                firstScore);
        if (plain != null) return plain;
        try (Reader in = withoutBom(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             CSVReader r = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            String[] head = next(r, shown, name);
            if (head == null || !Arrays.asList(head).subList(0, Math.min(head.length, header.size())).equals(header)) {
                throw damaged(shown, name, new Said("its header is not " + String.join(",", header), "baseline.header",
                        "header", String.join(",", header)));
            }
            Units u = new Units(head, level, items, idCol, regionCol, fileCol, rowCol, firstScore);
            int record = 0;
            for (String[] row = next(r, shown, name); row != null; row = next(r, shown, name)) {
                record++;
                if (row.length == 1 && row[0].isEmpty()) continue;
                if (row.length < header.size()) throw damaged(shown, Said.line(name, record + 1),
                        new Said("too few columns", "baseline.too-few-columns"));
                u.add(row, shown, name);
            }
            return u.build();
        } catch (IOException e) {
            throw damaged(shown, name, new Said("not readable as UTF-8 CSV", "baseline.not-utf8"));
        }
    }

    /**
     * As {@link #unitsOfCsv} when the table is plain ({@link PlainCsv}: what ecoscore writes when no text holds a
     * quote or a comma) and whole — the bytes split at commas, only the id, region, file, row and score columns
     * made into values, a score read without a text; null when the table is anything else or damaged in any way
     * (OpenCSV then reads it, and says what is wrong as it always has).
     */
    private static BaselineUnits plainUnits(Path file, String shown, List<String> header, String level,
                                            Map<String, String[]> items, int idCol, int regionCol, int fileCol,
                                            int rowCol, int firstScore) {
        String name = file.getFileName().toString();
        try (PlainCsv csv = new PlainCsv(Files.newInputStream(file))) {
            if (!csv.next()) return null;
            String[] head = new String[csv.fields()];
            for (int c = 0; c < head.length; c++) head[c] = csv.text(c);
            if (!Arrays.asList(head).subList(0, Math.min(head.length, header.size())).equals(header)) return null;
            Units u = new Units(head, level, items, idCol, regionCol, fileCol, rowCol, firstScore);
            int[] texts = {idCol, regionCol, fileCol, rowCol};
            while (csv.next()) {
                int w = csv.fields();
                if (w < header.size()) return null;
                String[] r = new String[w];
                double[] numbers = new double[w];
                Arrays.fill(numbers, Double.NaN);
                for (int c : texts) if (c >= 0 && c < w) r[c] = csv.text(c);
                for (int c : u.at) {
                    if (c >= w) continue;
                    numbers[c] = csv.number(c);
                    if (Double.isNaN(numbers[c])) r[c] = csv.text(c);
                }
                u.add(r, numbers, shown, name);
            }
            return u.build();
        } catch (PlainCsv.NotPlain | IOException | EcoscoreException e) {
            return null;
        }
    }

    /** The next record; a file that is not UTF-8 CSV is reported as {@link #rows} reports it. */
    private static String[] next(CSVReader r, String shown, String name) {
        try {
            return r.readNext();
        } catch (IOException | CsvException | RuntimeException e) {
            throw damaged(shown, name, new Said("not readable as UTF-8 CSV", "baseline.not-utf8"));
        }
    }

    /** The reader after a UTF-8 byte-order mark, if the text starts with one. */
    private static Reader withoutBom(java.io.BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') in.reset();
        return in;
    }

    /** True when an item's definition (items.csv after {@code level}) is a question's: it has a scale. */
    private static boolean isQuestion(String[] def) {
        int type = ItemDefinitions.COLUMNS.indexOf("type") - 1;
        return type >= 0 && type < def.length && def[type].equals("question");
    }

    private static String cell(String[] r, int c) {
        return c < 0 || c >= r.length || r[c] == null ? "" : r[c].trim();
    }

    /** As {@link #cell(String[], int)}, a number cell left null in {@code r} as the text of its number. */
    private static String cell(String[] r, double[] numbers, int c) {
        if (numbers != null && c >= 0 && c < r.length && r[c] == null && c < numbers.length) {
            return Double.toString(numbers[c]);
        }
        return cell(r, c);
    }

    /** A CSV text cell without the {@code '} written before text a spreadsheet could take for a formula. */
    private static String unquoted(String s) {
        return s.length() > 1 && s.charAt(0) == '\'' && SafeText.risky(s.substring(1)) ? s.substring(1) : s;
    }

    /** The data rows of one of our CSV tables, after checking its header. */
    private static List<String[]> table(Path file, String shown, List<String> header) {
        List<String[]> all = rows(file, shown, header);
        return all.subList(1, all.size());
    }

    /** The header row and the data rows of one of our CSV tables, after checking its header. */
    private static List<String[]> rows(Path file, String shown, List<String> header) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw damaged(shown, name, new Said("missing", "baseline.missing"));
        List<String[]> rows;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            try (Reader in = new StringReader(text);
                 CSVReader r = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
                rows = new ArrayList<>(r.readAll());
            }
        } catch (IOException | CsvException | RuntimeException e) {
            throw damaged(shown, name, new Said("not readable as UTF-8 CSV", "baseline.not-utf8"));
        }
        if (rows.isEmpty() || !Arrays.asList(rows.get(0)).subList(0, Math.min(rows.get(0).length, header.size()))
                .equals(header)) {
            throw damaged(shown, name, new Said("its header is not " + String.join(",", header), "baseline.header",
                    "header", String.join(",", header)));
        }
        List<String[]> out = new ArrayList<>();
        out.add(rows.get(0));
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (r.length == 1 && r[0].isEmpty()) continue;
            if (r.length < header.size()) throw damaged(shown, Said.line(name, i + 1),
                    new Said("too few columns", "baseline.too-few-columns"));
            out.add(r);
        }
        return out;
    }

    /** A row number as a spreadsheet may have kept it ({@code 12.0}) without its {@code .0}. */
    private static String withoutPointZero(String s) {
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** The number in {@code s}; NaN for an empty cell and for text that is not a number. */
    private static double parsed(String s) {
        if (s.isEmpty()) return Double.NaN;
        try {
            return DecimalText.parse(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double number(String s, String shown, Said where) {
        if (s.isEmpty()) return Double.NaN;
        try {
            return DecimalText.parse(s);
        } catch (NumberFormatException e) {
            throw damaged(shown, where, new Said("'" + s + "' is not a number", "baseline.not-number", "value", s));
        }
    }

    // ---- report ----

    private static Baseline xlsx(Path file, String shown) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx")) throw notOurs(shown, new Said("neither a report .xlsx nor a CSV folder", "baseline.not-report"));
        Map<String, Grid> sheets = new HashMap<>();
        Labels l;
        try (SpreadsheetFile wb = SpreadsheetFiles.open(file, shown)) {
            l = wb.sheetNames().contains(ZH.get("sheet.method")) ? ZH : EN;
            for (String key : List.of("sheet.method", "sheet.weights", "sheet.firms", "sheet.regions")) {
                Grid g = Grid.read(wb, l.get(key));
                if (g != null) sheets.put(key, g);
            }
        } catch (Exception | LinkageError e) {
            throw damaged(shown, file.getFileName().toString(),
                    new Said("cannot be opened as an Excel workbook", "baseline.not-workbook"));
        }
        return report(l, sheets, shown);
    }

    /**
     * One sheet of the report read by the streaming reader ({@link SpreadsheetFiles}, with its zip-bomb and XML
     * guards): each row's cells as trimmed text (a number as the text that reads back to it, made when asked) and
     * as a number (NaN unless the cell holds one); a row absent from the file is null.
     */
    private record Grid(List<String[]> texts, List<double[]> numbers) {
        static Grid read(SpreadsheetFile wb, String name) {
            int index = wb.sheetNames().indexOf(name);
            if (index < 0) return null;
            List<String[]> texts = new ArrayList<>();
            List<double[]> numbers = new ArrayList<>();
            try (CellSource in = wb.open(index)) {
                while (in.nextRow()) {
                    int r = in.rowNumber() - 1;
                    while (texts.size() < r) {
                        texts.add(null);
                        numbers.add(null);
                    }
                    int w = in.width();
                    String[] t = new String[w];
                    double[] n = new double[w];
                    for (int c = 0; c < w; c++) {
                        CellType type = in.type(c);
                        if (type == CellType.STRING) {
                            t[c] = in.text(c).trim();
                            n[c] = Double.NaN;
                        } else if (type == CellType.NUMBER || type == CellType.DATE) {
                            n[c] = in.number(c);
                            t[c] = null; // its text made when asked (text)
                        } else {
                            t[c] = "";
                            n[c] = Double.NaN;
                        }
                    }
                    texts.add(t);
                    numbers.add(n);
                }
            }
            return new Grid(texts, numbers);
        }

        int last() {
            return texts.size() - 1;
        }

        boolean hasRow(int r) {
            return r >= 0 && r < texts.size() && texts.get(r) != null;
        }

        String text(int r, int c) {
            if (!hasRow(r)) return "";
            String[] t = texts.get(r);
            if (c < 0 || c >= t.length) return "";
            return t[c] == null ? Double.toString(numbers.get(r)[c]) : t[c];
        }

        double numeric(int r, int c) {
            if (!hasRow(r)) return Double.NaN;
            double[] n = numbers.get(r);
            return c < 0 || c >= n.length ? Double.NaN : n[c];
        }

        /** The rows as text, as wide as the first row. */
        List<String[]> rows() {
            return rows(false);
        }

        /**
         * The rows as text, as wide as the first row; with {@code numbersApart} a number cell after the first row
         * is null (its number is in {@link #numbersOf}: no text made for it unless asked).
         */
        List<String[]> rows(boolean numbersApart) {
            int width = hasRow(0) ? texts.get(0).length : 0;
            List<String[]> out = new ArrayList<>(texts.size());
            for (int r = 0; r < texts.size(); r++) {
                String[] v = new String[width];
                for (int c = 0; c < width; c++) {
                    v[c] = numbersApart && r > 0 && hasRow(r) && c < numbers.get(r).length
                            && !Double.isNaN(numbers.get(r)[c]) ? null : text(r, c);
                }
                out.add(v);
            }
            return out;
        }

        /** Row r's numbers (NaN: not a number cell); empty for a row absent from the file. */
        double[] numbersOf(int r) {
            return hasRow(r) ? numbers.get(r) : new double[0];
        }
    }

    /** The baseline in the report's sheets (only the four it needs are read, each once). */
    private static Baseline report(Labels l, Map<String, Grid> sheets, String shown) {
        Grid method = sheets.get("sheet.method");
        if (method == null) throw notOurs(shown, new Said("the workbook has no 方法说明 / Method sheet", "baseline.no-method-sheet"));
        Map<String, String> pairs = new HashMap<>();
        Map<String, double[]> bounds = new HashMap<>();
        Map<String, String[]> items = new HashMap<>();
        int last = method.last();
        for (int r = 0; r <= last; r++) {
            if (!method.hasRow(r)) continue;
            String a = method.text(r, 0);
            if (a.equals(l.get("col.level")) && method.text(r, 2).equals(l.get("col.lo"))) {
                for (r++; r <= last && !method.text(r, 1).isEmpty(); r++) {
                    String source = method.text(r, 4);
                    if (source.equals(l.get("bound." + NormalisationBound.GOALPOSTS))) continue;
                    double lo = method.numeric(r, 2);
                    if (Double.isNaN(lo)) continue;
                    bounds.put(level(l, method.text(r, 0), shown, r) + ":" + method.text(r, 1),
                            new double[] {lo, method.numeric(r, 3)});
                }
            } else if (a.equals(ItemDefinitions.COLUMNS.get(0))
                    && method.text(r, 1).equals(ItemDefinitions.COLUMNS.get(1))) {
                for (r++; r <= last && !method.text(r, 0).isEmpty(); r++) {
                    String[] cols = new String[ItemDefinitions.COLUMNS.size() - 1];
                    for (int c = 0; c < cols.length; c++) cols[c] = method.text(r, c + 1);
                    items.put(method.text(r, 0) + ":" + cols[0], cols);
                }
            } else if (!a.isEmpty()) {
                pairs.putIfAbsent(a, method.text(r, 1));
            }
        }
        String version = pairs.get(l.get("toolVersion"));
        if (version == null || version.isEmpty()) throw notOurs(shown, new Said("its Method sheet names no tool version", "baseline.no-version"));
        String fingerprint = pairs.get(l.get("method.fingerprint"));
        if (fingerprint == null || items.isEmpty()) {
            throw damaged(shown, l.get("sheet.method"), new Said("no framework fingerprint or framework-in-force table"
                    + " (an ecoscore before the yardstick was recorded)", "baseline.no-fingerprint"));
        }
        Map<String, Double> weights = new HashMap<>();
        Grid ws = sheets.get("sheet.weights");
        if (ws == null) throw damaged(shown, l.get("sheet.weights"), new Said("missing", "baseline.missing"));
        for (int r = 1; r <= ws.last(); r++) {
            if (ws.text(r, 1).isEmpty()) break;
            weights.put(level(l, ws.text(r, 0), shown, r) + ":" + ws.text(r, 1), ws.numeric(r, 4));
        }
        BaselineUnits firms = BaselineUnits.none();
        Grid fs = sheets.get("sheet.firms");
        if (fs != null && fs.hasRow(0)) {
            List<String[]> rows = fs.rows(true);
            List<String> head = Arrays.asList(rows.get(0));
            int file = head.indexOf(l.get("col.file"));
            int row = head.indexOf(l.get("col.row"));
            if (file < 0 || row < 0) throw damaged(shown, l.get("sheet.firms"),
                    new Said("no file and row columns", "baseline.no-file-row"));
            Units u = new Units(rows.get(0), "firm", items, 0, head.indexOf(l.get("col.region")), file, row, row + 1);
            for (int k = 1; k < rows.size(); k++) u.add(rows.get(k), fs.numbersOf(k), shown, l.get("sheet.firms"));
            firms = u.build();
        }
        BaselineUnits regions = BaselineUnits.none();
        Grid rs = sheets.get("sheet.regions");
        if (rs != null && rs.hasRow(0)) {
            List<String[]> rows = rs.rows();
            int response = Arrays.asList(rows.get(0)).indexOf(l.get("col.regionResponse"));
            if (response < 0) throw damaged(shown, l.get("sheet.regions"), new Said("no " + l.get("col.regionResponse")
                    + " column", "baseline.no-column", "column", l.get("col.regionResponse")));
            // the table ends at the first row without a yes/no in that column (notes and a chart's data follow)
            int end = 1;
            while (end < rows.size() && !rows.get(end)[response].isEmpty()) end++;
            regions = units(rows.subList(0, end), "region", items, shown, l.get("sheet.regions"), 0, 1, -1, -1,
                    response + 1);
        }
        return new Baseline(shown, "report", version, pairs.getOrDefault(l.get("framework"), ""), fingerprint,
                pairs.getOrDefault("--weights", ""), items, bounds, weights, firms, regions);
    }

    private static String level(Labels l, String word, String shown, int row) {
        if (word.equals(l.get("level.firm"))) return "firm";
        if (word.equals(l.get("level.region"))) return "region";
        throw damaged(shown, Said.row(row + 1), new Said("'" + word + "' is not a level", "baseline.not-level", "word", word));
    }
}
