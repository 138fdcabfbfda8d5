package org.ecoscore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ecoscore.core.ExitCode;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkExporter;
import org.ecoscore.framework.FrameworkLoader;
import org.ecoscore.framework.FrameworkPrinter;
import org.ecoscore.framework.Problem;
import org.ecoscore.report.FrameworkProblemWords;
import org.ecoscore.report.Labels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
        throw new CodedUsage.Parameter(spec.commandLine(), "usage.no-framework-command", "say what to do: framework "
                + "show, framework check, framework export or framework draft");
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
     * wrong} in English, {@code 文件 第 N 行 列名 列：……} in Chinese; grouped by file in the order found, by line
     * within a file), a summary on stderr and exit 3; or one line saying it is OK and exit 0.
     */
    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            usageHelpAutoWidth = true,
            description = "Check a framework; lists every problem with file and line (exit 3) or says it is OK "
                    + "(with any warnings: texts missing in one language, texts with sub-question separators, scales "
                    + "with gaps, metadata roles without aliases).")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        FrameworkOption framework;
        @Mixin
        ConsoleLangOption lang;

        @Override
        public Integer call() {
            Path path = framework.path();
            List<Problem> problems = FrameworkLoader.problemList(path);
            PrintWriter out = spec.commandLine().getOut();
            Labels l = lang.labels();
            if (!problems.isEmpty()) {
                for (Problem p : byFileAndLine(problems)) {
                    out.println(ConsoleText.printable(FrameworkProblemWords.say(p, l.english())));
                }
                out.flush();
                PrintWriter err = spec.commandLine().getErr();
                err.println(ConsoleText.printable(l.format(problems.size() == 1 ? "fw.check.refused1"
                        : "fw.check.refused", location(path == null ? "built-in" : path.toString(), l),
                        problems.size())));
                err.flush();
                return ExitCode.INPUT;
            }
            Framework fw = FrameworkLoader.load(path);
            List<Problem> warnings = org.ecoscore.framework.FrameworkWarnings.problems(fw);
            for (Problem w : warnings) {
                out.println(ConsoleText.printable(l.get("fw.check.warning") + FrameworkProblemWords.say(w, l.english())));
            }
            out.println(ConsoleText.printable(l.format("fw.check.ok", fw.name(), location(fw.location(), l),
                    l.counted(fw.nodes().size(), "node"), l.counted(fw.questions().size(), "question")) + (warnings.isEmpty() ? ""
                    : l.format(warnings.size() == 1 ? "fw.check.okWarning1" : "fw.check.okWarnings", warnings.size()))
                    + l.get("fw.check.okEnd")));
            out.flush();
            return ExitCode.OK;
        }

        /** The framework's location, the built-in one's in words. */
        private static String location(String location, Labels l) {
            return location.equals("built-in") ? l.get("fw.builtIn") : location;
        }

        /**
         * The problems grouped by file (files in the order first found) and sorted by line within a file; a
         * problem without a line (the file's as a whole) stands on its own, in the order found.
         */
        static List<Problem> byFileAndLine(List<Problem> problems) {
            Map<String, List<Problem>> byFile = new LinkedHashMap<>();
            for (Problem p : problems) {
                byFile.computeIfAbsent(p.line() > 0 ? p.file() : p.text(), k -> new ArrayList<>()).add(p);
            }
            List<Problem> out = new ArrayList<>();
            for (List<Problem> group : byFile.values()) {
                group.sort(Comparator.comparingInt(Problem::line));
                out.addAll(group);
            }
            return out;
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
        @Mixin
        ConsoleLangOption lang;

        @Option(names = {"-o", "--output"}, paramLabel = "XLSX", required = true,
                description = "The workbook to write.")
        Path output;

        @Override
        public Integer call() {
            Framework fw = framework.load();
            FrameworkExporter.export(fw, output);
            spec.commandLine().getOut().println(ConsoleText.printable(lang.labels().format("fw.export.done", output)));
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

        @Mixin
        ConsoleLangOption lang;

        @Override
        public Integer call() {
            org.ecoscore.draft.FrameworkDrafts.Summary s = org.ecoscore.draft.FrameworkDrafts.draft(exports, output,
                    sheet, force, lang.english());
            Framework fw = FrameworkLoader.load(output);
            PrintWriter out = spec.commandLine().getOut();
            Labels l = lang.labels();
            List<String> kinds = new ArrayList<>();
            s.kinds().forEach((kind, n) -> kinds.add(l.format("draft.kind." + kind, n)));
            StringBuilder text = new StringBuilder();
            text.append(l.format("fw.draft.done", output, l.counted(fw.questions().size(), "question"),
                    String.join(l.get("console.listSep"), kinds), l.counted(s.leftOut(), "column"))).append('\n');
            if (!s.metadata().isEmpty()) {
                text.append(l.format("fw.draft.meta", String.join(l.get("fw.draft.metaSep"), s.metadata())))
                        .append('\n');
            }
            for (var r : s.regionCodes()) text.append(l.format("fw.draft.regionCodes", r.header(), r.export())).append('\n');
            if (!s.otherFiles().isEmpty()) {
                text.append(l.format("fw.draft.kept", output, String.join(l.get("console.listSep"), s.otherFiles())))
                        .append('\n');
            }
            if (exports.size() == 1) {
                text.append(l.format("fw.draft.next1", output.resolve("README.md"), exports.get(0), output))
                        .append('\n');
            } else if (s.sameRespondents()) {
                // the 按文本 and 按序号 exports of one 问卷星 survey hold the same respondents: scoring them
                // together would count each respondent twice, so each is scored on its own
                text.append(l.format("fw.draft.next", output.resolve("README.md"))).append('\n');
                for (String e : exports) text.append("  ecoscore score ").append(e).append(" -f ").append(output).append('\n');
            } else {
                text.append(l.format("fw.draft.nextTogether", output.resolve("README.md"))).append('\n');
                text.append("  ecoscore score ").append(String.join(" ", exports)).append(" -f ").append(output)
                        .append('\n');
            }
            for (String line : ConsoleText.printable(text.toString()).split("\n")) out.println(line);
            out.flush();
            return ExitCode.OK;
        }
    }
}
