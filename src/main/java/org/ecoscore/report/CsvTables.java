package org.ecoscore.report;

import org.ecoscore.core.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ecoscore.core.Issue;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.ItemDefinitions;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.input.ResponseTable;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.Coupling;
import org.ecoscore.score.LevelScores;
import org.ecoscore.score.NormalisationBound;
import org.ecoscore.score.GroupStat;
import org.ecoscore.score.QuestionStat;
import org.ecoscore.score.RankInterval;
import org.ecoscore.score.Reliability;
import org.ecoscore.score.Validity;
import org.ecoscore.score.UncertaintyResult;
import org.ecoscore.screen.Screened;

/**
 * The CSV tables of SPEC §5 ({@code --csv DIR}): firms.csv, regions.csv, weights.csv, indicators.csv and
 * issues.csv, plus groups.csv, reliability.csv, obstacles.csv (SPEC §4.8) and uncertainty.csv (SPEC §4.7 and {@code --uncertainty}), each UTF-8 with a BOM, RFC 4180 (CRLF line ends, quotes doubled), missing values empty,
 * numbers by {@link CsvNumbers}, input text by {@link SafeText}.
 */
public final class CsvTables {
    private CsvTables() {
    }

    /**
     * Writes firms.csv, regions.csv, weights.csv, normalisation.csv, run.csv, items.csv, indicators.csv, issues.csv,
     * groups.csv, reliability.csv, validity.csv and
     * (with {@code --uncertainty}) uncertainty.csv into dir, each atomically.
     */
    public static void write(RunResult result, java.nio.file.Path dir) {
        write(result, dir, null);
    }

    /** As {@link #write(RunResult, java.nio.file.Path)}, taking the national obstacles on the way for {@code national}. */
    static void write(RunResult result, java.nio.file.Path dir, NationalObstacles national) {
        AtomicFiles.createFolder(dir);
        // changes.csv (a row per firm × node with --baseline) on a thread of its own, beside obstacles.csv
        java.util.concurrent.CompletableFuture<Void> changes = result.changes() == null ? null
                : java.util.concurrent.CompletableFuture.runAsync(() -> writeRows(dir.resolve("changes.csv"),
                        csv -> changes(result.changes(), csv)), job -> {
                            Thread t = new Thread(job, "ecoscore-changes-csv");
                            t.setDaemon(true);
                            t.start();
                        });
        // obstacles.csv, by far the largest table (16 M rows at 100,000 firms), from the start on a thread of its
        // own: the other tables are written meanwhile instead of before it
        java.util.concurrent.CompletableFuture<Void> obstacles = java.util.concurrent.CompletableFuture.runAsync(
                () -> writeRows(dir.resolve("obstacles.csv"), csv -> ObstaclesCsv.write(result, csv, ObstaclesCsv.CHUNK, national)), job -> {
                    Thread t = new Thread(job, "ecoscore-obstacles-csv");
                    t.setDaemon(true);
                    t.start();
                });
        try {
            writeTables(result, dir);
        } catch (RuntimeException | Error e) {
            // the tables' failure is the one reported, once the other threads are done
            obstacles.exceptionally(x -> null).join();
            if (changes != null) changes.exceptionally(x -> null).join();
            throw e;
        }
        try {
            Outputs.join(obstacles);
        } finally {
            if (changes != null) Outputs.join(changes);
        }
    }

    /** Every table but changes.csv and obstacles.csv, one after another. */
    private static void writeTables(RunResult result, java.nio.file.Path dir) {
        writeRows(dir.resolve("firms.csv"), csv -> firms(result, csv));
        writeTable(dir.resolve("regions.csv"), rows -> regions(result, rows));
        writeTable(dir.resolve("weights.csv"), rows -> weights(result, rows));
        writeTable(dir.resolve("normalisation.csv"), rows -> normalisation(result, rows));
        writeTable(dir.resolve("run.csv"), rows -> run(result, rows));
        writeTable(dir.resolve("items.csv"), rows -> items(result, rows));
        writeTable(dir.resolve("indicators.csv"), rows -> indicators(result, rows));
        writeRows(dir.resolve("issues.csv"), csv -> issues(result, csv));
        writeTable(dir.resolve("groups.csv"), rows -> groups(result, rows));
        writeTable(dir.resolve("reliability.csv"), rows -> reliability(result, rows));
        writeTable(dir.resolve("validity.csv"), rows -> validity(result, rows));
        if (result.scores().uncertainty() != null) writeTable(dir.resolve("uncertainty.csv"), rows -> uncertainty(result, rows));
        if (result.panel() != null) {
            writeTable(dir.resolve("agreement.csv"), rows -> agreement(result.panel(), rows));
            writeTable(dir.resolve("raters.csv"), rows -> raters(result.panel(), rows));
            writeTable(dir.resolve("cases.csv"), rows -> cases(result.panel(), rows));
        }
    }

    /** The header of changes.csv (SPEC §7). */
    public static final List<String> CHANGES_HEADER = List.of("level", "unit", "node", "baseline", "current", "change",
            "rank_baseline", "rank_current", "p_value");
    /** The nation's rows of changes.csv: over all firms of each run (Welch) and over the firms in both (paired). */
    public static final String NATION = "nation";
    public static final String NATION_ALL = "all";
    public static final String NATION_MATCHED = "matched";

    /**
     * changes.csv (SPEC §7): the firm level's then the region level's units present in both runs × comparable
     * nodes, then the nation: per firm-level node a row {@code nation,all} (means over all firms, Welch's p)
     * and a row {@code nation,matched} (means over the firms in both runs, the paired test's p). Written field
     * by field (a row per firm × node: a unit's id, the level and the node codes escaped once).
     */
    static void changes(org.ecoscore.result.Changes ch, CsvRowWriter csv) throws IOException {
        csv.row(CHANGES_HEADER.toArray(String[]::new));
        for (var lc : new org.ecoscore.result.Changes.LevelChange[] {ch.firm(), ch.region()}) {
            if (lc == null) continue;
            byte[] level = CsvRowWriter.escaped(lc.level().id());
            byte[][] nodes = new byte[lc.nodes().length][];
            for (int i = 0; i < nodes.length; i++) nodes[i] = CsvRowWriter.escaped(lc.nodes()[i]);
            for (int k = 0; k < lc.pairs(); k++) {
                byte[] unit = CsvRowWriter.escaped(SafeText.csv(lc.units()[k]));
                for (int i = 0; i < nodes.length; i++) {
                    csv.escapedField(level);
                    csv.escapedField(unit);
                    csv.escapedField(nodes[i]);
                    csv.number(lc.baseline()[i][k]);
                    csv.number(lc.current()[i][k]);
                    csv.number(lc.change(i, k));
                    csv.count(lc.rankBaseline()[i][k], 1);
                    csv.count(lc.rankCurrent()[i][k], 1);
                    if (lc.p() == null) csv.field(null);
                    else csv.number(lc.p()[i][k]);
                    csv.end();
                }
            }
        }
        for (var n : ch.nation()) {
            csv.row(new String[] {NATION, NATION_ALL, n.node(), CsvNumbers.format(n.baselineAll()),
                CsvNumbers.format(n.currentAll()), CsvNumbers.format(n.changeAll()), "", "",
                CsvNumbers.format(n.pWelch())});
            csv.row(new String[] {NATION, NATION_MATCHED, n.node(), CsvNumbers.format(n.baselineMatched()),
                CsvNumbers.format(n.currentMatched()), CsvNumbers.format(n.changeMatched()), "", "",
                CsvNumbers.format(n.pPaired())});
        }
    }

    /** agreement.csv (SPEC §8): per node of the expert tree, W with χ², df, p, the ICCs, raters and cases used. */
    static void agreement(org.ecoscore.score.PanelScores p, Consumer<String[]> rows) {
        rows.accept(new String[] {"node", "kendall_w", "chi2", "df", "p", "icc_2_1", "icc_2_k", "raters", "cases"});
        for (var a : p.agreement()) {
            boolean w = !Double.isNaN(a.kendall().w());
            rows.accept(new String[] {a.code(), CsvNumbers.format(a.kendall().w()), CsvNumbers.format(a.kendall().chi2()),
                    w ? Integer.toString(a.kendall().df()) : "", CsvNumbers.format(a.kendall().p()),
                    CsvNumbers.format(a.icc().single()), CsvNumbers.format(a.icc().average()),
                    Integer.toString(a.raters()), Integer.toString(a.cases())});
        }
    }

    /** raters.csv: per rater, the cases rated, mean Spearman ρ with the others, W without the rater, flag 1/0. */
    static void raters(org.ecoscore.score.PanelScores p, Consumer<String[]> rows) {
        rows.accept(new String[] {"rater", "cases", "mean_rho", "w_without", "flagged"});
        for (var a : p.raterAgreement()) {
            rows.accept(new String[] {SafeText.csv(a.rater()), Integer.toString(a.cases()), CsvNumbers.format(a.meanRho()),
                    CsvNumbers.format(a.wWithout()), a.flagged() ? "1" : "0"});
        }
    }

    /** cases.csv: per case its rank, raters and one column per node of the expert tree (headed by its code). */
    static void cases(org.ecoscore.score.PanelScores p, Consumer<String[]> rows) {
        int[] nodes = p.tree().nodeItems();
        String[] head = new String[3 + nodes.length];
        head[0] = "case";
        head[1] = "rank";
        head[2] = "raters";
        for (int k = 0; k < nodes.length; k++) head[3 + k] = p.tree().item(nodes[k]).code();
        rows.accept(head);
        int root = p.tree().root();
        for (int c = 0; c < p.cases().size(); c++) {
            String[] row = new String[head.length];
            row[0] = SafeText.csv(p.cases().get(c));
            row[1] = p.rank()[c] > 0 ? Integer.toString(p.rank()[c]) : "";
            row[2] = Integer.toString(p.raterCounts()[root][c]);
            for (int k = 0; k < nodes.length; k++) row[3 + k] = CsvNumbers.format(p.caseScores()[nodes[k]][c]);
            rows.accept(row);
        }
    }

    /** Writes one table, its rows streamed from {@code table} straight to the file (nothing held in memory). */
    static void writeTable(Path file, Consumer<Consumer<String[]>> table) {
        writeRows(file, csv -> table.accept(row -> {
            try {
                csv.row(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** What writes a table's rows field by field. */
    interface Rows {
        void writeTo(CsvRowWriter csv) throws IOException;
    }

    /** U+FEFF in UTF-8. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Writes one table (UTF-8 with a BOM) whose rows {@code body} writes field by field. */
    static void writeRows(Path file, Rows body) {
        AtomicFiles.write(file, "--csv", out -> {
            out.write(BOM);
            CsvRowWriter csv = new CsvRowWriter(out);
            try {
                body.writeTo(csv);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            csv.flush();
        });
    }

    /**
     * firms.csv: header then one row per scored firm, in unit order; written field by field (a row per firm,
     * its numbers put straight into the buffer).
     */
    static void firms(RunResult r, CsvRowWriter csv) throws IOException {
        LevelScores ls = r.scores().firm();
        Screened s = r.firms();
        ResponseTable t = s.table();
        LevelTree tree = ls.tree();
        int[] nodes = tree.nodeItems();
        List<String> head = new ArrayList<>(List.of("id", "name", "region", "community", "industry", "size", "file",
                "row"));
        for (int i : nodes) head.add(tree.item(i).code());
        Coupling cp = ls.coupling();
        if (cp != null) head.addAll(List.of("coupling_C", "coupling_T", "coupling_D", "coupling_grade",
                "coupling_lag"));
        head.add("rank");
        head.add("flags");
        csv.row(head.toArray(String[]::new));
        double[][] scores = ls.scores();
        for (int u = 0; u < ls.units(); u++) {
            int row = ls.unitRows()[u];
            csv.field(SafeText.csv(s.ids()[row]));
            csv.field(SafeText.csv(t.meta(MetaRole.NAME, row)));
            csv.field(SafeText.csv(s.regionName()[row]));
            csv.field(SafeText.csv(t.meta(MetaRole.COMMUNITY, row)));
            csv.field(SafeText.csv(t.meta(MetaRole.INDUSTRY, row)));
            csv.field(SafeText.csv(t.meta(MetaRole.SIZE, row)));
            csv.field(t.fileOf(row).display());
            csv.count(t.rowNumber(row), Integer.MIN_VALUE);
            for (int i : nodes) csv.number(scores[i][u]);
            if (cp != null) {
                csv.number(cp.c()[u]);
                csv.number(cp.t()[u]);
                csv.number(cp.d()[u]);
                csv.count(cp.grade()[u], 1);
                csv.field(cp.lag()[u] == null ? "" : cp.lag()[u].id());
            }
            csv.count(ls.rank()[u], 1);
            csv.field(Screened.flagCodes(s.flags()[row]));
            csv.end();
        }
    }

    private static void addCoupling(List<String> v, Coupling cp, int u) {
        v.add(CsvNumbers.format(cp.c()[u]));
        v.add(CsvNumbers.format(cp.t()[u]));
        v.add(CsvNumbers.format(cp.d()[u]));
        v.add(CsvNumbers.count(cp.grade()[u], 1));
        v.add(cp.lag()[u] == null ? "" : cp.lag()[u].id());
    }

    /**
     * regions.csv: header then one row per region, in unit order; at {@code --region-level city} a last
     * column {@code province} (the city's provincial unit).
     */
    static void regions(RunResult r, Consumer<String[]> rows) {
        LevelScores ls = r.scores().region();
        LevelTree tree = ls.tree();
        int[] nodes = tree.nodeItems();
        List<String> head = new ArrayList<>(List.of("region", "code", "firms", "region_response"));
        for (int i : nodes) head.add(tree.item(i).code());
        Coupling cp = ls.coupling();
        if (cp != null) head.addAll(List.of("coupling_C", "coupling_T", "coupling_D", "coupling_grade",
                "coupling_lag"));
        head.add("rank");
        boolean city = r.options().regionLevel() == Options.RegionLevel.CITY;
        if (city) head.add("province");
        boolean english = r.options().lang() == Options.Lang.EN;
        rows.accept(head.toArray(String[]::new));
        for (int u = 0; u < ls.units(); u++) {
            List<String> v = new ArrayList<>(head.size());
            v.add(SafeText.csv(ls.unitIds()[u]));
            v.add(ls.unitCodes()[u] == null ? "" : ls.unitCodes()[u]);
            v.add(ls.firmCounts() == null ? "" : Integer.toString(ls.firmCounts()[u]));
            v.add(ls.unitRows()[u] >= 0 ? "1" : "0");
            for (int i : nodes) v.add(CsvNumbers.format(ls.scores()[i][u]));
            if (cp != null) addCoupling(v, cp, u);
            v.add(CsvNumbers.count(ls.rank()[u], 1));
            if (city) v.add(ReportData.province(r, ls.unitCodes()[u], english));
            rows.accept(v.toArray(String[]::new));
        }
    }

    /** weights.csv: every item present at each level, firm level first, with its local weight. */
    /** normalisation.csv (SPEC §5): {@code level,code,lo,hi,source} per number/percent question. */
    static void normalisation(RunResult r, Consumer<String[]> rows) {
        rows.accept(new String[] {"level", "code", "lo", "hi", "source"});
        for (NormalisationBound b : r.scores().normalisation()) {
            rows.accept(new String[] {b.level().id(), b.code(), CsvNumbers.format(b.lo()), CsvNumbers.format(b.hi()),
                b.source()});
        }
    }

    /**
     * run.csv: {@code key,value} — what identifies the run that wrote this folder (a later run reading the
     * folder as its baseline checks these): {@code format} ({@value #RUN_FORMAT}), tool version, framework
     * name and fingerprint, time stamp, weights and composite method.
     */
    static void run(RunResult r, Consumer<String[]> rows) {
        rows.accept(new String[] {"key", "value"});
        rows.accept(new String[] {"format", RUN_FORMAT});
        rows.accept(new String[] {"tool_version", r.toolVersion()});
        rows.accept(new String[] {"framework", SafeText.csv(r.framework().name())});
        rows.accept(new String[] {"framework_fingerprint", r.framework().fingerprint()});
        rows.accept(new String[] {"started", r.started().toString()});
        rows.accept(new String[] {"weights", r.options().weights().id()});
        rows.accept(new String[] {"method", r.options().method().id()});
    }

    /** items.csv: the definition of every item present at each level ({@link ItemDefinitions}). */
    static void items(RunResult r, Consumer<String[]> rows) {
        rows.accept(ItemDefinitions.COLUMNS.toArray(String[]::new));
        for (LevelScores ls : List.of(r.scores().firm(), r.scores().region())) {
            for (String[] row : ItemDefinitions.rows(ls.tree())) rows.accept(row);
        }
    }

    /** The value of run.csv's {@code format} key. */
    public static final String RUN_FORMAT = "ecoscore-csv-1";

    static void weights(RunResult r, Consumer<String[]> rows) {
        rows.accept(new String[] {"level", "code", "parent", "weight"});
        for (LevelScores ls : List.of(r.scores().firm(), r.scores().region())) {
            LevelTree tree = ls.tree();
            Level level = ls.level();
            for (TreeItem it : tree.items()) {
                String parent = it.parent() < 0 ? "" : tree.item(it.parent()).code();
                rows.accept(new String[] {level.id(), it.code(), parent, CsvNumbers.format(ls.localWeights()[it.index()])});
            }
        }
    }

    /**
     * indicators.csv: the question statistics of SPEC §4.7, then {@code declared_missing} (answers of
     * missing.csv) as the last column, so that the columns SPEC §5 fixes keep their places.
     */
    static void indicators(RunResult r, Consumer<String[]> rows) {
        rows.accept(new String[] {"level", "code", "n", "missing", "invalid", "mean_raw", "sd_raw", "mean_score",
            "declared_missing"});
        for (QuestionStat q : r.statistics().questions()) {
            rows.accept(new String[] {q.level().id(), q.code(), Integer.toString(q.n()), Integer.toString(q.missing()),
                Integer.toString(q.invalid()), CsvNumbers.format(q.meanRaw()), CsvNumbers.format(q.sdRaw()),
                CsvNumbers.format(q.meanScore()), Integer.toString(q.declaredMissing())});
        }
    }

    /**
     * issues.csv: every issue in the order found, written field by field; a file name, sheet or message met again
     * (a batch's 100,000s of invalid answers share a few hundred messages) escaped and encoded once.
     */
    static void issues(RunResult r, CsvRowWriter csv) throws IOException {
        for (String h : new String[] {"file", "sheet", "row", "column", "code", "severity", "message"}) csv.field(h);
        csv.end();
        java.util.IdentityHashMap<String, byte[]> files = new java.util.IdentityHashMap<>();
        java.util.IdentityHashMap<String, byte[]> sheets = new java.util.IdentityHashMap<>();
        java.util.IdentityHashMap<String, byte[]> seen = new java.util.IdentityHashMap<>();
        for (Issue i : r.issues().all()) {
            if (seen.size() > 10_000) seen.clear();
            if (files.size() > 10_000) files.clear();
            if (sheets.size() > 10_000) sheets.clear();
            csv.escapedField(files.computeIfAbsent(i.file(), CsvRowWriter::escaped));
            csv.escapedField(sheets.computeIfAbsent(i.sheet(), x -> CsvRowWriter.escaped(SafeText.csv(x))));
            csv.count(i.row(), 1);
            csv.field(i.column());
            csv.field(i.code());
            csv.field(i.severity().id());
            csv.escapedField(seen.computeIfAbsent(i.message(), x -> CsvRowWriter.escaped(SafeText.csv(x))));
            csv.end();
        }
    }

    /** issues.csv's rows as arrays (the trend's issues.csv, and tests). */
    static void issues(RunResult r, Consumer<String[]> rows) {
        rows.accept(new String[] {"file", "sheet", "row", "column", "code", "severity", "message"});
        for (Issue i : r.issues().all()) {
            rows.accept(new String[] {i.file(), SafeText.csv(i.sheet()), CsvNumbers.count(i.row(), 1), i.column(),
                i.code(), i.severity().id(), SafeText.csv(i.message())});
        }
    }

    /** groups.csv: every group statistic (region always, each --by grouping), in the order computed. */
    static void groups(RunResult r, Consumer<String[]> rows) {
        rows.accept(new String[] {"grouping", "group", "code", "n", "mean", "sd", "ci_low", "ci_high"});
        for (GroupStat g : r.statistics().groups()) {
            rows.accept(new String[] {g.grouping(), SafeText.csv(g.group()), g.code(), Integer.toString(g.n()),
                CsvNumbers.format(g.mean()), CsvNumbers.format(g.sd()), CsvNumbers.format(g.ciLow()),
                CsvNumbers.format(g.ciHigh())});
        }
    }

    /** reliability.csv: per node its number of items k, complete cases and Cronbach's α. */
    static void reliability(RunResult r, Consumer<String[]> rows) {
        rows.accept(new String[] {"node", "items", "cases", "alpha"});
        for (Reliability x : r.statistics().reliability()) {
            rows.accept(new String[] {x.node(), Integer.toString(x.items().size()), Integer.toString(x.cases()),
                CsvNumbers.format(x.alpha())});
        }
    }

    /**
     * validity.csv (SPEC §8), one value per row: {@code set,statistic,item,node,factor,value}. Per set (the node
     * whose named-scale items are analysed): items, cases, factors, kmo, bartlett_chi2, bartlett_df, bartlett_p
     * (or {@code not_computed} with the reason as value); per factor (1-based): eigenvalue (every one of R),
     * variance_explained and cumulative_variance (rotated factors); per item: msa, loading (per factor),
     * communality, dominant_factor, node_factor (factor numbers), agrees (1/0); per left-out item: dropped.
     */
    static void validity(RunResult r, Consumer<String[]> rows) {
        rows.accept(new String[] {"set", "statistic", "item", "node", "factor", "value"});
        for (Validity v : r.statistics().validity()) {
            String s = v.set();
            rows.accept(new String[] {s, "items", "", "", "", Integer.toString(v.items().size())});
            rows.accept(new String[] {s, "cases", "", "", "", Integer.toString(v.cases())});
            for (String d : v.dropped()) rows.accept(new String[] {s, "dropped", d, "", "", ""});
            if (!v.computed()) {
                rows.accept(new String[] {s, "not_computed", "", "", "", ValiditySheet.reasonId(v.note())});
                continue;
            }
            rows.accept(new String[] {s, "factors", "", "", "", Integer.toString(v.factors())});
            rows.accept(new String[] {s, "kmo", "", "", "", CsvNumbers.format(v.kmo())});
            rows.accept(new String[] {s, "bartlett_chi2", "", "", "", CsvNumbers.format(v.chiSquare())});
            rows.accept(new String[] {s, "bartlett_df", "", "", "", Integer.toString(v.df())});
            rows.accept(new String[] {s, "bartlett_p", "", "", "", CsvNumbers.format(v.p())});
            double cumulative = 0;
            for (int f = 0; f < v.eigenvalues().length; f++) {
                String fn = Integer.toString(f + 1);
                rows.accept(new String[] {s, "eigenvalue", "", "", fn, CsvNumbers.format(v.eigenvalues()[f])});
            }
            for (int f = 0; f < v.factors(); f++) {
                String fn = Integer.toString(f + 1);
                cumulative += v.variance()[f];
                rows.accept(new String[] {s, "variance_explained", "", "", fn, CsvNumbers.format(v.variance()[f])});
                rows.accept(new String[] {s, "cumulative_variance", "", "", fn, CsvNumbers.format(cumulative)});
            }
            for (int i = 0; i < v.items().size(); i++) {
                String item = v.items().get(i);
                String node = v.nodes().get(i);
                rows.accept(new String[] {s, "msa", item, node, "", CsvNumbers.format(v.msa()[i])});
                for (int f = 0; f < v.factors(); f++) {
                    rows.accept(new String[] {s, "loading", item, node, Integer.toString(f + 1),
                        CsvNumbers.format(v.loadings()[i][f])});
                }
                rows.accept(new String[] {s, "communality", item, node, "", CsvNumbers.format(v.communalities()[i])});
                if (v.dominant()[i] >= 0) {
                    rows.accept(new String[] {s, "dominant_factor", item, node, "", Integer.toString(v.dominant()[i] + 1)});
                    rows.accept(new String[] {s, "node_factor", item, node, "", Integer.toString(v.nodeFactor()[i] + 1)});
                    rows.accept(new String[] {s, "agrees", item, node, "", v.agrees(i) ? "1" : "0"});
                }
            }
        }
    }

    /** uncertainty.csv: per firm (unit order), then per region (unit order); ranks of 0 (none) empty. */
    static void uncertainty(RunResult r, Consumer<String[]> rows) {
        rows.accept(new String[] {"level", "unit", "nominal_rank", "median_rank", "p05", "p95"});
        UncertaintyResult u = r.scores().uncertainty();
        addIntervals(rows, Level.FIRM, u.firms());
        addIntervals(rows, Level.REGION, u.regions());
    }

    private static void addIntervals(Consumer<String[]> rows, Level level, List<RankInterval> xs) {
        for (RankInterval x : xs) {
            rows.accept(new String[] {level.id(), SafeText.csv(x.unitId()), CsvNumbers.count(x.nominal(), 1),
                CsvNumbers.format(x.median()), CsvNumbers.count(x.p05(), 1), CsvNumbers.count(x.p95(), 1)});
        }
    }
}
