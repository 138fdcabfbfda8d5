package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.ecoscore.result.RunResult;
import org.junit.jupiter.api.Test;

/** obstacles.csv written in parallel chunks is the same bytes as written on one thread (its content: CsvTablesTest). */
class ObstaclesCsvTest {
    @Test
    void chunksInParallelWriteTheSameBytesAsOneThread() throws Exception {
        RunResult r = ReportFixtures.manyFirms(3_000, i -> i == 7 ? "a,\"b\"" : "企业" + i);
        byte[] one = write(r, Integer.MAX_VALUE);
        for (int chunk : new int[] {ObstaclesCsv.CHUNK, 7, 1}) assertArrayEquals(one, write(r, chunk), "chunk " + chunk);
        // every firm row of one thread's file is firm,ID,CODE,NUMBER; ids of the fixture start at its first firm
        String[] lines = new String(one, StandardCharsets.UTF_8).split("\r\n");
        assertEquals("level,unit,code,obstacle", lines[0]);
        assertEquals(4, lines[1].split(",").length);
        assertEquals("firm", lines[1].split(",")[0]);
    }

    private static byte[] write(RunResult r, int chunk) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRowWriter csv = new CsvRowWriter(out);
        ObstaclesCsv.write(r, csv, chunk, null);
        csv.flush();
        return out.toByteArray();
    }

    /**
     * The national means the diagnosis uses, taken by obstacles.csv on its way over the firms (in chunks on two
     * threads, or on one), are the very bits the diagnosis computes alone, and the same bytes are written; a
     * second asker gets them without computing them again, and when the means were computed first the table
     * leaves them alone.
     */
    @Test
    void nationalMeansTakenByTheTableAreTheDiagnosisOwnBits() throws Exception {
        RunResult r = ReportFixtures.manyFirms(3_000, i -> "企业" + i);
        double[] alone = r.scores().firm().obstacles().meanOverUnits();
        org.junit.jupiter.api.Assertions.assertTrue(java.util.Arrays.stream(alone).anyMatch(v -> v > 0 && v < 1));
        byte[] plain = write(r, ObstaclesCsv.CHUNK);
        for (int chunk : new int[] {ObstaclesCsv.CHUNK, 7, Integer.MAX_VALUE}) {
            NationalObstacles national = new NationalObstacles(r.scores().firm());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CsvRowWriter csv = new CsvRowWriter(out);
            ObstaclesCsv.write(r, csv, chunk, national);
            csv.flush();
            assertArrayEquals(plain, out.toByteArray(), "chunk " + chunk);
            double[] taken = national.get();
            assertEquals(alone.length, taken.length);
            for (int i = 0; i < alone.length; i++) {
                assertEquals(Double.doubleToRawLongBits(alone[i]), Double.doubleToRawLongBits(taken[i]),
                        "chunk " + chunk + ", item " + i);
            }
            org.junit.jupiter.api.Assertions.assertSame(taken, national.get());
            org.junit.jupiter.api.Assertions.assertNull(national.fromTable());
        }
        // computed first (no --csv pass yet): the table does not take them again
        NationalObstacles first = new NationalObstacles(r.scores().firm());
        double[] own = first.get();
        org.junit.jupiter.api.Assertions.assertNull(first.fromTable());
        assertArrayEquals(alone, own);
        // the diagnosis's national shares rest on the same numbers
        Diagnosis d = new Diagnosis(r, true, first);
        String code = r.scores().firm().tree().item(r.scores().firm().tree().questionItems()[0]).code();
        assertEquals(alone[r.scores().firm().tree().questionItems()[0]], d.nationalObstacle(code));
    }
}
