package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecoscore.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New-user finding: a summary workbook kept in the exports' folder made every run exit 3 (an unreadable file) and
 * there was no way to pass it over but to move it. {@code --skip-file GLOB} passes such files over by name or by
 * path within the folder, lists them on the console and in issues.csv, and the run exits 0.
 */
class SkipFileCliTest {
    @TempDir
    Path dir;

    @Test
    void aSummaryAndLastYearsFolderArePassedOverAndTheRunExitsZero() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("surveys"));
        Files.copy(Path.of("samples/firms-wjx.xlsx"), folder.resolve("firms-wjx.xlsx"));
        Files.createDirectories(folder.resolve("old"));
        Files.copy(Path.of("samples/firms-tencent-gbk.csv"), folder.resolve("old/firms-tencent-gbk.csv"));
        // plain text under a workbook's name, as a hand-made summary saved from a web page can be
        Files.writeString(folder.resolve("汇总.xlsx"), "地区,企业数\n广东省,12\n", StandardCharsets.UTF_8);
        Path csv = dir.resolve("csv");

        CliRun plain = CliRun.of("score", folder.toString(), "-o", dir.resolve("a.xlsx").toString(), "--lang", "en");
        assertEquals(3, plain.exitCode(), plain.out() + plain.err());
        assertTrue(plain.err().contains("(a file that is no questionnaire: pass it over with --skip-file NAME)"),
                plain.err());

        CliRun skipping = CliRun.of("score", folder.toString(), "--skip-file", "汇总.xlsx", "--skip-file", "old/**",
                "-o", dir.resolve("b.xlsx").toString(), "--csv", csv.toString(), "--lang", "en");
        assertEquals(0, skipping.exitCode(), skipping.out() + skipping.err());
        assertTrue(skipping.out().contains("Files read: 1\n  passed over (--skip-file): " + folder
                + "/old/firms-tencent-gbk.csv, " + folder + "/汇总.xlsx\n"), skipping.out());
        String issues = Files.readString(csv.resolve("issues.csv"), StandardCharsets.UTF_8);
        assertTrue(issues.contains(folder + "/汇总.xlsx,,,,skipped-file,info,matches --skip-file 汇总.xlsx: skipped"),
                issues);
        assertTrue(issues.contains(folder + "/old/firms-tencent-gbk.csv,,,,skipped-file,info,matches --skip-file"
                + " old/**: skipped"), issues);
        String firms = Files.readString(csv.resolve("firms.csv"), StandardCharsets.UTF_8);
        assertTrue(firms.contains("firms-wjx.xlsx"), "the export is scored");
        assertFalse(firms.contains("firms-tencent-gbk.csv"), "last year's folder is not");
        assertTrue(skipping.noStackTrace(), skipping.err());

        // a pattern that passes over nothing is a warning, on the console and in issues.csv (exit 5 with --strict)
        CliRun unused = CliRun.of("score", folder.toString(), "--skip-file", "汇总.xlsx", "--skip-file", "old",
                "--skip-file", "*.docx", "-o", dir.resolve("c.xlsx").toString(), "--csv", csv.toString(), "--lang", "en",
                "--strict");
        assertEquals(5, unused.exitCode(), unused.out() + unused.err());
        assertTrue(unused.out().contains("  passed over (--skip-file): " + folder + "/old/firms-tencent-gbk.csv, " + folder
                + "/汇总.xlsx\n  --skip-file *.docx matched no file (every file was read)\n"), unused.out());
        assertTrue(Files.readString(csv.resolve("issues.csv"), StandardCharsets.UTF_8).contains(",,,,skip-file-unused,"
                + "warning,\"The pattern --skip-file *.docx matches no input file, so every file was read: check the pattern against"
                + " the file names (a name: 说明*.xlsx; a folder within the folder given: old or old/**)\""), "issues.csv");

        CliRun bad = CliRun.of("validate", folder.toString(), "--skip-file", "old/{a,b", "--lang", "en");
        assertEquals(2, bad.exitCode(), bad.out() + bad.err());
        assertTrue(bad.err().contains("--skip-file old/{a,b is not a file-name pattern"), bad.err());
        assertTrue(bad.noStackTrace(), bad.err());
    }
}
