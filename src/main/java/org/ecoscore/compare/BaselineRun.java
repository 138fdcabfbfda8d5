package org.ecoscore.compare;

import java.util.Locale;
import java.util.function.LongConsumer;
import org.ecoscore.baseline.Baseline;
import org.ecoscore.baseline.BaselineComparison;
import org.ecoscore.baseline.ChangeCalculator;
import org.ecoscore.baseline.BaselineReader;
import org.ecoscore.core.Beside;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Options;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Framework;
import org.ecoscore.pipeline.Pipeline;
import org.ecoscore.result.RunResult;

/**
 * What {@code ecoscore score} computes: {@link Pipeline#run}, and with {@code --baseline} the run scored against
 * that earlier run (SPEC §7) — the baseline read (on a thread of its own while the inputs are read), its framework
 * compared with this one, its yardstick used (unless {@code --yardstick current}), a warning when this run asks
 * for other weights than the baseline's, and the changes since it computed (beside the run's statistics). A
 * damaged baseline stops the run with its own message, before any message about the inputs. Prints nothing,
 * writes nothing.
 */
public final class BaselineRun {
    private BaselineRun() {
    }

    /** Reads, screens and scores (against the baseline when the options name one); issues go to {@code issues}. */
    public static RunResult run(Framework framework, Options options, IssueLog issues, LongConsumer progress) {
        if (options.baseline() == null) return Pipeline.run(framework, options, issues, progress);
        // the baseline is read on a second core while this thread reads the inputs
        Beside<Baseline> pending = Beside.start("ecoscore-baseline", () -> BaselineReader.read(options.baseline()));
        Pipeline.Screening screening;
        try {
            screening = Pipeline.screen(framework, options, issues, progress);
        } catch (RuntimeException | Error e) {
            pending.get(); // a damaged baseline's own exception comes first
            throw e;
        }
        Baseline b = pending.get();
        BaselineComparison.Outcome outcome = BaselineComparison.of(framework, b, options);
        BaselineComparison.weightsNotFromThisRun(b, options).ifPresent(then -> issues.add(options.baseline().toString(),
                "", 0, "", "baseline-weights-differ", Severity.WARNING, weightsDiffer(options.weights().id(), then),
                Issue.paramsOf("asked", options.weights().id(), "then", then)));
        RunResult r = Pipeline.score(screening, framework, options, issues, outcome.yardstick(), outcome.use(),
                (scores, firms) -> ChangeCalculator.of(b, outcome.use(), scores, firms, options.duplicates()));
        if (r.changes() != null && r.changes().noneChanged()) {
            int firms = r.changes().firmsInBoth();
            int regions = r.changes().region() == null ? 0 : r.changes().region().pairs();
            issues.add(options.baseline().toString(), "", 0, "", "baseline-unchanged", Severity.WARNING,
                    unchanged(firms, regions), Issue.paramsOf("firms", firms, "regions", regions));
        }
        return r;
    }

    /** The baseline-unchanged warning's words. */
    static String unchanged(int firms, int regions) {
        return String.format(Locale.ROOT, "The %d firms and %d regions of this run are all in the baseline, and every "
                + "score is exactly the baseline's: the baseline looks like this same batch scored before, not an "
                + "earlier year. Give --baseline an earlier year's report or CSV folder.", firms, regions);
    }

    /** The baseline-weights-differ warning's words. */
    static String weightsDiffer(String asked, String then) {
        return String.format(Locale.ROOT, "This run asks for --weights %s, but the baseline was scored with --weights %s: "
                + "under the baseline's yardstick (--yardstick baseline) the baseline's weights in force (%s) are used, "
                + "not %s weights computed from this year's answers; the Weights and Method sheets show the "
                + "baseline's weights. For this year's own weights add --yardstick current (the changes then "
                + "mix changes in the answers and in the weights).", asked, then, then, asked);
    }
}
