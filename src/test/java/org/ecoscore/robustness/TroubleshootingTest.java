package org.ecoscore.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 4 item 7: every issue code the sources can log is explained in TROUBLESHOOTING.md. */
class TroubleshootingTest {
    /**
     * Codes passed to an IssueLog/RowIssues call, or held in an issue-code constant ({@code CODE},
     * {@code …_CODE}, and the flag codes {@code SPEEDER}, {@code STRAIGHT_LINING}) — not every kebab-case
     * constant (e.g. "built-in" is a label).
     */
    private static final Pattern LOGGED = Pattern.compile(
            "(?:issues\\(\\)\\.add|issues\\.add|\\.warn|\\.info)\\([^;]*?\"([a-z]+(?:-[a-z]+)+)\"|"
                    + "static final String (?:[A-Z_]*CODE|SPEEDER|STRAIGHT_LINING) = \"([a-z]+(?:-[a-z]+)*)\"",
            Pattern.DOTALL);

    /** The issue codes logged in src/main/java. */
    static TreeSet<String> codesInSources() throws Exception {
        TreeSet<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LOGGED.matcher(Files.readString(p));
                while (m.find()) codes.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        codes.removeIf(c -> !c.contains("-") && !c.equals("speeder"));
        return codes;
    }

    @Test
    void everyIssueCodeInTheSourcesHasAnEntry() throws Exception {
        TreeSet<String> codes = codesInSources();
        assertTrue(codes.size() >= 14, codes.toString());
        String doc = Files.readString(Path.of("TROUBLESHOOTING.md"));
        List<String> missing = new ArrayList<>();
        for (String c : codes) if (!doc.contains("`" + c + "`")) missing.add(c);
        assertTrue(missing.isEmpty(), "not in TROUBLESHOOTING.md: " + missing + " (found " + codes + ")");
    }
}
