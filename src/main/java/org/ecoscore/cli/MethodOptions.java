package org.ecoscore.cli;

import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.Options;
import picocli.CommandLine.Option;

/**
 * Mixin: how the index is computed — node coverage, weights, composite method, coupling form, outlier treatment
 * (SPEC §4). {@code score} and {@code trend} both take these, with the same names and meaning.
 */
final class MethodOptions {
    @Option(names = "--node-coverage", paramLabel = "SHARE", converter = Converters.FractionConverter.class,
            defaultValue = "0.5",
            description = "A node is scored when children carrying at least this share of its weight have a score, "
                    + "0..1 (default 0.5).")
    double nodeCoverage;

    @Option(names = "--weights", paramLabel = "METHOD", converter = Converters.WeightsConverter.class,
            defaultValue = "framework",
            description = "Weights: framework (default), equal, entropy, ahp, ahp+entropy.")
    Options.WeightMethod weights;

    @Option(names = "--ahp-max-cr", paramLabel = "X",
            description = "With several experts' AHP matrices: leave out experts whose CR is above X "
                    + "(e.g. 0.1); they are named in the Issues sheet (default: keep every expert).")
    Double ahpMaxCr;

    @Option(names = "--method", paramLabel = "METHOD", converter = Converters.MethodConverter.class,
            defaultValue = "aggregate",
            description = "Composite index: aggregate (weighted aggregation, default) or topsis.")
    Options.CompositeMethod method;

    @Option(names = "--coupling", paramLabel = "FORM", converter = Converters.CouplingConverter.class,
            defaultValue = "standard",
            description = "Coupling degree C: standard (default) or revised (Wang Shujia et al. 2021).")
    Options.CouplingForm coupling;

    @Option(names = "--treat-outliers",
            description = "Limit the influence of outlying numeric answers before normalising.")
    boolean treatOutliers;

    /**
     * {@code --ahp-max-cr} as a number (NaN when not given: every expert kept).
     *
     * @throws EcoscoreException exit 2 when it is not positive or the weights are not AHP
     */
    double ahpMaxCr() {
        if (ahpMaxCr == null) return Double.NaN;
        if (!(ahpMaxCr > 0) || ahpMaxCr.isInfinite()) {
            throw EcoscoreException.usage("--ahp-max-cr must be a positive number such as 0.1.")
                    .coded("ahp-max-cr-not-positive");
        }
        if (weights != Options.WeightMethod.AHP && weights != Options.WeightMethod.AHP_ENTROPY) {
            throw EcoscoreException.usage("--ahp-max-cr applies to AHP weights; add --weights ahp (or ahp+entropy), "
                    + "or drop --ahp-max-cr.").coded("ahp-max-cr-without-ahp");
        }
        return ahpMaxCr;
    }
}
