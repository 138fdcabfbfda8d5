package org.ecoscore.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.screen.PanelScreened;
import org.ecoscore.screen.Screened;

/**
 * SPEC §8 expert panels: each scored row (one rater × one case) is normalised (§4.1) and aggregated (§4.3) into
 * the rater's own node scores; a case's value for a question is the mean over its raters of n, and its node
 * scores follow by §4.3 with the same weights (computed over the cases by {@code --weights}). The panel always
 * aggregates by weights ({@code --method topsis} does not apply to it). Agreement per node: Kendall's W of the
 * raters' rankings of the cases and ICC(2,1), ICC(2,k) on their node scores, over the raters with a score for
 * every case that has one; per rater (root): the mean Spearman ρ with each other rater, W without the rater,
 * and a flag when the mean ρ is below the raters' median by more than {@link #FLAG_GAP}.
 */
public final class PanelScorer {
    /** How far below the raters' median mean ρ a rater's mean ρ must be to be flagged. */
    public static final double FLAG_GAP = 0.5;
    /** The flag needs at least this many raters with a score for every case (a median of two says nothing). */
    public static final int MIN_RATERS_TO_FLAG = 3;

    private PanelScorer() {
    }

    /** The panel scored, or null when {@code panel} is null or has no scored row. */
    public static PanelScores score(PanelScreened panel, Framework framework, Options options, IssueLog issues) {
        if (panel == null) return null;
        Screened screened = panel.rows();
        int[] rows = screened.scoredRows();
        LevelTree tree = framework.tree(Level.EXPERT);
        if (rows.length == 0 || tree.root() < 0) return null;
        int m = panel.cases().size();
        int[] rowCase = new int[rows.length];
        int[] rowRater = new int[rows.length];
        for (int u = 0; u < rows.length; u++) {
            rowCase[u] = panel.caseOf(rows[u]);
            rowRater[u] = panel.raterOf(rows[u]);
        }
        QuestionScores answers = QuestionScores.of(screened, issues, null, null, Map.of());
        int items = tree.items().size();
        double[][] rowScores = new double[items][];
        double[][] caseScores = new double[items][];
        int[][] counts = new int[items][];
        for (int i : tree.questionItems()) {
            double[] n = answers.of(tree.item(i).code());
            if (n == null) {
                n = new double[rows.length];
                Arrays.fill(n, Double.NaN);
            }
            rowScores[i] = n.clone();
            counts[i] = new int[m];
            caseScores[i] = caseMeans(n, rowCase, m, counts[i]);
        }
        Map<String, AhpResult> ahp = new LinkedHashMap<>(Scorer.ahpResults(framework, options, null));
        ahp.values().removeIf(r -> !r.hasAggregate());
        double[] weights = WeightCalculator.weights(tree, caseScores, options.weights(), framework.ahp(), ahp);
        Scorer.aggregate(tree, rowScores, weights, rows.length, options.nodeCoverage());
        Scorer.aggregate(tree, caseScores, weights, m, options.nodeCoverage());
        for (int i : tree.nodeItems()) {
            counts[i] = new int[m];
            for (int u = 0; u < rows.length; u++) if (!Double.isNaN(rowScores[i][u])) counts[i][rowCase[u]]++;
        }
        double[] local = WeightCalculator.normaliseAmongSiblings(tree, weights);
        int r = panel.raters().size();
        List<PanelScores.NodeAgreement> agreement = new ArrayList<>();
        for (int i : tree.nodeItems()) {
            double[][] byRater = byRater(rowScores[i], rowCase, rowRater, r, m);
            agreement.add(agreement(tree.item(i).code(), byRater));
        }
        List<PanelScores.RaterAgreement> raters = raterAgreement(panel.raters(),
                byRater(rowScores[tree.root()], rowCase, rowRater, r, m));
        int[] rank = Ranker.rank(caseScores[tree.root()]);
        return new PanelScores(tree, panel.cases(), panel.raters(), caseScores, counts, rowScores, rowCase, rowRater,
                local, rank, agreement, raters);
    }

    /**
     * Kendall's W of the overall (root) score over the complete raters that are not flagged; NaN when no rater
     * is flagged or fewer than two remain.
     */
    public static double rootWWithoutFlagged(PanelScores p) {
        int r = p.raters().size();
        double[][] byRater = byRater(p.rowScores()[p.tree().root()], p.rowCase(), p.rowRater(), r, p.cases().size());
        boolean any = false;
        for (int k = 0; k < r; k++) {
            if (p.raterAgreement().get(k).flagged()) {
                any = true;
                Arrays.fill(byRater[k], Double.NaN); // an incomplete rater: left out by complete()
            }
        }
        if (!any) return Double.NaN;
        double[][] x = complete(byRater, new boolean[r]);
        return x.length < 2 ? Double.NaN : Concordance.kendall(x).w();
    }

    /** Mean of n per case over the rows with a value; NaN for a case none gave. */
    static double[] caseMeans(double[] n, int[] rowCase, int m, int[] counts) {
        double[] sum = new double[m];
        for (int u = 0; u < n.length; u++) {
            if (Double.isNaN(n[u])) continue;
            sum[rowCase[u]] += n[u];
            counts[rowCase[u]]++;
        }
        double[] out = new double[m];
        for (int c = 0; c < m; c++) out[c] = counts[c] == 0 ? Double.NaN : sum[c] / counts[c];
        return out;
    }

    /** [rater][case] of one item's row scores, NaN where the rater gave none. */
    static double[][] byRater(double[] scores, int[] rowCase, int[] rowRater, int r, int m) {
        double[][] out = new double[r][m];
        for (double[] row : out) Arrays.fill(row, Double.NaN);
        for (int u = 0; u < scores.length; u++) out[rowRater[u]][rowCase[u]] = scores[u];
        return out;
    }

    /**
     * The cases with at least one score, and the raters with a score for each of them: [rater][case] complete;
     * {@code keep} receives which raters were kept.
     */
    static double[][] complete(double[][] byRater, boolean[] keep) {
        int m = byRater.length == 0 ? 0 : byRater[0].length;
        boolean[] caseIn = new boolean[m];
        for (double[] row : byRater) for (int c = 0; c < m; c++) if (!Double.isNaN(row[c])) caseIn[c] = true;
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < byRater.length; k++) {
            boolean full = true;
            for (int c = 0; c < m; c++) if (caseIn[c] && Double.isNaN(byRater[k][c])) full = false;
            keep[k] = full;
            if (!full) continue;
            double[] x = new double[countTrue(caseIn)];
            int j = 0;
            for (int c = 0; c < m; c++) if (caseIn[c]) x[j++] = byRater[k][c];
            out.add(x);
        }
        return out.toArray(new double[0][]);
    }

    private static int countTrue(boolean[] b) {
        int n = 0;
        for (boolean x : b) if (x) n++;
        return n;
    }

    static PanelScores.NodeAgreement agreement(String code, double[][] byRater) {
        double[][] x = complete(byRater, new boolean[byRater.length]);
        int raters = x.length;
        int cases = raters == 0 ? 0 : x[0].length;
        Concordance.Kendall w = Concordance.kendall(x);
        double[][] targets = new double[cases][raters];
        for (int k = 0; k < raters; k++) for (int c = 0; c < cases; c++) targets[c][k] = x[k][c];
        return new PanelScores.NodeAgreement(code, w, Icc.of(targets), raters, cases);
    }

    /** Each rater's mean ρ with the others, W without the rater, and the flag (see the class comment). */
    static List<PanelScores.RaterAgreement> raterAgreement(List<String> names, double[][] byRater) {
        boolean[] keep = new boolean[byRater.length];
        double[][] x = complete(byRater, keep);
        int[] at = new int[byRater.length];
        int j = 0;
        for (int k = 0; k < byRater.length; k++) at[k] = keep[k] ? j++ : -1;
        double[] meanRho = new double[byRater.length];
        double[] without = new double[byRater.length];
        Arrays.fill(meanRho, Double.NaN);
        Arrays.fill(without, Double.NaN);
        List<Double> means = new ArrayList<>();
        if (x.length >= MIN_RATERS_TO_FLAG) {
            for (int k = 0; k < byRater.length; k++) {
                if (at[k] < 0) continue;
                double sum = 0;
                int n = 0;
                double[][] others = new double[x.length - 1][];
                int o = 0;
                for (int l = 0; l < x.length; l++) {
                    if (l == at[k]) continue;
                    others[o++] = x[l];
                    double rho = Concordance.spearman(x[at[k]], x[l]);
                    if (!Double.isNaN(rho)) {
                        sum += rho;
                        n++;
                    }
                }
                meanRho[k] = n == 0 ? Double.NaN : sum / n;
                without[k] = Concordance.kendall(others).w();
                if (!Double.isNaN(meanRho[k])) means.add(meanRho[k]);
            }
        }
        double median = median(means);
        List<PanelScores.RaterAgreement> out = new ArrayList<>();
        for (int k = 0; k < byRater.length; k++) {
            int cases = 0;
            for (double v : byRater[k]) if (!Double.isNaN(v)) cases++;
            boolean flag = !Double.isNaN(meanRho[k]) && meanRho[k] < median - FLAG_GAP;
            out.add(new PanelScores.RaterAgreement(names.get(k), cases, meanRho[k], without[k], flag));
        }
        return out;
    }

    static double median(List<Double> v) {
        if (v.isEmpty()) return Double.NaN;
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
