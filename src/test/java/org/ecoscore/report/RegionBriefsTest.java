package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ecoscore.cli.CliRun;
import org.ecoscore.core.Options;
import org.ecoscore.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/** Issue 12 part 5: the Word brief per region, read back through POI against numbers worked out by hand. */
class RegionBriefsTest {
    @TempDir
    Path dir;

    private static XWPFDocument read(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XWPFDocument(in);
        }
    }

    private static String text(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : doc.getParagraphs()) sb.append(p.getText()).append('\n');
        return sb.toString();
    }

    @Test
    void oneBriefPerRegionWithTheTableTheChartAndTheHighlightsWorkedOutByHand() throws Exception {
        RunResult r = ReportFixtures.workedExample();
        Path briefs = dir.resolve("briefs");
        RegionBriefs.write(r, briefs);
        try (Stream<Path> files = Files.list(briefs)) {
            assertEquals(List.of("北京市.docx", "广东省.docx"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "one per region, nothing else");
        }
        try (XWPFDocument doc = read(briefs.resolve("广东省.docx"))) {
            String all = text(doc);
            assertTrue(all.startsWith("广东省 评价简报\n"), all);
            // 广东省's region scores (ReportFixtures): Q1 87.5, Q2 37.5, Q3 75, Q4 25, Q5 50, Q6 60
            // S1 = (2·87.5 + 37.5 + 75)/4 = 71.875; S2 = ∛(25·50·60) = ∛75000 = 42.1716;
            // R = (2·71.875 + 42.1716)/3 = 61.9739. 北京市: Q 37.5, 25, 17.5, 100, 50, 100 → S1 = 29.375,
            // S2 = ∛500000 = 79.3701, R = (58.75 + 79.3701)/3 = 46.0400. Means over regions: R 54.0069,
            // S1 50.625, S2 60.7708; Q1 62.5, Q2 31.25, Q3 46.25, Q4 62.5, Q5 50, Q6 80.
            // the profile's highlights (report.Highlights): 62.0 − 54.0 = 7.97 → 8.0 above
            assertTrue(all.contains("广东省综合指数为 62.0 分，在 2 个地区中排名第 1，高于地区平均 8.0 分。"), all);
            // D = √(C·T) = (U1·U2)^¼ = (0.71875 · 0.421716)^¼ = 0.74199 → grade ⌊7.42⌋ + 1 = 8 中级协调;
            // U1/U2 = 1.70 > 1.2: S2 lags
            assertTrue(all.contains("耦合协调度 D = 0.742，属“中级协调·S2滞后型”（S1 71.9 分，S2 42.2 分）。"), all);
            // strongest Q3 75 − 46.25 = +28.75, weakest Q4 25 − 62.5 = −37.5
            assertTrue(all.contains("相对最强的题目：Q3 研发强度（较全国均值 +28.8）；相对最弱：Q4 发明专利数（较全国均值 -37.5）。"),
                    all);
            assertTrue(all.contains("企业少于 5 家"), "2 < 5 firms: a caution: " + all);
            // obstacles (SPEC §4.8): effective weight × (1 − score/100), in 72nds: Q1 (1/3)·0.125 = 3,
            // Q2 (1/6)·0.625 = 7.5, Q3 (1/6)·0.25 = 3, Q4 (1/9)·0.75 = 6, Q5 (1/9)·0.5 = 4, Q6 (1/9)·0.4 = 3.2;
            // Σ 26.7: Q2 28.1%, Q4 22.5%, Q5 15.0%
            assertTrue(all.contains("三、主要障碍与建议\n1．Q2 政策多变　障碍度 28.1%\n2．Q4 发明专利数　障碍度 22.5%\n"
                    + "3．Q5 是否参与揭榜挂帅　障碍度 15.0%\n"), all);
            // method line: 2 firms, the CI −69.2…188.9 clipped to [0, 100], n = 2
            assertTrue(all.contains("方法与数据：本地区计分企业 2 家；综合指数 95% 置信区间 [0.0, 100.0]（t 分布，n = 2）；"
                    + "耦合协调度 D = 0.742（第 8 级，中级协调·S2滞后型）；权重：指标体系权重；综合方法：加权汇总（算术/几何）。"),
                    all);

            assertEquals(1, doc.getTables().size());
            XWPFTable t = doc.getTables().get(0);
            String[][] expected = {
                {"指标", "本地区", "全国均值（地区平均）", "差值"},
                {"R 综合", "62.0", "54.0", "+8.0"},
                {"S1 体制", "71.9", "50.6", "+21.3"},
                {"\u3000Q1 政策清晰", "87.5", "62.5", "+25.0"},
                {"\u3000Q2 政策多变", "37.5", "31.3", "+6.3"},
                {"\u3000Q3 研发强度", "75.0", "46.3", "+28.8"},
                {"S2 生态", "42.2", "60.8", "-18.6"},
                {"\u3000Q4 发明专利数", "25.0", "62.5", "-37.5"},
                {"\u3000Q5 是否参与揭榜挂帅", "50.0", "50.0", "0.0"},
                {"\u3000Q6 引导基金规模", "60.0", "80.0", "-20.0"}};
            assertEquals(expected.length, t.getNumberOfRows());
            for (int i = 0; i < expected.length; i++) {
                for (int c = 0; c < 4; c++) {
                    assertEquals(expected[i][c], t.getRow(i).getCell(c).getText(), "row " + i + " column " + c);
                }
            }

            List<XWPFChart> charts = doc.getCharts();
            assertEquals(1, charts.size(), "a native Word chart");
            XDDFChartData data = charts.get(0).getChartSeries().get(0);
            assertEquals(2, data.getSeriesCount());
            List<XDDFChartData.Series> series = List.of(data.getSeries(0), data.getSeries(1));
            String xml = charts.get(0).getCTChartSpace().xmlText();
            assertTrue(xml.contains("广东省") && xml.contains("全国均值（地区平均）"), "series named");
            assertEquals("Q1", series.get(0).getCategoryData().getPointAt(0));
            assertEquals(87.5, ((Number) series.get(0).getValuesData().getPointAt(0)).doubleValue(), 1e-9);
            assertEquals(62.5, ((Number) series.get(1).getValuesData().getPointAt(0)).doubleValue(), 1e-9);
            assertEquals(6, series.get(0).getValuesData().getPointCount(), "the subsystems' children");

            // A4 portrait
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(11906, ((Number) size.getW()).intValue());
            assertEquals(16838, ((Number) size.getH()).intValue());
            // every run names its East-Asian font with the East-Asian hint: 黑体 headings, 仿宋 body, 宋体 table
            List<String> fonts = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    if (run.getText(0) == null) continue;
                    CTFonts f = run.getCTR().getRPr().getRFontsArray(0);
                    assertEquals(STHint.EAST_ASIA, f.getHint(), run.getText(0));
                    assertEquals("Times New Roman", f.getAscii());
                    fonts.add(f.getEastAsia());
                }
            }
            assertEquals("黑体", fonts.get(0), "title");
            assertTrue(fonts.contains("仿宋") && fonts.contains("黑体"), fonts.toString());
            assertEquals("宋体", t.getRow(3).getCell(1).getParagraphs().get(0).getRuns().get(0).getCTR().getRPr()
                    .getRFontsArray(0).getEastAsia());
            assertEquals("仿宋", doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0)
                    .getEastAsia(), "the document default");
        }
        try (XWPFDocument bj = read(briefs.resolve("北京市.docx"))) {
            assertTrue(text(bj).contains("北京市综合指数为 46.0 分，在 2 个地区中排名第 2，低于地区平均 8.0 分。"), text(bj));
        }
    }

    @Test
    void englishBriefsAndReproducibleBytes() throws Exception {
        RunResult r = ReportFixtures.workedExample("F1", "甲", Options.Lang.EN);
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        RegionBriefs.write(r, a);
        RegionBriefs.write(r, b);
        try (XWPFDocument doc = read(a.resolve("广东省.docx"))) {
            String all = text(doc);
            assertTrue(all.startsWith("广东省: assessment brief\n"), all);
            assertTrue(all.contains("Largest obstacles and what the framework advises\n1. Q2 Policy changes often: 28.1%"),
                    all);
        }
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(a.resolve("广东省.docx")),
                Files.readAllBytes(b.resolve("广东省.docx"))), "same run, same bytes");
    }

    @Test
    void briefsAreWrittenAtomicallyAndReplaceOldOnes() throws Exception {
        RunResult r = ReportFixtures.workedExample();
        Path briefs = Files.createDirectories(dir.resolve("briefs"));
        Files.writeString(briefs.resolve("广东省.docx"), "an old brief");
        RegionBriefs.write(r, briefs);
        try (XWPFDocument doc = read(briefs.resolve("广东省.docx"))) {
            assertTrue(text(doc).startsWith("广东省 评价简报"));
        }
        try (Stream<Path> files = Files.list(briefs)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.ecoscore.core.EcoscoreException.class,
                () -> RegionBriefs.write(r, notAFolder));
        assertTrue(e.getMessage().contains("--briefs"), e.getMessage());
    }

    @Test
    void scoreWritesABriefForEveryRegionFromTheCommandLine() throws Exception {
        Path firms = dir.resolve("firms.xlsx");
        Path regions = dir.resolve("regions.xlsx");
        CliRun sample = CliRun.of("sample", "--firms", "80", "--seed", "5", "-o", firms.toString(),
                "--region-output", regions.toString());
        assertEquals(0, sample.exitCode(), sample.err());
        Path briefs = dir.resolve("简报");
        CliRun run = CliRun.of("score", firms.toString(), "--region-data", regions.toString(), "-o",
                dir.resolve("r.xlsx").toString(), "--csv", dir.resolve("csv").toString(), "--briefs", briefs.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Region briefs: " + briefs), run.out());
        List<String> lines = Files.readAllLines(dir.resolve("csv").resolve("regions.csv"));
        try (Stream<Path> files = Files.list(briefs)) {
            assertEquals(lines.size() - 1, files.filter(f -> f.toString().endsWith(".docx")).count(),
                    "one brief per row of regions.csv");
        }
    }
}
