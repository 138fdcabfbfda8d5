package org.ecoscore.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ecoscore.core.Options;

/**
 * The {@link Options} of a run as a user types them on the command line (SPEC §5, repeat the run): one
 * {@code --option value} row per option with its value in force (defaults included, unset ones as
 * {@code —}), and the equivalent {@code ecoscore score …} command line.
 */
final class OptionsAsTyped {
    /** One option as typed and its value in words. */
    record Row(String option, String value) {
    }

    static final String UNSET = "—";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=+,@%-]+");

    private OptionsAsTyped() {
    }

    /** Every option of {@code ecoscore score} with its value in force, inputs first. */
    static List<Row> rows(Options o, Labels l) {
        List<Row> out = new ArrayList<>();
        out.add(new Row("INPUTS", list(o.firmInputs())));
        out.add(new Row("--region-data", list(o.regionInputs())));
        out.add(new Row("--expert-data", list(o.expertInputs())));
        out.add(new Row("--skip-file", list(o.skipFiles())));
        out.add(new Row("-f, --framework", o.framework() == null ? l.get("builtIn") : o.framework().toString()));
        out.add(new Row("-o, --output", path(o.output())));
        out.add(new Row("--csv", path(o.csvDir())));
        out.add(new Row("--sheet", o.sheet() == null ? UNSET : o.sheet()));
        out.add(new Row("--lang", o.lang().id()));
        out.add(new Row("--duplicates", o.duplicates().id()));
        out.add(new Row("--min-coverage", CsvNumbers.format(o.minCoverage())));
        out.add(new Row("--node-coverage", CsvNumbers.format(o.nodeCoverage())));
        out.add(new Row("--min-duration", Double.isNaN(o.minDuration()) ? UNSET : CsvNumbers.format(o.minDuration())));
        out.add(new Row("--exclude-flagged", l.get(o.excludeFlagged() ? "yes" : "no")));
        out.add(new Row("--region-level", o.regionLevel().id()));
        out.add(new Row("--weights", o.weights().id()));
        out.add(new Row("--ahp-max-cr", Double.isNaN(o.ahpMaxCr()) ? UNSET : CsvNumbers.format(o.ahpMaxCr())));
        out.add(new Row("--method", o.method().id()));
        out.add(new Row("--coupling", o.coupling().id()));
        out.add(new Row("--by", o.by().isEmpty() ? UNSET : String.join(",", o.by())));
        out.add(new Row("--strict", l.get(o.strict() ? "yes" : "no")));
        out.add(new Row("-q, --quiet", l.get(o.quiet() ? "yes" : "no")));
        out.add(new Row("--profiles / --no-profiles", o.profiles() == null ? l.get("auto")
                : l.get(o.profiles() ? "yes" : "no")));
        out.add(new Row("--split-by", o.splitBy() == null ? UNSET : o.splitBy()));
        out.add(new Row("--uncertainty", Integer.toString(o.uncertainty())));
        out.add(new Row("--seed", Long.toString(o.seed())));
        out.add(new Row("--treat-outliers", l.get(o.treatOutliers() ? "yes" : "no")));
        out.add(new Row("--baseline", path(o.baseline())));
        out.add(new Row("--yardstick", o.baseline() == null ? UNSET : o.yardstick().id()));
        out.add(new Row("--briefs", o.briefs() == null ? UNSET : o.briefs().toString()));
        return out;
    }

    /** The command line that repeats the run (every option that matters for the numbers, written out). */
    static String commandLine(Options o) {
        List<String> a = new ArrayList<>(List.of("ecoscore", "score"));
        for (String f : o.firmInputs()) a.add(quote(f));
        if (!o.regionInputs().isEmpty()) {
            a.add("--region-data");
            for (String f : o.regionInputs()) a.add(quote(f));
        }
        if (!o.expertInputs().isEmpty()) {
            a.add("--expert-data");
            for (String f : o.expertInputs()) a.add(quote(f));
        }
        for (String g : o.skipFiles()) add(a, "--skip-file", g);
        if (o.framework() != null) add(a, "-f", o.framework().toString());
        if (o.output() != null) add(a, "-o", o.output().toString());
        if (o.csvDir() != null) add(a, "--csv", o.csvDir().toString());
        if (o.sheet() != null) add(a, "--sheet", o.sheet());
        add(a, "--lang", o.lang().id());
        add(a, "--duplicates", o.duplicates().id());
        add(a, "--min-coverage", CsvNumbers.format(o.minCoverage()));
        add(a, "--node-coverage", CsvNumbers.format(o.nodeCoverage()));
        if (!Double.isNaN(o.minDuration())) add(a, "--min-duration", CsvNumbers.format(o.minDuration()));
        if (o.excludeFlagged()) a.add("--exclude-flagged");
        if (o.regionLevel() != Options.RegionLevel.PROVINCE) add(a, "--region-level", o.regionLevel().id());
        add(a, "--weights", o.weights().id());
        if (!Double.isNaN(o.ahpMaxCr())) add(a, "--ahp-max-cr", CsvNumbers.format(o.ahpMaxCr()));
        add(a, "--method", o.method().id());
        if (o.coupling() != Options.CouplingForm.STANDARD) add(a, "--coupling", o.coupling().id());
        if (!o.by().isEmpty()) add(a, "--by", String.join(",", o.by()));
        if (o.strict()) a.add("--strict");
        if (o.quiet()) a.add("--quiet");
        if (o.profiles() != null) a.add(o.profiles() ? "--profiles" : "--no-profiles");
        if (o.splitBy() != null) add(a, "--split-by", o.splitBy());
        if (o.uncertainty() > 0) {
            add(a, "--uncertainty", Integer.toString(o.uncertainty()));
            add(a, "--seed", Long.toString(o.seed()));
        }
        if (o.treatOutliers()) a.add("--treat-outliers");
        if (o.baseline() != null) {
            add(a, "--baseline", o.baseline().toString());
            add(a, "--yardstick", o.yardstick().id());
        }
        if (o.briefs() != null) add(a, "--briefs", o.briefs().toString());
        return String.join(" ", a);
    }

    private static void add(List<String> a, String option, String value) {
        a.add(option);
        a.add(quote(value));
    }

    /** A shell word: as is when plain, else in single quotes ({@code '} as {@code '\''}). */
    static String quote(String s) {
        if (!s.isEmpty() && PLAIN.matcher(s).matches()) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String list(List<String> v) {
        return v.isEmpty() ? UNSET : String.join(", ", v);
    }

    private static String path(Path p) {
        return p == null ? UNSET : p.toString();
    }
}
