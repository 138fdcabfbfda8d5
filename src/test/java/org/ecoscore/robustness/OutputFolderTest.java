package org.ecoscore.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ecoscore.cli.CliRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New-user test: {@code -o newdir/sub/r.xlsx} creates the folders (TROUBLESHOOTING said "the folder does not
 * exist", exit 4); {@code -o /proc/r.xlsx} said the folder does not exist although it does — it must say that
 * no file can be created there and what to do.
 */
class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void missingFoldersAboveTheReportAreCreated() throws Exception {
        Path firms = Corpus.xlsx(dir.resolve("firms.xlsx"), Corpus.rows("N", 6));
        Path report = dir.resolve("newdir/sub/r.xlsx");
        CliRun run = CliRun.of("score", firms.toString(), "-o", report.toString(), "--lang", "en", "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(report));
    }

    @Test
    void aFolderThatTakesNoFilesIsNotCalledMissing() throws Exception {
        Path proc = Path.of("/proc");
        Assumptions.assumeTrue(Files.isDirectory(proc) && !Files.isWritable(proc.resolve("r.xlsx")),
                "a Linux /proc");
        Path firms = Corpus.xlsx(dir.resolve("firms.xlsx"), Corpus.rows("P", 6));
        Path target = proc.resolve("r.xlsx");
        CliRun zh = CliRun.of("score", firms.toString(), "-o", target.toString(), "--lang", "zh", "--quiet");
        assertEquals(4, zh.exitCode(), zh.err());
        assertEquals("ecoscore：" + target + "：无法写入 " + target + "：无法在该文件夹中新建文件（这是系统文件夹，如 /proc，"
                + "或你没有写入权限）：请写到你自己的文件夹中。请为 -o 另选路径", zh.err().strip());
        CliRun en = CliRun.of("score", firms.toString(), "-o", target.toString(), "--lang", "en", "--quiet");
        assertEquals(4, en.exitCode());
        assertEquals("ecoscore: " + target + ": cannot write " + target + ": no file can be created in this folder (a"
                + " system folder such as /proc, or one you may not write to): write into a folder of your own; choose"
                + " another -o path", en.err().strip());
        assertTrue(zh.noStackTrace() && en.noStackTrace());
    }
}
