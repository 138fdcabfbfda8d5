package org.ecoscore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 part 8: data flows one way (README "Architecture"). Each package of src/main may refer only to the
 * packages this table allows — by import or by a fully qualified name in code (comments aside) — so that, e.g.,
 * {@code report} never reaches back into {@code pipeline} or {@code cli}, and {@code score} stays a function
 * of what reading and screening produced. A new package fails the test until it is placed here and in the README.
 */
class PackageDependenciesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/ecoscore");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.ecoscore\\.([a-z]+)\\.");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /** package → the packages it may use (besides itself). The order is the data flow. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("core", Set.of()),
            Map.entry("framework", Set.of("core")),
            Map.entry("input", Set.of("core", "framework")),
            Map.entry("screen", Set.of("core", "framework", "input")),
            Map.entry("score", Set.of("core", "framework", "input", "screen")),
            Map.entry("result", Set.of("core", "framework", "input", "screen", "score")),
            Map.entry("report", Set.of("core", "framework", "input", "screen", "score", "result")),
            Map.entry("baseline", Set.of("core", "framework", "input", "screen", "score", "result", "report")),
            Map.entry("pipeline", Set.of("core", "framework", "input", "screen", "score", "result")),
            Map.entry("trend", Set.of("core", "framework", "input", "screen", "score", "result", "baseline",
                    "pipeline")),
            Map.entry("compare", Set.of("core", "framework", "input", "screen", "score", "result", "baseline",
                    "pipeline")),
            Map.entry("instrument", Set.of("core", "framework", "input", "screen")),
            Map.entry("draft", Set.of("core", "framework", "input")),
            Map.entry("cli", Set.of("core", "framework", "input", "screen", "score", "result", "report", "baseline",
                    "pipeline", "compare", "instrument", "draft", "trend")));

    /** package → the org.ecoscore packages its sources refer to (comments removed). */
    static Map<String, Set<String>> references() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(SOURCES)) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
        for (Path f : files) {
            String pkg = SOURCES.relativize(f).getName(0).toString();
            if (pkg.endsWith(".java")) pkg = "";
            Set<String> refs = out.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(COMMENT.matcher(Files.readString(f)).replaceAll(""));
            while (m.find()) if (!m.group(1).equals(pkg)) refs.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyPackageUsesOnlyThePackagesUpstreamOfIt() throws IOException {
        Map<String, Set<String>> refs = references();
        assertTrue(refs.keySet().containsAll(List.of("core", "report", "score", "pipeline", "cli")), refs.toString());
        Map<String, Set<String>> wrong = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : refs.entrySet()) {
            Set<String> allowed = ALLOWED.get(e.getKey());
            assertTrue(allowed != null, "package " + e.getKey() + " is new: place it in PackageDependenciesTest.ALLOWED"
                    + " and in README \"Architecture\" (it uses " + e.getValue() + ")");
            Set<String> bad = new TreeSet<>(e.getValue());
            bad.removeAll(allowed);
            if (!bad.isEmpty()) wrong.put(e.getKey(), bad);
        }
        assertEquals(Map.of(), wrong, "packages using what is downstream of them (package → what it must not use)");
    }

    @Test
    void theCheckSeesAReferenceThatBreaksTheRules() throws IOException {
        // the scan itself: report refers to result (allowed), and a qualified name in code counts, a comment not
        Map<String, Set<String>> refs = references();
        assertTrue(refs.get("report").contains("result"), refs.get("report").toString());
        assertTrue(refs.get("cli").contains("pipeline"), refs.get("cli").toString());
        Matcher m = REFERENCE.matcher(COMMENT.matcher("// org.ecoscore.cli.Main\nx = org.ecoscore.pipeline.Pipeline.run();")
                .replaceAll(""));
        assertTrue(m.find() && m.group(1).equals("pipeline") && !m.find());
        assertTrue(!ALLOWED.get("report").contains("pipeline") && !ALLOWED.get("report").contains("cli"));
        assertTrue(!ALLOWED.get("score").contains("report") && !ALLOWED.get("score").contains("result"));
    }
}
