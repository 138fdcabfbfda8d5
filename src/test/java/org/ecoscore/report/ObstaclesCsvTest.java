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
        ObstaclesCsv.write(r, csv, chunk);
        csv.flush();
        return out.toByteArray();
    }
}
