package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.CouplingCalculator;
import org.ecoscore.score.LevelScores;
import org.ecoscore.score.Ranker;
import org.ecoscore.score.GroupStat;
import org.ecoscore.score.Scores;
import org.ecoscore.score.Statistics;
import org.ecoscore.screen.Screened;
import org.junit.jupiter.api.Test;

/**
 * Every highlight template (DiagnosisWords hl.*) rendered from the worked example and two variants of its
 * region level, the numbers worked out by hand in the comments.
 */
class HighlightsTest {
    private static final double NA = Double.NaN;
    /**
     * The lag types explained where the Summary first names them (after the counts): S1 lags when U1/U2 < 0.8,
     * S2 lags when U1/U2 > 1.2 (Lag's thresholds), with the subsystems' codes and names of the worked example.
     */
    private static final String LAGS_ZH = "S1滞后型指 S1 体制明显落后于 S2 生态（S1 的得分不到 S2 的 0.8 倍），S2滞后型反之"
            + "（S1 的得分超过 S2 的 1.2 倍），同步型指两者相差不大。";
    private static final String LAGS_EN = " \"S1 lags\" means S1 System is well behind S2 Ecosystem (S1 scores less"
            + " than 0.8 times S2), \"S2 lags\" the reverse (S1 scores more than 1.2 times S2), synchronous that the"
            + " two are close.";

    /*
     * Worked example (WORKED-EXAMPLE.md). Firms: R = 69.403559, 50.333333, 61.111111, 14.5 → mean 48.837 → 48.8;
     * S1 = 68.75, 75, 41.667, 21.25 → 51.667 → 51.7; S2 = 70.711, 1, 100, 1 → 43.178 → 43.2.
     * Regions: 广东省 R 61.973878, 北京市 46.040018: 15.93 apart; mean of regions 54.006948, ±7.97 → 8.0.
     * Lag: 广东 r = 71.875/42.17 > 1.2 (S2 lags), 北京 r = 29.375/79.37 < 0.8 (S1 lags): one each, a tie.
     * Grades 8 and 7, one each (no mode): D mean (0.741993 + 0.694878)/2 = 0.718.
     * Region obstacles (F = ⅓, ⅙, ⅙, 1/9, 1/9, 1/9 for Q1–Q6):
     *   广东 F·I in 72nds 3, 7.5, 3, 6, 4, 3.2 (Σ 26.7): Q2 28.1%, Q4 22.5%, Q5 15.0%;
     *   北京 F·I = .208333, .125, .1375, 0, .055556, 0 (Σ .526389): Q1 39.6%, Q3 26.1%, Q2 23.7%.
     *   Largest: Q2 in 广东, Q1 in 北京: a tie, listed in element order Q1, Q2.
     * National obstacles (mean over the 4 firms): Q1 = (2/7 + 0 + 4/7 + .25/.691667)/4 = 0.3046 → 30.5%, the
     *   largest (Q3 23.3%, Q2 16.4%, Q4 15.5%, Q5 14.4%).
     * Rows: 5 read, 4 scored, F4 (北京) excluded for low coverage.
     */
    @Test
    void summaryOfTheWorkedExampleInChinese() {
        List<String> s = Highlights.summary(ReportFixtures.workedExample());
        assertEquals(List.of(
                "全国综合指数（企业平均）为 48.8 分，共 4 家企业计分。",
                "S1 体制平均 51.7 分，S2 生态平均 43.2 分。",
                "在 2 个地区中，广东省综合指数最高（62.0 分），北京市最低（46.0 分），相差 15.9 分。这些地区的企业均少于 5 家，排名不稳定，请谨慎解读。",
                "在有耦合结果的 2 个地区中，S1滞后型 1 个，S2滞后型 1 个，同步型 0 个。" + LAGS_ZH,
                "首要障碍因子最常见的是 Q1 政策清晰和 Q2 政策多变，各在 2 个地区中的 1 个居首位。",
                "就全国企业平均而言，障碍度最大的是 Q1 政策清晰（30.5%）。",
                "地区耦合协调等级从“初级协调”到“中级协调”不等，平均耦合协调度 D = 0.718。",
                "共读取企业问卷 5 行，计分 4 行，剔除 1 行（答题率不足 1 行）。"), s);
    }

    @Test
    void summaryOfTheWorkedExampleInEnglish() {
        List<String> s = Highlights.summary(ReportFixtures.workedExample("F1", "甲", Options.Lang.EN));
        assertEquals(List.of(
                "The national index (mean of firms) is 48.8; firms scored: 4.",
                "S1 System averages 51.7 and S2 Ecosystem 43.2.",
                "Of 2 regions, 广东省 ranks first (62.0) and 北京市 last (46.0), 15.9 points apart. Each rests on fewer than 5"
                        + " firms: read the ranking with caution.",
                "Regions with a coupling result: 2; S1 lags: 1, S2 lags: 1, synchronous: 0." + LAGS_EN,
                "The most common largest obstacles are Q1 Policy is clear and Q2 Policy changes often, each first in 1"
                        + " of 2 regions.",
                "Over all firms, the largest obstacle is Q1 Policy is clear (30.5% of the total).",
                "Regions' coupling grades run from “primary coordination” to “intermediate coordination”, mean D = "
                        + "0.718.",
                "Firm rows read: 5; scored: 4; excluded: 1 (1 low coverage)."), s);
    }

    /* 广东省: 2 firms (fewer than 5), its region questionnaire, nothing excluded; D = 0.741993, S1 71.875, S2 42.17. */
    @Test
    void regionProfilesOfTheWorkedExample() {
        RunResult r = ReportFixtures.workedExample();
        assertEquals(List.of(
                "广东省综合指数为 62.0 分，在 2 个地区中排名第 1，高于地区平均 8.0 分。",
                "耦合协调度 D = 0.742，属“中级协调·S2滞后型”（S1 71.9 分，S2 42.2 分）。",
                "首要障碍因子为 Q2 政策多变（障碍度 28.1%），其次是 Q4 发明专利数（22.5%）和 Q5 是否参与揭榜挂帅（15.0%）。",
                "本地区结果基于 2 家计分企业和本地区的地区问卷。",
                "企业少于 5 家，排名与置信区间不稳定，请谨慎解读。"), Highlights.region(r, 0));
        // 北京市: S1 29.375 → 29.4, S2 79.370053 → 79.4, D 0.694878 → 0.695; F4 (low coverage) is of 北京
        assertEquals(List.of(
                "北京市综合指数为 46.0 分，在 2 个地区中排名第 2，低于地区平均 8.0 分。",
                "耦合协调度 D = 0.695，属“初级协调·S1滞后型”（S1 29.4 分，S2 79.4 分）。",
                "首要障碍因子为 Q1 政策清晰（障碍度 39.6%），其次是 Q3 研发强度（26.1%）和 Q2 政策多变（23.7%）。",
                "本地区结果基于 2 家计分企业和本地区的地区问卷。",
                "企业少于 5 家，排名与置信区间不稳定，请谨慎解读。",
                "另有 1 行本地区企业问卷被剔除（答题率不足 1 行）。"), Highlights.region(r, 1));
        RunResult en = ReportFixtures.workedExample("F1", "甲", Options.Lang.EN);
        assertEquals(List.of(
                "北京市 scores 46.0 on the index, rank 2 of 2, 8.0 below the mean of regions.",
                "Coupling coordination D = 0.695: primary coordination, S1 lags (S1 29.4, S2 79.4).",
                "The largest obstacle is Q1 Policy is clear (39.6% of the total), followed by Q3 R&D intensity (26.1%)"
                        + " and Q2 Policy changes often (23.7%).",
                "Scored firms: 2, with the region questionnaire.",
                "Fewer than 5 firms: read the rank and CI with caution.",
                "Firm rows of the region excluded: 1 (1 low coverage)."), Highlights.region(en, 1));
        assertEquals("广东省 scores 62.0 on the index, rank 1 of 2, 8.0 above the mean of regions.",
                Highlights.region(en, 0).get(0));
    }

    /**
     * The worked example with its region level replaced by three regions: question scores q[question][unit]
     * (Q1–Q6), subsystem scores s1, s2 (coupling from them), index r (ranks from it), firm counts and whether
     * each has its region questionnaire; every firm row scored when {@code allScored}.
     */
    static RunResult variant(Options.Lang lang, String[] names, double[] r, double[] s1, double[] s2,
                                     double[][] q, int[] firms, int[] rows, boolean allScored) {
        RunResult base = ReportFixtures.workedExample("F1", "甲", lang);
        LevelScores reg = base.scores().region();
        double[][] s = new double[9][];
        s[0] = r;
        s[1] = s1;
        s[2] = s2;
        for (int i = 0; i < 6; i++) s[3 + i] = q[i];
        LevelScores region = new LevelScores(Level.REGION, reg.tree(), names, rows, new String[names.length], firms,
                s, reg.localWeights(), CouplingCalculator.compute(s1, s2), Ranker.rank(r));
        Screened f = base.firms();
        Screened screened = allScored ? new Screened(f.table(), new int[] {0, 1, 2, 3, 4}, f.ids(), new String[5],
                f.regionName(), f.regionCode(), f.flags()) : f;
        return new RunResult(base.options(), base.framework(), screened, base.regions(),
                new Scores(base.scores().firm(), region, List.of()), base.statistics(), base.issues(),
                base.toolVersion(), base.started());
    }

    static final String[] NAMES = {"天津市", "河北省", "山西省"};

    /*
     * 天津市 S1 30, S2 60 (r 0.5): C = 2√.18/.9 = 0.942809, T .45, D = √.424264 = 0.651356 → grade 7;
     * 河北省 S1 32, S2 64 (r 0.5): C the same, T .48, D = √.452548 = 0.672717 → grade 7; 山西省 no index.
     * Both lags S1; both grade 7 (初级协调), mean D 0.662037 → 0.662.
     * Obstacles: 天津 only Q6 < 100 → Q6 100%; 河北 likewise (Q6 = 0) → Q6 first in 2 of 2 regions.
     * 天津 R 45 vs mean of regions (45 + 48)/2 = 46.5: 1.5 below, rank 2 of 2.
     */
    @Test
    void variantWithOneLagTypeOneGradeAndOneObstacle() {
        double[][] q = {{100, 100, NA}, {100, 100, NA}, {100, 100, NA}, {100, 100, NA}, {100, 100, NA},
            {40, 0, NA}};
        RunResult r = variant(Options.Lang.ZH, NAMES, new double[] {45, 48, NA}, new double[] {30, 32, NA},
                new double[] {60, 64, NA}, q, new int[] {3, 0, 0}, new int[] {0, -1, -1}, true);
        List<String> s = Highlights.summary(r);
        assertEquals(List.of(
                "全国综合指数（企业平均）为 48.8 分，共 4 家企业计分。",
                "S1 体制平均 51.7 分，S2 生态平均 43.2 分。",
                "在 2 个地区中，河北省综合指数最高（48.0 分），天津市最低（45.0 分），相差 3.0 分。这些地区的企业均少于 5 家，排名不稳定，请谨慎解读。",
                // the counts show S1 lags the most; no second sentence repeats it
                "在有耦合结果的 2 个地区中，S1滞后型 2 个，S2滞后型 0 个，同步型 0 个。" + LAGS_ZH,
                "最常见的首要障碍因子是 Q6 引导基金规模，在 2 个地区中的 2 个居首位。",
                "就全国企业平均而言，障碍度最大的是 Q1 政策清晰（30.5%）。",
                "全部 2 个地区的耦合协调等级均为“初级协调”，平均耦合协调度 D = 0.662。",
                "共读取企业问卷 5 行，全部计分。"), s);
        assertEquals(List.of(
                "天津市综合指数为 45.0 分，在 2 个地区中排名第 2，低于地区平均 1.5 分。",
                "耦合协调度 D = 0.651，属“初级协调·S1滞后型”（S1 30.0 分，S2 60.0 分）。",
                "首要障碍因子为 Q6 引导基金规模（障碍度 100.0%）。",
                "本地区结果基于 3 家计分企业和本地区的地区问卷。",
                "企业少于 5 家，排名与置信区间不稳定，请谨慎解读。"), Highlights.region(r, 0));
        assertEquals(List.of(
                "山西省没有综合指数（有得分的题目不足）。",
                "本地区结果基于 0 家计分企业，没有地区问卷。",
                "企业少于 5 家，排名与置信区间不稳定，请谨慎解读。"), Highlights.region(r, 2));

        RunResult en = variant(Options.Lang.EN, NAMES, new double[] {45, 48, NA}, new double[] {30, 32, NA},
                new double[] {60, 64, NA}, q, new int[] {3, 0, 0}, new int[] {0, -1, -1}, true);
        List<String> e = Highlights.summary(en);
        assertEquals("Regions with a coupling result: 2; S1 lags: 2, S2 lags: 0, synchronous: 0." + LAGS_EN, e.get(3));
        assertEquals("The most common largest obstacle is Q6 Guidance fund size, first in 2 of 2 regions.", e.get(4));
        assertEquals("Every region with a coupling result (2) is at the coupling grade “primary coordination”, mean D"
                + " = 0.662.", e.get(6));
        assertEquals("Firm rows read: 5, all scored.", e.get(7));
        assertEquals(List.of("山西省 has no index (too few questions with a score).",
                "Scored firms: 0; no region questionnaire.", "Fewer than 5 firms: read the rank and CI with caution."),
                Highlights.region(en, 2));
        assertEquals("The largest obstacle is Q6 Guidance fund size (100.0% of the total).",
                Highlights.region(en, 0).get(2));
    }

    /*
     * 天津 50/50 and 河北 60/60 synchronous, 山西 20/80 (r .25) S1 lags: synchronous the most common.
     * D: √(1·.5) = 0.707107 → 8, √(1·.6) = 0.774597 → 8, √(.8·.5) = 0.632456 → 7; mode 8 (2 regions), range 7–8,
     * mean (0.707107 + 0.774597 + 0.632456)/3 = 0.704720 → 0.705.
     */
    @Test
    void variantWhereMostRegionsAreSynchronousAndOneGradeDominates() {
        double[][] q = new double[6][];
        for (int i = 0; i < 6; i++) q[i] = new double[] {50, 60, 20};
        for (Options.Lang lang : Options.Lang.values()) {
            RunResult r = variant(lang, NAMES, new double[] {50, 60, 50}, new double[] {50, 60, 20},
                    new double[] {50, 60, 80}, q, new int[] {6, 6, 6}, new int[] {0, 1, 2}, false);
            List<String> s = Highlights.summary(r);
            if (lang == Options.Lang.ZH) {
                assertEquals("在有耦合结果的 3 个地区中，S1滞后型 1 个，S2滞后型 0 个，同步型 2 个。" + LAGS_ZH, s.get(3));
                assertEquals("地区耦合协调等级以“中级协调”为主（2 个地区），从“初级协调”到“中级协调”不等，平均耦合协调度 D = 0.705。",
                        s.get(6));
                assertEquals("河北省综合指数为 60.0 分，在 3 个地区中排名第 1，高于地区平均 6.7 分。",
                        Highlights.region(r, 1).get(0));
            } else {
                assertEquals("Regions with a coupling result: 3; S1 lags: 1, S2 lags: 0, synchronous: 2." + LAGS_EN, s.get(3));
                assertEquals("Most regions are at the coupling grade “intermediate coordination” (2); grades run from"
                        + " “primary coordination” to “intermediate coordination”, mean D = 0.705.", s.get(6));
                assertEquals("Coupling coordination D = 0.707: intermediate coordination, synchronous (S1 50.0, S2"
                        + " 50.0).", Highlights.region(r, 0).get(1));
            }
        }
    }

    /*
     * New-user test: a region of one firm led the Summary. 山西 60 rests on 1 firm, 河北 48 on 7, 天津 45 on 6:
     * among the two on ≥ 5 firms 河北 is first and 天津 last, 48 − 45 = 3.0 points; 山西 is left out. With 河北
     * on 4 firms too, only one region rests on 5 or more: all three are compared, with how many are few (2).
     */
    @Test
    void regionsOnFewerThanFiveFirmsDoNotLeadTheSummary() {
        double[][] q = new double[6][];
        for (int i = 0; i < 6; i++) q[i] = new double[] {45, 48, 60};
        double[] r = {45, 48, 60};
        double[] s1 = {40, 45, 55};
        double[] s2 = {50, 50, 65};
        assertEquals("在企业不少于 5 家的 2 个地区中，河北省综合指数最高（48.0 分），天津市最低（45.0 分），相差 3.0 分；"
                + "另有 1 个地区企业少于 5 家，未列入此比较。", Highlights.summary(variant(Options.Lang.ZH, NAMES, r, s1, s2, q,
                new int[] {6, 7, 1}, new int[] {0, 1, 2}, true)).get(2));
        assertEquals("Of the 2 regions resting on 5 or more firms, 河北省 has the highest index (48.0) and 天津市 the"
                + " lowest (45.0), 3.0 points apart (regions on fewer firms, left out of this comparison: 1).",
                Highlights.summary(variant(Options.Lang.EN, NAMES, r, s1, s2, q, new int[] {6, 7, 1},
                        new int[] {0, 1, 2}, true)).get(2));
        assertEquals("在 3 个地区中，山西省综合指数最高（60.0 分），天津市最低（45.0 分），相差 15.0 分。其中 2 个地区企业少于 5 家，"
                + "排名不稳定，请谨慎解读。", Highlights.summary(variant(Options.Lang.ZH, NAMES, r, s1, s2, q,
                new int[] {6, 4, 1}, new int[] {0, 1, 2}, true)).get(2));
    }

    @Test
    void numbersFollowTheLanguage() {
        NumberWords zh = new NumberWords(false);
        NumberWords en = new NumberWords(true);
        assertEquals("12345", zh.count(12345));
        assertEquals("12,345", en.count(12345));
        assertEquals("A1 甲、B1 乙和 C1 丙", zh.list(List.of("A1 甲", "B1 乙", "C1 丙")));
        assertEquals("A, B and C", en.list(List.of("A", "B", "C")));
        assertEquals("甲和乙", zh.list(List.of("甲", "乙")));
        assertEquals("A 和 B", zh.list(List.of("A", "B")));
        assertEquals("23.5%", zh.share(0.2345));
        assertEquals("29.4", en.score(29.375), "half up, as written by hand");
        assertEquals("8.0", en.points(-7.96693));
    }

    /*
     * Regression (new-user test): with one of two ranked regions on fewer than 5 firms the caution takes the
     * singular. The worked example with 广东省 on 6 firms and 北京市 on 2: only one region rests on 5 or more, so both
     * are compared, and the one on fewer is named with "rests".
     */
    @Test
    void cautionForOneRegionOnFewFirmsTakesTheSingular() {
        for (Options.Lang lang : Options.Lang.values()) {
            RunResult r = ReportFixtures.workedExample("F1", "甲", lang);
            LevelScores g = r.scores().region();
            LevelScores six = new LevelScores(g.level(), g.tree(), g.unitIds(), g.unitRows(), g.unitCodes(),
                    new int[] {6, 2}, g.scores(), g.localWeights(), g.coupling(), g.rank());
            Scores s = r.scores();
            Statistics t = r.statistics();
            List<GroupStat> groups = t.groups().stream().map(x -> x.group().equals("广东省")
                    ? new GroupStat(x.grouping(), x.group(), x.code(), 6, x.mean(), x.sd(), x.ciLow(), x.ciHigh()) : x)
                    .toList();
            RunResult one = new RunResult(r.options(), r.framework(), r.firms(), r.regions(),
                    new Scores(s.firm(), six, s.ahp(), s.outliers(), s.uncertainty(), s.normalisation()),
                    new Statistics(t.questions(), t.nodes(), t.reliability(), groups, t.validity()), r.issues(), r.toolVersion(), r.started(), r.baseline(), r.experts(), r.panel(),
                    r.changes());
            String sentence = Highlights.summary(one).get(2);
            assertEquals(lang == Options.Lang.EN
                    ? "Of 2 regions, 广东省 ranks first (62.0) and 北京市 last (46.0), 15.9 points apart. Of these, 1 rests"
                            + " on fewer than 5 firms: read the ranking with caution."
                    : "在 2 个地区中，广东省综合指数最高（62.0 分），北京市最低（46.0 分），相差 15.9 分。其中 1 个地区企业少于 5 家，"
                            + "排名不稳定，请谨慎解读。", sentence);
        }
    }
}
