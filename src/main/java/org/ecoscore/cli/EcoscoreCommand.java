package org.ecoscore.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code ecoscore} command: only dispatches to the subcommands of SPEC §6. */
@Command(name = "ecoscore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Scores AI-firm and regional questionnaires against an indicator framework "
                + "(the national system A and the innovation ecosystem B) and writes an Excel report.",
        subcommands = {ScoreCommand.class, ValidateCommand.class, TemplateCommand.class, FrameworkCommand.class,
                SampleCommand.class, TrendCommand.class, picocli.AutoComplete.GenerateCompletion.class},
        footer = {"", "Exit codes: 0 done, 1 internal error, 2 usage error, 3 input error, 4 output error, "
                + "5 --strict with warnings / validate found errors.",
                "Arguments may be read from a file: ecoscore @args.txt"})
public final class EcoscoreCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CodedUsage.Parameter(spec.commandLine(), "usage.no-command", "a command is required (score, validate, "
                + "trend, template, framework or sample)");
    }
}
