package org.ecoscore.input;

import org.ecoscore.core.IssueLog;

/**
 * What every sheet reader of one level shares: the header matcher, the table being built, the issue log,
 * the row counter, the framework's name (for messages), {@code --sheet} (null = first with a header) and the
 * framework's declared missing answers, and what the run does with submission times and durations (for the
 * messages of those that cannot be read).
 */
record ReadContext(HeaderMatcher matcher, ResponseTable.Builder builder, IssueLog issues, RowCounter counter,
                   String frameworkName, String sheetOption, DeclaredMissing declared, TimeUse times) {
    /** A context whose submission times and durations are both used (keep-last, --min-duration given). */
    ReadContext(HeaderMatcher matcher, ResponseTable.Builder builder, IssueLog issues, RowCounter counter,
                String frameworkName, String sheetOption, DeclaredMissing declared) {
        this(matcher, builder, issues, counter, frameworkName, sheetOption, declared, TimeUse.ALL);
    }

    /** A context without declared missing answers. */
    ReadContext(HeaderMatcher matcher, ResponseTable.Builder builder, IssueLog issues, RowCounter counter,
                String frameworkName, String sheetOption) {
        this(matcher, builder, issues, counter, frameworkName, sheetOption, DeclaredMissing.NONE);
    }
}
