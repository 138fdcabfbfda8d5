package org.ecoscore.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.ecoscore.baseline.Baseline;
import org.ecoscore.baseline.BaselineComparison;
import org.ecoscore.baseline.BaselineReader;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Version;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.ItemDefinitions;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.input.ResponseTable;
import org.ecoscore.pipeline.Pipeline;
import org.ecoscore.result.FileRows;
import org.ecoscore.result.NodeTable;
import org.ecoscore.result.TrendResult;
import org.ecoscore.score.LevelScores;
import org.ecoscore.score.NormalisationBound;
import org.ecoscore.score.PooledYardstick;
import org.ecoscore.score.QuestionScores;
import org.ecoscore.score.ReliabilityWarnings;
import org.ecoscore.score.Scorer;
import org.ecoscore.score.StatisticsCalculator;
import org.ecoscore.score.Scores;
import org.ecoscore.score.Yardstick;
import org.ecoscore.screen.Screened;

/**
 * {@code ecoscore trend} (SPEC §7): several years' raw inputs scored with one yardstick, one year at a time so
 * that only one year's answers is ever held (a year is let go once its node scores are taken).
 * <ul>
 * <li>{@code pooled}: a first pass over the years gathers each question's bounds over all years' answers; with
 * data-driven weights a second pass gathers the entropy over the pooled unit-years on those bounds; the last
 * pass scores each year with the pooled bounds and weights. Each pass reads the year again.</li>
 * <li>{@code base-year}: the first year is scored on its own; its yardstick is built exactly as
 * {@code score --baseline} builds it from that run's outputs and the later years are scored with it.</li>
 * </ul>
 * Every year is scored by {@link Scorer}, the scoring of {@code score}.
 */
public final class TrendRunner {
    private TrendRunner() {
    }

    /** One year's inputs. */
    public record YearInput(int year, List<String> firmInputs, List<String> regionInputs) {
        public YearInput {
            firmInputs = List.copyOf(firmInputs);
            regionInputs = List.copyOf(regionInputs);
        }
    }

    /**
     * @param common    the options in force (their inputs are ignored: each year has its own)
     * @param years     at least two, in year order, each year once
     * @param yardstick {@link TrendResult#POOLED} or {@link TrendResult#BASE_YEAR}
     */
    public static TrendResult run(Framework framework, Options common, List<YearInput> years, String yardstick,
                                  LongConsumer progress) {
        for (YearInput in : years) notOwnOutputs(in);
        List<TrendResult.Year> out = new ArrayList<>();
        Yardstick y;
        Map<String, NormalisationBound> bounds = new LinkedHashMap<>();
        if (yardstick.equals(TrendResult.POOLED)) {
            y = pooled(framework, common, years, progress);
            for (YearInput in : years) out.add(year(framework, common, in, y, progress, bounds));
        } else {
            YearInput first = years.get(0);
            Options o = forYear(common, first);
            IssueLog issues = new IssueLog();
            Pipeline.Screening s = screen(framework, o, first, issues, progress);
            Scores scores = Scorer.score(s.firms(), s.regions(), framework, o, issues, null);
            requireAnIndex(first, scores);
            warnLowReliability(s, scores, issues);
            out.add(keep(first, s, scores, issues, null));
            y = BaselineComparison.of(framework, baselineOf(framework, o, first, scores), o).yardstick();
            for (YearInput in : years.subList(1, years.size())) {
                out.add(year(framework, common, in, y, progress, bounds));
            }
        }
        Map<Level, Map<String, Double>> weights = new HashMap<>();
        if (Scorer.dataDriven(common.weights())) {
            for (Level level : Level.values()) if (y.weights(level) != null) weights.put(level, y.weights(level));
        }
        return new TrendResult(common, framework, Version.get(), Pipeline.runTime(), yardstick,
                new ArrayList<>(bounds.values()), weights, out);
    }

    /**
     * An ecoscore report or CSV folder given as a year's questionnaires (last year's report, as {@code --baseline}
     * takes it) would be read as a questionnaire with nothing to score: an input error that says what it is and
     * what to give instead, before anything is read.
     */
    static void notOwnOutputs(YearInput in) {
        List<String> all = new ArrayList<>(in.firmInputs());
        all.addAll(in.regionInputs());
        for (String input : all) {
            BaselineReader.Output own = BaselineReader.ownOutput(java.nio.file.Path.of(input));
            if (own == null) continue;
            if (own == BaselineReader.Output.FOLDER) {
                // a report saved beside the year's exports is passed over by the folder scan, as score does
                // (new-user finding, session 8: trend refused the layout score allows); CSV tables beneath it would be
                // read as questionnaires. New-user test: name what to move, not the whole folder
                java.nio.file.Path found = BaselineReader.csvOutputIn(java.nio.file.Path.of(input));
                if (found == null) continue;
                String file = found.toString();
                throw EcoscoreException.input(input, "year " + in.year() + ": " + file + " is an ecoscore report or CSV"
                        + " tables, not a questionnaire: move it out of this folder and run again (trend scores each year"
                        + " from that year's survey exports only); to compare this year with last year's report, use"
                        + " ecoscore score THIS-YEAR'S-FILES --baseline " + file + ".")
                        .coded("trend-own-output", "form", own.id(), "year", in.year(), "path", input, "file", file);
            }
            String what = own == BaselineReader.Output.REPORT ? "this is an ecoscore report, not a questionnaire"
                    : "this is a folder of ecoscore CSV tables (--csv), not questionnaires";
            throw EcoscoreException.input(input, "year " + in.year() + ": " + what + ": trend scores each year "
                    + "from that year's raw questionnaires (the survey exports, e.g. surveys/" + in.year()
                    + "/firms); to compare this year with last year's report, use ecoscore score THIS-YEAR'S-FILES"
                    + " --baseline " + input + ".")
                    .coded("trend-own-output", "form", own.id(), "year", in.year(), "path", input);
        }
    }

    /** The pooled yardstick: bounds over all years' answers, then (data-driven weights) the pooled entropy. */
    private static Yardstick pooled(Framework framework, Options common, List<YearInput> years,
                                    LongConsumer progress) {
        PooledYardstick.Bounds b = new PooledYardstick.Bounds();
        for (YearInput in : years) {
            Pipeline.Screening s = screen(framework, forYear(common, in), in, new IssueLog(), progress);
            addBounds(b, s.firms());
            addBounds(b, s.regions());
        }
        Yardstick onBounds = new Yardstick(NormalisationBound.POOLED, b.bounds(), Map.of());
        if (!Scorer.dataDriven(common.weights())) return onBounds;
        Map<Level, PooledYardstick.Entropy> entropy = new HashMap<>();
        for (Level level : Level.values()) entropy.put(level, new PooledYardstick.Entropy(framework.tree(level)));
        for (YearInput in : years) {
            Options o = forYear(common, in);
            IssueLog scratch = new IssueLog();
            Pipeline.Screening s = screen(framework, o, in, scratch, progress);
            Scores scores = Scorer.score(s.firms(), s.regions(), framework, o, scratch, onBounds);
            entropy.get(Level.FIRM).add(scores.firm().scores());
            entropy.get(Level.REGION).add(scores.region().scores());
        }
        var ahp = Scorer.ahpInForce(framework, common);
        Map<Level, Map<String, Double>> weights = new HashMap<>();
        for (Level level : Level.values()) {
            weights.put(level, entropy.get(level).weights(common.weights(), framework.ahp(), ahp));
        }
        return new Yardstick(NormalisationBound.POOLED, b.bounds(), weights);
    }

    private static void addBounds(PooledYardstick.Bounds b, Screened s) {
        if (s == null) return;
        ResponseTable table = s.table();
        List<Question> questions = table.questions();
        for (int q = 0; q < questions.size(); q++) {
            b.add(table.level(), questions.get(q),
                    QuestionScores.validAnswers(table, q, s.scoredRows(), questions.get(q), null));
        }
    }

    /** One year read, screened and scored on the yardstick; what is kept of it. */
    private static TrendResult.Year year(Framework framework, Options common, YearInput in, Yardstick y,
                                         LongConsumer progress, Map<String, NormalisationBound> bounds) {
        Options o = forYear(common, in);
        IssueLog issues = new IssueLog();
        Pipeline.Screening s = screen(framework, o, in, issues, progress);
        Scores scores = Scorer.score(s.firms(), s.regions(), framework, o, issues, y);
        requireAnIndex(in, scores);
        warnLowReliability(s, scores, issues);
        return keep(in, s, scores, issues, bounds);
    }

    /**
     * The year's low-reliability warnings, as {@code score} gives them for the same batch (new-user finding: the
     * two commands' issue counts for one year differed by exactly these).
     */
    private static void warnLowReliability(Pipeline.Screening s, Scores scores, IssueLog issues) {
        if (s.firms() == null || scores.firm() == null) return;
        ReliabilityWarnings.add(StatisticsCalculator.reliability(s.firms(), scores), issues);
    }

    /**
     * A year whose rows were scored but where no firm and no region has an index (e.g. only region
     * questionnaires, while the region index needs its firms' answers) has nothing to put in the trend: an input
     * error naming the year and its files, before anything is written.
     */
    static void requireAnIndex(YearInput in, Scores scores) {
        if (hasIndex(scores.firm()) || hasIndex(scores.region())) return;
        List<String> files = new ArrayList<>(in.firmInputs());
        files.addAll(in.regionInputs());
        String what = in.firmInputs().isEmpty()
                ? "it has region questionnaires only, and under this framework a region's index needs the answers "
                        + "of its firms; add that year's firm questionnaires (source firm in a manifest) or leave the "
                        + "year out"
                : "no firm and no region has an index (too few questions answered); run ecoscore validate on that "
                        + "year's files to see why";
        throw EcoscoreException.input(files.get(0), "year " + in.year() + ": nothing could be scored — " + what
                + " (files: " + String.join(", ", files) + ").")
                .coded("trend-no-index", "form", in.firmInputs().isEmpty() ? "regions-only" : "too-few-answers",
                        "year", in.year(), "files", String.join("、", files));
    }

    private static boolean hasIndex(LevelScores ls) {
        if (ls == null) return false;
        for (double v : ls.index()) if (!Double.isNaN(v)) return true;
        return false;
    }

    private static Pipeline.Screening screen(Framework framework, Options o, YearInput in, IssueLog issues,
                                             LongConsumer progress) {
        Pipeline.Screening s = Pipeline.screen(framework, o, issues, progress);
        int scored = (s.firms() == null ? 0 : s.firms().scoredRows().length)
                + (s.regions() == null ? 0 : s.regions().scoredRows().length);
        if (scored == 0) {
            String first = !in.firmInputs().isEmpty() ? in.firmInputs().get(0) : in.regionInputs().get(0);
            throw EcoscoreException.input(first, "year " + in.year() + ": nothing could be scored (no readable "
                    + "questionnaire with a scorable row); run ecoscore validate on that year's files to see why.")
                    .coded("trend-nothing-scored", "year", in.year());
        }
        return s;
    }

    private static TrendResult.Year keep(YearInput in, Pipeline.Screening s, Scores scores, IssueLog issues,
                                         Map<String, NormalisationBound> bounds) {
        if (bounds != null) {
            for (NormalisationBound b : scores.normalisation()) {
                String key = Yardstick.key(b.level(), b.code());
                NormalisationBound had = bounds.get(key);
                bounds.put(key, had == null ? b : new NormalisationBound(had.level(), had.code(), had.lo(), had.hi(),
                        had.source(), had.clamped() + b.clamped()));
            }
        }
        List<FileRows> files = new ArrayList<>(FileRows.of(s.firms()));
        files.addAll(FileRows.of(s.regions()));
        LevelScores region = scores.region();
        return new TrendResult.Year(in.year(), in.firmInputs(), in.regionInputs(), files,
                NodeTable.of(scores.firm()), NodeTable.of(region), region, issues);
    }

    /**
     * The baseline that {@code score --csv} would have written for the first year (its items, batch bounds and
     * weights in force), so that its yardstick is built exactly as {@code --baseline} builds it.
     */
    static Baseline baselineOf(Framework framework, Options o, YearInput first, Scores scores) {
        Map<String, String[]> items = new HashMap<>();
        for (Level level : Level.values()) {
            for (String[] row : ItemDefinitions.rows(framework.tree(level))) {
                items.put(row[0] + ":" + row[1], Arrays.copyOfRange(row, 1, row.length));
            }
        }
        Map<String, double[]> bounds = new HashMap<>();
        for (NormalisationBound b : scores.normalisation()) {
            if (b.source().equals(NormalisationBound.GOALPOSTS) || Double.isNaN(b.lo())) continue;
            bounds.put(b.level().id() + ":" + b.code(), new double[] {b.lo(), b.hi()});
        }
        Map<String, Double> weights = new HashMap<>();
        for (LevelScores ls : List.of(scores.firm(), scores.region())) {
            LevelTree tree = ls.tree();
            for (TreeItem it : tree.items()) {
                weights.put(ls.level().id() + ":" + it.code(), ls.localWeights()[it.index()]);
            }
        }
        return new Baseline("year " + first.year(), "trend", Version.get(), framework.name(), framework.fingerprint(),
                o.weights().id(), items, bounds, weights);
    }

    /** The common options with one year's inputs (and the baseline yardstick, which --baseline's reuse reads). */
    static Options forYear(Options c, YearInput in) {
        return new Options(in.firmInputs(), in.regionInputs(), c.framework(), c.output(), c.csvDir(), c.sheet(),
                c.lang(), c.duplicates(), c.minCoverage(), c.nodeCoverage(), c.minDuration(), c.excludeFlagged(),
                c.weights(), c.method(), c.by(), c.strict(), c.quiet(), c.profiles(), c.splitBy(), 0, c.seed(),
                c.treatOutliers(), c.regionLevel(), c.ahpMaxCr(), c.coupling()).withSkipFiles(c.skipFiles());
    }
}
