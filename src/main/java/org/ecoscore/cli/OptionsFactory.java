package org.ecoscore.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.Options;

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
        if (scoring != null) input.refuseOverwriting("-o", scoring.output);
        Options d = Options.defaults(input.firmInputs, input.regionInputs);
        double minDuration = screening.minDuration == null ? Double.NaN : screening.minDuration;
        if (scoring == null) {
            return new Options(input.firmInputs, input.regionInputs, framework.path(), null, null, input.sheet,
                    lang == null ? d.lang() : lang.report(), screening.duplicates, screening.minCoverage,
                    d.nodeCoverage(), minDuration, screening.excludeFlagged, d.weights(), d.method(), d.by(),
                    false, true, d.profiles(), null, 0, d.seed(), false, screening.regionLevel)
                    .withExpertInputs(input.expertInputs);
        }
        return new Options(input.firmInputs, input.regionInputs, framework.path(), scoring.output, scoring.csvDir,
                input.sheet, lang.report(), screening.duplicates, screening.minCoverage, scoring.nodeCoverage,
                minDuration, screening.excludeFlagged, scoring.weights, scoring.method, groupings(scoring.by),
                scoring.strict, scoring.quiet, scoring.profiles, splitBy(scoring.splitBy), uncertainty(scoring),
                scoring.seed, scoring.treatOutliers, screening.regionLevel, ahpMaxCr(scoring), scoring.coupling,
                scoring.baseline, scoring.yardstick, scoring.briefs, input.expertInputs);
    }

    private static double ahpMaxCr(ScoringOptions s) {
        if (s.ahpMaxCr == null) return Double.NaN;
        if (!(s.ahpMaxCr > 0) || s.ahpMaxCr.isInfinite()) {
            throw EcoscoreException.usage("--ahp-max-cr must be a positive number such as 0.1.")
                    .coded("ahp-max-cr-not-positive");
        }
        if (s.weights != Options.WeightMethod.AHP && s.weights != Options.WeightMethod.AHP_ENTROPY) {
            throw EcoscoreException.usage("--ahp-max-cr applies to AHP weights; add --weights ahp (or ahp+entropy), "
                    + "or drop --ahp-max-cr.").coded("ahp-max-cr-without-ahp");
        }
        return s.ahpMaxCr;
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
