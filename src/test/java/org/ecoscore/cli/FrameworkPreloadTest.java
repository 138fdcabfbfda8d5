package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkException;
import org.ecoscore.framework.FrameworkLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The framework loaded while picocli parses ({@link FrameworkPreload}): the same result as loading it after. */
class FrameworkPreloadTest {
    @TempDir
    Path dir;

    @Test
    void findsTheFrameworkArgumentInEveryFormPicocliAccepts() {
        assertEquals("a", FrameworkPreload.frameworkArgument("score", "x.xlsx", "-f", "a"));
        assertEquals("a", FrameworkPreload.frameworkArgument("score", "-fa", "x.xlsx"));
        assertEquals("a", FrameworkPreload.frameworkArgument("score", "-f=a"));
        assertEquals("a b", FrameworkPreload.frameworkArgument("score", "--framework", "a b"));
        assertEquals("a", FrameworkPreload.frameworkArgument("score", "--framework=a"));
        // picocli keeps the last of a repeated single-value option
        assertEquals("b", FrameworkPreload.frameworkArgument("score", "-f", "a", "--framework=b"));
        // after "--" everything is a positional input, and another option's value is not -f's
        assertNull(FrameworkPreload.frameworkArgument("score", "--", "-f", "a"));
        assertNull(FrameworkPreload.frameworkArgument("score", "--firms", "x.xlsx"));
        assertNull(FrameworkPreload.frameworkArgument("score", "x.xlsx", "-o", "r.xlsx"));
    }

    @Test
    void theCommandGetsThePreloadedBuiltInFrameworkAndAnotherOneIsLoadedAfresh() throws IOException {
        FrameworkPreload p = FrameworkPreload.start("score", "samples/firms-wjx.xlsx");
        Framework builtIn = p.load(null);
        assertSame(builtIn, p.load(null), "the preloaded framework, not a second load");
        assertEquals(FrameworkLoader.load(null).name(), builtIn.name());
        Path copy = copyOfBuiltIn(dir.resolve("fw"));
        Framework other = p.load(copy);
        assertNotSame(builtIn, other);
        assertNotSame(other, p.load(copy), "a framework that was not preloaded is loaded each time");
    }

    @Test
    void onlyScoreAndValidatePreloadAndAFrameworkPathThatDoesNotExistIsLeftToTheCommand() throws IOException {
        Path copy = copyOfBuiltIn(dir.resolve("fw"));
        FrameworkPreload p = FrameworkPreload.start("validate", "x.xlsx", "-f", copy.toString());
        assertSame(p.load(copy), p.load(copy));
        FrameworkPreload trend = FrameworkPreload.start("trend", "-f", copy.toString());
        assertNotSame(trend.load(copy), trend.load(copy));
        FrameworkPreload missing = FrameworkPreload.start("score", "-f", dir.resolve("nowhere").toString());
        assertThrows(FrameworkException.class, () -> missing.load(dir.resolve("nowhere")));
    }

    @Test
    void aBrokenFrameworkIsReportedAsWithoutThePreload() throws IOException {
        Path broken = copyOfBuiltIn(dir.resolve("broken"));
        List<String> lines = Files.readAllLines(broken.resolve("questions.csv"));
        // a question whose parent does not exist
        lines.set(1, lines.get(1).replaceFirst("^([^,]*),([^,]*),", "$1,NO_SUCH_NODE,"));
        Files.write(broken.resolve("questions.csv"), lines);
        FrameworkException direct = assertThrows(FrameworkException.class, () -> FrameworkLoader.load(broken));
        FrameworkPreload p = FrameworkPreload.start("score", "-f", broken.toString());
        FrameworkException viaPreload = assertThrows(FrameworkException.class, () -> p.load(broken));
        assertEquals(direct.getMessage(), viaPreload.getMessage());

        String[] args = {"score", "samples/firms-wjx.xlsx", "-f", broken.toString(), "-q", "--lang", "en",
                "-o", dir.resolve("r.xlsx").toString()};
        String[] plain = run(Main.commandLine(), args);
        String[] preloaded = run(Main.commandLine(FrameworkPreload.start(args)), args);
        assertEquals(plain[0], preloaded[0], "exit code");
        assertEquals(plain[1], preloaded[1], "console");
        assertTrue(plain[1].contains("NO_SUCH_NODE"), plain[1]);
        assertEquals("3", plain[0]);
    }

    private static String[] run(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new String[] {Integer.toString(code), out + "\n" + err};
    }

    private static Path copyOfBuiltIn(Path to) throws IOException {
        Files.createDirectories(to);
        for (String f : List.of("framework.csv", "questions.csv", "scales.csv", "meta.csv")) {
            Files.copy(Path.of("indicators/default", f), to.resolve(f));
        }
        return to;
    }
}
