package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate on inputs it cannot read: exit 3 and "nothing to check", not score's "nothing scorable". */
class ValidateNothingToCheckTest {
    @TempDir
    Path dir;

    @Test
    void unreadableInputsExitThreeWithNothingToCheck() throws Exception {
        Path junk = dir.resolve("junk.xlsx");
        Files.write(junk, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8}); // a zip header and nothing else
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 7, 0, 0, 0, 9}); // binary, not CSV text
        CliRun run = CliRun.of("validate", junk.toString(), bad.toString(), "-q", "--lang", "en");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("ecoscore: nothing to check: 2 input files could not be read"), run.err());
        assertFalse(run.err().contains("nothing scorable"), run.err());
        CliRun zh = CliRun.of("validate", junk.toString(), bad.toString(), "-q", "--lang", "zh");
        assertEquals(3, zh.exitCode(), zh.err());
        assertTrue(zh.err().contains("无可检查的数据：2 个输入文件无法读取"), zh.err());
    }
}
