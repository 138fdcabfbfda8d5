package org.ecoscore.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecoscore.core.AtomicFiles;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.Level;
import org.ecoscore.instrument.PanelSample;
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
    static final int MAX_RATERS = 1_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--firms", paramLabel = "N", description = "Number of firm responses (rows); required for a firm sample.")
    Integer firms;

    @Option(names = "--source", paramLabel = "firm|expert", defaultValue = "firm",
            converter = TemplateCommand.SourceConverter.class,
            description = "firm (default): firm questionnaires; expert: an expert panel, one row per rater and case.")
    Level source;

    @Option(names = "--raters", paramLabel = "N", defaultValue = "8",
            description = "With --source expert: the number of raters (default ${DEFAULT-VALUE}); each rates every case.")
    int raters;

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

    @Mixin
    ConsoleLangOption lang;

    @Override
    public Integer call() {
        if (source == Level.EXPERT) {
            if (raters < 2 || raters > MAX_RATERS) {
                throw EcoscoreException.usage("--raters must be between 2 and " + MAX_RATERS + ".")
                        .coded("sample-raters-range", "max", MAX_RATERS);
            }
            Framework fw = framework.load();
            AtomicFiles.createParentFolder(output, "-o");
            PanelSample.generate(fw, raters, seed, output);
            spec.commandLine().getOut().println(ConsoleText.printable(lang.labels().format("sample.panel", lang.labels().counted(raters, "rater"),
                    output)));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        if (source != Level.FIRM) {
            throw EcoscoreException.usage("--source must be firm or expert (region questionnaires come with "
                    + "--region-output).").coded("sample-source");
        }
        if (firms == null) {
            throw EcoscoreException.usage("--firms N is required for a firm sample.").coded("sample-firms-required");
        }
        if (firms < 1 || firms > MAX_FIRMS) {
            throw EcoscoreException.usage("--firms must be between 1 and " + MAX_FIRMS + ".")
                    .coded("sample-firms-range", "max", MAX_FIRMS);
        }
        Framework fw = framework.load();
        AtomicFiles.createParentFolder(output, "-o");
        if (regionOutput != null) AtomicFiles.createParentFolder(regionOutput, "--region-output");
        SampleGenerator.generate(fw, firms, seed, output, regionOutput);
        org.ecoscore.report.Labels l = lang.labels();
        spec.commandLine().getOut().println(ConsoleText.printable(regionOutput == null
                ? l.format("sample.firms", l.counted(firms, "firmResponse"), output)
                : l.format("sample.firmsRegions", l.counted(firms, "firmResponse"), output, regionOutput)));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
