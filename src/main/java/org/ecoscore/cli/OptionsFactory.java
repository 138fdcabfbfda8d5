package org.ecoscore.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.Options;
import org.ecoscore.input.SkipPatterns;

/** The one place where the command line becomes an {@link Options} record (printed back on the Method sheet). */
final class OptionsFactory {
    static final List<String> GROUPINGS = List.of("community", "industry", "size");

    private OptionsFactory() {
    }

    /**
     * @param scoring the {@code score} options, or null for {@code validate} (no report, defaults elsewhere)
     * @throws EcoscoreException exit 2 for values picocli cannot check by itself
     */
    static Options build(InputOptions input, ScreeningOptions screening, FrameworkOption framework, LangOption lang,
                         ScoringOptions scoring) {
        input.check();
        if (scoring != null) {
            input.refuseOverwriting("-o", scoring.output);
            input.refuseOverwritingIn("--csv", scoring.csvDir);
        }
        SkipPatterns.of(input.skipFiles); // a pattern that is no glob: exit 2 before anything is read
        Options d = Options.defaults(input.firmInputs, input.regionInputs);
        double minDuration = screening.minDuration == null ? Double.NaN : screening.minDuration;
        if (scoring == null) {
            return new Options(input.firmInputs, input.regionInputs, framework.path(), null, null, input.sheet,
                    lang == null ? d.lang() : lang.report(), screening.duplicates, screening.minCoverage,
                    d.nodeCoverage(), minDuration, screening.excludeFlagged, d.weights(), d.method(), d.by(),
                    false, true, d.profiles(), null, 0, d.seed(), false, screening.regionLevel)
                    .withExpertInputs(input.expertInputs).withSkipFiles(input.skipFiles);
        }
        return new Options(input.firmInputs, input.regionInputs, framework.path(), scoring.output, scoring.csvDir,
                input.sheet, lang.report(), screening.duplicates, screening.minCoverage, scoring.method.nodeCoverage,
                minDuration, screening.excludeFlagged, scoring.method.weights, scoring.method.method, groupings(scoring.by),
                scoring.strict, scoring.quiet, scoring.profiles, splitBy(scoring.splitBy), uncertainty(scoring),
                scoring.seed, scoring.method.treatOutliers, screening.regionLevel, scoring.method.ahpMaxCr(), scoring.method.coupling,
                scoring.baseline, yardstick(scoring), scoring.briefs, input.expertInputs, input.skipFiles);
    }

    /** {@code --yardstick} says whose yardstick to use against a baseline: without --baseline it is a usage error. */
    private static Options.YardstickChoice yardstick(ScoringOptions s) {
        if (s.yardstick == null) return Options.YardstickChoice.BASELINE;
        if (s.baseline == null) {
            throw EcoscoreException.usage("--yardstick " + s.yardstick.id() + " needs --baseline: it chooses whose"
                    + " yardstick to use against an earlier run; add --baseline PREVIOUS (an earlier report or CSV"
                    + " folder), or drop --yardstick.");
        }
        return s.yardstick;
    }

    private static List<String> groupings(List<String> by) {
        List<String> out = new ArrayList<>();
        for (String b : by) {
            String g = b.trim().toLowerCase(Locale.ROOT);
            if (g.isEmpty()) continue;
            if (!GROUPINGS.contains(g)) {
                throw EcoscoreException.usage("--by '" + b + "' is not a grouping; use community, industry or size.");
            }
            if (!out.contains(g)) out.add(g);
        }
        return out;
    }

    private static String splitBy(String s) {
        if (s == null) return null;
        if (!s.trim().equalsIgnoreCase("region")) {
            throw EcoscoreException.usage("--split-by '" + s + "' is not supported; the only choice is region.");
        }
        return "region";
    }

    private static int uncertainty(ScoringOptions s) {
        if (s.uncertainty < 0) {
            throw EcoscoreException.usage("--uncertainty must be 0 (off) or a number of runs such as 1000.");
        }
        return s.uncertainty;
    }
}
