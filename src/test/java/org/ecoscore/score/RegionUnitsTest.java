package org.ecoscore.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.input.InputFile;
import org.ecoscore.input.ResponseTable;
import org.ecoscore.screen.Screened;
import org.junit.jupiter.api.Test;

/** SPEC §4.2 region units: which regions, in which order, with which firms and questionnaire. */
class RegionUnitsTest {

    /** Firms in 广东省, an unknown 火星, none (blank) and 北京市; a questionnaire for 上海市 only. */
    private static Screened firms(Framework fw) {
        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM, fw.questionsOf(Level.FIRM));
        b.addFile(new InputFile(0, "f.csv", Level.FIRM, "", "table", "", 5, null));
        double[] q1 = {5, 1, 3, 2, 4};
        String[] industry = {"AI", "Chips", "AI", null, "AI"};
        for (int r = 0; r < 5; r++) {
            int row = b.addRow(0, r + 2);
            b.answer(0, row, q1[r]);
            b.answer(4, row, 1);
            b.meta(MetaRole.INDUSTRY, row, industry[r]);
        }
        return new Screened(b.build(), new int[]{0, 1, 2, 3, 4}, new String[]{"a", "b", "c", "d", "e"},
                new String[5], new String[]{"广东省", "火星", null, "北京市", "广东省"},
                new String[]{"440000", "", null, "110000", "440000"}, new int[5]);
    }

    private static Screened regions(Framework fw) {
        ResponseTable.Builder b = new ResponseTable.Builder(Level.REGION, fw.questionsOf(Level.REGION));
        b.addFile(new InputFile(0, "r.csv", Level.REGION, "", "table", "", 1, null));
        int row = b.addRow(0, 2);
        b.answer(0, row, 50);
        return new Screened(b.build(), new int[]{0}, new String[]{"上海市"}, new String[1],
                new String[]{"上海市"}, new String[]{"310000"}, new int[1]);
    }

    @Test
    void knownRegionsByCodeThenUnknownByName() {
        Framework fw = WorkedExample.framework();
        RegionUnits u = RegionUnits.of(firms(fw), regions(fw));
        assertArrayEquals(new String[]{"北京市", "上海市", "广东省", "火星"}, u.names());
        assertArrayEquals(new String[]{"110000", "310000", "440000", ""}, u.codes());
        assertArrayEquals(new int[]{-1, 0, -1, -1}, u.questionnaire());
        assertArrayEquals(new int[]{0, 4}, u.firms()[2]);
        assertEquals(0, u.firms()[1].length);
    }

    @Test
    void regionWithoutFirmsHasOnlyItsRegionQuestion() {
        Framework fw = WorkedExample.framework();
        Scores s = Scorer.score(firms(fw), regions(fw), fw, Options.defaults(List.of(), List.of()), new IssueLog());
        LevelScores r = s.region();
        assertArrayEquals(new int[]{1, 0, 2, 1}, r.firmCounts());
        // 上海市: Q6 = 50 in 0–100; S2 has Q6 only (1 of 3) → missing; S1 has nothing → missing
        assertEquals(50, r.score("Q6", 1), 1e-9);
        assertTrue(Double.isNaN(r.score("S2", 1)));
        assertTrue(Double.isNaN(r.score("R", 1)));
        assertEquals(0, r.rank()[1]);
        assertEquals(0, r.coupling().grade()[1]);
        // 广东省 Q1: firms a (5 → 100) and e (4 → 75)
        assertEquals(87.5, r.score("Q1", 2), 1e-9);
    }

    @Test
    void groupStatisticsByIndustrySortedByName() {
        Framework fw = WorkedExample.framework();
        Screened f = firms(fw);
        Options options = new Options(List.of(), List.of(), null, null, null, null, Options.Lang.ZH,
                Options.DuplicatePolicy.KEEP_LAST, 0.5, 0.5, Double.NaN, false, Options.WeightMethod.FRAMEWORK,
                Options.CompositeMethod.AGGREGATE, List.of("industry"), false, false, null, null, 0, 1L, false);
        Scores s = Scorer.score(f, regions(fw), fw, options, new IssueLog());
        Statistics st = StatisticsCalculator.compute(f, regions(fw), s, fw, options);
        List<GroupStat> s1 = st.groups().stream().filter(g -> g.grouping().equals("industry")
                && g.code().equals("S1")).toList();
        assertEquals(List.of("AI", "Chips"), s1.stream().map(GroupStat::group).toList());
        // S1 = Q1 alone (weight 2 of 4 ≥ 0.5): AI firms a 100, c 50, e 75
        assertEquals(3, s1.get(0).n());
        assertEquals(75, s1.get(0).mean(), 1e-9);
        assertEquals(25, s1.get(0).sd(), 1e-9);
        assertEquals(1, s1.get(1).n());
    }
}
