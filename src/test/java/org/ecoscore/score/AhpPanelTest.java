package org.ecoscore.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Options;
import org.ecoscore.core.Options.WeightMethod;
import org.ecoscore.framework.AhpMatrix;
import org.ecoscore.framework.Framework;
import org.junit.jupiter.api.Test;

/**
 * SPEC §8 several experts' AHP: the aggregate is the element-wise geometric mean (AIJ) of the experts' matrices;
 * CR for every expert and for the aggregate; {@code --ahp-max-cr} leaves out experts above it. Checked by hand
 * on 3×3 matrices, where two facts make hand arithmetic exact: for a reciprocal 3×3 matrix with a12 = a,
 * a13 = b, a23 = c the principal eigenvector is the row geometric means ((ab)^⅓, (c/a)^⅓, (1/(bc))^⅓), and
 * λmax = 1 + t + 1/t with t = (ac/b)^⅓ (Saaty 1980; a consistent matrix has ac = b, t = 1, λmax = 3).
 */
class AhpPanelTest {
    private static final double EPS = 1e-12;
    /** alice: a = 2, b = 4, c = 2 — consistent (ac = b), weights 4/7, 2/7, 1/7. */
    private static final double[][] ALICE = matrix(2, 4, 2);
    /** bob: a = 3, b = 1, c = 3 — t = 9^⅓. */
    private static final double[][] BOB = matrix(3, 1, 3);

    private static double[][] matrix(double a, double b, double c) {
        return new double[][]{{1, a, b}, {1 / a, 1, c}, {1 / b, 1 / c, 1}};
    }

    private static List<AhpMatrix> panel() {
        return List.of(new AhpMatrix("S2", List.of("Q4", "Q5", "Q6"), ALICE, "ahp/S2/alice.csv", "alice"),
                new AhpMatrix("S2", List.of("Q4", "Q5", "Q6"), BOB, "ahp/S2/bob.csv", "bob"));
    }

    @Test
    void eachExpertsCrAndTheGeometricMeanAggregate() {
        AhpResult r = AhpWeights.panel(panel(), Double.NaN);
        AhpExpertResult alice = r.experts().get(0);
        assertEquals("alice", alice.expert());
        assertEquals(3, alice.lambdaMax(), EPS);
        assertEquals(0, alice.cr(), 1e-12);
        assertEquals(4.0 / 7, alice.weights()[0], EPS);
        assertEquals(2.0 / 7, alice.weights()[1], EPS);
        assertEquals(1.0 / 7, alice.weights()[2], EPS);

        // bob: t = (3·3/1)^⅓ = 9^⅓ = 2.080084; λmax = 1 + t + 1/t = 3.560834; CI = 0.280417; CR = CI/0.58 = 0.483477
        AhpExpertResult bob = r.experts().get(1);
        double t = Math.cbrt(9);
        assertEquals(1 + t + 1 / t, bob.lambdaMax(), 1e-12);
        assertEquals((t + 1 / t - 2) / 2, bob.ci(), 1e-12);
        assertEquals((t + 1 / t - 2) / 2 / 0.58, bob.cr(), 1e-12);
        assertEquals(0.4834773101905506, bob.cr(), 1e-12);
        // bob's weights ∝ (3^⅓, 1, (1/3)^⅓)
        double[] g = {Math.cbrt(3), 1, Math.cbrt(1.0 / 3)};
        double sum = g[0] + g[1] + g[2];
        for (int i = 0; i < 3; i++) assertEquals(g[i] / sum, bob.weights()[i], EPS);
        assertTrue(alice.included() && bob.included());

        // AIJ: a = √(2·3) = √6, b = √(4·1) = 2, c = √(2·3) = √6 → t = (6/2)^⅓ = 3^⅓;
        // λmax = 1 + 3^⅓ + 3^-⅓ = 3.135611, CI = 0.067805, CR = 0.116906 (> 0.1)
        double ta = Math.cbrt(3);
        assertEquals(1 + ta + 1 / ta, r.lambdaMax(), 1e-12);
        assertEquals((ta + 1 / ta - 2) / 2 / 0.58, r.cr(), 1e-12);
        assertEquals(0.11690590056727641, r.cr(), 1e-12);
        // weights ∝ ((√6·2)^⅓, (√6/√6)^⅓ = 1, (1/(2√6))^⅓) = 0.516669, 0.304212, 0.179119
        double[] ga = {Math.cbrt(Math.sqrt(6) * 2), 1, Math.cbrt(1 / (2 * Math.sqrt(6)))};
        double sa = ga[0] + ga[1] + ga[2];
        for (int i = 0; i < 3; i++) assertEquals(ga[i] / sa, r.weights()[i], EPS);
        assertEquals(0.51666862, r.weights()[0], 1e-8);
        assertTrue(r.isPanel());
        assertEquals(2, r.includedCount());
    }

    @Test
    void maxCrLeavesOutTheInconsistentExpert() {
        AhpResult r = AhpWeights.panel(panel(), 0.1);
        assertTrue(r.experts().get(0).included());
        assertFalse(r.experts().get(1).included());
        assertEquals(0.4834773101905506, r.experts().get(1).cr(), 1e-12, "still reported");
        // the aggregate of alice alone is alice
        assertEquals(4.0 / 7, r.weights()[0], EPS);
        assertEquals(0, r.cr(), 1e-12);
        assertEquals(1, r.includedCount());

        AhpResult none = AhpWeights.panel(panel(), 1e-6 / 2);
        assertTrue(none.experts().get(0).included(), "alice's CR is 0 (within rounding)");
        AhpResult empty = AhpWeights.panel(List.of(panel().get(1)), 0.1);
        assertFalse(empty.hasAggregate());
        assertTrue(Double.isNaN(empty.cr()));
    }

    @Test
    void expertsMayListTheChildrenInAnotherOrder() {
        // bob's matrix written in the order Q6, Q4, Q5: same judgements
        double[][] reordered = {{1, 1 / BOB[0][2], 1 / BOB[1][2]}, {BOB[0][2], 1, BOB[0][1]},
                {BOB[1][2], BOB[1][0], 1}};
        List<AhpMatrix> p = List.of(panel().get(0),
                new AhpMatrix("S2", List.of("Q6", "Q4", "Q5"), reordered, "ahp/S2/bob.csv", "bob"));
        AhpResult a = AhpWeights.panel(panel(), Double.NaN);
        AhpResult b = AhpWeights.panel(p, Double.NaN);
        for (int i = 0; i < 3; i++) assertEquals(a.weights()[i], b.weights()[i], 1e-12);
        assertEquals(a.experts().get(1).cr(), b.experts().get(1).cr(), 1e-12);
    }

    private static Framework withPanel(List<AhpMatrix> panel) {
        Framework base = WorkedExample.framework();
        Map<String, List<AhpMatrix>> ahp = new LinkedHashMap<>();
        ahp.put("S2", panel);
        return new Framework("worked", "test", base.nodes(), base.questions(), base.scales(), Map.of(),
                base.regions(), ahp, List.of());
    }

    @Test
    void scoringUsesTheAggregateAndWarnsPerExpert() {
        Framework fw = withPanel(panel());
        IssueLog issues = new IssueLog();
        Scores s = Scorer.score(WorkedExample.firms(fw), WorkedExample.regions(fw), fw,
                Options.defaults(List.of(), List.of()).withWeights(WeightMethod.AHP), issues);
        AhpResult r = s.ahp().get(0);
        LevelScores reg = s.region();
        assertEquals(r.weights()[2], reg.localWeights()[reg.tree().indexOf("Q6")], EPS);
        // bob (0.483) and the aggregate (0.117) are inconsistent; alice is not
        List<Issue> all = issues.all();
        assertEquals(2, all.size());
        assertEquals("ahp-inconsistent", all.get(0).code());
        assertEquals("ahp/S2/bob.csv", all.get(0).file());
        assertTrue(all.get(0).message().startsWith("Expert bob's AHP matrix for the children of S2 is inconsistent "
                + "(CR = 0.4835 > 0.1)"), all.get(0).message());
        assertTrue(all.get(1).message().startsWith("The experts' aggregate AHP matrix for the children of S2"),
                all.get(1).message());
        assertTrue(org.ecoscore.fixtures.CatalogueCheck.chinese(all.get(0))
                .startsWith("专家 bob 对 S2 下级的 AHP 判断矩阵不一致（CR = 0.4835 > 0.1）"));
        assertTrue(org.ecoscore.fixtures.CatalogueCheck.chinese(all.get(1)).startsWith("专家意见汇总后，S2 下级"));
    }

    @Test
    void leftOutExpertsAreNamedAndAllLeftOutKeepsFrameworkWeights() {
        Framework fw = withPanel(panel());
        IssueLog issues = new IssueLog();
        Options o = Options.defaults(List.of(), List.of()).withWeights(WeightMethod.AHP).withAhpMaxCr(0.1);
        Scores s = Scorer.score(WorkedExample.firms(fw), WorkedExample.regions(fw), fw, o, issues);
        assertEquals(1, issues.size());
        Issue i = issues.all().get(0);
        assertEquals("ahp-expert-excluded", i.code());
        assertEquals("Expert bob's AHP matrix for the children of S2 is left out of the aggregate: CR = 0.4835 > "
                + "--ahp-max-cr 0.1; ask the expert to revise it, or raise --ahp-max-cr to keep it.", i.message());
        LevelScores reg = s.region();
        assertEquals(1.0 / 7, reg.localWeights()[reg.tree().indexOf("Q6")], EPS, "alice alone");

        Framework bobOnly = withPanel(List.of(panel().get(1)));
        IssueLog issues2 = new IssueLog();
        Scores s2 = Scorer.score(WorkedExample.firms(bobOnly), WorkedExample.regions(bobOnly), bobOnly, o, issues2);
        assertEquals(List.of("ahp-expert-excluded", "ahp-no-expert"),
                issues2.all().stream().map(Issue::code).toList());
        LevelScores reg2 = s2.region();
        assertEquals(1.0 / 3, reg2.localWeights()[reg2.tree().indexOf("Q6")], EPS, "framework weights 1, 1, 1");
        assertFalse(s2.ahp().get(0).hasAggregate());
        // in a Chinese report (issue 12 part 6)
        assertEquals("专家 bob 对 S2 下级的 AHP 判断矩阵未计入汇总：CR = 0.4835 > --ahp-max-cr 0.1。请专家修订该矩阵，"
                + "或提高 --ahp-max-cr 以保留它。", org.ecoscore.fixtures.CatalogueCheck.chinese(i));
        assertEquals("S2 下级的所有 AHP 判断矩阵 CR 均高于 --ahp-max-cr 0.1，其下级沿用指标体系中的权重。请修订判断矩阵，"
                + "或提高 --ahp-max-cr。", org.ecoscore.fixtures.CatalogueCheck.chinese(issues2.all().get(1)));
    }
}
