package org.ecoscore.cli;

import org.ecoscore.fixtures.WorkedExampleFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §1 and §6 {@code framework show|check|export}: frameworks edited in Excel, checked, printed. */
class FrameworkCommandTest {
    private static final String DEFAULT = "indicators/default";

    @TempDir
    Path dir;

    @Test
    void exportedWorkbookShowsTheSameTreeAsTheFolderAndChecksOk() {
        Path xlsx = dir.resolve("default.xlsx");
        CliRun export = CliRun.of("framework", "export", "-f", DEFAULT, "-o", xlsx.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertEquals("Framework written to " + xlsx, export.out().strip());

        CliRun folder = CliRun.of("framework", "show", "-f", DEFAULT);
        CliRun workbook = CliRun.of("framework", "show", "-f", xlsx.toString());
        assertEquals(0, folder.exitCode(), folder.err());
        assertEquals(0, workbook.exitCode(), workbook.err());
        assertTrue(folder.out().startsWith("ECO 综合指数  w=1 (eff=1)\n  A 新型举国体制  w=0.5 (eff=0.5)  [subsystem1]\n"),
                folder.out());
        assertEquals(folder.out(), workbook.out());
        assertEquals(folder.out(), CliRun.of("framework", "show").out(), "the built-in framework is the folder");

        CliRun check = CliRun.of("framework", "check", "-f", xlsx.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("Framework default (" + xlsx + ") is OK: 14 nodes, 74 questions.", check.out().strip());
        assertEquals("", check.err());
    }

    @Test
    void brokenFrameworkFolderIsRefusedWithEveryProblemOnItsOwnLineWithFileAndLine() throws IOException {
        Path fw = brokenFramework();
        CliRun run = CliRun.of("framework", "check", "-f", fw.toString());
        assertEquals(3, run.exitCode());
        assertEquals(String.join("\n",
                "framework.csv:3: weight \"-2\" is not a number > 0; write a positive number or leave it blank for 1",
                "framework.csv:4: unknown parent \"X\"; write the code of a node of framework.csv",
                "framework.csv:4: node \"S2\" has no question beneath it; add a question under it or remove it",
                "framework.csv:5: duplicate code \"S1\" (first on framework.csv:3); codes are unique over nodes and "
                        + "questions",
                "questions.csv:2: unknown scale \"agree7\"; use number, percent, yesno or a scale named in scales.csv",
                "questions.csv:3: min without max; give both goalposts or neither") + "\n",
                run.out().replace(System.lineSeparator(), "\n"));
        assertEquals("ecoscore: " + fw + ": the framework is refused, 6 problems (listed above); fix them in the "
                + "framework files (see docs/framework-format.md) and run the check again.", run.err().strip());
    }

    @Test
    void frameworkEditedInExcelIsCheckedWithSheetAndLine() throws IOException {
        Path fw = smallFramework();
        Path xlsx = dir.resolve("small.xlsx");
        assertEquals(0, CliRun.of("framework", "export", "-f", fw.toString(), "-o", xlsx.toString()).exitCode());
        byte[] bytes = Files.readAllBytes(xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            XSSFSheet questions = wb.getSheet("questions");
            assertEquals("Q3", questions.getRow(3).getCell(0).getStringCellValue());
            questions.getRow(3).getCell(1).setCellValue("S9"); // line 4 of the sheet: an unknown parent
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        CliRun run = CliRun.of("framework", "check", "-f", xlsx.toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.out().startsWith("small.xlsx[questions]:4: "), run.out());
        assertTrue(run.out().contains("\"S9\""), run.out());
        assertTrue(run.err().contains("1 problem (listed above); fix it"), run.err());
    }

    @Test
    void showInEnglishPrintsEnglishNamesWithLocalAndEffectiveWeights() throws IOException {
        CliRun run = CliRun.of("framework", "show", "--lang", "en", "-f", smallFramework().toString());
        assertEquals(0, run.exitCode(), run.err());
        // local = weight / sum of siblings' weights; effective = product of the local weights from the root
        assertEquals(String.join("\n",
                "R Overall  w=1 (eff=1)",
                "  S1 System  w=0.6667 (eff=0.6667)  [subsystem1]",   // 2 / (2 + 1)
                "    Q1 Policy is clear  w=0.5 (eff=0.3333)  [firm, agree5]",   // 2 / 4, 2/3 · 1/2
                "    Q2 Policy changes often  w=0.25 (eff=0.1667)  [firm, agree5, reverse]",
                "    Q3 R&D intensity  w=0.25 (eff=0.1667)  [firm, percent]",
                "  S2 Ecosystem  w=0.3333 (eff=0.3333)  [geometric, subsystem2]",
                "    Q4 Invention patents  w=0.3333 (eff=0.1111)  [firm, number, log]",   // 1/3 · 1/3
                "    Q5 Took part in open competitions  w=0.3333 (eff=0.1111)  [firm, yesno]",
                "    Q6 Guidance fund size  w=0.3333 (eff=0.1111)  [region, number]") + "\n",
                run.out().replace(System.lineSeparator(), "\n"));

        CliRun def = CliRun.of("framework", "show", "--lang", "en", "-f", DEFAULT);
        assertTrue(def.out().startsWith("ECO Composite index  w=1 (eff=1)\n"
                + "  A New-type whole-nation system  w=0.5 (eff=0.5)  [subsystem1]\n"), def.out());
    }

    @Test
    void alternativeFrameworkChecksAndGivesATemplate() throws IOException {
        String fw = "indicators/ai-innovation-modes";
        CliRun check = CliRun.of("framework", "check", "-f", fw);
        assertEquals(0, check.exitCode(), check.out() + check.err());
        Path out = dir.resolve("aim-firm-form.xlsx");
        CliRun template = CliRun.of("template", "-f", fw, "--layout", "form", "-o", out.toString());
        assertEquals(0, template.exitCode(), template.err());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("问卷", wb.getSheetName(1));
            assertTrue(wb.getSheet("问卷").getLastRowNum() > 20);
        }
    }

    private Path smallFramework() throws IOException {
        Path fw = dir.resolve("small");
        WorkedExampleFiles.writeFramework(fw);
        return fw;
    }

    /** Negative weight, unknown parent (so a node without questions), duplicate code, unknown scale, one goalpost. */
    private Path brokenFramework() throws IOException {
        Path fw = smallFramework().resolveSibling("broken");
        Files.createDirectories(fw);
        for (String f : new String[] {"scales.csv", "meta.csv"}) {
            Files.copy(dir.resolve("small").resolve(f), fw.resolve(f));
        }
        write(fw.resolve("framework.csv"), """
                code,parent,name_zh,name_en,weight,aggregation,role
                R,,综合,Overall,,,
                S1,R,体制,System,-2,,subsystem1
                S2,X,生态,Ecosystem,1,geometric,subsystem2
                S1,R,重复,Dup,1,,
                """);
        write(fw.resolve("questions.csv"), """
                code,parent,source,scale,reverse,min,max,transform,weight,text_zh,text_en,aliases
                Q1,S1,firm,agree7,,,,,2,政策清晰,Policy is clear,
                Q3,S1,firm,percent,,0,,,1,研发强度,R&D intensity,
                """);
        return fw;
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
