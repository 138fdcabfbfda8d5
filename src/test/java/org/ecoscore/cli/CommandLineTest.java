package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecoscore.core.Options;
import org.ecoscore.core.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** SPEC §6: commands, --help, --version, usage errors (exit 2) — none of this reaches the pipeline. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void versionPrintsNameAndVersionAndExitsZero() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        String first = run.out().lines().findFirst().orElse("");
        // "ecoscore 0.1.0 (commit 1a2b3c4d5e)" — the commit is a hex abbreviation, maybe -dirty, or "unknown"
        assertTrue(first.matches("ecoscore " + java.util.regex.Pattern.quote(Version.get())
                + " \\(commit ([0-9a-f]{7,40}(-dirty)?|unknown)\\)"), first);
        assertTrue(run.out().contains("Java " + System.getProperty("java.version")), run.out());
        assertEquals("", run.err());
    }

    @Test
    void helpOfEveryCommandListsAllItsOptions() {
        List<String> checked = new ArrayList<>();
        helpLists(Main.commandLine(), new ArrayList<>(), checked);
        assertTrue(checked.containsAll(List.of("", "score", "validate", "framework", "framework show",
                "framework check", "framework export", "sample")), checked.toString());
    }

    private void helpLists(CommandLine cmd, List<String> path, List<String> checked) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), String.join(" ", args));
        CommandSpec spec = cmd.getCommandSpec();
        for (OptionSpec o : spec.options()) {
            String shown = o.negatable() ? "--[no-]" + o.longestName().substring(2) : o.longestName();
            assertTrue(run.out().contains(shown), String.join(" ", args) + " lacks " + shown);
        }
        assertTrue(run.out().startsWith("Usage: ecoscore"), run.out());
        checked.add(String.join(" ", path));
        for (var e : cmd.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) continue;
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            helpLists(e.getValue(), sub, checked);
        }
    }

    @Test
    void scoreHelpShowsTheNegatableProfilesOptionAndTheDefaultReport() {
        CliRun run = CliRun.of("score", "--help");
        assertTrue(run.out().contains("--[no-]profiles"), run.out());
        assertTrue(run.out().contains("ecoscore-report.xlsx"), run.out());
    }

    @Test
    void unknownOptionIsAUsageErrorNamingTheOption() {
        CliRun run = CliRun.of("score", "--frobnicate", "x.xlsx");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
        assertTrue(run.err().contains("ecoscore score --help"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("scroe");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("scroe"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("a command is required"), run.err());
    }

    @Test
    void scoreWithoutInputsIsAUsageError() {
        CliRun run = CliRun.of("score");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("ecoscore: no questionnaires given"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "-0.1", "half"})
    void minCoverageOutsideZeroToOneIsAUsageError(String value) throws IOException {
        Path f = Files.createFile(dir.resolve("a.csv"));
        CliRun run = CliRun.of("score", "--min-coverage", value, f.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--min-coverage"), run.err());
        assertTrue(run.err().contains("'" + value + "'"), run.err());
    }

    @Test
    void nodeCoverageAboveOneIsAUsageError() throws IOException {
        Path f = Files.createFile(dir.resolve("a.csv"));
        CliRun run = CliRun.of("score", "--node-coverage", "2", f.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("between 0 and 1"), run.err());
    }

    @Test
    void languageOtherThanZhOrEnIsAUsageError() throws IOException {
        Path f = Files.createFile(dir.resolve("a.csv"));
        CliRun run = CliRun.of("score", "--lang", "fr", f.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'fr' is not one of zh, en"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--duplicates=keep-all", "--weights=pca", "--method=vikor", "--by=city",
        "--split-by=industry", "--uncertainty=-5", "--min-duration=-1"})
    void badChoicesAreUsageErrors(String option) throws IOException {
        Path f = Files.createFile(dir.resolve("a.csv"));
        CliRun run = CliRun.of("score", option, f.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("ecoscore: "), run.err());
    }

    @Test
    void missingInputPathIsAUsageErrorNamingThePath() {
        String missing = dir.resolve("nope.xlsx").toString();
        CliRun run = CliRun.of("score", missing);
        assertEquals(2, run.exitCode());
        assertEquals("ecoscore: " + missing + ": no such file or folder; check the path (quote it if it contains "
                + "spaces).", run.err().strip());
    }

    @Test
    void missingRegionDataPathIsAUsageErrorForValidateToo() throws IOException {
        Path f = Files.createFile(dir.resolve("a.csv"));
        String missing = dir.resolve("regions.xlsx").toString();
        CliRun run = CliRun.of("validate", f.toString(), "--region-data", missing);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(missing + ": no such file or folder"), run.err());
    }

    @Test
    void missingFrameworkIsAUsageError() {
        String missing = dir.resolve("fw").toString();
        CliRun run = CliRun.of("framework", "show", "-f", missing);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(missing + ": no such framework"), run.err());
    }

    @Test
    void sampleNeedsAPositiveNumberOfFirms() {
        CliRun run = CliRun.of("sample", "--firms", "0", "-o", dir.resolve("s.xlsx").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--firms must be between 1 and"), run.err());
        assertTrue(Files.notExists(dir.resolve("s.xlsx")));
    }

    /** Tester's finding 1: sample (-o, --region-output) and template -o create missing folders, as score -o does. */
    @Test
    void sampleAndTemplateCreateTheFoldersOfTheirOutputs() {
        Path firms = dir.resolve("s2023/firms/firms.xlsx");
        Path regions = dir.resolve("s2023/regions/regions.xlsx");
        CliRun run = CliRun.of("sample", "--firms", "5", "-o", firms.toString(), "--region-output", regions.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(firms) && Files.isRegularFile(regions), run.out());
        Path template = dir.resolve("forms/2023/template.xlsx");
        CliRun t = CliRun.of("template", "-o", template.toString());
        assertEquals(0, t.exitCode(), t.err());
        assertTrue(Files.isRegularFile(template), t.out());
    }

    @Test
    void argFilesAreExpanded() throws IOException {
        Path args = dir.resolve("args.txt");
        Files.writeString(args, "score\n--lang\nfr\n");
        CliRun run = CliRun.of("@" + args);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'fr'"), run.err());
    }

    @Test
    void everyScoreOptionReachesTheOptionsRecord() throws IOException {
        Path f = Files.createFile(dir.resolve("firms.csv"));
        Path r = Files.createFile(dir.resolve("regions.csv"));
        Path fw = Files.createDirectory(dir.resolve("fw"));
        ScoreCommand score = new ScoreCommand();
        new CommandLine(score).parseArgs(f.toString(), "--region-data", r.toString(), "-f", fw.toString(),
                "-o", "out.xlsx", "--csv", "tables", "--sheet", "答卷", "--lang", "EN", "--duplicates", "reject",
                "--min-coverage", "60%", "--node-coverage", "0.25", "--min-duration", "90", "--exclude-flagged",
                "--weights", "ahp+entropy", "--method", "topsis", "--by", "community,size", "--strict", "-q",
                "--no-profiles", "--split-by", "region", "--uncertainty", "500", "--seed", "7", "--treat-outliers",
                "--ahp-max-cr", "0.15");
        Options o = OptionsFactory.build(score.input, score.screening, score.framework, score.lang, score.scoring);
        Options expected = new Options(List.of(f.toString()), List.of(r.toString()), fw, Path.of("out.xlsx"),
                Path.of("tables"), "答卷", Options.Lang.EN, Options.DuplicatePolicy.REJECT, 0.6, 0.25, 90,
                true, Options.WeightMethod.AHP_ENTROPY, Options.CompositeMethod.TOPSIS, List.of("community", "size"),
                true, true, Boolean.FALSE, "region", 500, 7, true).withAhpMaxCr(0.15);
        assertEquals(expected, o);
    }

    @Test
    void skipFileIsRepeatableOnScoreAndValidateAndNoPatternIsExitTwo() throws IOException {
        Path f = Files.createFile(dir.resolve("firms.csv"));
        ScoreCommand score = new ScoreCommand();
        new CommandLine(score).parseArgs(f.toString(), "--skip-file", "说明*.xlsx", "--skip-file", "old/**");
        Options o = OptionsFactory.build(score.input, score.screening, score.framework, score.lang, score.scoring);
        assertEquals(List.of("说明*.xlsx", "old/**"), o.skipFiles());
        assertEquals(List.of(), Options.defaults(List.of(), List.of()).skipFiles());
        ValidateCommand validate = new ValidateCommand();
        new CommandLine(validate).parseArgs(f.toString(), "--skip-file", "{a,b");
        org.ecoscore.core.EcoscoreException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.ecoscore.core.EcoscoreException.class, () -> OptionsFactory.build(validate.input, validate.screening,
                        validate.framework, null, null));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().startsWith("--skip-file {a,b is not a file-name pattern"), e.getMessage());
    }

    @Test
    void scoreDefaultsAreTheSpecDefaults() throws IOException {
        Path f = Files.createFile(dir.resolve("firms.csv"));
        ScoreCommand score = new ScoreCommand();
        new CommandLine(score).parseArgs(f.toString());
        Options o = OptionsFactory.build(score.input, score.screening, score.framework, score.lang, score.scoring);
        assertEquals(Options.defaults(List.of(f.toString()), List.of()), o);
    }
}
