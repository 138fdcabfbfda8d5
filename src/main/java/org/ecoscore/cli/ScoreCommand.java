package org.ecoscore.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Options;
import org.ecoscore.core.Severity;
import org.ecoscore.input.InputFile;
import org.ecoscore.report.Outputs;
import org.ecoscore.pipeline.Pipeline;
import org.ecoscore.report.Labels;
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

    @Override
    public Integer call() {
        Options options = OptionsFactory.build(input, screening, framework, lang, scoring);
        Labels console = new Labels(lang.consoleEnglish());
        IssueLog issues = new IssueLog();
        ProgressLine progress = ProgressLine.forConsole(options.quiet(), console);
        RunResult result;
        try {
            result = Pipeline.run(options, issues, progress);
        } finally {
            progress.clear();
        }
        List<InputFile> unreadable = RunSummary.unreadable(RunSummary.allFiles(result));
        if (nothingScored(result)) {
            throw EcoscoreException.input("", console.format("console.nothingScorable",
                    describeUnreadable(unreadable, console)));
        }
        Outputs.write(result);
        PrintWriter out = spec.commandLine().getOut();
        if (!options.quiet()) {
            out.print(ConsoleText.printable(RunSummary.text(result, options.output(), options.csvDir(), console)));
            out.flush();
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!unreadable.isEmpty()) {
            err.println(console.format("console.unreadableFiles", unreadable.size()));
            err.flush();
            return ExitCode.INPUT;
        }
        if (options.strict() && (issues.has(Severity.ERROR) || issues.has(Severity.WARNING))) {
            err.println(console.format("console.strict", issues.count(Severity.ERROR),
                    issues.count(Severity.WARNING)));
            err.flush();
            return ExitCode.STRICT;
        }
        return ExitCode.OK;
    }

    static boolean nothingScored(RunResult r) {
        int firms = r.firms() == null ? 0 : r.firms().scoredRows().length;
        int regions = r.regions() == null ? 0 : r.regions().scoredRows().length;
        return firms + regions == 0;
    }

    static String describeUnreadable(List<InputFile> unreadable, Labels l) {
        if (unreadable.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(l.get("console.unreadableList"));
        for (int i = 0; i < unreadable.size(); i++) {
            InputFile f = unreadable.get(i);
            sb.append(i > 0 ? "; " : "").append(f.display()).append(" — ").append(f.error());
        }
        return sb.append(l.get("console.unreadableListEnd")).toString();
    }
}
