package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecoscore.core.Version;
import org.ecoscore.fixtures.JsonSchemaCheck;
import org.ecoscore.fixtures.WorkedExampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --json FILE|-} on score and validate: the worked example (WORKED-EXAMPLE.md) through the command line,
 * every output validated against docs/json-summary.schema.json, the figures those of the hand computation.
 */
class JsonSummaryTest {
    @TempDir
    Path dir;
    Path fw;
    Path firms;
    Path regions;

    @BeforeEach
    void files() throws Exception {
        fw = WorkedExampleFiles.writeFramework(dir.resolve("fw"));
        firms = dir.resolve("firms.csv");
        Files.writeString(firms, """
                统一社会信用代码,企业名称,所在地区,Q1,Q2,Q3,Q4,Q5
                F1,甲,广东,同意,不同意,10%,9,是
                F2,乙,广东省,非常同意,非常同意,25,0,否
                F3,丙,北京,一般,,5,99,是
                F4,丁,北京市,abc,一般,,,
                F5,戊,北京,不同意,同意,2,,否
                """, StandardCharsets.UTF_8);
        regions = dir.resolve("regions.csv");
        Files.writeString(regions, "所在地区,Q6\n广东省,60\n北京市,150\n", StandardCharsets.UTF_8);
    }

    @Test
    void scoreJsonOnStdoutCarriesTheRunAndTheHumanSummaryGoesToStderr() {
        Path report = dir.resolve("r.xlsx");
        CliRun run = CliRun.of("score", firms.toString(), "--region-data", regions.toString(), "-f", fw.toString(),
                "-o", report.toString(), "--csv", dir.resolve("csv").toString(), "--json", "-");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = JsonSchemaCheck.valid(run.out());
        assertTrue(run.err().contains("Firms: 5 rows read, 4 scored"), run.err());
        assertEquals("score", j.get("command").asText());
        assertEquals(Version.get(), j.get("tool_version").asText());
        assertEquals(0, j.get("exit_code").asInt());
        assertEquals(64, j.at("/framework/fingerprint").asText().length());
        assertEquals("framework", j.at("/options/weights").asText());
        assertEquals(0.5, j.at("/options/min_coverage").asDouble());
        // F4: invalid Q1 and blanks → 2 of 5 firm questions → low-coverage
        JsonNode firmFile = j.get("files").get(0);
        assertEquals("firm", firmFile.get("level").asText());
        assertEquals(5, firmFile.get("rows_read").asInt());
        assertEquals(4, firmFile.get("scored").asInt());
        assertEquals(1, firmFile.at("/excluded_by_reason/low-coverage").asInt());
        assertEquals(4, j.at("/counts/firms/scored").asInt());
        assertEquals(2, j.at("/counts/region_questionnaires/scored").asInt());
        assertEquals(2, j.at("/counts/regions").asInt());
        // national firm mean of R: mean of (2·S1 + S2)/3 over F1, F2, F3, F5 (S1, S2 from WORKED-EXAMPLE.md)
        double[] s1 = {68.75, 75, 125.0 / 3, 21.25};
        double[] s2 = {Math.sqrt(5000), 1, 100, 1};
        double sum = 0;
        for (int u = 0; u < 4; u++) sum += (2 * s1[u] + s2[u]) / 3;
        assertEquals(sum / 4, j.at("/national/firm_mean/R").asDouble(), 1e-9);
        assertEquals((68.75 + 75 + 125.0 / 3 + 21.25) / 4, j.at("/national/firm_mean/S1").asDouble(), 1e-9);
        JsonNode gd = null;
        for (JsonNode r : j.get("regions")) if (r.get("region").asText().equals("广东省")) gd = r;
        double gdS1 = (2 * 87.5 + 37.5 + 75) / 4, gdS2 = Math.cbrt(25 * 50 * 60.0);
        assertEquals((2 * gdS1 + gdS2) / 3, gd.get("index").asDouble(), 1e-9);
        assertEquals(1, gd.get("rank").asInt());
        assertEquals(8, gd.get("coupling_grade").asInt());
        assertEquals(0.741993, gd.get("coupling_d").asDouble(), 1e-6);
        assertEquals("440000", gd.get("code").asText());
        JsonNode q4 = j.at("/normalisation/1");
        assertEquals("Q4", q4.get("code").asText());
        assertEquals("batch", q4.get("source").asText());
        assertEquals(99, q4.get("hi").asDouble(), "F3's 99 patents, the batch maximum");
        assertEquals(1, j.at("/normalisation/2/clamped").asInt(), "北京市's fund 150 > goalpost 100");
        assertEquals(report.toString(), j.at("/outputs/report").asText());
        assertEquals(dir.resolve("csv").toString(), j.at("/outputs/csv").asText());
        JsonNode invalid = null;
        for (JsonNode c : j.at("/issues/by_code")) if (c.get("code").asText().equals("invalid-value")) invalid = c;
        assertEquals(1, invalid.get("count").asInt(), "F4's 'abc'");
        assertEquals("warning", invalid.get("severity").asText());
    }

    @Test
    void scoreJsonToAFileLeavesStdoutToTheHumanSummaryAndRecordsTheStrictExitCode() throws Exception {
        Path json = dir.resolve("summary.json");
        CliRun run = CliRun.of("score", firms.toString(), "--region-data", regions.toString(), "-f", fw.toString(),
                "-o", dir.resolve("r.xlsx").toString(), "--strict", "--json", json.toString());
        assertEquals(5, run.exitCode(), "F4's invalid answer is a warning");
        assertTrue(run.out().contains("Report: "), run.out());
        JsonNode j = JsonSchemaCheck.valid(Files.readString(json));
        assertEquals(5, j.get("exit_code").asInt());
        assertTrue(j.at("/issues/by_severity/warning").asInt() >= 1);
    }

    @Test
    void validateJsonHasCountsButNoScores() {
        CliRun run = CliRun.of("validate", firms.toString(), "--region-data", regions.toString(), "-f", fw.toString(),
                "--json", "-");
        JsonNode j = JsonSchemaCheck.valid(run.out());
        assertEquals(run.exitCode(), j.get("exit_code").asInt());
        assertEquals("validate", j.get("command").asText());
        assertEquals(1, j.at("/counts/firms/excluded_by_reason/low-coverage").asInt());
        assertFalse(j.has("regions"));
        assertTrue(run.err().contains("Files read: 2"), run.err());
    }

    @Test
    void aRefusedRunStillWritesAValidJsonWithTheErrorAndExitCode() throws Exception {
        Path json = dir.resolve("failed.json");
        Path bad = WorkedExampleFiles.writeFramework(dir.resolve("bad"));
        Files.writeString(bad.resolve("questions.csv"), Files.readString(bad.resolve("questions.csv"))
                + "Q9,NOPE,firm,yesno,,,,,1,x,x,\n");
        CliRun run = CliRun.of("score", firms.toString(), "-f", bad.toString(), "-o", dir.resolve("r.xlsx").toString(),
                "--json", json.toString());
        assertEquals(3, run.exitCode(), run.err());
        JsonNode j = JsonSchemaCheck.valid(Files.readString(json));
        assertEquals(3, j.get("exit_code").asInt());
        assertTrue(j.at("/error/message").asText().contains("NOPE"), j.toString());
        // a usage error (exit 2) is recorded the same way
        CliRun usage = CliRun.of("score", dir.resolve("nothing-here.csv").toString(), "--json", json.toString());
        assertEquals(2, usage.exitCode());
        assertEquals(2, JsonSchemaCheck.valid(Files.readString(json)).get("exit_code").asInt());
        assertFalse(Files.exists(dir.resolve("r.xlsx")));
    }

    @Test
    void nothingScorableGivesExit3AndAJsonThatSaysWhy() throws Exception {
        Files.writeString(firms, "统一社会信用代码,Q1\nF1,abc\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("score", firms.toString(), "-f", fw.toString(), "-o", dir.resolve("r.xlsx").toString(),
                "--json", "-");
        assertEquals(3, run.exitCode());
        JsonNode j = JsonSchemaCheck.valid(run.out());
        assertEquals(3, j.get("exit_code").asInt());
        assertEquals(1, j.at("/counts/firms/rows_read").asInt());
        assertTrue(j.at("/error/message").asText().startsWith("nothing scorable"), j.toString());
    }

    @Test
    void theSchemaRejectsARenamedKeyAndAWrongType() throws Exception {
        String ok = "{\"schema\":\"ecoscore-summary\",\"schema_version\":1,\"tool_version\":\"1\",\"command\":\"score\","
                + "\"exit_code\":0}";
        assertTrue(JsonSchemaCheck.errors(ok).isEmpty());
        assertFalse(JsonSchemaCheck.errors(ok.replace("exit_code", "exitCode")).isEmpty());
        assertFalse(JsonSchemaCheck.errors(ok.replace("\"exit_code\":0", "\"exit_code\":\"0\"")).isEmpty());
    }
}
