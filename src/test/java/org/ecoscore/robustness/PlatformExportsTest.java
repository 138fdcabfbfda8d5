package org.ecoscore.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ecoscore.cli.CliRun;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.fixtures.PlatformExports;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.input.InputReader;
import org.ecoscore.input.ResponseTable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10 parts 2 and 8: one invented survey exported as each platform lays it out ({@link PlatformExports})
 * reads to the same raw answers — every answer column mapped, no answer mis-read, every data row a respondent
 * and no platform header row counted — and scores end to end with rows read = scored.
 */
class PlatformExportsTest {
    @TempDir
    Path dir;

    /** How to write one export. */
    @FunctionalInterface
    interface Export {
        Path write(Path dir) throws Exception;
    }

    /** @param warnings the warning codes the file must give, each with its count (none other) */
    record Platform(String name, Export export, Map<String, Integer> warnings) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Platform> platforms() {
        return Stream.of(
                new Platform("问卷星 按序号 xlsx", d -> PlatformExports.wjxBySequenceXlsx(d.resolve("wjx-seq.xlsx")),
                        Map.of()),
                new Platform("问卷星 按文本 xls", d -> PlatformExports.wjxByTextXls(d.resolve("wjx-text.xls")), Map.of()),
                new Platform("腾讯问卷 csv", d -> PlatformExports.tencentSurveyCsv(d.resolve("tencent.csv")),
                        Map.of("duplicate-column", 1)),
                new Platform("腾讯文档 收集表 xlsx", d -> PlatformExports.tencentDocsXlsx(d.resolve("txdocs.xlsx")),
                        Map.of()),
                new Platform("Qualtrics csv (JSON ImportId)", d -> PlatformExports.qualtricsCsv(d.resolve("q-new.csv"),
                        true), Map.of()),
                new Platform("Qualtrics csv (2016 dict ImportId)", d -> PlatformExports.qualtricsCsv(
                        d.resolve("q-2016.csv"), false), Map.of()),
                new Platform("LimeSurvey csv (codes)", d -> PlatformExports.limeSurveyCsv(d.resolve("lime-codes.csv"),
                        false), Map.of()),
                new Platform("LimeSurvey csv (code & text, full answers)", d -> PlatformExports.limeSurveyCsv(
                        d.resolve("lime-text.csv"), true), Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void everyExportReadsToTheSameAnswers(Platform p) throws Exception {
        Framework fw = FrameworkLoader.load(PlatformExports.framework(dir.resolve("fw")));
        Path file = p.export().write(dir);
        IssueLog issues = new IssueLog();
        List<String> inputs = List.of(file.toString());
        ResponseTable t = InputReader.read(Level.FIRM, inputs, fw, Options.defaults(inputs, List.of()), issues,
                n -> { });
        assertEquals(PlatformExports.CODES, t.questions().stream().map(q -> q.code()).toList());
        assertEquals(3, t.rows(), "three respondents, no platform header row among them");
        assertEquals(3, t.files().get(0).rowsRead());
        for (int r = 0; r < 3; r++) {
            assertEquals(PlatformExports.IDS[r], t.meta(MetaRole.ID, r));
            assertEquals(PlatformExports.NAMES[r], t.meta(MetaRole.NAME, r));
            assertEquals(PlatformExports.REGIONS[r], t.meta(MetaRole.REGION, r));
            assertTrue(Double.isFinite(t.submitted(r)), "submission time read");
            double[] raw = new double[PlatformExports.CODES.size()];
            for (int q = 0; q < raw.length; q++) raw[q] = t.raw(q)[r];
            assertArrayEquals(PlatformExports.RAW[r], raw, "firm " + PlatformExports.IDS[r] + ": " + issues.all());
        }
        Map<String, Integer> warnings = new TreeMap<>();
        for (Issue i : issues.all()) {
            if (i.severity() != org.ecoscore.core.Severity.INFO) warnings.merge(i.code(), 1, Integer::sum);
        }
        assertEquals(new TreeMap<>(p.warnings()), warnings, issues.all().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void everyExportScoresEndToEndWithEveryRowAccountedFor(Platform p) throws Exception {
        Path fw = PlatformExports.framework(dir.resolve("fw"));
        Path file = p.export().write(dir);
        Path report = dir.resolve("report.xlsx");
        CliRun run = CliRun.of("score", file.toString(), "-f", fw.toString(), "-o", report.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        assertArrayEquals(new int[] {3, 3, 0}, ReportCells.fileCounts(report, file.toString()),
                "rows read 3 = scored 3 + excluded 0");
    }
}
