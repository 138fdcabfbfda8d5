package org.ecoscore.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.input.InputReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Mixin: the questionnaires to read (SPEC §2) — firm files/folders, region files, the sheet. */
final class InputOptions {
    @Parameters(paramLabel = "FILE|FOLDER", arity = "0..*",
            description = "Firm questionnaires: .xlsx, .xlsm, .xls, .csv, .tsv files, or folders scanned recursively.")
    List<String> firmInputs = new ArrayList<>();

    @Option(names = "--region-data", paramLabel = "FILE", arity = "1..*",
            description = "Region questionnaires (files or folders), one row per region.")
    List<String> regionInputs = new ArrayList<>();

    @Option(names = "--expert-data", paramLabel = "FILE", arity = "1..*",
            description = "An expert panel's ratings (files or folders): one row per rater and case.")
    List<String> expertInputs = new ArrayList<>();

    @Option(names = "--skip-file", paramLabel = "GLOB",
            description = "Pass over input files whose name or path within the folder matches GLOB, or that lie in a "
                    + "folder it matches (repeatable; e.g. '说明*.xlsx', 'old'): codebooks, summaries, last year's exports.")
    List<String> skipFiles = new ArrayList<>();

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "Sheet to read in workbooks (default: the first sheet with a header row).")
    String sheet;

    /** Refuses a run with no inputs or with a path that does not exist (usage errors, exit 2). */
    void check() {
        if (firmInputs.isEmpty() && regionInputs.isEmpty() && expertInputs.isEmpty()) {
            throw EcoscoreException.usage("no questionnaires given: name at least one file or folder "
                    + "(e.g. ecoscore score answers.xlsx), region files with --region-data, or an expert panel's"
                    + " files with --expert-data.").coded("no-inputs");
        }
        checkExists(firmInputs);
        checkExists(regionInputs);
        checkExists(expertInputs);
    }

    /**
     * Refuses an output path that is one of the questionnaire files given (exit 2): ecoscore never writes over
     * its inputs (a report written over the only copy of the answers would lose them).
     */
    void refuseOverwriting(String option, Path output) {
        if (output == null || !Files.isRegularFile(output)) return;
        for (String p : allInputs()) {
            try {
                if (Files.isRegularFile(Path.of(p)) && Files.isSameFile(Path.of(p), output)) {
                    throw EcoscoreException.usage(option + " " + output + " is one of the questionnaires given: "
                            + "ecoscore never writes over its inputs; choose another " + option + " path.")
                            .coded("output-is-input", "option", option, "path", output);
                }
            } catch (java.io.IOException e) {
                // not comparable (a path that vanished meanwhile): nothing to refuse
            }
            // a file read from an input folder is an input too (new-user test: -o inside the folder replaced an export)
            if (Files.isDirectory(Path.of(p)) && InputReader.readsFromFolder(Path.of(p), output)) {
                throw EcoscoreException.usage(option + " " + output + " is read as a questionnaire from the input folder "
                        + p + ": ecoscore never writes over its inputs; choose an " + option + " path outside " + p + ".")
                        .coded("output-in-input-folder", "option", option, "path", output, "folder", p);
            }
        }
    }

    /**
     * Refuses a {@code --csv} folder whose existing files include a questionnaire given (directly or read from an
     * input folder): its tables (firms.csv, regions.csv …) would be written over it.
     */
    void refuseOverwritingIn(String option, Path folder) {
        if (folder == null) return;
        refuseTablesInInputFolder(option, folder);
        if (!Files.isDirectory(folder)) return;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) refuseOverwriting(option, f);
        } catch (java.io.IOException e) {
            // an unreadable output folder is reported when the tables are written
        }
    }

    /**
     * Refuses a {@code --csv} folder that is an input folder or lies beneath one (exit 2): the next run's scan would
     * read its tables (firms.csv, regions.csv …) as questionnaires. New-user finding: {@code --csv surveys/2026} was
     * refused naming a file of that folder the user had never given.
     */
    private void refuseTablesInInputFolder(String option, Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        for (String p : allInputs()) {
            Path in = Path.of(p);
            if (!Files.isDirectory(in)) continue;
            Path root;
            Path existing = target;
            try {
                root = in.toRealPath();
                while (existing != null && !Files.exists(existing)) existing = existing.getParent();
                if (existing == null) continue;
                Path real = existing.toRealPath().resolve(existing.relativize(target));
                if (!real.startsWith(root)) continue;
                Path rel = root.relativize(real);
                boolean hidden = false;
                for (Path part : rel) hidden |= part.toString().startsWith(".");
                if (hidden) continue;
            } catch (java.io.IOException e) {
                continue;
            }
            throw EcoscoreException.usage(option + " " + folder + " lies in the input folder " + p + ": the next run would"
                    + " read its tables (firms.csv, regions.csv …) as questionnaires; choose a " + option + " folder outside "
                    + p + ".").coded("csv-in-input-folder", "option", option, "path", folder, "folder", p);
        }
    }

    /** Every input given: firm, region and expert files and folders. */
    private List<String> allInputs() {
        List<String> all = new ArrayList<>(firmInputs);
        all.addAll(regionInputs);
        all.addAll(expertInputs);
        return all;
    }

    static void checkExists(List<String> paths) {
        for (String p : paths) {
            if (!Files.exists(Path.of(p))) {
                throw new EcoscoreException(ExitCode.USAGE, p,
                        "no such file or folder; check the path (quote it if it contains spaces).")
                        .coded("no-such-input");
            }
        }
    }
}
