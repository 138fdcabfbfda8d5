package org.ecoscore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoscore.core.ExitCode;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkExporter;
import org.ecoscore.framework.FrameworkLoader;
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
        description = "Print, check, export or draft an indicator framework.",
        subcommands = {FrameworkCommand.Show.class, FrameworkCommand.Check.class, FrameworkCommand.Export.class,
                FrameworkCommand.Draft.class})
public final class FrameworkCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to do: framework show, framework check, "
                + "framework export or framework draft");
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

    /**
     * Checks a framework against SPEC §1: every problem on its own line on stdout ({@code file:line: what is
     * wrong}, grouped by file in the order found, by line within a file), a summary on stderr and exit 3; or
     * one line saying it is OK and exit 0.
     */
    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            usageHelpAutoWidth = true,
            description = "Check a framework; lists every problem with file and line (exit 3) or says it is OK "
                    + "(with any warnings: texts missing in one language, texts with sub-question separators, scales "
                    + "with gaps, metadata roles without aliases).")
    static final class Check implements Callable<Integer> {
        /** The {@code file:line: } a problem starts with. */
        private static final Pattern LOCATION = Pattern.compile("(.+?):(\\d{1,9}): ");

        @Spec
        CommandSpec spec;
        @Mixin
        FrameworkOption framework;

        @Override
        public Integer call() {
            Path path = framework.path();
            List<String> problems = FrameworkLoader.problems(path);
            PrintWriter out = spec.commandLine().getOut();
            if (!problems.isEmpty()) {
                for (String p : byFileAndLine(problems)) out.println(p);
                out.flush();
                PrintWriter err = spec.commandLine().getErr();
                err.printf("ecoscore: %s: the framework is refused, %d %s (listed above); fix %s in the framework "
                                + "files (see docs/framework-format.md) and run the check again.%n",
                        path == null ? "built-in" : path, problems.size(),
                        problems.size() == 1 ? "problem" : "problems", problems.size() == 1 ? "it" : "them");
                err.flush();
                return ExitCode.INPUT;
            }
            Framework fw = FrameworkLoader.load(path);
            List<String> warnings = org.ecoscore.framework.FrameworkWarnings.of(fw);
            for (String w : warnings) out.println("warning: " + w);
            out.printf("Framework %s (%s) is OK: %d nodes, %d questions%s.%n", fw.name(), fw.location(),
                    fw.nodes().size(), fw.questions().size(), warnings.isEmpty() ? ""
                            : "; " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")
                            + " (listed above)");
            out.flush();
            return ExitCode.OK;
        }

        /**
         * The problems grouped by file (files in the order first found) and sorted by line within a file;
         * a problem without {@code file:line:} stays in its file's group in the order found.
         */
        static List<String> byFileAndLine(List<String> problems) {
            Map<String, List<String>> byFile = new LinkedHashMap<>();
            for (String p : problems) {
                Matcher m = LOCATION.matcher(p);
                byFile.computeIfAbsent(m.lookingAt() ? m.group(1) : p, k -> new ArrayList<>()).add(p);
            }
            List<String> out = new ArrayList<>();
            for (List<String> group : byFile.values()) {
                group.sort(Comparator.comparingLong(Check::line));
                out.addAll(group);
            }
            return out;
        }

        private static long line(String problem) {
            Matcher m = LOCATION.matcher(problem);
            return m.lookingAt() ? Long.parseLong(m.group(2)) : 0;
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

    /** Drafts a framework from platform exports (docs/platforms.md). */
    @Command(name = "draft", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            usageHelpAutoWidth = true,
            description = {"Draft a framework from survey-platform exports (问卷星, 腾讯问卷, 腾讯文档, Qualtrics, "
                    + "LimeSurvey): one question per answer column, scales inferred from the answers, the platform's "
                    + "metadata columns in meta.csv, free-text columns left out and listed.",
                    "The draft scores its export as it is; DIR/README.md says what to edit next."})
    static final class Draft implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Parameters(paramLabel = "EXPORT", arity = "1..*",
                description = "The exports (.xlsx .xls .csv .tsv) of one survey, e.g. its 按文本 and 按序号 exports.")
        List<String> exports;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
                description = "The folder to write the framework into (created when missing; must be empty).")
        Path output;

        @Option(names = "--force", description = "Write into DIR even when it is not empty, replacing the draft's "
                + "files (framework.csv, questions.csv, scales.csv, meta.csv, missing.csv, README.md); other files stay.")
        boolean force;

        @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet to read in workbooks (default: the "
                + "first sheet with a header row).")
        String sheet;

        @Override
        public Integer call() {
            org.ecoscore.draft.FrameworkDrafts.Summary s = org.ecoscore.draft.FrameworkDrafts.draft(exports, output,
                    sheet, force);
            Framework fw = FrameworkLoader.load(output);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Framework drafted in %s: %d questions (%s), %d columns left out.%n", output,
                    fw.questions().size(), String.join(", ", s.counts()), s.leftOut());
            if (!s.metadata().isEmpty()) out.println("Metadata: " + String.join("; ", s.metadata()) + ".");
            if (!s.otherFiles().isEmpty()) {
                out.println("Kept in " + output + " (not written by the draft): " + String.join(", ", s.otherFiles())
                        + "; delete them if they belong to an earlier framework.");
            }
            out.println("Next: read " + output.resolve("README.md") + " (what to edit), then: ecoscore score "
                    + String.join(" ", exports) + " -f " + output);
            out.flush();
            return ExitCode.OK;
        }
    }
}
