package org.ecoscore.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecoscore.core.ExitCode;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkExporter;
import org.ecoscore.framework.FrameworkPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ecoscore framework show|check|export} (SPEC §1, §6). */
@Command(name = "framework", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = "Print, check or export an indicator framework.",
        subcommands = {FrameworkCommand.Show.class, FrameworkCommand.Check.class, FrameworkCommand.Export.class})
public final class FrameworkCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to do: framework show, framework check or "
                + "framework export");
    }

    /** Prints the tree with weights. */
    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            usageHelpAutoWidth = true, description = "Print the framework's tree with its weights and questions.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        FrameworkOption framework;
        @Mixin
        LangOption lang;

        @Override
        public Integer call() {
            Framework fw = framework.load();
            spec.commandLine().getOut().print(FrameworkPrinter.print(fw, lang.english()));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    /** Loads the framework; the loader refuses a broken one with every problem listed (exit 3). */
    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            usageHelpAutoWidth = true,
            description = "Check a framework; lists every problem with file and line (exit 3) or says it is OK.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        FrameworkOption framework;

        @Override
        public Integer call() {
            Framework fw = framework.load();
            spec.commandLine().getOut().printf("Framework %s (%s) is OK: %d nodes, %d questions.%n", fw.name(),
                    fw.location(), fw.nodes().size(), fw.questions().size());
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    /** Writes a framework as one .xlsx workbook with the sheets of the CSV files. */
    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            usageHelpAutoWidth = true, description = "Write a framework as one .xlsx workbook (one sheet per CSV file).")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        FrameworkOption framework;

        @Option(names = {"-o", "--output"}, paramLabel = "XLSX", required = true,
                description = "The workbook to write.")
        Path output;

        @Override
        public Integer call() {
            Framework fw = framework.load();
            FrameworkExporter.export(fw, output);
            spec.commandLine().getOut().println("Framework written to " + output);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
