package org.ecoscore.result;

import java.time.Instant;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.score.PanelScores;
import org.ecoscore.score.Scores;
import org.ecoscore.score.Statistics;
import org.ecoscore.screen.PanelScreened;
import org.ecoscore.screen.Screened;

/**
 * Everything a report needs: the options, the framework, both levels screened and scored, statistics and
 * the issue list. {@code firms.table().files()} / {@code regions.table().files()} hold the inputs with
 * checksums and row counts.
 *
 * @param toolVersion the ecoscore version
 * @param started     the run's time stamp (SOURCE_DATE_EPOCH when set)
 * @param baseline    how the run used {@code --baseline}, null without one
 * @param experts     the expert panel ({@code --expert-data}) screened, null without one
 * @param panel       the expert panel scored (SPEC §8), null without one or when no row was scored
 * @param changes     what changed since the baseline (SPEC §7), null without one
 */
public record RunResult(Options options, Framework framework, Screened firms, Screened regions, Scores scores,
                        Statistics statistics, IssueLog issues, String toolVersion, Instant started,
                        BaselineUse baseline, PanelScreened experts, PanelScores panel, Changes changes) {
    /** A run without changes computed. */
    public RunResult(Options options, Framework framework, Screened firms, Screened regions, Scores scores,
                     Statistics statistics, IssueLog issues, String toolVersion, Instant started,
                     BaselineUse baseline, PanelScreened experts, PanelScores panel) {
        this(options, framework, firms, regions, scores, statistics, issues, toolVersion, started, baseline, experts,
                panel, null);
    }

    /** A run without an expert panel. */
    public RunResult(Options options, Framework framework, Screened firms, Screened regions, Scores scores,
                     Statistics statistics, IssueLog issues, String toolVersion, Instant started,
                     BaselineUse baseline) {
        this(options, framework, firms, regions, scores, statistics, issues, toolVersion, started, baseline, null,
                null, null);
    }

    /** This result with the changes since the baseline. */
    public RunResult withChanges(Changes c) {
        return new RunResult(options, framework, firms, regions, scores, statistics, issues, toolVersion, started,
                baseline, experts, panel, c);
    }

    /** A run without a baseline. */
    public RunResult(Options options, Framework framework, Screened firms, Screened regions, Scores scores,
                     Statistics statistics, IssueLog issues, String toolVersion, Instant started) {
        this(options, framework, firms, regions, scores, statistics, issues, toolVersion, started, null);
    }
}
