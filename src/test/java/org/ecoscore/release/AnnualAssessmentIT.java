package org.ecoscore.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 part 6: scripts/annual-assessment.sh run with bash over two synthetic years (run by failsafe, after
 * the jar is built): the first year alone, the second against the first; a folder per year with the report,
 * CSV tables, JSON summary, log and a note of what was run; a second run of a finished year refused with exit 4
 * and the year's outputs untouched; a failing run exits non-zero and leaves YEAR.failed, not YEAR.
 */
class AnnualAssessmentIT {
    private static final Path SCRIPT = Path.of("scripts", "annual-assessment.sh").toAbsolutePath();

    @TempDir
    Path tmp;

    private static String ecoscore() {
        Path jar = Path.of(System.getProperty("ecoscore.releaseZip")).toAbsolutePath().getParent()
                .resolve("ecoscore.jar");
        assertTrue(Files.isRegularFile(jar), "jar not built: " + jar);
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -jar " + jar;
    }

    private record Run(int exit, String out) {
    }

    private Run run(String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        argv.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(argv).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().put("ECOSCORE", ecoscore());
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    /** One year of synthetic questionnaires from {@code ecoscore sample}: firms/ and regions/. */
    private Path year(String name, int seed) throws Exception {
        Path in = tmp.resolve(name);
        Files.createDirectories(in.resolve("firms"));
        Files.createDirectories(in.resolve("regions"));
        List<String> argv = new ArrayList<>(List.of(ecoscore().split(" ")));
        argv.addAll(List.of("sample", "--firms", "60", "--seed", Integer.toString(seed), "-o",
                in.resolve("firms/firms.xlsx").toString(), "--region-output", in.resolve("regions/regions.xlsx").toString()));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        return in;
    }

    private static String sha(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void twoYearsScoredOneAgainstTheOtherAndAFinishedYearIsNotOverwritten() throws Exception {
        Path in2025 = year("in2025", 11);
        Path in2026 = year("in2026", 12);

        Run first = run("-o", "out", "2025", in2025.toString());
        assertEquals(0, first.exit(), first.out());
        Path y2025 = tmp.resolve("out/2025");
        for (String f : List.of("report.xlsx", "csv/regions.csv", "csv/normalisation.csv", "summary.json", "run.log",
                "assessment.txt")) {
            assertTrue(Files.exists(y2025.resolve(f)), "2025 lacks " + f + ": " + first.out());
        }
        assertTrue(first.out().contains("2025 finished"), first.out());
        assertTrue(Files.readString(y2025.resolve("assessment.txt")).contains("baseline: none (first year)"));

        Run second = run("-o", "out", "2026", in2026.toString(), "out/2025");
        assertEquals(0, second.exit(), second.out());
        Path y2026 = tmp.resolve("out/2026");
        String json = Files.readString(y2026.resolve("summary.json"));
        assertTrue(json.replaceAll("\\s", "").contains("\"source\":\"out/2025/report.xlsx\""), json);
        assertTrue(json.replaceAll("\\s", "").contains("\"yardstick\":\"baseline\""), json);
        assertTrue(json.replaceAll("\\s", "").contains("\"exit_code\":0"), json);
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(y2026.resolve("report.xlsx")))) {
            assertTrue(wb.getNumberOfSheets() >= 7);
        }
        String note = Files.readString(y2026.resolve("assessment.txt"));
        assertTrue(note.contains("baseline: out/2025/report.xlsx") && note.contains("yardstick: baseline")
                && note.contains("ecoscore exit code: 0") && note.contains("finished: "), note);
        assertFalse(Files.exists(tmp.resolve("out/.2026.work")), "the work folder is moved into place");
        // the tester's finding 3: the recorded paths are the final ones, not the work folder's (gone after the move)
        String compact = json.replaceAll("\\s", "");
        assertTrue(compact.contains("\"report\":\"out/2026/report.xlsx\""), json);
        assertFalse(json.contains(".2026.work"), json);
        assertFalse(Files.readString(y2026.resolve("run.log")).contains(".2026.work"),
                Files.readString(y2026.resolve("run.log")));

        // the same year again: refused, nothing touched
        String before = sha(y2026.resolve("report.xlsx"));
        Run again = run("-o", "out", "2026", in2026.toString(), "out/2025");
        assertEquals(4, again.exit(), again.out());
        assertTrue(again.out().contains("out/2026 already exists: the year 2026 is finished and is not overwritten"),
                again.out());
        assertEquals(before, sha(y2026.resolve("report.xlsx")));

        // a year whose inputs cannot be read: exit 3, outputs kept aside as 2027.failed, no 2027
        Path junk = Files.createDirectories(tmp.resolve("in2027/firms"));
        Files.writeString(junk.resolve("notes.csv"), "a,b\n1,2\n");
        // beside a readable file, so that ecoscore writes the report and prints its summary after the line naming
        // the unreadable file (the log's last lines do not name it)
        Files.copy(in2026.resolve("firms/firms.xlsx"), junk.resolve("firms.xlsx"));
        Run bad = run("-o", "out", "2027", tmp.resolve("in2027").toString(), "out/2026");
        assertEquals(3, bad.exit(), bad.out());
        assertTrue(bad.out().contains("ecoscore stopped with exit code 3"), bad.out());
        assertFalse(Files.exists(tmp.resolve("out/2027")));
        assertTrue(Files.isRegularFile(tmp.resolve("out/2027.failed/run.log")));
        // finding 4: the line naming the unreadable file is printed (it is not among the log's last lines)
        assertTrue(bad.out().contains("unreadable: " + junk.resolve("notes.csv")), bad.out());
        String badLog = Files.readString(tmp.resolve("out/2027.failed/run.log"));
        assertTrue(badLog.contains("out/2027.failed/report.xlsx") && !badLog.contains(".2027.work"), badLog);

        // new-user test F12: the success line counts the run's issues (as its JSON summary does) and says where
        // to read them; the 2027.failed of the attempt above is removed once 2027 is finished
        Files.delete(junk.resolve("notes.csv"));
        Run rerun = run("-o", "out", "2027", tmp.resolve("in2027").toString(), "out/2026");
        assertEquals(0, rerun.exit(), rerun.out());
        com.fasterxml.jackson.databind.JsonNode bySeverity = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Files.readString(tmp.resolve("out/2027/summary.json"))).at("/issues/by_severity");
        int warnings = bySeverity.at("/warning").asInt();
        int notes = bySeverity.at("/info").asInt();
        assertTrue(warnings + notes > 0, "the sample data has issues: " + bySeverity);
        String issues = "issues: 0 errors, " + warnings + (warnings == 1 ? " warning, " : " warnings, ") + notes
                + (notes == 1 ? " note" : " notes");
        assertTrue(rerun.out().contains("annual-assessment: 2027 finished: ") && rerun.out().contains(issues)
                && rerun.out().contains("read them on the Issues sheet of out/2027/report.xlsx or in "
                + "out/2027/csv/issues.csv"), rerun.out());
        assertTrue(rerun.out().contains("(the earlier failed attempt out/2027.failed is removed)"), rerun.out());
        assertFalse(Files.exists(tmp.resolve("out/2027.failed")), "a stale failed attempt is not kept");
        assertTrue(Files.readString(tmp.resolve("out/2027/assessment.txt")).contains(issues));

        // bad arguments: exit 2 with the usage line
        Run usage = run("-o", "out", "26", in2026.toString());
        assertEquals(2, usage.exit(), usage.out());
        assertTrue(usage.out().contains("YEAR must be four digits"), usage.out());
    }
}
