package org.ecoscore.framework;

import java.nio.file.Path;

/** TEMP stub (replaced on merge by the framework work): writes a framework as one .xlsx workbook. */
public final class FrameworkExporter {
    private FrameworkExporter() {
    }

    public static void export(Framework framework, Path out) {
    }
}
