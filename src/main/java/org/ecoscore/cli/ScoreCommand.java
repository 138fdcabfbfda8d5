package org.ecoscore.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Options;
import org.ecoscore.core.Severity;
import org.ecoscore.input.InputFile;
import org.ecoscore.framework.Framework;
import org.ecoscore.report.JsonSummary;
import org.ecoscore.report.Labels;
import org.ecoscore.report.Outputs;
import org.ecoscore.report.RegionWorkbooks;
import org.ecoscore.compare.BaselineRun;
import org.ecoscore.result.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ecoscore score}: read, screen, score, write the report (and CSV tables), print a summary. */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Score firm (and region) questionnaires and write the Excel report.")
public final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    /** The framework loaded meanwhile by {@link Main} (or none). */
    private final FrameworkPreload preload;
    @Mixin
    InputOptions input;
    @Mixin
    FrameworkOption framework;
    @Mixin
    LangOption lang;
    @Mixin
    ScreeningOptions screening;
    @Mixin
    ScoringOptions scoring;
    @Mixin
    JsonOption json;

    public ScoreCommand() {
        this(FrameworkPreload.none());
    }

    ScoreCommand(FrameworkPreload preload) {
        this.preload = preload;
    }

    @Override
    public Integer call() {
        JsonSummary summary = null;
        try {
            Options options = OptionsFactory.build(input, screening, framework, lang, scoring);
            Labels console = new Labels(lang.consoleEnglish());
            IssueLog issues = new IssueLog();
            ProgressLine progress = ProgressLine.forConsole(options.quiet(), console);
            RunResult result;
            Framework fw = preload.load(options.framework());
            try {
                result = BaselineRun.run(fw, options, issues, progress);
            } finally {
                progress.clear();
            }
            // the JSON summary only with --json: building it loads Jackson (≈ 400 classes of a short run's start)
            if (json.json != null) {
                summary = JsonSummary.of("score", result.toolVersion(), options, result.framework(), result.firms(),
                        result.regions(), result.scores(), issues).baseline(result.baseline(), result.scores())
                        .changes(result.changes(), result.framework()).panel(result.experts(), result.panel());
            }
            List<InputFile> unreadable = RunSummary.unreadable(RunSummary.allFiles(result));
            if (nothingScored(result)) {
                throw EcoscoreException.input("", console.format("console.nothingScorable",
                        describeUnreadable(unreadable, issues, console)));
            }
            Outputs.write(result);
            if (summary != null) {
                summary.output("report", options.output()).output("csv", options.csvDir());
                if (RegionWorkbooks.requested(options)) {
                    summary.output("region_workbooks", RegionWorkbooks.folder(options.output()));
                }
            }
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter human = json.toStdout() ? err : spec.commandLine().getOut();
            if (!options.quiet()) {
                human.print(ConsoleText.printable(RunSummary.text(result, options.output(), options.csvDir(), console)));
                human.flush();
            }
            RunExit exit = RunExit.of(unreadable.size(), options.strict(), issues.count(Severity.ERROR),
                    issues.count(Severity.WARNING), console);
            if (json.json != null) summary.exitCode(exit.code()).write(json.json, spec.commandLine().getOut());
            if (exit.message() != null) {
                err.println(exit.message());
                err.flush();
            }
            return exit.code();
        } catch (EcoscoreException e) {
            json.writeFailure("score", summary, e, spec.commandLine().getOut());
            throw e;
        }
    }

    static boolean nothingScored(RunResult r) {
        int firms = r.firms() == null ? 0 : r.firms().scoredRows().length;
        int regions = r.regions() == null ? 0 : r.regions().scoredRows().length;
        int experts = r.experts() == null ? 0 : r.experts().rows().scoredRows().length;
        return firms + regions + experts == 0;
    }

    static String describeUnreadable(List<InputFile> unreadable, IssueLog issues, Labels l) {
        if (unreadable.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(l.get("console.unreadableList"));
        for (int i = 0; i < unreadable.size(); i++) {
            InputFile f = unreadable.get(i);
            sb.append(i > 0 ? "; " : "").append(f.display()).append(" — ")
                    .append(org.ecoscore.report.ErrorMessages.fileError(f, issues, l.english()));
        }
        return sb.append(l.get("console.unreadableListEnd")).toString();
    }
}
