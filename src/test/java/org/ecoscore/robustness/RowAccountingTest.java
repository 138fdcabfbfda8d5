package org.ecoscore.robustness;

import org.ecoscore.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ecoscore.instrument.SampleGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 4 item 2, SPEC §3: for generated batches (and every file under samples/ when it exists), the run's
 * rows read = scored + excluded per file, the firm file gives one row per generated firm, and the Summary
 * sheet's file table shows exactly those counts.
 */
class RowAccountingTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} firms, seed {1}")
    @CsvSource({"25, 1", "60, 42", "120, 7"})
    void everyGeneratedRowIsScoredOrExcludedAndTheSummaryShowsIt(int firms, long seed) throws Exception {
        Path f = dir.resolve("firms.xlsx");
        Path r = dir.resolve("regions.xlsx");
        SampleGenerator.generate(Corpus.DEFAULT, firms, seed, f, r);
        Path report = dir.resolve("report.xlsx");
        CliRun run = CliRun.of("validate", f.toString(), "--region-data", r.toString());
        assertTrue(run.exitCode() == 0 || run.exitCode() == 5, run.err());
        assertTrue(run.out().contains("Firms: " + String.format("%,d", firms) + " rows read"), run.out());
        run = CliRun.of("score", f.toString(), "--region-data", r.toString(), "-o", report.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        int[] firmCounts = ReportCells.fileCounts(report, f.toString());
        assertEquals(firms, firmCounts[0]);
        assertEquals(firmCounts[0], firmCounts[1] + firmCounts[2]);
        int[] regionCounts = ReportCells.fileCounts(report, r.toString());
        assertTrue(regionCounts[0] > 0);
        assertEquals(regionCounts[0], regionCounts[1] + regionCounts[2]);
        assertArrayEquals(firmCounts, ReportCells.fileCounts(report, f.toString()));
    }

    @ParameterizedTest(name = "samples/")
    @CsvSource({"samples"})
    void everySampleFileIsAccountedFor(String folder) throws Exception {
        Path samples = Path.of(folder);
        if (!Files.isDirectory(samples)) return; // samples/ arrives with the integration
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path p : files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(xlsx|xls|csv|tsv)$")).toList()) {
                Path report = dir.resolve(p.getFileName() + ".report.xlsx");
                CliRun run = CliRun.of("score", p.toString(), "-o", report.toString(), "--quiet");
                assertTrue(run.noStackTrace(), p + ": " + run.err());
                if (!Files.exists(report)) continue; // nothing scorable: a message, exit 3
                int[] c = ReportCells.fileCounts(report, p.toString());
                assertEquals(c[0], c[1] + c[2], p.toString());
            }
        }
    }
}
