package org.ecoscore.input;

import org.ecoscore.core.IssueLog;

/**
 * What every sheet reader of one level shares: the header matcher, the table being built, the issue log,
 * the row counter, the framework's name (for messages) and {@code --sheet} (null = first with a header).
 */
record ReadContext(HeaderMatcher matcher, ResponseTable.Builder builder, IssueLog issues, RowCounter counter,
                   String frameworkName, String sheetOption) {
}
