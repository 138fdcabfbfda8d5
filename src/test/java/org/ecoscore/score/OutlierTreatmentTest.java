package org.ecoscore.score;

import static org.ecoscore.framework.Aggregation.ARITHMETIC;
import static org.ecoscore.score.WorkedExample.NA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.RegionDictionary;
import org.ecoscore.framework.ScaleKind;
import org.ecoscore.input.InputFile;
import org.ecoscore.input.ResponseTable;
import org.ecoscore.screen.Screened;
import org.junit.jupiter.api.Test;

/** {@link OutlierTreatment}: |g1| &gt; 2 and excess kurtosis &gt; 3.5 → winsorise up to 5 points, else log. */
class OutlierTreatmentTest {
    private static final double EPS = 1e-9;

    private static Question number(String code, double min, double max, boolean log) {
        return WorkedExample.question(code, "R", Level.FIRM, ScaleKind.NUMBER, false, min, max, log, 1);
    }

    /** 1, 2, …, 10 and one extreme 100. */
    private static final double[] ONE_EXTREME = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100};

    @Test
    void momentsArePopulationSkewnessAndExcessKurtosis() {
        // 0, 0, 0, 4: mean 1; deviations -1, -1, -1, 3; m2 = 12/4 = 3, m3 = 24/4 = 6, m4 = 84/4 = 21
        // g1 = 6/3^1.5 = 2/√3; g2 = 21/9 − 3 = −2/3
        double[] m = OutlierTreatment.moments(new double[]{0, 0, NA, 0, 4});
        assertEquals(2 / Math.sqrt(3), m[0], EPS);
        assertEquals(-2.0 / 3, m[1], EPS);
        assertTrue(Double.isNaN(OutlierTreatment.moments(new double[]{5, 5, 5})[0]), "m2 = 0");
    }

    @Test
    void oneExtremeValueIsWinsorisedOnePoint() {
        // before: mean 155/11; g1 = 2.7937, g2 = 5.9240 → fails both limits.
        // winsorise 1: 100 → 10 (the next value inwards): 1..10, 10 → g1 = −0.1095, g2 = −1.3020, passes.
        // batch goalposts then 1 and 10: 5 → 100·4/9, 100 → 100.
        OutlierTreatment.Outcome o = OutlierTreatment.treat(number("X", NA, NA, false), ONE_EXTREME);
        assertEquals("winsorised 1", o.record().treatment());
        assertEquals(2.793716291, o.record().skewBefore(), 1e-8);
        assertEquals(5.924004344, o.record().kurtBefore(), 1e-8);
        assertEquals(-0.109514230, o.record().skewAfter(), 1e-8);
        assertEquals(-1.302006331, o.record().kurtAfter(), 1e-8);
        assertEquals(0, o.scores()[0], EPS);
        assertEquals(400.0 / 9, o.scores()[4], EPS);
        assertEquals(100, o.scores()[9], EPS);
        assertEquals(100, o.scores()[10], EPS);
    }

    @Test
    void heavyTailBeyondFivePointsIsLogged() {
        // thirty 1s and 2, 4, …, 2^30: after winsorising 5 points (top six all 2^25) g1 = 2.46, g2 = 4.26: still
        // fails; ln(1+x) gives g1 = 0.954, g2 = −0.576.
        double[] x = new double[60];
        for (int i = 0; i < 30; i++) x[i] = 1;
        for (int k = 1; k <= 30; k++) x[29 + k] = Math.pow(2, k);
        OutlierTreatment.Outcome o = OutlierTreatment.treat(number("X", NA, NA, false), x);
        assertEquals("log", o.record().treatment());
        assertEquals(0.9540058, o.record().skewAfter(), 1e-6);
        assertEquals(-0.5763562, o.record().kurtAfter(), 1e-6);
        // normalised on ln(1+x) between ln 2 and ln(1 + 2^30)
        double lo = Math.log(2);
        double hi = Math.log1p(Math.pow(2, 30));
        assertEquals(0, o.scores()[0], EPS);
        assertEquals(100 * (Math.log(5) - lo) / (hi - lo), o.scores()[31], EPS);
        assertEquals(100, o.scores()[59], EPS);
    }

    @Test
    void negativeValuesCannotBeLoggedAndStayUntreated() {
        double[] x = new double[60];
        for (int i = 0; i < 30; i++) x[i] = -1;
        for (int k = 1; k <= 30; k++) x[29 + k] = Math.pow(2, k);
        OutlierTreatment.Outcome o = OutlierTreatment.treat(number("X", NA, NA, false), x);
        assertEquals("untreated: negative values", o.record().treatment());
        assertNull(o.scores());
        assertEquals(o.record().skewBefore(), o.record().skewAfter(), 0);
    }

    @Test
    void negativeSkewIsWinsorisedAtTheLowerEnd() {
        double[] mirrored = new double[ONE_EXTREME.length];
        for (int i = 0; i < mirrored.length; i++) mirrored[i] = -ONE_EXTREME[i];
        OutlierTreatment.Outcome o = OutlierTreatment.treat(number("X", NA, NA, false), mirrored);
        assertEquals("winsorised 1", o.record().treatment());
        assertEquals(0.109514230, o.record().skewAfter(), 1e-8);
        assertEquals(0, o.scores()[10], EPS, "-100 pulled in to -10, the new minimum");
    }

    @Test
    void goalpostsLogTransformOrSymmetricDataAreLeftAlone() {
        assertNull(OutlierTreatment.treat(number("X", 0, 1000, false), ONE_EXTREME));
        assertNull(OutlierTreatment.treat(number("X", NA, NA, true), ONE_EXTREME));
        assertNull(OutlierTreatment.treat(number("X", NA, NA, false), new double[]{1, 2, 3, 4, 5, NA}));
    }

    @Test
    void scorerTreatsFirmQuestionAndListsTheTreatment() {
        Question q = number("X", NA, NA, false);
        Framework fw = new Framework("t", "test", List.of(new Node("R", "", "综合", "Overall", 1, ARITHMETIC, "", 2)),
                List.of(q), Map.of(), Map.of(MetaRole.ID, List.of("id")), new RegionDictionary(List.of()),
                Map.of(), List.of());
        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM, fw.questionsOf(Level.FIRM));
        b.addFile(new InputFile(0, "firms.csv", Level.FIRM, "", "table", "", ONE_EXTREME.length, null));
        int n = ONE_EXTREME.length;
        int[] scored = new int[n];
        String[] ids = new String[n];
        for (int r = 0; r < n; r++) {
            int row = b.addRow(0, r + 2);
            b.answer(0, row, ONE_EXTREME[r]);
            scored[r] = r;
            ids[r] = "F" + (r + 1);
        }
        Screened firms = new Screened(b.build(), scored, ids, new String[n], new String[n], new String[n], new int[n]);
        Options treat = new Options(List.of(), List.of(), null, null, null, null, Options.Lang.ZH,
                Options.DuplicatePolicy.KEEP_LAST, 0.5, 0.5, Double.NaN, false, Options.WeightMethod.FRAMEWORK,
                Options.CompositeMethod.AGGREGATE, List.of(), false, false, null, null, 0, 1L, true);

        Scores plain = Scorer.score(firms, null, fw, Options.defaults(List.of(), List.of()), new IssueLog());
        assertTrue(plain.outliers().isEmpty());
        assertEquals(100.0 * 4 / 99, plain.firm().score("X", 4), EPS, "untreated: goalposts 1 and 100");

        Scores s = Scorer.score(firms, null, fw, treat, new IssueLog());
        assertEquals(1, s.outliers().size());
        assertEquals("X", s.outliers().get(0).question());
        assertEquals("winsorised 1", s.outliers().get(0).treatment());
        assertEquals(400.0 / 9, s.firm().score("X", 4), EPS);
        assertEquals(400.0 / 9, s.firm().score("R", 4), EPS);
        assertArrayEquals(new int[]{11, 10, 9, 8, 7, 6, 5, 4, 3, 1, 1}, s.firm().rank());
    }
}
