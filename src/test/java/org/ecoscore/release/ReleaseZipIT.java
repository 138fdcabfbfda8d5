package org.ecoscore.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release an office runs without Maven (run by failsafe after {@code package}): the zip holds the jar,
 * both launchers, frameworks, docs and samples, and the README's first command works from a fresh unpack
 * into a folder with a Chinese name.
 */
class ReleaseZipIT {
    @TempDir
    Path tmp;

    @Test
    void readmeFirstCommandRunsFromTheUnpackedZip() throws Exception {
        Path zip = Path.of(System.getProperty("ecoscore.releaseZip"));
        assertTrue(Files.isRegularFile(zip), "release zip not built: " + zip);
        Path unpackTo = tmp.resolve("软件 ecoscore");
        List<String> names = unzip(zip, unpackTo);
        String top = names.get(0).substring(0, names.get(0).indexOf('/') + 1);
        for (String expected : List.of("lib/ecoscore.jar", "ecoscore", "ecoscore.cmd", "README.md",
                "TROUBLESHOOTING.md", "indicators/default/framework.csv", "indicators/regions.csv",
                "samples/firms-wjx.xlsx", "samples/firms-tencent-gbk.csv", "samples/regions.xlsx",
                "completion/ecoscore_completion.bash", "scripts/annual-assessment.sh", "docs/annual-assessment.md")) {
            assertTrue(names.contains(top + expected), "zip lacks " + expected + ": " + names);
        }
        Path home = unpackTo.resolve(top);
        assertTrue(Files.readString(home.resolve("ecoscore.cmd"), StandardCharsets.US_ASCII).contains("\r\n"),
                "ecoscore.cmd must have Windows line endings");

        String readme = Files.readString(home.resolve("README.md"));
        String command = readme.lines().map(String::strip).filter(l -> l.startsWith("./ecoscore score "))
                .findFirst().orElseThrow(() -> new AssertionError("README has no ./ecoscore score command"));
        List<String> argv = new ArrayList<>(List.of("bash"));
        argv.addAll(List.of(command.split("\\s+")));
        ProcessBuilder pb = new ProcessBuilder(argv).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("out.txt").toFile());
        pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString()); // the class-data archive
        pb.environment().remove("ECOSCORE_JAVA_OPTS");
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out");
        String out = Files.readString(tmp.resolve("out.txt"));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("report.xlsx"), out);
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(home.resolve("report.xlsx")))) {
            assertTrue(wb.getNumberOfSheets() >= 7, "sheets: " + wb.getNumberOfSheets());
        }
        assertTrue(Files.isRegularFile(home.resolve("out/firms.csv")));
        // the first score run of a release leaves its class-data archive in the user's cache, not in the zip's folder
        try (var cached = Files.list(tmp.resolve("cache/ecoscore"))) {
            assertTrue(cached.anyMatch(f -> f.getFileName().toString().endsWith(".jsa")), "no class-data archive");
        }

        Process v = new ProcessBuilder("bash", "ecoscore", "--version").directory(home.toFile())
                .redirectErrorStream(true).start();
        String version = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(v.waitFor(2, TimeUnit.MINUTES));
        assertTrue(version.startsWith("ecoscore "), version);
        assertTrue(version.contains("(commit "), version);
    }

    private static List<String> unzip(Path zip, Path to) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                Path target = to.resolve(e.getName()).normalize();
                if (!target.startsWith(to)) throw new IOException("entry outside the folder: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        return names;
    }
}
