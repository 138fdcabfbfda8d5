package org.ecoscore.pipeline;

import java.time.Instant;
import java.util.function.LongConsumer;
import org.ecoscore.core.Beside;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Version;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;
import org.ecoscore.input.InputReader;
import org.ecoscore.input.ResponseTable;
import org.ecoscore.score.ReliabilityWarnings;
import org.ecoscore.score.Scores;
import org.ecoscore.score.Scorer;
import org.ecoscore.score.Statistics;
import org.ecoscore.score.StatisticsCalculator;
import org.ecoscore.score.PanelScorer;
import org.ecoscore.score.PanelScores;
import org.ecoscore.screen.PanelScreened;
import org.ecoscore.screen.PanelScreener;
import org.ecoscore.screen.Screened;
import org.ecoscore.screen.Screener;
import org.ecoscore.result.BaselineUse;
import org.ecoscore.result.Changes;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.Yardstick;

/** framework → input → screen → score: one function of the options. Prints nothing. */
public final class Pipeline {
    private Pipeline() {
    }

    /** Reads, screens and scores; issues go to {@code issues}. Writes nothing. */
    public static RunResult run(Options options, IssueLog issues, LongConsumer progress) {
        Framework framework = FrameworkLoader.load(options.framework());
        return run(framework, options, issues, progress);
    }

    public static RunResult run(Framework framework, Options options, IssueLog issues, LongConsumer progress) {
        return run(framework, options, issues, progress, null, null);
    }

    /**
     * As {@link #run(Framework, Options, IssueLog, LongConsumer)} on a frozen yardstick (SPEC §7; null = the
     * batch's own), recording how the baseline was used.
     */
    public static RunResult run(Framework framework, Options options, IssueLog issues, LongConsumer progress,
                                Yardstick yardstick, BaselineUse baseline) {
        return score(screen(framework, options, issues, progress), framework, options, issues, yardstick, baseline);
    }

    /**
     * The scoring half of {@link #run(Framework, Options, IssueLog, LongConsumer, Yardstick, BaselineUse)}: scores
     * what {@link #screen} read, so that a caller can do other work (read a baseline) while the inputs are read.
     */
    public static RunResult score(Screening screening, Framework framework, Options options, IssueLog issues,
                                  Yardstick yardstick, BaselineUse baseline) {
        return score(screening, framework, options, issues, yardstick, baseline, null);
    }

    /** What is computed from a run's scores beside its statistics (the changes since a baseline). */
    @FunctionalInterface
    public interface ChangesOf {
        Changes of(Scores scores, Screened firms);
    }

    /**
     * As {@link #score(Screening, Framework, Options, IssueLog, Yardstick, BaselineUse)}, with the result's changes
     * computed by {@code changes} (null: none) from the scores, on a thread of its own while this thread computes
     * the statistics (neither needs the other). An exception of the statistics comes first, then one of the changes.
     */
    public static RunResult score(Screening screening, Framework framework, Options options, IssueLog issues,
                                  Yardstick yardstick, BaselineUse baseline, ChangesOf changes) {
        Screened firms = screening.firms();
        Screened regions = screening.regions();
        var validity = StatisticsCalculator.startValidity(firms, framework);
        Scores scores = Scorer.score(firms, regions, framework, options, issues, yardstick);
        Beside<Changes> pending = changes == null ? null : Beside.start("ecoscore-changes", () -> changes.of(scores, firms));
        Statistics statistics;
        PanelScores panel;
        try {
            statistics = StatisticsCalculator.compute(firms, regions, scores, framework, options, validity);
            if (screening.experts() != null && firms.table().rows() == 0 && (regions == null || regions.table().rows() == 0)) {
                statistics = StatisticsCalculator.overPanel(statistics, screening.experts().rows(), framework);
            }
            ReliabilityWarnings.add(statistics.reliability(), issues);
            panel = PanelScorer.score(screening.experts(), framework, options, issues);
        } catch (RuntimeException | Error e) {
            if (pending != null) pending.await();
            throw e;
        }
        RunResult r = new RunResult(options, framework, firms, regions, scores, statistics, issues, Version.get(),
                runTime(), baseline, screening.experts(), panel);
        return pending == null ? r : r.withChanges(pending.get());
    }

    /** Both levels read and screened (what {@code validate} reports). */
    public record Screening(Screened firms, Screened regions, PanelScreened experts) {
        public Screening(Screened firms, Screened regions) {
            this(firms, regions, null);
        }
    }

    /** framework → input → screen only: reads both levels' inputs and screens them; writes nothing. */
    public static Screening screen(Framework framework, Options options, IssueLog issues, LongConsumer progress) {
        ResponseTable firmTable = InputReader.read(Level.FIRM, options.firmInputs(), framework, options, issues,
                progress);
        ResponseTable regionTable = InputReader.read(Level.REGION, options.regionInputs(), framework, options,
                issues, progress);
        PanelScreened experts = null;
        if (!options.expertInputs().isEmpty()) {
            ResponseTable expertTable = InputReader.read(Level.EXPERT, options.expertInputs(), framework, options,
                    issues, progress);
            experts = PanelScreener.screen(expertTable, framework, options, issues);
        }
        unusedSkipPatterns(options, issues);
        return new Screening(Screener.screen(firmTable, framework, options, issues),
                Screener.screen(regionTable, framework, options, issues), experts);
    }

    /**
     * A {@code --skip-file} pattern that passed over no input file is a warning (new-user finding: {@code old} was taken
     * for last year's folder — before patterns could name a folder — and its files were scored into this year, without
     * a word).
     */
    static void unusedSkipPatterns(Options options, IssueLog issues) {
        for (String p : options.skipFiles()) {
            boolean used = false;
            for (org.ecoscore.core.Issue i : issues.all()) {
                if (i.code().equals("skipped-file") && p.equals(i.params().get("pattern"))) {
                    used = true;
                    break;
                }
            }
            if (used) continue;
            issues.add("", "", 0, "", "skip-file-unused", org.ecoscore.core.Severity.WARNING, "The pattern --skip-file " + p
                    + " matches no input file, so every file was read: check the pattern against the file names"
                    + " (a name: 说明*.xlsx; a folder within the folder given: old or old/**)",
                    org.ecoscore.core.Issue.paramsOf("pattern", p));
        }
    }

    /** SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
    public static Instant runTime() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) return Instant.ofEpochSecond(Long.parseLong(epoch));
        return Instant.now();
    }
}
