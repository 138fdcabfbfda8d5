package org.ecoscore.input;

import org.ecoscore.core.IssueLog;

/**
 * What every sheet reader of one level shares: the header matcher, the table being built, the issue log,
 * the row counter, the framework's name (for messages), {@code --sheet} (null = first with a header) and the
 * framework's declared missing answers.
 */
record ReadContext(HeaderMatcher matcher, ResponseTable.Builder builder, IssueLog issues, RowCounter counter,
                   String frameworkName, String sheetOption, DeclaredMissing declared) {
    /** A context without declared missing answers. */
    ReadContext(HeaderMatcher matcher, ResponseTable.Builder builder, IssueLog issues, RowCounter counter,
                String frameworkName, String sheetOption) {
        this(matcher, builder, issues, counter, frameworkName, sheetOption, DeclaredMissing.NONE);
    }
}
