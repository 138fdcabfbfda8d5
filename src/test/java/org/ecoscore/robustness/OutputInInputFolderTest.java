package org.ecoscore.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecoscore.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (new-user test, critical): with the questionnaires given as a folder, {@code -o} naming an export in
 * that folder replaced it with the report and exited 0. A file a folder scan reads is an input like one named
 * directly: {@code -o}, {@code --csv} and {@code validate --issues-csv} over it are refused (exit 2) and it is left
 * byte for byte as it was.
 */
class OutputInInputFolderTest {
    @TempDir
    Path dir;

    @Test
    void outputsOverAFileReadFromAnInputFolderAreRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("问卷"));
        Path a = Corpus.csv(folder.resolve("a.csv"), Corpus.rows("F", 3), StandardCharsets.UTF_8);
        Path b = Corpus.csv(folder.resolve("b.csv"), Corpus.rows("G", 3), StandardCharsets.UTF_8);
        byte[] answersA = Files.readAllBytes(a);
        byte[] answersB = Files.readAllBytes(b);

        CliRun en = CliRun.of("score", folder.toString(), "-o", b.toString(), "--lang", "en", "--quiet");
        assertEquals(2, en.exitCode(), en.err());
        assertEquals("ecoscore: -o " + b + " is read as a questionnaire from the input folder " + folder
                + ": ecoscore never writes over its inputs; choose an -o path outside " + folder + ".", en.err().strip());

        CliRun zh = CliRun.of("score", folder.toString(), "-o", b.toString(), "--lang", "zh", "--quiet");
        assertEquals(2, zh.exitCode(), zh.err());
        assertEquals("ecoscore：-o " + b + " 位于输入文件夹 " + folder + " 中，会被当作问卷读取：ecoscore 从不覆盖输入文件。"
                + "请为 -o 选择 " + folder + " 以外的路径。", zh.err().strip());

        // --csv into the input folder, or a folder beneath it, would write firms.csv … beside (or over) the exports,
        // and the next run would read them as questionnaires; the message names the folder given (new-user finding,
        // session 8: it named a file of the folder, which the user had never given)
        for (Path into : java.util.List.of(folder, folder.resolve("tables"))) {
            CliRun csv = CliRun.of("score", folder.toString(), "-o", dir.resolve("r.xlsx").toString(), "--csv",
                    into.toString(), "--lang", "en", "--quiet");
            assertEquals(2, csv.exitCode(), csv.err());
            assertEquals("ecoscore: --csv " + into + " lies in the input folder " + folder + ": the next run would read"
                    + " its tables (firms.csv, regions.csv …) as questionnaires; choose a --csv folder outside " + folder
                    + ".", csv.err().strip());
            assertTrue(csv.noStackTrace());
        }
        assertTrue(Files.notExists(dir.resolve("r.xlsx")) && Files.notExists(folder.resolve("tables")),
                "refused before anything is written");

        CliRun issues = CliRun.of("validate", folder.toString(), "--issues-csv", a.toString(), "--lang", "en", "-q");
        assertEquals(2, issues.exitCode(), issues.err());
        assertTrue(issues.err().startsWith("ecoscore: --issues-csv " + a + " is read as a questionnaire"), issues.err());

        assertArrayEquals(answersA, Files.readAllBytes(a), "a.csv unchanged");
        assertArrayEquals(answersB, Files.readAllBytes(b), "b.csv unchanged");
        assertTrue(en.noStackTrace() && zh.noStackTrace() && issues.noStackTrace());

        // a report beside the folder, or a new file in it, is still written
        CliRun ok = CliRun.of("score", folder.toString(), "-o", dir.resolve("report.xlsx").toString(), "--quiet");
        assertEquals(0, ok.exitCode(), ok.err());
    }
}
