package org.ecoscore.framework;

import java.nio.file.Path;

/** Loads and checks a framework (SPEC §1). STUB: to be replaced by the framework work. */
public final class FrameworkLoader {
    private FrameworkLoader() {
    }

    /**
     * Loads a framework folder of CSV files or an .xlsx workbook; {@code null} loads the built-in default
     * (classpath {@code /indicators/default/} and {@code /indicators/regions.csv}).
     *
     * @throws org.ecoscore.core.EcoscoreException exit code 3, listing every problem with file and line
     */
    public static Framework load(Path path) {
        throw new UnsupportedOperationException("stub");
    }
}
