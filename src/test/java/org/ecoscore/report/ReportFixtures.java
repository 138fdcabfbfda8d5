package org.ecoscore.report;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Aggregation;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkFile;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.Region;
import org.ecoscore.framework.RegionDictionary;
import org.ecoscore.framework.Scale;
import org.ecoscore.framework.ScaleKind;
import org.ecoscore.input.InputFile;
import org.ecoscore.input.ResponseTable;
import org.ecoscore.score.Coupling;
import org.ecoscore.score.GroupStat;
import org.ecoscore.score.LevelScores;
import org.ecoscore.score.NodeStat;
import org.ecoscore.score.OutlierTreatmentRecord;
import org.ecoscore.score.RankInterval;
import org.ecoscore.score.QuestionStat;
import org.ecoscore.score.Reliability;
import org.ecoscore.score.Scores;
import org.ecoscore.score.Statistics;
import org.ecoscore.score.UncertaintyResult;
import org.ecoscore.screen.Screened;
import org.ecoscore.result.RunResult;

/**
 * Hand-built run results for report tests: the framework and numbers of WORKED-EXAMPLE.md (firm level:
 * F1, F2, F3, F5 scored, F4 excluded for low coverage), and a large synthetic batch for the streaming path.
 */
final class ReportFixtures {
    static final Instant STARTED = Instant.parse("2025-03-01T08:00:00Z");
    static final double NaN = Double.NaN;

    /** Item order at the firm level: R, S1, S2, Q1..Q5. */
    static final double[][] FIRM_QUESTION_SCORES = {
        {75, 100, 50, 25}, // Q1 for F1, F2, F3, F5
        {75, 0, NaN, 25}, // Q2
        {50, 100, 25, 10}, // Q3
        {50, 0, 100, NaN}, // Q4
        {100, 0, 100, 0}, // Q5
    };
    static final double[] FIRM_S1 = {68.75, 75, 125.0 / 3, 21.25};
    static final double[] FIRM_S2 = {Math.sqrt(5000), 1, 100, 1};

    private ReportFixtures() {
    }

    static Framework framework() {
        Map<Integer, List<String>> labels = Map.of(1, List.of("非常不同意"), 2, List.of("不同意"), 3, List.of("一般"),
                4, List.of("同意"), 5, List.of("非常同意"));
        Scale agree5 = new Scale("agree5", 1, 5, Map.of("非常不同意", 1, "不同意", 2, "一般", 3, "同意", 4,
                "非常同意", 5), labels);
        List<Node> nodes = List.of(
                new Node("R", "", "综合", "Overall", 1, Aggregation.ARITHMETIC, "", 2),
                new Node("S1", "R", "体制", "System", 2, Aggregation.ARITHMETIC, "subsystem1", 3),
                new Node("S2", "R", "生态", "Ecosystem", 1, Aggregation.GEOMETRIC, "subsystem2", 4));
        List<Question> qs = List.of(
                q("Q1", "S1", Level.FIRM, "agree5", ScaleKind.NAMED, agree5, false, NaN, NaN, false, 2, "政策清晰",
                        "Policy is clear", 2),
                q("Q2", "S1", Level.FIRM, "agree5", ScaleKind.NAMED, agree5, true, NaN, NaN, false, 1, "政策多变",
                        "Policy changes often", 3),
                q("Q3", "S1", Level.FIRM, "percent", ScaleKind.PERCENT, null, false, 0, 20, false, 1, "研发强度",
                        "R&D intensity", 4),
                q("Q4", "S2", Level.FIRM, "number", ScaleKind.NUMBER, null, false, NaN, NaN, true, 1, "发明专利数",
                        "Invention patents", 5),
                q("Q5", "S2", Level.FIRM, "yesno", ScaleKind.YESNO, null, false, NaN, NaN, false, 1, "是否参与揭榜挂帅",
                        "Took part in open competitions", 6),
                q("Q6", "S2", Level.REGION, "number", ScaleKind.NUMBER, null, false, 0, 100, false, 1, "引导基金规模",
                        "Guidance fund size", 7));
        RegionDictionary dict = new RegionDictionary(List.of(
                new Region("440000", "广东省", "广东", "Guangdong", List.of()),
                new Region("110000", "北京市", "北京", "Beijing", List.of())));
        return new Framework("worked", "indicators/worked", nodes, qs, Map.of("agree5", agree5),
                Map.of(MetaRole.ID, List.of("统一社会信用代码", "id"), MetaRole.NAME, List.of("企业名称", "name"),
                        MetaRole.REGION, List.of("所在地区", "region")), dict, Map.of(),
                List.of(new FrameworkFile("framework.csv", "a".repeat(64)),
                        new FrameworkFile("questions.csv", "b".repeat(64))));
    }

    private static Question q(String code, String parent, Level source, String scaleName, ScaleKind kind, Scale scale,
                              boolean reverse, double min, double max, boolean log, double weight, String zh, String en,
                              int line) {
        return new Question(code, parent, source, scaleName, kind, scale, reverse, min, max, log, weight, zh, en,
                List.of(), line);
    }

    /** The worked example with its own ids and names. */
    static RunResult workedExample() {
        return workedExample("F1", "甲", Options.Lang.ZH);
    }

    /** The worked example with F1's id and name replaced (e.g. by formula-looking text). */
    static RunResult workedExample(String firstId, String firstName, Options.Lang lang) {
        return workedExample(firstId, firstName, lang, false);
    }

    /** The worked example with F1's community, industry and size filled in (高新区, 软件, 中型) when asked. */
    static RunResult workedExample(String firstId, String firstName, Options.Lang lang, boolean fullMeta) {
        Framework fw = framework();
        List<Question> firmQs = fw.questionsOf(Level.FIRM);
        ResponseTable.Builder fb = new ResponseTable.Builder(Level.FIRM, firmQs);
        fb.addFile(new InputFile(0, "data/firms.csv", Level.FIRM, "", "table", "c".repeat(64), 5, null));
        String[] ids = {firstId, "F2", "F3", "F4", "F5"};
        String[] names = {firstName, "乙", "丙", "丁", "戊"};
        String[] written = {"广东", "广东省", "北京", "北京市", "北京"};
        double[][] raw = {{4, 2, 10, 9, 1}, {5, 5, 25, 0, 0}, {3, NaN, 5, 99, 1}, {NaN, 3, NaN, NaN, NaN},
            {2, 4, 2, NaN, 0}};
        for (int r = 0; r < 5; r++) {
            int row = fb.addRow(0, r + 2);
            fb.meta(MetaRole.ID, row, ids[r]);
            fb.meta(MetaRole.NAME, row, names[r]);
            fb.meta(MetaRole.REGION, row, written[r]);
            for (int q = 0; q < 5; q++) if (!Double.isNaN(raw[r][q])) fb.answer(q, row, raw[r][q]);
            if (fullMeta && r == 0) {
                fb.meta(MetaRole.COMMUNITY, row, "高新区");
                fb.meta(MetaRole.INDUSTRY, row, "软件");
                fb.meta(MetaRole.SIZE, row, "中型");
            }
        }
        fb.invalid(0, 3);
        ResponseTable firmTable = fb.build();
        Screened firms = new Screened(firmTable, new int[] {0, 1, 2, 4}, ids,
                new String[] {null, null, null, "low-coverage", null},
                new String[] {"广东省", "广东省", "北京市", "北京市", "北京市"},
                new String[] {"440000", "440000", "110000", "110000", "110000"}, new int[] {0, 0, 0, 0, 2});

        ResponseTable.Builder rb = new ResponseTable.Builder(Level.REGION, fw.questionsOf(Level.REGION));
        rb.addFile(new InputFile(0, "data/regions.csv", Level.REGION, "", "table", "d".repeat(64), 2, null));
        String[] rnames = {"广东省", "北京市"};
        double[] q6 = {60, 150};
        for (int r = 0; r < 2; r++) {
            int row = rb.addRow(0, r + 2);
            rb.meta(MetaRole.REGION, row, rnames[r]);
            rb.answer(0, row, q6[r]);
        }
        Screened regions = new Screened(rb.build(), new int[] {0, 1}, rnames, new String[2], rnames,
                new String[] {"440000", "110000"}, new int[2]);

        LevelScores firm = firmLevel(fw.tree(Level.FIRM));
        LevelScores region = regionLevel(fw.tree(Level.REGION));
        Scores scores = new Scores(firm, region, List.of());
        Statistics stats = new Statistics(
                List.of(new QuestionStat(Level.FIRM, "Q1", 4, 0, 0, 3.5, Math.sqrt(5.0 / 3), 62.5),
                        new QuestionStat(Level.FIRM, "Q2", 3, 1, 0, 11.0 / 3, 1.0 / 3, 100.0 / 3),
                        new QuestionStat(Level.REGION, "Q6", 2, 0, 0, 105, 63.63961030678928, 80)),
                List.of(new NodeStat(Level.FIRM, "R", 4, 48.83623, 23.5), new NodeStat(Level.FIRM, "S1", 4, 51.6666, 24)),
                List.of(new Reliability("S1", List.of("Q1", "Q2"), 3, 0.123456789, new double[] {NaN, NaN},
                        new double[] {0.1, 0.1})),
                List.of(new GroupStat("region", "广东省", "R", 2, 59.86844, 14.36, -69.2, 188.9),
                        new GroupStat("region", "北京市", "R", 2, 37.80556, 32.95, -258.2, 333.9)));
        IssueLog log = new IssueLog();
        log.add("data/firms.csv", "", 5, "D", "invalid-value", Severity.WARNING,
                "Q1: \"=abc\" is not a valid answer; it is treated as missing.");
        log.add("data/firms.csv", "", 5, "", "low-coverage", Severity.INFO,
                "1 of 5 questions answered (0.2 < 0.5): the row is excluded.");
        log.add("data/broken.xlsx", "", 0, "", "unreadable", Severity.ERROR, "The file is not a workbook.");
        Options opts = Options.defaults(List.of("data"), List.of("data/regions.csv")).withLang(lang);
        return new RunResult(opts, fw, firms, regions, scores, stats, log, "0.1.0-test", STARTED);
    }

    private static LevelScores firmLevel(LevelTree tree) {
        int units = 4;
        double[][] s = new double[tree.items().size()][];
        s[1] = FIRM_S1.clone();
        s[2] = FIRM_S2.clone();
        s[0] = new double[units];
        for (int u = 0; u < units; u++) s[0][u] = (2 * s[1][u] + s[2][u]) / 3;
        for (int q = 0; q < 5; q++) s[3 + q] = FIRM_QUESTION_SCORES[q].clone();
        return new LevelScores(Level.FIRM, tree, new String[] {"F1", "F2", "F3", "F5"}, new int[] {0, 1, 2, 4},
                new String[] {"440000", "440000", "110000", "110000"}, null, s,
                new double[] {1, 2.0 / 3, 1.0 / 3, 0.5, 0.25, 0.25, 0.5, 0.5}, coupling(s[1], s[2]),
                new int[] {1, 3, 2, 4});
    }

    private static LevelScores regionLevel(LevelTree tree) {
        double[][] s = new double[tree.items().size()][];
        // items: R, S1, S2, Q1..Q6
        double[][] q = {{87.5, 37.5}, {37.5, 25}, {75, 17.5}, {25, 100}, {50, 50}, {60, 100}};
        for (int i = 0; i < 6; i++) s[3 + i] = q[i];
        s[1] = new double[2];
        s[2] = new double[2];
        s[0] = new double[2];
        for (int u = 0; u < 2; u++) {
            s[1][u] = (2 * q[0][u] + q[1][u] + q[2][u]) / 4;
            s[2][u] = Math.cbrt(q[3][u] * q[4][u] * q[5][u]);
            s[0][u] = (2 * s[1][u] + s[2][u]) / 3;
        }
        return new LevelScores(Level.REGION, tree, new String[] {"广东省", "北京市"}, new int[] {0, 1},
                new String[] {"440000", "110000"}, new int[] {2, 2}, s,
                new double[] {1, 2.0 / 3, 1.0 / 3, 0.5, 0.25, 0.25, 1.0 / 3, 1.0 / 3, 1.0 / 3},
                coupling(s[1], s[2]), new int[] {1, 2});
    }

    /** SPEC §4.5 on two score arrays. */
    static Coupling coupling(double[] s1, double[] s2) {
        int n = s1.length;
        double[] c = new double[n];
        double[] t = new double[n];
        double[] d = new double[n];
        int[] g = new int[n];
        org.ecoscore.score.Lag[] lag = new org.ecoscore.score.Lag[n];
        for (int u = 0; u < n; u++) {
            lag[u] = org.ecoscore.score.Lag.of(s1[u], s2[u]);
            double u1 = s1[u] / 100;
            double u2 = s2[u] / 100;
            c[u] = u1 + u2 == 0 ? 0 : 2 * Math.sqrt(u1 * u2) / (u1 + u2);
            t[u] = (u1 + u2) / 2;
            d[u] = Math.sqrt(c[u] * t[u]);
            g[u] = Math.min(10, (int) Math.floor(10 * d[u]) + 1);
        }
        return new Coupling(c, t, d, g, lag);
    }

    /** n synthetic firms over 12 regions with deterministic scores, for the streaming path. */
    static RunResult manyFirms(int n) {
        return manyFirms(n, r -> "企业" + r);
    }

    /** As {@link #manyFirms(int)}, the firm on data row r named {@code nameOf.apply(r)}. */
    static RunResult manyFirms(int n, java.util.function.IntFunction<String> nameOf) {
        Framework fw = framework();
        RunResult base = workedExample();
        List<Question> firmQs = fw.questionsOf(Level.FIRM);
        ResponseTable.Builder fb = new ResponseTable.Builder(Level.FIRM, firmQs);
        fb.addFile(new InputFile(0, "big.xlsx", Level.FIRM, "Sheet1", "table", "e".repeat(64), n, null));
        String[] ids = new String[n];
        String[] regionNames = new String[n];
        String[] regionCodes = new String[n];
        int[] rows = new int[n];
        LevelTree tree = fw.tree(Level.FIRM);
        double[][] s = new double[tree.items().size()][n];
        for (int r = 0; r < n; r++) {
            int row = fb.addRow(0, r + 2);
            ids[r] = String.format("91%016d", r);
            fb.meta(MetaRole.ID, row, ids[r]);
            fb.meta(MetaRole.NAME, row, nameOf.apply(r));
            regionNames[r] = "地区" + (r % 12);
            regionCodes[r] = "";
            rows[r] = r;
            for (int q = 0; q < 5; q++) s[3 + q][r] = (r * 7 + q * 13) % 101;
            s[1][r] = (2 * s[3][r] + s[4][r] + s[5][r]) / 4;
            s[2][r] = Math.sqrt(Math.max(1, s[6][r]) * Math.max(1, s[7][r]));
            s[0][r] = (2 * s[1][r] + s[2][r]) / 3;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(s[0][b], s[0][a]));
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
            int u = order[k];
            rank[u] = k > 0 && s[0][order[k - 1]] == s[0][u] ? rank[order[k - 1]] : k + 1;
        }
        String[] none = new String[n];
        Screened firms = new Screened(fb.build(), rows, ids, none, regionNames, regionCodes, new int[n]);
        LevelScores firm = new LevelScores(Level.FIRM, tree, ids.clone(), rows, regionCodes, null, s,
                new double[] {1, 2.0 / 3, 1.0 / 3, 0.5, 0.25, 0.25, 0.5, 0.5}, coupling(s[1], s[2]), rank);
        return new RunResult(base.options(), fw, firms, base.regions(),
                new Scores(firm, base.scores().region(), List.of()), base.statistics(), new IssueLog(),
                "0.1.0-test", STARTED);
    }

    /** α of the second reliability entry of {@link #extended}: above 0.7, not highlighted. */
    static final double HIGH_ALPHA = 0.8123;

    /**
     * The worked example with the extensions switched on: reliability for S1 (α 0.123…, low) and S2
     * ({@link #HIGH_ALPHA}), community groups (高新区: F1, F3; 老城区: F2, F5) when {@code by} names community,
     * rank intervals when {@code uncertainty}, one outlier treatment of Q4 when {@code treatOutliers}.
     */
    static RunResult extended(Options.Lang lang, List<String> by, String splitBy, boolean uncertainty,
                              boolean treatOutliers) {
        RunResult base = workedExample("F1", "甲", lang);
        Options o = base.options();
        Options opts = new Options(o.firmInputs(), o.regionInputs(), o.framework(), o.output(), o.csvDir(), o.sheet(),
                o.lang(), o.duplicates(), o.minCoverage(), o.nodeCoverage(), o.minDuration(), o.excludeFlagged(),
                o.weights(), o.method(), by, o.strict(), o.quiet(), o.profiles(), splitBy, uncertainty ? 200 : 0, 7L,
                treatOutliers);
        Statistics st = base.statistics();
        List<Reliability> rel = List.of(st.reliability().get(0),
                new Reliability("S2", List.of("Q4", "Q5"), 4, HIGH_ALPHA, new double[] {NaN, NaN},
                        new double[] {0.45, 0.55}));
        List<GroupStat> groups = new java.util.ArrayList<>(st.groups());
        if (by.contains("community")) {
            groups.add(new GroupStat("community", "高新区", "R", 2, 55.5, 10.25, -36.59, 147.59));
            groups.add(new GroupStat("community", "高新区", "S1", 2, 61.25, 8.5, -15.12, 137.62));
            groups.add(new GroupStat("community", "老城区", "R", 2, 42.0, 20.0, -137.69, 221.69));
            groups.add(new GroupStat("community", "老城区", "S1", 2, 48.125, 30.0, -221.4, 317.65));
        }
        Statistics stats = new Statistics(st.questions(), st.nodes(), rel, groups);
        UncertaintyResult u = !uncertainty ? null : new UncertaintyResult(
                List.of(new RankInterval("F1", 1, 1.5, 1, 2), new RankInterval("F2", 3, 3, 2, 4),
                        new RankInterval("F3", 2, 2, 1, 3), new RankInterval("F5", 4, 4, 3, 4)),
                List.of(new RankInterval("广东省", 1, 1, 1, 2), new RankInterval("北京市", 2, 2, 1, 2)), 200, 7L);
        List<OutlierTreatmentRecord> outliers = treatOutliers
                ? List.of(new OutlierTreatmentRecord("Q4", "winsorised 1", 2.5, 6.25, 1.1, 0.4)) : List.of();
        Scores sc = base.scores();
        Scores scores = new Scores(sc.firm(), sc.region(), sc.ahp(), outliers, u);
        return new RunResult(opts, base.framework(), base.firms(), base.regions(), scores, stats, base.issues(),
                base.toolVersion(), base.started());
    }
}
