package org.ecoscore.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.framework.Framework;
import org.ecoscore.instrument.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ecoscore sample}: a synthetic 问卷星-style batch for demos and benchmarks (SPEC §6). */
@Command(name = "sample", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Write a realistic synthetic firm questionnaire batch (and region questionnaires).")
public final class SampleCommand implements Callable<Integer> {
    static final int MAX_FIRMS = 10_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--firms", paramLabel = "N", required = true, description = "Number of firm responses (rows).")
    int firms;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed; the same seed gives the same cells (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FIRMS.xlsx", required = true,
            description = "The firm questionnaire workbook to write.")
    Path output;

    @Option(names = "--region-output", paramLabel = "REGIONS.xlsx",
            description = "Also write one region questionnaire row per region in the sample.")
    Path regionOutput;

    @Mixin
    FrameworkOption framework;

    @Override
    public Integer call() {
        if (firms < 1 || firms > MAX_FIRMS) {
            throw EcoscoreException.usage("--firms must be between 1 and " + MAX_FIRMS + ".");
        }
        Framework fw = framework.load();
        SampleGenerator.generate(fw, firms, seed, output, regionOutput);
        spec.commandLine().getOut().println("Wrote " + firms + " firm responses to " + output
                + (regionOutput == null ? "" : " and the region questionnaires to " + regionOutput));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
