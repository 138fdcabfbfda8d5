package org.ecoscore.screen;

import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.input.ResponseTable;

/** SPEC §3. STUB: replaced by the screening work. */
public final class Screener {
    private Screener() {
    }

    public static Screened screen(ResponseTable table, Framework framework, Options options, IssueLog issues) {
        throw new UnsupportedOperationException("stub");
    }
}
