package org.ecoscore.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;
import picocli.CommandLine.Option;

/** Mixin: {@code -f/--framework} (SPEC §1); absent = the built-in default framework. */
final class FrameworkOption {
    @Option(names = {"-f", "--framework"}, paramLabel = "FOLDER|XLSX",
            description = "Indicator framework: a folder of CSV files or one .xlsx workbook (default: built-in).")
    Path framework;

    /** The path given, checked to exist (exit 2 otherwise); null for the built-in framework. */
    Path path() {
        if (framework != null && !Files.exists(framework)) {
            throw new EcoscoreException(ExitCode.USAGE, framework.toString(),
                    "no such framework folder or workbook; check the path given with -f.").coded("no-such-framework");
        }
        return framework;
    }

    Framework load() {
        return FrameworkLoader.load(path());
    }
}
