package org.ecoscore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Version;
import org.ecoscore.report.JsonSummary;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Options;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Framework;
import org.ecoscore.input.InputFile;
import org.ecoscore.pipeline.Pipeline;
import org.ecoscore.report.Labels;
import org.ecoscore.screen.Screened;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ecoscore validate}: read, map and screen (SPEC §2–§3), list the issues; no report. Exit 3 when a file
 * was unreadable or nothing is scorable, else 5 when an issue is an error, else 0.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Check questionnaires against the framework and list every data problem; writes no report.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    /** The framework loaded meanwhile by {@link Main} (or none). */
    private final FrameworkPreload preload;
    @Mixin
    InputOptions input;
    @Mixin
    FrameworkOption framework;
    @Mixin
    ScreeningOptions screening;
    @Mixin
    LangOption lang;

    @Option(names = "--issues-csv", paramLabel = "FILE", description = "Also write the issues to this CSV file.")
    Path issuesCsv;

    @Option(names = {"-q", "--quiet"}, description = "Print neither the issue table nor the summary (the exit code "
            + "and --issues-csv still tell).")
    boolean quiet;

    @Mixin
    JsonOption json;

    public ValidateCommand() {
        this(FrameworkPreload.none());
    }

    ValidateCommand(FrameworkPreload preload) {
        this.preload = preload;
    }

    @Override
    public Integer call() {
        try {
            return validate();
        } catch (EcoscoreException e) {
            json.writeFailure("validate", null, e, spec.commandLine().getOut());
            throw e;
        }
    }

    private int validate() {
        Options options = OptionsFactory.build(input, screening, framework, null, null);
        input.refuseOverwriting("--issues-csv", issuesCsv);
        Labels console = new Labels(lang.consoleEnglish());
        Framework fw = preload.load(options.framework());
        IssueLog issues = new IssueLog();
        ProgressLine progress = ProgressLine.forConsole(quiet, console);
        Pipeline.Screening screening;
        try {
            screening = Pipeline.screen(fw, options, issues, progress);
        } finally {
            progress.clear();
        }
        Screened firms = screening.firms();
        Screened regions = screening.regions();
        List<Issue> all = issues.all();
        PrintWriter out = quiet ? new PrintWriter(java.io.Writer.nullWriter())
                : json.toStdout() ? spec.commandLine().getErr() : spec.commandLine().getOut();
        out.print(all.isEmpty() ? console.get("console.noIssues") + "\n" : IssueTable.format(all, console));
        if (issuesCsv != null) IssueTable.writeCsv(all, issuesCsv);

        List<InputFile> files = new ArrayList<>(firms.table().files());
        files.addAll(regions.table().files());
        Screened experts = screening.experts() == null ? null : screening.experts().rows();
        if (experts != null) files.addAll(experts.table().files());
        List<InputFile> unreadable = RunSummary.unreadable(files);
        StringBuilder sb = new StringBuilder("\n");
        RunSummary.files(sb, files, issues, console);
        RunSummary.level(sb, "firm", firms, console);
        RunSummary.speed(sb, firms, options, console);
        RunSummary.level(sb, "region", regions, console);
        RunSummary.speed(sb, regions, options, console);
        if (experts != null) RunSummary.level(sb, "expert", experts, console);
        if (experts != null) RunSummary.speed(sb, experts, options, console);
        sb.append(console.format("console.validateCounts",
                console.counted(issues.count(Severity.ERROR), "error"),
                console.counted(issues.count(Severity.WARNING), "warning"),
                console.counted(issues.count(Severity.INFO), "note"))).append('\n');
        if (issuesCsv != null) sb.append(console.get("console.issuesWritten")).append(issuesCsv).append('\n');
        out.print(ConsoleText.printable(sb.toString()));
        out.flush();

        int scored = firms.scoredRows().length + regions.scoredRows().length
                + (experts == null ? 0 : experts.scoredRows().length);
        int exit = !unreadable.isEmpty() || scored == 0 ? ExitCode.INPUT
                : issues.has(Severity.ERROR) ? ExitCode.STRICT : ExitCode.OK;
        if (json.json != null) {
            JsonSummary summary = JsonSummary.of("validate", Version.get(), options, fw, firms, regions, null, issues)
                    .panel(screening.experts(), null).output("issues_csv", issuesCsv).exitCode(exit);
            summary.write(json.json, spec.commandLine().getOut());
        }
        if (exit == ExitCode.INPUT) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(scored > 0 ? console.format("console.unreadableFilesValidate",
                    console.counted(unreadable.size(), "inputFile"))
                    : unreadable.isEmpty() ? console.get("console.nothingScorableValidate")
                    : console.format("console.nothingToCheckValidate",
                    console.counted(unreadable.size(), "inputFile")));
            err.flush();
        }
        return exit;
    }
}
