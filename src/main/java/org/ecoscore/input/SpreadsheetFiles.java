package org.ecoscore.input;

import java.nio.file.Path;

/** Opens a physical input file by its content and extension. STUB: replaced by the readers work. */
public final class SpreadsheetFiles {
    private SpreadsheetFiles() {
    }

    /**
     * Opens {@code path} (read-only) as xlsx/xlsm (streaming), xls, csv or tsv.
     *
     * @param display the path as shown to the user
     * @throws org.ecoscore.core.EcoscoreException exit code 3 with a clear message when it cannot be read
     */
    public static SpreadsheetFile open(Path path, String display) {
        throw new UnsupportedOperationException("stub");
    }
}
