package org.ecoscore.score;

import java.util.List;
import org.ecoscore.framework.LevelTree;

/**
 * An expert panel scored (SPEC §8).
 *
 * @param tree         the expert level's tree (expert questions and the nodes above them)
 * @param cases        the cases, in case-list order
 * @param raters       the raters, in order of first appearance
 * @param caseScores   [item][case]: a question's value = the mean over the case's raters of n; nodes by §4.3
 * @param raterCounts  [item][case]: how many raters gave the question (node: the rows with a node score)
 * @param rowScores    [item][row] over the scored rows (one rater × one case), nodes by §4.3: the raters' own
 *                     scores, on which the agreement is measured
 * @param rowCase      per scored row: index into {@code cases}
 * @param rowRater     per scored row: index into {@code raters}
 * @param localWeights the weights in force, normalised among siblings
 * @param rank         per case, by the root's score (SPEC §4.6)
 * @param agreement    per node of the tree (framework.csv order): W, χ², ICC
 * @param raterAgreement per rater, on the root's scores
 */
public record PanelScores(LevelTree tree, List<String> cases, List<String> raters, double[][] caseScores,
                          int[][] raterCounts, double[][] rowScores, int[] rowCase, int[] rowRater,
                          double[] localWeights, int[] rank, List<NodeAgreement> agreement,
                          List<RaterAgreement> raterAgreement) {
    public PanelScores {
        cases = List.copyOf(cases);
        raters = List.copyOf(raters);
        agreement = List.copyOf(agreement);
        raterAgreement = List.copyOf(raterAgreement);
    }

    /** A case's score at an item code, NaN when absent. */
    public double score(String code, int c) {
        int i = tree.indexOf(code);
        return i < 0 ? Double.NaN : caseScores[i][c];
    }

    /** The root's agreement (the overall score). */
    public NodeAgreement rootAgreement() {
        String root = tree.item(tree.root()).code();
        for (NodeAgreement a : agreement) if (a.code().equals(root)) return a;
        throw new IllegalStateException("no agreement for the root " + root);
    }

    /** A node's agreement over the cases: the raters used are those with a score for every case. */
    public record NodeAgreement(String code, Concordance.Kendall kendall, Icc.Result icc, int raters, int cases) {
    }

    /**
     * One rater's agreement with the others on the root's ranking of the cases.
     *
     * @param cases    cases the rater has a root score for
     * @param meanRho  mean Spearman ρ of the rater's ranking with each other complete rater's (NaN when the
     *                 rater did not score every case, or fewer than 3 raters did)
     * @param wWithout Kendall's W of the other complete raters
     * @param flagged  meanRho below the median of the raters' meanRho by more than {@link PanelScorer#FLAG_GAP}
     */
    public record RaterAgreement(String rater, int cases, double meanRho, double wWithout, boolean flagged) {
    }
}
