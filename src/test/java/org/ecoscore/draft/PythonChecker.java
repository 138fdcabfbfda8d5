package org.ecoscore.draft;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code indicators/check_framework.py} (skipped where python3 with numpy is not installed). */
final class PythonChecker {
    private PythonChecker() {
    }

    /** The ERROR and warning lines the script prints for a framework folder, one per line ("" = clean). */
    static String problemsAndWarnings(Path framework) throws IOException, InterruptedException {
        String out = run(framework).out();
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("ERROR") || line.startsWith("warning")) lines.add(line.strip());
        }
        assertSummary(out, lines);
        return String.join("\n", lines);
    }

    /** The script's whole output and exit code. */
    record Run(String out, int exitCode) {
    }

    static Run run(Path framework) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "indicators/check_framework.py", framework.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not installed");
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        assumeTrue(!out.contains("numpy is needed"), "numpy is not installed");
        return new Run(out, code);
    }

    private static void assertSummary(String out, List<String> lines) {
        if (!out.contains(" error(s), ")) throw new AssertionError("check_framework.py failed:\n" + out);
    }
}
