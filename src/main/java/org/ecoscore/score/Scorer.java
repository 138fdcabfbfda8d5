package org.ecoscore.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Options.CompositeMethod;
import org.ecoscore.core.Options.WeightMethod;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.AhpMatrix;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.screen.Screened;

/**
 * SPEC §4.1–§4.6: normalises the answers of both levels, forms the region values, weighs, aggregates
 * bottom-up, couples the two subsystems and ranks; on request treats outliers first
 * ({@link OutlierTreatment}), composes by {@link Topsis}, and runs the {@link UncertaintyAnalysis}.
 */
public final class Scorer {
    private Scorer() {
    }

    public static Scores score(Screened firms, Screened regions, Framework framework, Options options,
                               IssueLog issues) {
        return score(firms, regions, framework, options, issues, null);
    }

    /**
     * @param yardstick a frozen yardstick (SPEC §7: a baseline's, or all years pooled), or null for this
     *                  batch's own bounds and weights
     */
    public static Scores score(Screened firms, Screened regions, Framework framework, Options options,
                               IssueLog issues, Yardstick yardstick) {
        Map<String, AhpResult> ahpReported = ahpResults(framework, options, issues);
        Map<String, AhpResult> ahp = new LinkedHashMap<>(ahpReported);
        ahp.values().removeIf(r -> !r.hasAggregate());
        List<OutlierTreatmentRecord> outliers = new ArrayList<>();
        Map<String, OutlierTreatment.Outcome> firmTreated = options.treatOutliers()
                ? OutlierTreatment.treat(firms, outliers, q -> frozen(yardstick, Level.FIRM, q)) : Map.of();
        Map<String, OutlierTreatment.Outcome> regionTreated = options.treatOutliers()
                ? OutlierTreatment.treat(regions, outliers, q -> frozen(yardstick, Level.REGION, q)) : Map.of();
        List<NormalisationBound> bounds = new ArrayList<>();
        QuestionScores firmAnswers = QuestionScores.of(firms, issues, yardstick, bounds, firmTreated);
        QuestionScores regionAnswers = QuestionScores.of(regions, issues, yardstick, bounds, regionTreated);

        LevelTree firmTree = framework.tree(Level.FIRM);
        int[] firmRows = firms == null ? new int[0] : firms.scoredRows().clone();
        // rows made where they are filled: a question's are its scores themselves, not a copy (nothing writes a
        // question's row), and aggregation or TOPSIS makes each node's — a matrix allocated up front would be
        // garbage at once (a million firms × 33 items: 264 MB)
        double[][] firmScores = new double[firmTree.items().size()][];
        for (int i : firmTree.questionItems()) {
            double[] n = firmAnswers.of(firmTree.item(i).code());
            if (n == null) {
                n = new double[firmRows.length];
                Arrays.fill(n, Double.NaN);
            }
            firmScores[i] = n;
        }
        String[] firmIds;
        String[] firmCodes;
        if (firms != null && identity(firmRows, firms.ids().length)) {
            // every row scored: the units' ids and codes are the rows' (shared, not copied: nothing writes them)
            firmIds = firms.ids();
            firmCodes = firms.regionCode();
        } else {
            firmIds = new String[firmRows.length];
            firmCodes = new String[firmRows.length];
            for (int u = 0; u < firmRows.length; u++) {
                firmIds[u] = firms.ids()[firmRows[u]];
                firmCodes[u] = firms.regionCode()[firmRows[u]];
            }
        }
        double[] firmWeights = frozenWeights(firmTree, yardstick, options,
                WeightCalculator.weights(firmTree, firmScores, options.weights(), framework.ahp(), ahp));
        LevelScores firm = complete(Level.FIRM, firmTree, firmScores, firmWeights, framework, options, firmIds,
                firmRows, firmCodes, null);

        RegionUnits units = RegionUnits.of(firms, regions);
        LevelTree regionTree = framework.tree(Level.REGION);
        double[][] regionScores = new double[regionTree.items().size()][units.size()];
        for (int i : regionTree.questionItems()) {
            TreeItem item = regionTree.item(i);
            regionScores[i] = item.question().source() == Level.FIRM
                    ? RegionValues.firmQuestion(firmAnswers.of(item.code()), units)
                    : RegionValues.regionQuestion(regionAnswers.of(item.code()), units);
        }
        int[] counts = new int[units.size()];
        for (int r = 0; r < counts.length; r++) counts[r] = units.firms()[r].length;
        double[] regionWeights = frozenWeights(regionTree, yardstick, options,
                WeightCalculator.weights(regionTree, regionScores, options.weights(), framework.ahp(), ahp));
        LevelScores region = complete(Level.REGION, regionTree, regionScores, regionWeights, framework, options,
                units.names(), units.questionnaire(), units.codes(), counts);
        UncertaintyResult uncertainty = options.uncertainty() > 0
                ? UncertaintyAnalysis.run(firm, firmWeights, region, regionWeights, options) : null;
        return new Scores(firm, region, new ArrayList<>(ahpReported.values()), outliers, uncertainty, bounds);
    }

    /** True when {@code rows} is 0, 1, …, n − 1. */
    private static boolean identity(int[] rows, int n) {
        if (rows.length != n) return false;
        for (int u = 0; u < n; u++) if (rows[u] != u) return false;
        return true;
    }

    /**
     * The AHP results whose aggregate the weights use (those {@code --weights ahp}/{@code ahp+entropy} take), by
     * parent code; empty for other methods. Reports no issues (a scored run reports them).
     */
    public static Map<String, AhpResult> ahpInForce(Framework framework, Options options) {
        Map<String, AhpResult> ahp = new LinkedHashMap<>(ahpResults(framework, options, null));
        ahp.values().removeIf(r -> !r.hasAggregate());
        return ahp;
    }

    private static boolean frozen(Yardstick y, Level level, org.ecoscore.framework.Question q) {
        return y != null && !q.hasGoalposts() && y.bounds(level, q.code()) != null;
    }

    /**
     * Under a frozen yardstick with data-driven weights ({@code entropy}, {@code ahp+entropy}), each item the
     * yardstick weighs takes that weight (SPEC §7); other methods' weights do not come from the data.
     */
    private static double[] frozenWeights(LevelTree tree, Yardstick y, Options options, double[] own) {
        if (y == null || !dataDriven(options.weights())) return own;
        Map<String, Double> w = y.weights(tree.level());
        if (w == null) return own;
        double[] out = own.clone();
        for (int i = 0; i < out.length; i++) {
            Double f = w.get(tree.item(i).code());
            if (f != null) out[i] = f;
        }
        if (tree.root() >= 0) out[tree.root()] = 1;
        return out;
    }

    /** Weights computed from the answers: entropy and ahp+entropy (SPEC §7's yardstick). */
    public static boolean dataDriven(WeightMethod m) {
        return m == WeightMethod.ENTROPY || m == WeightMethod.AHP_ENTROPY;
    }

    /**
     * Node aggregates (SPEC §4.3, or {@link Topsis} under {@code --method topsis}), coupling and ranks of one
     * level whose question rows are filled, with the level's weights in force.
     */
    private static LevelScores complete(Level level, LevelTree tree, double[][] scores, double[] weights,
                                        Framework framework, Options options, String[] ids, int[] rows,
                                        String[] codes, int[] firmCounts) {
        int units = ids.length;
        if (options.method() == CompositeMethod.TOPSIS) {
            Topsis.fill(tree, scores, weights, options.nodeCoverage());
        } else {
            aggregate(tree, scores, weights, units, options.nodeCoverage());
        }
        // a row no pass filled (an item outside the root's tree) reads 0 as a matrix allocated whole did
        for (int i = 0; i < scores.length; i++) if (scores[i] == null) scores[i] = new double[units];
        double[] local = WeightCalculator.normaliseAmongSiblings(tree, weights);
        Coupling coupling = coupling(tree, scores, framework, options);
        int[] rank = tree.root() >= 0 ? Ranker.rank(scores[tree.root()]) : new int[units];
        return new LevelScores(level, tree, ids, rows, codes, firmCounts, scores, local, coupling, rank);
    }

    /** SPEC §4.3 bottom-up: fills the node rows of {@code scores}. */
    static void aggregate(LevelTree tree, double[][] scores, double[] weights, int units, double coverage) {
        for (int i : tree.bottomUp()) {
            TreeItem item = tree.item(i);
            if (item.isQuestion()) continue;
            int[] ch = item.children();
            double[] w = new double[ch.length];
            for (int k = 0; k < ch.length; k++) w[k] = weights[ch[k]];
            double[] s = new double[ch.length];
            double[] out = new double[units];
            for (int u = 0; u < units; u++) {
                for (int k = 0; k < ch.length; k++) s[k] = scores[ch[k]][u];
                out[u] = Aggregator.aggregate(w, s, item.aggregation(), coverage);
            }
            scores[i] = out;
        }
    }

    private static Coupling coupling(LevelTree tree, double[][] scores, Framework framework, Options options) {
        int s1 = framework.subsystem(1).map(n -> tree.indexOf(n.code())).orElse(-1);
        int s2 = framework.subsystem(2).map(n -> tree.indexOf(n.code())).orElse(-1);
        if (s1 < 0 || s2 < 0) return null;
        return CouplingCalculator.compute(scores[s1], scores[s2], options.coupling());
    }

    /**
     * The AHP results of the framework's matrices (or experts' panels, SPEC §8), in framework.csv order of their
     * parents, when the weights use them. Every matrix (each expert's and the aggregate) with CR &gt; 0.1 is an
     * {@code ahp-inconsistent} warning; an expert left out by {@code --ahp-max-cr} is an
     * {@code ahp-expert-excluded} warning, and a parent whose experts were all left out keeps its framework
     * weights ({@code ahp-no-expert}).
     */
    static Map<String, AhpResult> ahpResults(Framework framework, Options options, IssueLog issues) {
        Map<String, AhpResult> out = new LinkedHashMap<>();
        if (options.weights() != WeightMethod.AHP && options.weights() != WeightMethod.AHP_ENTROPY) return out;
        List<String> order = new ArrayList<>();
        for (Node n : framework.nodes()) if (framework.ahp().containsKey(n.code())) order.add(n.code());
        framework.ahp().keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
        for (String parent : order) {
            List<AhpMatrix> matrices = framework.ahp().get(parent);
            AhpResult r = AhpWeights.panel(matrices, options.ahpMaxCr());
            out.put(parent, r);
            if (issues == null) continue;
            for (int e = 0; e < matrices.size(); e++) {
                AhpExpertResult x = r.experts().get(e);
                AhpMatrix m = matrices.get(e);
                if (!x.included()) {
                    issues.add(m.file(), "", 0, "", "ahp-expert-excluded", Severity.WARNING,
                            String.format(Locale.ROOT, "Expert %s's AHP matrix for the children of %s is left out "
                                            + "of the aggregate: CR = %.4f > --ahp-max-cr %s; ask the expert to "
                                            + "revise it, or raise --ahp-max-cr to keep it.", x.expert(), parent,
                                    x.cr(), typed(options.ahpMaxCr())),
                            org.ecoscore.core.Issue.paramsOf("expert", x.expert(), "node", parent,
                                    "cr", String.format(Locale.ROOT, "%.4f", x.cr()), "max", typed(options.ahpMaxCr())));
                } else if (!Double.isNaN(x.cr()) && x.cr() > AhpWeights.MAX_CR) {
                    String who = x.expert().isEmpty() ? "The AHP matrix" : "Expert " + x.expert() + "'s AHP matrix";
                    issues.add(m.file(), "", 0, "", "ahp-inconsistent", Severity.WARNING,
                            String.format(Locale.ROOT, "%s for the children of %s is inconsistent (CR = %.4f > 0.1);"
                                    + " revise its pairwise comparisons so that they agree with each other.",
                                    who, parent, x.cr()),
                            org.ecoscore.core.Issue.paramsOf("form", x.expert().isEmpty() ? null : "expert",
                                    "expert", x.expert().isEmpty() ? null : x.expert(), "node", parent,
                                    "cr", String.format(Locale.ROOT, "%.4f", x.cr())));
                }
            }
            if (!r.hasAggregate()) {
                issues.add(matrices.get(0).file(), "", 0, "", "ahp-no-expert", Severity.WARNING,
                        String.format(Locale.ROOT, "Every AHP matrix for the children of %s has CR above "
                                + "--ahp-max-cr %s, so its children keep their framework weights; revise the "
                                + "matrices or raise --ahp-max-cr.", parent, typed(options.ahpMaxCr())),
                        org.ecoscore.core.Issue.paramsOf("node", parent, "max", typed(options.ahpMaxCr())));
            } else if (r.isPanel() && AhpWeights.inconsistent(r)) {
                issues.add(matrices.get(0).file(), "", 0, "", "ahp-inconsistent", Severity.WARNING,
                        String.format(Locale.ROOT, "The experts' aggregate AHP matrix for the children of %s is "
                                + "inconsistent (CR = %.4f > 0.1); the experts disagree too much: revise the "
                                + "matrices or leave out the least consistent with --ahp-max-cr.", parent, r.cr()),
                        org.ecoscore.core.Issue.paramsOf("form", "aggregate", "node", parent,
                                "cr", String.format(Locale.ROOT, "%.4f", r.cr())));
            }
        }
        return out;
    }

    /** A threshold as typed (0.1, not 0.1000). */
    private static String typed(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
