package org.ecoscore.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;
import org.ecoscore.input.InputFile;
import org.ecoscore.pipeline.Pipeline;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.LevelScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §1 "a framework is a folder": the second framework shipped, indicators/ai-innovation-modes (root AIM,
 * subsystems C and G), scores a synthetic batch end to end with nothing specific to the default framework.
 */
class AlternativeFrameworkTest {
    private static final Path AIM = Path.of("indicators/ai-innovation-modes");

    @TempDir
    Path dir;

    @Test
    void sixtySampleFirmsOfTheAiInnovationModesFrameworkAllGetARootScoreAndACoupling() {
        Framework framework = FrameworkLoader.load(AIM);
        assertEquals("AIM", framework.root().code());
        Path firms = dir.resolve("firms.xlsx");
        Path regions = dir.resolve("regions.xlsx");
        SampleGenerator.generate(framework, 60, 7L, firms, regions);

        Options o = Options.defaults(List.of(firms.toString()), List.of(regions.toString())).withFramework(AIM);
        RunResult r = Pipeline.run(o, new IssueLog(), n -> { });

        InputFile f = r.firms().table().files().get(0);
        assertTrue(f.readable(), f.error());
        assertTrue(f.rowsRead() >= 60, "60 firms (and the generator's resubmissions): " + f.rowsRead());
        LevelScores firm = r.scores().firm();
        assertTrue(firm.units() >= 50, "most sample firms are scored: " + firm.units());
        assertEquals(r.firms().scoredRows().length, firm.units());
        for (int u = 0; u < firm.units(); u++) {
            String id = firm.unitIds()[u];
            double root = firm.score("AIM", u);
            assertTrue(root >= 0 && root <= 100, id + " AIM = " + root);
            double d = firm.coupling().d()[u];
            assertTrue(d >= 0 && d <= 1, id + " D = " + d);
            int grade = firm.coupling().grade()[u];
            assertTrue(grade >= 1 && grade <= 10, id + " grade " + grade);
            // D = √(C·T) from the subsystems C and G (SPEC §4)
            double u1 = firm.score("C", u) / 100, u2 = firm.score("G", u) / 100;
            double expected = Math.sqrt(2 * Math.sqrt(u1 * u2) / (u1 + u2) * (u1 + u2) / 2);
            assertEquals(expected, d, 1e-9, id);
        }

        LevelScores region = r.scores().region();
        assertTrue(region.units() >= 8, "sample firms come from at least 8 regions: " + region.units());
        for (int u = 0; u < region.units(); u++) {
            assertTrue(Double.isFinite(region.score("AIM", u)), region.unitIds()[u]);
            assertTrue(Double.isFinite(region.coupling().d()[u]), region.unitIds()[u]);
        }
    }
}
