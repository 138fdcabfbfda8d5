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

    /**
     * A unit's values that repeat are copied from their first text (a regression guard for that table): every row
     * of every unit is lead, code and CsvNumbers.format of its value, whether the value repeats (a few values drawn
     * over and over, so that the table's slots collide), is 0, blank (no row), 1 or more, below 1e-25 (a text too
     * long to keep) or negative; over units whose values mostly repeat and units whose values never do (after
     * {@value ObstaclesCsv.Chunk#TRIAL_UNITS} such units the chunk stops looking), in one chunk that is cleared
     * and reused as a level's chunks are.
     */
    @Test
    void repeatedValuesAreWrittenAsTheirOwnText() {
        java.util.Random rnd = new java.util.Random(11);
        int items = 300;
        byte[][] codes = new byte[items][];
        int[] order = new int[items];
        int longest = 0;
        for (int i = 0; i < items; i++) {
            codes[i] = (",Q" + i + ",").getBytes(StandardCharsets.UTF_8);
            order[i] = items - 1 - i; // not index order
            longest = Math.max(longest, codes[i].length);
        }
        double[] odd = {0, Double.NaN, 1, 2.5, 1e-30, 3e-27, -0.125, 1e-4, 0.5, 1.0 / 3};
        ObstaclesCsv.Chunk c = new ObstaclesCsv.Chunk(16);
        for (int round = 0; round < 2; round++) {
            c.clear();
            StringBuilder expected = new StringBuilder();
            for (int u = 0; u < 60; u++) {
                boolean repeating = round == 0 ? u % 3 != 2 : u >= 40;
                double[] pool = new double[7];
                for (int k = 0; k < pool.length; k++) pool[k] = rnd.nextDouble() / 50;
                double[] values = new double[items];
                for (int i = 0; i < items; i++) {
                    values[i] = i % 10 == 0 ? odd[(i / 10) % odd.length]
                            : repeating ? pool[rnd.nextInt(pool.length)] : rnd.nextDouble() / 50;
                }
                if (u == 5) values[17] = values[18] = 1e-30; // a long text, twice
                byte[] lead = ("firm,F" + u).getBytes(StandardCharsets.UTF_8);
                c.rows(lead, codes, order, values, longest);
                for (int i : order) {
                    if (Double.isNaN(values[i])) continue;
                    expected.append("firm,F").append(u).append(",Q").append(i).append(',')
                            .append(CsvNumbers.format(values[i])).append("\r\n");
                }
            }
            assertEquals(expected.toString(), c.toString(StandardCharsets.UTF_8), "round " + round);
        }
    }
}
