package org.ecoscore.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM settings the Linux/macOS launcher ({@code ./ecoscore}) chooses from a run's inputs (README
 * "Performance"): it is run in a release layout with a stand-in {@code java} that prints its arguments, so the
 * heap, collector and JIT it picks can be checked against the documented rules, computed by hand here.
 */
class LauncherSettingsTest {
    @TempDir
    Path tmp;
    private Path home;
    private Path bin;

    @BeforeEach
    void releaseLayout() throws IOException, InterruptedException {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "the launcher is a bash script");
        assumeTrue(new ProcessBuilder("bash", "-c", "true").start().waitFor() == 0, "needs bash");
        home = tmp.resolve("release");
        Files.createDirectories(home.resolve("lib"));
        Files.copy(Path.of("ecoscore"), home.resolve("ecoscore"));
        Files.writeString(home.resolve("lib/ecoscore.jar"), "a stand-in: never run");
        bin = tmp.resolve("bin");
        Files.createDirectories(bin);
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aSmallWorkbookGetsTheShortRunSettings() throws Exception {
        Path f = file("firms.xlsx", 10 * 1024);
        List<String> jvm = jvmArgs("score", f.toString(), "-q");
        for (String o : List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g",
                "-XX:CompileThresholdScaling=5")) {
            assertTrue(jvm.contains(o), o + " missing: " + jvm);
        }
        assertFalse(jvm.contains("-XX:+UseParallelGC"), jvm.toString());
        // the report is plain XML: no command warms up its classes on a second thread any more
        assertFalse(jvm.stream().anyMatch(o -> o.startsWith("-Decoscore.warmup")), jvm.toString());
    }

    @Test
    void aLargeWorkbookGetsAHeapOf12TimesItsSize() throws Exception {
        Path f = file("firms.xlsx", 80L * 1024 * 1024);
        long kb = duKb(f); // 81,920 KB on an ordinary file system
        List<String> jvm = jvmArgs("score", f.toString(), "-q", "-o", tmp.resolve("r.xlsx").toString());
        // 64 MB + 12 × 80 MB = 1,024 MB, within 3/4 of the machine's memory
        long expected = Math.min(64 + 12 * kb / 1024, physicalMb() * 3 / 4);
        assertTrue(jvm.contains("-Xmx" + expected + "m"), "-Xmx" + expected + "m missing: " + jvm);
        assertTrue(jvm.containsAll(List.of("-XX:+UseParallelGC", "-XX:NewRatio=3", "-XX:TieredStopAtLevel=1")), jvm.toString());
        assertFalse(jvm.contains("-XX:+UseSerialGC"), jvm.toString());
        // trend keeps C2: its run is long enough to pay for it
        assertFalse(jvmArgs("trend", "--year", "2024", f.toString(), "--year", "2025", f.toString())
                .contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void aCsvIsSizedByItsCellsEstimatedFromItsFirst64Kb() throws Exception {
        // 262,144 lines of 256 bytes = 64 MiB: 128 one-digit answers per line ("1," × 127, "1", newline). The first
        // 64 KB hold 256 lines; 128 columns (127 commas + 1); rows = 64 MiB / 64 KiB × 256 = 262,144;
        // cells = 262,144 × 128 = 33,554,432; 32 bytes each = 1,048,576 KB; heap = 64 + 1,024 = 1,088 MB.
        Path f = csv("firms.csv", 128, 262_144);
        List<String> jvm = jvmArgs("score", f.toString(), "-q");
        long expected = Math.min(1088, physicalMb() * 3 / 4);
        assertTrue(jvm.contains("-Xmx" + expected + "m"), "-Xmx" + expected + "m missing: " + jvm);
        // a text table's estimate is tighter: an old generation of 4/5; under 300,000 rows C1 only
        assertTrue(jvm.containsAll(List.of("-XX:NewRatio=4", "-XX:TieredStopAtLevel=1")), jvm.toString());
    }

    @Test
    void aCsvOf300000RowsOrMoreKeepsC2() throws Exception {
        // 327,680 lines of 64 bytes = 20 MiB (32 answers per line): rows = 20 MiB / 64 KiB × 1,024 = 327,680 ≥ 300,000;
        // cells = 327,680 × 32 = 10,485,760 → 320 MB → the heap's floor of 768 MB
        Path f = csv("firms.csv", 32, 327_680);
        List<String> jvm = jvmArgs("score", f.toString(), "-q");
        assertFalse(jvm.contains("-XX:TieredStopAtLevel=1"), jvm.toString());
        assertTrue(jvm.containsAll(List.of("-XX:+UseParallelGC", "-Xmx768m")), jvm.toString());
    }

    @Test
    void outputsAndABaselinesObstaclesTableAreNotCountedAsInputs() throws Exception {
        Path small = file("firms.xlsx", 10 * 1024);
        Path oldReport = file("report.xlsx", 20L * 1024 * 1024); // -o's value: what this run overwrites
        Path baseline = tmp.resolve("last-year");
        Files.createDirectories(baseline);
        Files.copy(file("firms-then.csv", 4 * 1024), baseline.resolve("firms.csv"));
        Files.copy(file("obstacles-then.csv", 20L * 1024 * 1024), baseline.resolve("obstacles.csv"));
        List<String> jvm = jvmArgs("score", small.toString(), "-o", oldReport.toString(), "--baseline",
                baseline.toString(), "-q");
        assertTrue(jvm.containsAll(List.of("-XX:+UseSerialGC", "-Xmx1g")), jvm.toString());
        // a --skip-file pattern that happens to name an existing folder (last year's, passed over) is no input either
        Path old = Files.createDirectories(tmp.resolve("old"));
        Files.copy(file("big-then.xlsx", 20L * 1024 * 1024), old.resolve("big-then.xlsx"));
        for (List<String> skip : List.of(List.of("--skip-file", old.toString()), List.of("--skip-file=" + old))) {
            List<String> args = new java.util.ArrayList<>(List.of("score", small.toString()));
            args.addAll(skip);
            List<String> run = jvmArgs(args.toArray(new String[0]));
            assertTrue(run.containsAll(List.of("-XX:+UseSerialGC", "-Xmx1g")), run.toString());
        }
    }

    @Test
    void theClassDataArchiveIsMadeByTheFirstScoreAndUsedByEveryRunAfter() throws Exception {
        Path small = file("firms.xlsx", 10 * 1024);
        Path big = file("big.xlsx", 20L * 1024 * 1024);
        Path cache = tmp.resolve("cache");
        List<String> first = jvmArgs(cache, "validate", small.toString());
        assertTrue(first.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=")), first.toString());
        // the stand-in java writes no archive: the launcher removes the unfinished file and keeps nothing
        String dump = first.stream().filter(a -> a.startsWith("-XX:ArchiveClassesAtExit=")).findFirst().orElseThrow();
        assertFalse(Files.exists(Path.of(dump.substring(dump.indexOf('=') + 1))), "the unfinished archive is removed");
        List<String> named = jvmArgs(cache, "--version");
        assertFalse(named.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")), "no archive yet: " + named);
        try (var files = Files.list(cache.resolve("ecoscore"))) {
            assertEquals(0, files.count(), "nothing left behind by an archive the JVM did not write");
        }
        // a large batch also records (and later uses) the archive
        List<String> large = jvmArgs(cache, "score", big.toString(), "-q");
        assertTrue(large.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=")), large.toString());
    }

    /*
     * Regression (bare C locale): Java cannot hold a Chinese file name in ASCII (InvalidPathException), so a bare
     * C/POSIX or unset locale runs java under C.UTF-8 where the system has it; a locale the user chose is kept.
     */
    @Test
    void aBareCLocaleRunsJavaUnderCUtf8() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/usr/lib/locale/C.utf8")) || Files.isDirectory(Path.of("/usr/lib/locale/C.UTF-8")),
                "needs the C.UTF-8 locale");
        Path envBin = tmp.resolve("envbin");
        Files.createDirectories(envBin);
        Path java = envBin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf 'LC_ALL=%s\\n' \"$LC_ALL\"\nprintf '%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String[] c : new String[][] {{null, "LC_ALL=C.UTF-8"}, {"C", "LC_ALL=C.UTF-8"}, {"POSIX", "LC_ALL=C.UTF-8"},
                {"zh_CN.UTF-8", "LC_ALL="}}) {
            ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("ecoscore").toString(), "--version")
                    .directory(tmp.toFile()).redirectErrorStream(true);
            var env = pb.environment();
            env.put("PATH", envBin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
            env.remove("JAVA_HOME");
            env.remove("ECOSCORE_JAVA_OPTS");
            env.put("ECOSCORE_NO_CDS", "1");
            env.remove("LC_ALL");
            env.remove("LC_CTYPE");
            env.remove("LC_MESSAGES");
            if (c[0] == null) env.remove("LANG"); else env.put("LANG", c[0]);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(1, TimeUnit.MINUTES), "launcher timed out");
            assertEquals(c[1], out.lines().findFirst().orElse(""), "LANG=" + c[0] + ": " + out);
            assertEquals(c[1].equals("LC_ALL=C.UTF-8") || "zh_CN.UTF-8".equals(c[0]),
                    out.lines().anyMatch("-Dfile.encoding=UTF-8"::equals), "LANG=" + c[0] + ": " + out);
        }
    }

    /**
     * Transparent huge pages for the heap exactly where this machine's kernel gives them on request or always (the
     * bracketed word of /sys/kernel/mm/transparent_hugepage/enabled), for a short run and a large one alike; where
     * they are off or unknown (macOS) the option is left out, since the JVM would warn or refuse it.
     */
    @Test
    void hugePagesWhereTheKernelOffersThem() throws Exception {
        Path sys = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String mode = Files.isReadable(sys) ? Files.readString(sys) : "";
        boolean offered = mode.contains("[madvise]") || mode.contains("[always]");
        for (long kb : new long[] {10, 40 * 1024}) {
            List<String> jvm = jvmArgs("score", file("firms-" + kb + ".xlsx", kb * 1024).toString(), "-q");
            assertEquals(offered, jvm.contains("-XX:+UseTransparentHugePages"), mode + " " + jvm);
        }
    }

    private List<String> jvmArgs(String... args) throws IOException, InterruptedException {
        return jvmArgs(null, args);
    }

    /** The arguments the launcher gives java before {@code -jar} ({@code cache}: XDG_CACHE_HOME, or none = no archive). */
    private List<String> jvmArgs(Path cache, String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("bash", home.resolve("ecoscore").toString()));
        argv.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(argv).directory(tmp.toFile()).redirectErrorStream(true);
        var env = pb.environment();
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.remove("JAVA_HOME");
        env.remove("ECOSCORE_JAVA_OPTS");
        if (cache == null) {
            env.put("ECOSCORE_NO_CDS", "1");
        } else {
            env.remove("ECOSCORE_NO_CDS");
            env.put("XDG_CACHE_HOME", cache.toString());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "launcher timed out");
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        int jar = lines.indexOf("-jar");
        assertTrue(jar >= 0, "no -jar in " + out);
        return lines.subList(0, jar);
    }

    private Path file(String name, long bytes) throws IOException {
        Path f = tmp.resolve(name);
        byte[] block = new byte[1 << 16];
        Arrays.fill(block, (byte) 'x');
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f))) {
            for (long left = bytes; left > 0; left -= block.length) out.write(block, 0, (int) Math.min(left, block.length));
        }
        return f;
    }

    /** {@code lines} lines (the first a header) of {@code columns} one-character cells: 2 × columns bytes each. */
    private Path csv(String name, int columns, int lines) throws IOException {
        byte[] line = new byte[2 * columns];
        for (int i = 0; i < columns; i++) {
            line[2 * i] = '1';
            line[2 * i + 1] = i == columns - 1 ? (byte) '\n' : (byte) ',';
        }
        Path f = tmp.resolve(name);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            for (int i = 0; i < lines; i++) out.write(line);
        }
        return f;
    }

    private static long duKb(Path f) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("du", "-sk", "--", f.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        p.waitFor();
        return Long.parseLong(out.split("\\s+")[0]);
    }

    private static long physicalMb() throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (l.startsWith("MemTotal:")) return Long.parseLong(l.replaceAll("\\D", "")) / 1024;
        }
        return Long.MAX_VALUE;
    }
}
