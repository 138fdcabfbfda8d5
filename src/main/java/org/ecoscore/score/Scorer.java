package org.ecoscore.score;

import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.screen.Screened;

/** SPEC §4.1–§4.6. STUB: replaced by the scoring work. */
public final class Scorer {
    private Scorer() {
    }

    public static Scores score(Screened firms, Screened regions, Framework framework, Options options,
                               IssueLog issues) {
        throw new UnsupportedOperationException("stub");
    }
}
