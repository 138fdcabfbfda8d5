package org.ecoscore.score;

import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.screen.Screened;

/** SPEC §4.7. STUB: replaced by the scoring work. */
public final class StatisticsCalculator {
    private StatisticsCalculator() {
    }

    public static Statistics compute(Screened firms, Screened regions, Scores scores, Framework framework,
                                     Options options) {
        throw new UnsupportedOperationException("stub");
    }
}
