package org.ecoscore.input;

import java.util.List;
import java.util.function.LongConsumer;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;

/** Reads one level's inputs into a {@link ResponseTable} (SPEC §2). STUB: replaced by the mapping work. */
public final class InputReader {
    private InputReader() {
    }

    /**
     * @param level    FIRM for the positional inputs, REGION for --region-data
     * @param inputs   files and folders as given (folders scanned recursively in sorted path order)
     * @param progress called now and then with the number of data rows read so far (may be a no-op)
     */
    public static ResponseTable read(Level level, List<String> inputs, Framework framework, Options options,
                                     IssueLog issues, LongConsumer progress) {
        throw new UnsupportedOperationException("stub");
    }
}
