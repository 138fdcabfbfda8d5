package org.ecoscore.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecoscore.core.AtomicFiles;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Options;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.Node;
import org.ecoscore.input.InputFile;
import org.ecoscore.result.BaselineUse;
import org.ecoscore.result.Changes;
import org.ecoscore.result.FileRows;
import org.ecoscore.result.TrendResult;
import org.ecoscore.score.Coupling;
import org.ecoscore.score.LevelScores;
import org.ecoscore.score.NormalisationBound;
import org.ecoscore.score.Scores;
import org.ecoscore.screen.Screened;

/**
 * The machine-readable summary of a run ({@code --json FILE|-}), documented in docs/json-summary.md and
 * described by the JSON Schema docs/json-summary.schema.json in the repository.
 * Keys are stable: new keys may be added, none is renamed or removed without a new {@code schema_version}.
 * Numbers are written at full precision (the shortest text that reads back to the same double); a missing value (no score, no rank) is {@code null}.
 */
public final class JsonSummary {
    /** The schema's version, written as {@code schema_version}. */
    public static final int SCHEMA_VERSION = 1;
    /** {@code --min-duration} of the run (NaN: not given, no speed check to count). */
    private double minDuration = Double.NaN;
    /** Doubles by Schubfach (jackson's fast writer): the shortest text, as {@link org.ecoscore.core.ShortestDecimal}. */
    private static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final ObjectNode root = MAPPER.createObjectNode();

    /** The common head: schema, tool version, command. */
    private JsonSummary(String command, String toolVersion) {
        root.put("schema", "ecoscore-summary");
        root.put("schema_version", SCHEMA_VERSION);
        root.put("tool_version", toolVersion);
        root.put("command", command);
    }

    /**
     * The summary of a {@code score} or {@code validate} run that got as far as screening (scores null for
     * {@code validate}).
     */
    public static JsonSummary of(String command, String toolVersion, Options options, Framework framework,
                                 Screened firms, Screened regions, Scores scores, IssueLog issues) {
        JsonSummary j = new JsonSummary(command, toolVersion);
        j.framework(framework);
        j.options(options);
        j.files(List.of(firms, regions));
        ObjectNode counts = j.root.putObject("counts");
        counts.set("firms", j.level(firms));
        counts.set("region_questionnaires", j.level(regions));
        if (scores != null) {
            counts.put("regions", scores.region() == null ? 0 : scores.region().units());
            j.national(framework, scores);
            j.regions(scores.region());
            j.normalisation(scores.normalisation());
        }
        j.issues(issues);
        return j;
    }

    /** With {@code --baseline}: which run, whose yardstick, the clamped answers and the nodes not comparable. */
    public JsonSummary baseline(BaselineUse b, Scores scores) {
        if (b == null) return this;
        ObjectNode n = root.putObject("baseline");
        n.put("source", b.source());
        n.put("kind", b.kind());
        n.put("tool_version", b.toolVersion());
        n.put("framework_fingerprint", b.fingerprint());
        n.put("same_framework", b.sameFramework());
        n.put("yardstick", b.yardstick());
        n.put("frozen_questions", b.frozenQuestions());
        int clamped = 0;
        for (NormalisationBound x : scores.normalisation()) {
            if (x.source().equals(NormalisationBound.BASELINE)) clamped += x.clamped();
        }
        n.put("clamped_answers", clamped);
        n.put("comparable_nodes", b.comparableNodes());
        ArrayNode arr = n.putArray("not_comparable");
        for (BaselineUse.NotComparable x : b.notComparable()) {
            ObjectNode o = arr.addObject();
            o.put("level", x.level());
            o.put("code", x.code());
            o.put("reason", x.reason());
        }
        return this;
    }

    /**
     * With {@code --baseline}, what changed (SPEC §7): in {@code baseline}, the firms in both runs, new and
     * dropped, the regions new and dropped, and {@code national_change} per root and subsystem (means over all
     * firms with Welch's p, over the firms in both runs with the paired p); in each {@code regions} entry present
     * in both runs, {@code index_baseline}, {@code index_change}, {@code rank_baseline}, {@code rank_change}
     * (rank_baseline − rank: positive = moved up) and {@code p_value} (Welch).
     */
    public JsonSummary changes(Changes ch, Framework f) {
        if (ch == null || !(root.get("baseline") instanceof ObjectNode b)) return this;
        b.put("firms_in_both", ch.firmsInBoth());
        b.put("new_firms", ch.newFirms().size());
        b.put("dropped_firms", ch.droppedFirms().size());
        b.put("new_regions", ch.newRegions().size());
        b.put("dropped_regions", ch.droppedRegions().size());
        ObjectNode nat = b.putObject("national_change");
        List<String> codes = new ArrayList<>();
        codes.add(f.root().code());
        f.subsystem(1).map(Node::code).ifPresent(codes::add);
        f.subsystem(2).map(Node::code).ifPresent(codes::add);
        for (String c : codes) {
            Changes.NationChange n = ch.nation(c);
            if (n == null) continue;
            ObjectNode o = nat.putObject(c);
            number(o, "baseline", n.baselineAll());
            number(o, "current", n.currentAll());
            number(o, "change", n.changeAll());
            number(o, "p_welch", n.pWelch());
            o.put("firms_in_both", n.nMatched());
            number(o, "change_in_both", n.changeMatched());
            number(o, "p_paired", n.pPaired());
        }
        Changes.LevelChange rc = ch.region();
        if (rc == null || !(root.get("regions") instanceof ArrayNode regions)) return this;
        String rootCode = f.root().code();
        int node = rc.node(rootCode);
        for (int k = 0; k < rc.pairs(); k++) {
            int u = rc.currentUnit()[k];
            if (u >= regions.size() || !(regions.get(u) instanceof ObjectNode o)) continue;
            number(o, "index_baseline", node < 0 ? Double.NaN : rc.baseline()[node][k]);
            number(o, "index_change", node < 0 ? Double.NaN : rc.change(node, k));
            int then = node < 0 ? 0 : rc.rankBaseline()[node][k];
            int now = node < 0 ? 0 : rc.rankCurrent()[node][k];
            if (then > 0) o.put("rank_baseline", then);
            else o.putNull("rank_baseline");
            if (then > 0 && now > 0) o.put("rank_change", then - now);
            else o.putNull("rank_change");
            number(o, "p_value", node < 0 ? Double.NaN : rc.p()[node][k]);
        }
        return this;
    }

    /**
     * The summary of {@code ecoscore trend} (SPEC §7): the common head, framework and options (with the trend's
     * yardstick), every year's files (each with its {@code year}), the yardstick ({@code trend},
     * {@code normalisation}), per year the counts, national means, regions' index and rank and issue counts
     * ({@code years}), per region the index and rank by year with the change and CAGR first → last
     * ({@code trend_regions}), and the issues of all years.
     */
    public static JsonSummary trend(TrendResult r) {
        JsonSummary j = new JsonSummary("trend", r.toolVersion());
        j.framework(r.framework());
        j.options(r.options());
        ((ObjectNode) j.root.get("options")).put("yardstick", r.yardstick());
        ArrayNode files = j.root.putArray("files");
        int[] firms = new int[3];
        int[] questionnaires = new int[3];
        List<Issue> all = new ArrayList<>();
        for (TrendResult.Year y : r.years()) {
            for (FileRows f : y.files()) {
                ObjectNode n = fileRows(files.addObject(), f);
                n.put("year", y.year());
                add(f.file().level() == org.ecoscore.core.Level.FIRM ? firms : questionnaires, f);
            }
            all.addAll(y.issues().all());
        }
        TrendTable t = new TrendTable(r);
        ObjectNode counts = j.root.putObject("counts");
        counts.set("firms", counts(firms, r, org.ecoscore.core.Level.FIRM, -1));
        counts.set("region_questionnaires", counts(questionnaires, r, org.ecoscore.core.Level.REGION, -1));
        counts.put("regions", t.regions.size());
        ObjectNode trend = j.root.putObject("trend");
        trend.put("yardstick", r.yardstick());
        ArrayNode cal = trend.putArray("years");
        for (int y : t.years) cal.add(y);
        trend.put("first_year", t.years[0]);
        trend.put("last_year", t.years[t.years.length - 1]);
        trend.put("span_years", t.years[t.years.length - 1] - t.years[0]);
        ArrayNode years = j.root.putArray("years");
        String root = r.framework().root().code();
        List<String> codes = new ArrayList<>();
        codes.add(root);
        r.framework().subsystem(1).map(Node::code).ifPresent(codes::add);
        r.framework().subsystem(2).map(Node::code).ifPresent(codes::add);
        for (int k = 0; k < r.years().size(); k++) {
            TrendResult.Year y = r.years().get(k);
            ObjectNode n = years.addObject();
            n.put("year", y.year());
            strings(n.putArray("inputs"), y.firmInputs());
            strings(n.putArray("region_data"), y.regionInputs());
            int[] f = new int[3];
            int[] q = new int[3];
            for (FileRows x : y.files()) add(x.file().level() == org.ecoscore.core.Level.FIRM ? f : q, x);
            ObjectNode c = n.putObject("counts");
            c.set("firms", counts(f, r, org.ecoscore.core.Level.FIRM, k));
            c.set("region_questionnaires", counts(q, r, org.ecoscore.core.Level.REGION, k));
            c.put("regions", y.region().size());
            ObjectNode nat = n.putObject("national");
            nat.put("root", root);
            ObjectNode fm = nat.putObject("firm_mean");
            ObjectNode rm = nat.putObject("region_mean");
            for (String code : codes) {
                number(fm, code, t.firmMean(code, k));
                number(rm, code, t.national(code, k));
            }
            regions(n, y.regionScores());
            issues(n, y.issues().all());
        }
        ArrayNode regions = j.root.putArray("trend_regions");
        for (String g : t.regions) {
            ObjectNode n = regions.addObject();
            n.put("region", g);
            text(n, "code", t.codes.get(g));
            ObjectNode index = n.putObject("index");
            ObjectNode rank = n.putObject("rank");
            for (int k = 0; k < t.years.length; k++) {
                String key = Integer.toString(t.years[k]);
                number(index, key, t.score(root, g, k));
                int rk = t.rank(root, g, k);
                if (rk > 0) rank.put(key, rk);
                else rank.putNull(key);
            }
            number(n, "change", t.change(root, g));
            number(n, "cagr", t.cagr(root, g));
        }
        j.normalisation(r.bounds());
        issues(j.root, all);
        return j;
    }

    private static void add(int[] counts, FileRows f) {
        counts[0] += f.read();
        counts[1] += f.scored();
        counts[2] += f.excluded();
    }

    /** levelCounts from {read, scored, excluded} and the reasons of the level's files (year k, or all when -1). */
    private static ObjectNode counts(int[] c, TrendResult r, org.ecoscore.core.Level level, int k) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("rows_read", c[0]);
        n.put("scored", c[1]);
        n.put("excluded", c[2]);
        Map<String, Integer> reasons = new TreeMap<>();
        for (int i = 0; i < r.years().size(); i++) {
            if (k >= 0 && i != k) continue;
            for (FileRows f : r.years().get(i).files()) {
                if (f.file().level() == level) f.excludedByReason().forEach((w, x) -> reasons.merge(w, x, Integer::sum));
            }
        }
        ObjectNode by = n.putObject("excluded_by_reason");
        reasons.forEach(by::put);
        return n;
    }

    /** One entry of {@code files} from a file's row counts. */
    private static ObjectNode fileRows(ObjectNode n, FileRows c) {
        InputFile f = c.file();
        n.put("level", f.level().id());
        n.put("file", f.display());
        text(n, "sheet", f.sheet());
        text(n, "layout", f.layout());
        text(n, "sha256", f.sha256());
        n.put("readable", f.readable());
        text(n, "error", f.error());
        n.put("rows_read", c.read());
        n.put("scored", c.scored());
        n.put("excluded", c.excluded());
        ObjectNode by = n.putObject("excluded_by_reason");
        new TreeMap<>(c.excludedByReason()).forEach(by::put);
        return n;
    }

    /** The summary of a run stopped by a user error: what is known, the exit code and the message. */
    public static JsonSummary failed(String command, String toolVersion, EcoscoreException e) {
        return new JsonSummary(command, toolVersion).error(e);
    }

    /** Records an output written ({@code report}, {@code csv}, {@code region_workbooks}, …), as given. */
    public JsonSummary output(String key, Path path) {
        ObjectNode outputs = root.has("outputs") ? (ObjectNode) root.get("outputs") : root.putObject("outputs");
        if (path != null) outputs.put(key, path.toString());
        return this;
    }

    public JsonSummary exitCode(int code) {
        root.put("exit_code", code);
        return this;
    }

    /** The JSON text (UTF-8 when written), ending with a line break. */
    public String text() {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes to {@code target} atomically (exit 4 when it cannot), or to {@code stdout} when target is "-". */
    public void write(String target, java.io.PrintWriter stdout) {
        String text = text();
        if (target.equals("-")) {
            stdout.print(text);
            stdout.flush();
            if (stdout.checkError()) {
                throw EcoscoreException.output("-", "the JSON summary could not be written to standard output;"
                        + " check that the pipe or file it goes to is writable.", null);
            }
            return;
        }
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicFiles.write(Path.of(target), "--json", out -> out.write(bytes));
    }

    /** Marks the run as stopped by a user error: its message and exit code. */
    public JsonSummary error(EcoscoreException e) {
        ObjectNode err = root.putObject("error");
        err.put("message", e.userMessage());
        text(err, "file", e.file());
        root.put("exit_code", e.exitCode());
        return this;
    }

    private void framework(Framework f) {
        ObjectNode fw = root.putObject("framework");
        fw.put("name", f.name());
        fw.put("location", f.location());
        fw.put("fingerprint", f.fingerprint());
    }

    private void options(Options o) {
        minDuration = o.minDuration();
        ObjectNode n = root.putObject("options");
        strings(n.putArray("inputs"), o.firmInputs());
        strings(n.putArray("region_data"), o.regionInputs());
        strings(n.putArray("expert_data"), o.expertInputs());
        strings(n.putArray("skip_files"), o.skipFiles());
        text(n, "framework", o.framework() == null ? null : o.framework().toString());
        text(n, "output", o.output() == null ? null : o.output().toString());
        text(n, "csv", o.csvDir() == null ? null : o.csvDir().toString());
        text(n, "sheet", o.sheet());
        n.put("lang", o.lang().id());
        n.put("duplicates", o.duplicates().id());
        n.put("min_coverage", o.minCoverage());
        n.put("node_coverage", o.nodeCoverage());
        number(n, "min_duration", o.minDuration());
        n.put("exclude_flagged", o.excludeFlagged());
        n.put("weights", o.weights().id());
        n.put("method", o.method().id());
        strings(n.putArray("by"), o.by());
        n.put("strict", o.strict());
        n.put("treat_outliers", o.treatOutliers());
        n.put("uncertainty", o.uncertainty());
        n.put("seed", o.seed());
        text(n, "split_by", o.splitBy());
        n.put("region_level", o.regionLevel().id());
        number(n, "ahp_max_cr", o.ahpMaxCr());
        n.put("coupling", o.coupling().id());
        text(n, "baseline", o.baseline() == null ? null : o.baseline().toString());
        n.put("yardstick", o.yardstick().id());
    }

    /**
     * With {@code --expert-data} (SPEC §8): the panel's files, its row counts ({@code counts.experts}) and
     * {@code panel}: raters, cases, the flagged raters and the agreement per node.
     */
    public JsonSummary panel(org.ecoscore.screen.PanelScreened experts, org.ecoscore.score.PanelScores panel) {
        if (experts == null) return this;
        fileRows((ArrayNode) root.get("files"), List.of(experts.rows()));
        ((ObjectNode) root.get("counts")).set("experts", level(experts.rows()));
        if (panel == null) return this;
        ObjectNode n = root.putObject("panel");
        strings(n.putArray("raters"), panel.raters());
        strings(n.putArray("cases"), panel.cases());
        ArrayNode flagged = n.putArray("flagged_raters");
        for (var a : panel.raterAgreement()) if (a.flagged()) flagged.add(a.rater());
        ArrayNode agreement = n.putArray("agreement");
        for (var a : panel.agreement()) {
            ObjectNode x = agreement.addObject();
            x.put("node", a.code());
            number(x, "kendall_w", a.kendall().w());
            number(x, "chi2", a.kendall().chi2());
            x.put("df", a.kendall().df());
            number(x, "p", a.kendall().p());
            number(x, "icc_2_1", a.icc().single());
            number(x, "icc_2_k", a.icc().average());
            x.put("raters", a.raters());
            x.put("cases", a.cases());
        }
        return this;
    }

    private void files(List<Screened> levels) {
        fileRows(root.putArray("files"), levels);
    }

    private void fileRows(ArrayNode arr, List<Screened> levels) {
        for (Screened s : levels) {
            if (s == null) continue;
            FileCounts[] counts = FileCounts.of(s);
            List<Map<String, Integer>> reasons = new ArrayList<>();
            for (int f = 0; f < counts.length; f++) reasons.add(new TreeMap<>());
            for (int r = 0; r < s.table().rows(); r++) {
                String why = s.exclusion()[r];
                if (why != null) reasons.get(s.table().fileIndex(r)).merge(why, 1, Integer::sum);
            }
            for (InputFile f : s.table().files()) {
                ObjectNode n = arr.addObject();
                n.put("level", f.level().id());
                n.put("file", f.display());
                text(n, "sheet", f.sheet());
                text(n, "layout", f.layout());
                text(n, "sha256", f.sha256());
                n.put("readable", f.readable());
                text(n, "error", f.error());
                FileCounts c = counts[f.index()];
                n.put("rows_read", c.read());
                n.put("scored", c.scored());
                n.put("excluded", c.excluded());
                ObjectNode by = n.putObject("excluded_by_reason");
                reasons.get(f.index()).forEach(by::put);
            }
        }
    }

    private ObjectNode level(Screened s) {
        ObjectNode n = MAPPER.createObjectNode();
        int rows = s == null ? 0 : s.table().rows();
        int scored = s == null ? 0 : s.scoredRows().length;
        n.put("rows_read", rows);
        n.put("scored", scored);
        n.put("excluded", rows - scored);
        ObjectNode by = n.putObject("excluded_by_reason");
        Map<String, Integer> reasons = new TreeMap<>();
        if (s != null) for (String e : s.exclusion()) if (e != null) reasons.merge(e, 1, Integer::sum);
        reasons.forEach(by::put);
        if (!Double.isNaN(minDuration) && rows > 0) {
            // what --min-duration did (the console's and Summary's speed-check line): rows that reached the check,
            // the speeders among them, and those it could not check for want of a readable duration
            org.ecoscore.screen.SpeedCheck c = org.ecoscore.screen.SpeedCheck.of(s);
            ObjectNode speed = n.putObject("speed_check");
            speed.put("checked", c.checked());
            speed.put("speeders", c.flagged());
            speed.put("without_duration", c.unchecked());
        }
        return n;
    }

    /** National means of the root and the two subsystems: over scored firms and over regions. */
    private void national(Framework f, Scores scores) {
        List<String> codes = new ArrayList<>();
        codes.add(f.root().code());
        f.subsystem(1).map(Node::code).ifPresent(codes::add);
        f.subsystem(2).map(Node::code).ifPresent(codes::add);
        ObjectNode n = root.putObject("national");
        n.put("root", f.root().code());
        ObjectNode firms = n.putObject("firm_mean");
        ObjectNode regions = n.putObject("region_mean");
        for (String c : codes) {
            number(firms, c, mean(scores.firm(), c));
            number(regions, c, mean(scores.region(), c));
        }
        number(n, "firm_mean_coupling_d", meanD(scores.firm()));
        number(n, "region_mean_coupling_d", meanD(scores.region()));
    }

    private void regions(LevelScores region) {
        regions(root, region);
    }

    private static void regions(ObjectNode parent, LevelScores region) {
        ArrayNode arr = parent.putArray("regions");
        if (region == null) return;
        LevelTree tree = region.tree();
        Coupling cp = region.coupling();
        for (int u = 0; u < region.units(); u++) {
            ObjectNode n = arr.addObject();
            n.put("region", region.unitIds()[u]);
            text(n, "code", region.unitCodes()[u] == null || region.unitCodes()[u].isEmpty()
                    ? null : region.unitCodes()[u]);
            if (region.firmCounts() != null) n.put("firms", region.firmCounts()[u]);
            n.put("region_response", region.unitRows()[u] >= 0);
            number(n, "index", tree.root() >= 0 ? region.scores()[tree.root()][u] : Double.NaN);
            if (region.rank()[u] > 0) n.put("rank", region.rank()[u]);
            else n.putNull("rank");
            number(n, "coupling_d", cp == null ? Double.NaN : cp.d()[u]);
            if (cp != null && cp.grade()[u] > 0) n.put("coupling_grade", cp.grade()[u]);
            else n.putNull("coupling_grade");
        }
    }

    /**
     * The yardstick: the bounds in force per number/percent question, as normalisation.csv, with the clamp count
     * (a score run's own, or the trend's pooled / base-year bounds).
     */
    private void normalisation(Iterable<NormalisationBound> bounds) {
        ArrayNode arr = root.putArray("normalisation");
        for (NormalisationBound b : bounds) {
            ObjectNode n = arr.addObject();
            n.put("level", b.level().id());
            n.put("code", b.code());
            number(n, "lo", b.lo());
            number(n, "hi", b.hi());
            n.put("source", b.source());
            n.put("clamped", b.clamped());
        }
    }

    private void issues(IssueLog log) {
        issues(root, log.all());
    }

    /** {@code issues}: counts by severity and by code (with its severity) of the issues given. */
    private static void issues(ObjectNode parent, List<Issue> all) {
        ObjectNode n = parent.putObject("issues");
        ObjectNode sev = n.putObject("by_severity");
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            sev.put(s.name().toLowerCase(java.util.Locale.ROOT), all.stream().filter(i -> i.severity() == s).count());
        }
        Map<String, long[]> byCode = new TreeMap<>();
        Map<String, Severity> severity = new LinkedHashMap<>();
        for (Issue i : all) {
            String key = i.code() + "\u0000" + i.severity().name();
            byCode.computeIfAbsent(key, k -> new long[1])[0]++;
            severity.put(key, i.severity());
        }
        ArrayNode arr = n.putArray("by_code");
        byCode.forEach((key, count) -> {
            ObjectNode c = arr.addObject();
            c.put("code", key.substring(0, key.indexOf('\u0000')));
            c.put("severity", severity.get(key).name().toLowerCase(java.util.Locale.ROOT));
            c.put("count", count[0]);
        });
    }

    private static double mean(LevelScores s, String code) {
        if (s == null) return Double.NaN;
        int i = s.tree().indexOf(code);
        return i < 0 ? Double.NaN : ReportData.mean(s.scores()[i]);
    }

    private static double meanD(LevelScores s) {
        if (s == null || s.coupling() == null) return Double.NaN;
        return ReportData.mean(s.coupling().d());
    }

    private static void strings(ArrayNode arr, List<String> values) {
        for (String v : values) arr.add(v);
    }

    private static void text(ObjectNode n, String key, String value) {
        if (value == null) n.putNull(key);
        else n.put(key, value);
    }

    private static void number(ObjectNode n, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) n.putNull(key);
        else n.put(key, v);
    }
}
