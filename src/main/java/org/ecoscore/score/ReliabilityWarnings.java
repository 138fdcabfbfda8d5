package org.ecoscore.score;

import java.util.List;
import java.util.Locale;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Severity;

/**
 * SPEC §4.7 reliability, read for the user: a {@code low-reliability} warning for each node whose Cronbach's
 * α is below {@value #THRESHOLD} (the usual floor for "the items measure one thing"), computed from at least
 * {@value #MIN_CASES} complete cases. A warning, so {@code --strict} fails on it; nodes whose α could not be
 * computed (NaN), or rests on fewer cases (a pilot round of a few firms, where α swings wildly), get none —
 * the Reliability sheet still shows their α and case count.
 */
public final class ReliabilityWarnings {
    /** α below this is reported. */
    public static final double THRESHOLD = 0.7;
    /** Fewer complete cases than this give no warning: α is too unstable to judge the items by. */
    public static final int MIN_CASES = 30;
    /** The issue code. */
    public static final String CODE = "low-reliability";

    private ReliabilityWarnings() {
    }

    /** Adds one warning per node with α &lt; {@link #THRESHOLD}, in the order of {@code reliability}. */
    public static void add(List<Reliability> reliability, IssueLog issues) {
        for (Reliability r : reliability) {
            if (isLow(r.alpha()) && r.cases() >= MIN_CASES) issues.add("", "", 0, "", CODE, Severity.WARNING, message(r),
                    org.ecoscore.core.Issue.paramsOf("node", r.node(),
                            "alpha", String.format(Locale.ROOT, "%.2f", r.alpha()),
                            "threshold", String.format(Locale.ROOT, "%.1f", THRESHOLD), "cases", r.cases(),
                            "items", String.join(", ", r.items())));
        }
    }

    /** True when α is a number below the threshold. */
    public static boolean isLow(double alpha) {
        return !Double.isNaN(alpha) && alpha < THRESHOLD;
    }

    static String message(Reliability r) {
        return String.format(Locale.ROOT, "Cronbach's α of %s is %.2f (< %.1f, %d complete cases): its items may "
                + "not measure one thing; review the questions %s", r.node(), r.alpha(), THRESHOLD, r.cases(),
                String.join(", ", r.items()));
    }
}
