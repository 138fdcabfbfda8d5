package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Aggregation;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.RegionDictionary;
import org.ecoscore.framework.ScaleKind;
import org.ecoscore.input.InputFile;
import org.ecoscore.input.ResponseTable;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.Coupling;
import org.ecoscore.score.LevelScores;
import org.ecoscore.score.Scores;
import org.ecoscore.screen.Screened;
import org.junit.jupiter.api.Test;

/** The console summary after {@code score}: counts, exclusions by reason, top regions, coupling, outputs. */
class RunSummaryTest {
    @Test
    void summaryCountsRowsByOutcomeAndNamesTopRegionsAndOutputs() {
        RunResult result = result(new int[] {1, 1, 1, 0});   // each region rests on fewer than 5 firms
        String expected = ""
                + "Files: 2 (1 read, 1 unreadable)\n"
                + "  unreadable: broken.xlsx: not a spreadsheet (zip is damaged)\n"
                + "Firms: 5 rows read, 3 scored, 2 excluded (duplicate-id 1, low-coverage 1)\n"
                + "Regions scored: 4 (3 with an index; 1 without: no scored firm, or too few answers — see the Regions"
                + " sheet)\n"
                + "Top regions: 1. 广东省 81.0  2. 北京市 70.3  2. 上海市 70.3 (each rests on fewer than 5 firms: read"
                + " the ranking with caution)\n"
                + "Coupling coordination D (mean): regions 0.600 (n=3)\n"
                + "Issues: 0 errors, 1 warning, 0 notes\n"
                + "Report: out/report.xlsx\n"
                + "CSV tables: out/csv\n";
        assertEquals(expected, RunSummary.text(result, Path.of("out/report.xlsx"), Path.of("out/csv"),
                new org.ecoscore.report.Labels(true)));

        // the same run, console in Chinese (--lang zh, or a Chinese system locale): reasons in words with the code
        String zh = ""
                + "文件 2 个：读取 1 个，1 个无法读取\n"
                + "  无法读取：broken.xlsx：not a spreadsheet (zip is damaged)\n"
                + "企业问卷：读取 5 行，计分 3 行，剔除 2 行（重复标识 duplicate-id 1，答题率不足 low-coverage 1）\n"
                + "计分地区：4 个（3 个有综合指数；1 个没有：没有计分企业或答案不足，见地区得分工作表）\n"
                + "排名前列的地区：1. 广东省 81.0  2. 北京市 70.3  2. 上海市 70.3（这些地区的企业均少于 5 家，排名不稳定，请谨慎解读）\n"
                + "平均耦合协调度 D：地区 0.600 (n=3)\n"
                + "数据问题：错误 0 个，警告 1 个，提示 0 个\n"
                + "报告：out/report.xlsx\n"
                + "CSV 表格：out/csv\n";
        assertEquals(zh, RunSummary.text(result, Path.of("out/report.xlsx"), Path.of("out/csv"),
                new org.ecoscore.report.Labels(false)));
    }

    /**
     * Firms a.xlsx (5 rows: 3 scored, 1 low-coverage, 1 duplicate) and broken.xlsx (unreadable); four regions
     * 北京市 70.25 (rank 2), 广东省 81.0 (rank 1), 上海市 70.25 (rank 2), 浙江省 no index, resting on
     * {@code firmCounts} firms (-1: unknown).
     */
    private static RunResult result(int[] firmCounts) {
        List<Node> nodes = List.of(new Node("ECO", "", "综合指数", "Index", 1, Aggregation.ARITHMETIC, "", 2));
        List<Question> qs = List.of(new Question("Q1", "ECO", Level.FIRM, "yesno", ScaleKind.YESNO, null, false,
                Double.NaN, Double.NaN, false, 1, "是否", "Yes?", List.of(), 2));
        Framework fw = new Framework("t", "t", nodes, qs, Map.of(), Map.of(), new RegionDictionary(List.of()),
                Map.of(), List.of());

        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM, qs);
        b.addFile(new InputFile(0, "firms.xlsx", Level.FIRM, "Sheet1", "table", "abc", 5, null));
        b.addFile(new InputFile(1, "broken.xlsx", Level.FIRM, "", "", "", 0, "not a spreadsheet (zip is damaged)"));
        for (int r = 0; r < 5; r++) b.addRow(0, r + 2);
        ResponseTable table = b.build();
        Screened firms = new Screened(table, new int[] {0, 1, 4}, new String[] {"a", "b", "c", "b", "d"},
                new String[] {null, null, "low-coverage", "duplicate-id", null}, new String[5], new String[5],
                new int[5]);
        ResponseTable emptyRegions = new ResponseTable.Builder(Level.REGION, List.of()).build();
        Screened regions = new Screened(emptyRegions, new int[0], new String[0], new String[0], new String[0],
                new String[0], new int[0]);

        LevelScores region = new LevelScores(Level.REGION, fw.tree(Level.REGION),
                new String[] {"北京市", "广东省", "上海市", "浙江省"}, new int[] {-1, -1, -1, -1},
                new String[] {"110000", "440000", "310000", "330000"}, firmCounts,
                new double[][] {{70.25, 81.0, 70.25, Double.NaN}, {70.25, 81.0, 70.25, Double.NaN}},
                new double[] {1, 1}, new Coupling(new double[4], new double[4],
                new double[] {0.5, 0.7, Double.NaN, 0.6}, new int[] {6, 8, 0, 7}), new int[] {2, 1, 2, 0});
        Scores scores = new Scores(null, region, List.of());
        IssueLog issues = new IssueLog();
        issues.add("firms.xlsx", "Sheet1", 4, "C", "low-coverage", Severity.WARNING, "w");
        return new RunResult(Options.defaults(List.of("firms.xlsx"), List.of()), fw, firms, regions,
                scores, null, issues, "test", Instant.EPOCH);

    }

    /*
     * New-user test: the console's top regions follow the Summary's rule. 广东省 (rank 1) rests on 1 firm, 北京市
     * and 上海市 (rank 2 each) on 6 and 7: the two on ≥ 5 firms lead, with their ranks among all 3 ranked regions.
     * With 上海市 on 3 firms only 北京市 rests on 5 or more: all 3 are listed, with a caution for the 2 on fewer.
     */
    @Test
    void topRegionsAreThoseOnFiveOrMoreFirmsAsInTheSummary() {
        String solid = RunSummary.text(result(new int[] {6, 1, 7, -1}), Path.of("r.xlsx"), null,
                new org.ecoscore.report.Labels(true));
        assertTrue(solid.contains("\nTop regions (of the 2 resting on 5 or more firms; ranks among all 3): "
                + "2. 北京市 70.3  2. 上海市 70.3\n"), solid);
        String solidZh = RunSummary.text(result(new int[] {6, 1, 7, -1}), Path.of("r.xlsx"), null,
                new org.ecoscore.report.Labels(false));
        assertTrue(solidZh.contains("\n排名前列的地区（企业不少于 5 家的 2 个地区中；名次为全部 3 个地区中的名次）："
                + "2. 北京市 70.3  2. 上海市 70.3\n"), solidZh);
        String few = RunSummary.text(result(new int[] {6, 1, 3, -1}), Path.of("r.xlsx"), null,
                new org.ecoscore.report.Labels(true));
        assertTrue(few.contains("\nTop regions: 1. 广东省 81.0  2. 北京市 70.3  2. 上海市 70.3 (2 of the 3 ranked regions "
                + "rest on fewer than 5 firms: read the ranking with caution)\n"), few);
        String fewZh = RunSummary.text(result(new int[] {6, 1, 3, -1}), Path.of("r.xlsx"), null,
                new org.ecoscore.report.Labels(false));
        assertTrue(fewZh.contains("\n排名前列的地区：1. 广东省 81.0  2. 北京市 70.3  2. 上海市 70.3（3 个地区中有 2 个企业少于 5 家，"
                + "排名不稳定，请谨慎解读）\n"), fewZh);
    }
}
