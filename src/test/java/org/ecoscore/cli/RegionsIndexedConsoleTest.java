package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecoscore.fixtures.WorkedExampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New-user finding (session 8): "Regions scored: 28" was read as 28 regions with results, when 15 of them had a
 * region questionnaire but no scored firm and so no index. The console now counts those apart.
 */
class RegionsIndexedConsoleTest {
    @TempDir
    Path dir;

    @Test
    void regionsWithoutAnIndexAreCountedApart() throws Exception {
        Path fw = WorkedExampleFiles.writeFramework(dir.resolve("fw"));
        Path firms = dir.resolve("firms.csv");
        Files.writeString(firms, """
                统一社会信用代码,企业名称,所在地区,Q1,Q2,Q3,Q4,Q5
                F1,甲,广东,同意,不同意,10%,9,是
                F2,乙,广东省,非常同意,非常同意,25,0,否
                """, StandardCharsets.UTF_8);
        Path regions = dir.resolve("regions.csv");
        Files.writeString(regions, "所在地区,Q6\n广东省,60\n北京市,150\n上海市,90\n", StandardCharsets.UTF_8);
        CliRun en = CliRun.of("score", firms.toString(), "--region-data", regions.toString(), "-f", fw.toString(),
                "--lang", "en", "-o", dir.resolve("r.xlsx").toString(), "--csv", dir.resolve("csv").toString());
        assertEquals(0, en.exitCode(), en.err());
        assertTrue(en.out().contains("Regions scored: 3 (1 with an index; 2 without: no scored firm, or too few answers —"
                + " see the Regions sheet)\n"), en.out());
        CliRun zh = CliRun.of("score", firms.toString(), "--region-data", regions.toString(), "-f", fw.toString(),
                "--lang", "zh", "-o", dir.resolve("r.xlsx").toString());
        assertTrue(zh.out().contains("计分地区：3 个（1 个有综合指数；2 个没有：没有计分企业或答案不足，见地区得分工作表）\n"),
                zh.out());
    }
}
