package org.ecoscore.framework;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §1: a framework as one .xlsx workbook; exporting then loading gives an equal framework. */
class FrameworkExporterTest {
    @TempDir
    Path tmp;

    private Framework folderFramework() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/S1.csv", """
                ,Q1,Q2,Q3
                Q1,1,3,5
                Q2,1/3,1,2.5
                Q3,1/5,0.4,1
                """).write("ahp/R.csv", ",S1,S2\nS1,1,1/7\nS2,7,1\n");
        return FrameworkLoader.load(fx.dir);
    }

    @Test
    void exportedWorkbookLoadsBackToAnEqualFramework() {
        Framework a = folderFramework();
        Path xlsx = tmp.resolve("fw.xlsx");
        FrameworkExporter.export(a, xlsx);
        Framework b = FrameworkLoader.load(xlsx);
        assertEquals("fw", b.name());
        assertEquals(xlsx.toString(), b.location());
        assertEquals(List.of("fw.xlsx"), b.files().stream().map(FrameworkFile::name).toList());
        assertEquals(a.nodes(), b.nodes());
        assertEquals(a.questions(), b.questions());
        assertEquals(a.scales(), b.scales());
        for (MetaRole r : MetaRole.values()) assertEquals(a.metaAliases(r), b.metaAliases(r));
        assertEquals(a.regions().regions(), b.regions().regions());
        assertEquals(a.ahp().keySet(), b.ahp().keySet());
        for (String parent : a.ahp().keySet()) {
            assertEquals(a.ahp().get(parent).size(), b.ahp().get(parent).size());
            for (int e = 0; e < a.ahp().get(parent).size(); e++) {
                AhpMatrix ma = a.ahp().get(parent).get(e);
                AhpMatrix mb = b.ahp().get(parent).get(e);
                assertEquals(ma.expert(), mb.expert());
                assertEquals(ma.children(), mb.children());
                for (int i = 0; i < ma.a().length; i++) assertArrayEquals(ma.a()[i], mb.a()[i]);
            }
        }
    }

    @Test
    void adviceColumnsAreReadExportedAndLoadedBack() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("framework.csv", """
                code,parent,name_zh,name_en,weight,aggregation,role,advice_zh,advice_en
                R,,综合,Overall,,,,,
                S1,R,体制,System,2,,subsystem1,开放应用场景，发布需求清单,"Open application scenarios, publish needs lists"
                S2,R,生态,Ecosystem,1,geometric,subsystem2,设立政策沙盒,
                """);
        Framework a = FrameworkLoader.load(fx.dir);
        Node s1 = a.nodes().get(1);
        assertEquals("开放应用场景，发布需求清单", s1.adviceZh());
        assertEquals("Open application scenarios, publish needs lists", s1.advice(true));
        Node s2 = a.nodes().get(2);
        assertEquals("设立政策沙盒", s2.advice(true), "no English advice: the Chinese stands in");
        assertEquals("", a.nodes().get(0).advice(false));
        Path xlsx = tmp.resolve("advice.xlsx");
        FrameworkExporter.export(a, xlsx);
        Framework b = FrameworkLoader.load(xlsx);
        assertEquals(a.nodes(), b.nodes());
        assertEquals("Open application scenarios, publish needs lists", b.nodes().get(1).adviceEn());
    }

    @Test
    void reciprocalsOfWholeNumbersAreWrittenAsFractions() throws Exception {
        Path xlsx = tmp.resolve("fw.xlsx");
        FrameworkExporter.export(folderFramework(), xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s1 = wb.getSheet("ahp_S1");
            assertEquals("1/3", s1.getRow(2).getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, s1.getRow(3).getCell(2).getCellType());
            assertEquals(0.4, s1.getRow(3).getCell(2).getNumericCellValue());
            assertEquals("1/2", FrameworkExporter.entry(0.5));
            assertEquals("1/7", wb.getSheet("ahp_R").getRow(1).getCell(2).getStringCellValue());
            assertEquals(List.of("framework", "questions", "scales", "meta", "regions", "cities", "ahp_R", "ahp_S1"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                            wb.getSheetName(4), wb.getSheetName(5), wb.getSheetName(6), wb.getSheetName(7)));
        }
        assertEquals("1/3", FrameworkExporter.entry(1.0 / 3));
        assertEquals(0.4, FrameworkExporter.entry(0.4));
    }

    @Test
    void workbookProblemsNameTheSheetAndRow() throws Exception {
        Path xlsx = tmp.resolve("fw.xlsx");
        FrameworkExporter.export(folderFramework(), xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("questions").getRow(2).getCell(1).setCellValue("A9");
            try (OutputStream out = Files.newOutputStream(tmp.resolve("bad.xlsx"))) {
                wb.write(out);
            }
        }
        FrameworkException e = assertThrows(FrameworkException.class,
                () -> FrameworkLoader.load(tmp.resolve("bad.xlsx")));
        // Q2 moving away from S1 also spoils S1's AHP matrix: both are listed
        assertEquals(List.of("bad.xlsx[questions]:3: unknown parent \"A9\"; write the code of a node of framework.csv",
                "bad.xlsx[ahp_S1]:1: \"Q2\" is not a child of S1; remove the column or write the code of a child of S1"), e.problems());
    }

    @Test
    void fileThatIsNotAWorkbookIsRefused() throws Exception {
        Path fake = tmp.resolve("fake.xlsx");
        Files.writeString(fake, "code,parent\n");
        FrameworkException e = assertThrows(FrameworkException.class, () -> FrameworkLoader.load(fake));
        assertEquals(1, e.problems().size());
        assertEquals(true, e.problems().get(0).startsWith("fake.xlsx: cannot be read as an .xlsx workbook"));
    }

    @Test
    void unwritableTargetIsAnOutputError() {
        Framework f = folderFramework();
        EcoscoreException e = assertThrows(EcoscoreException.class,
                () -> FrameworkExporter.export(f, tmp.resolve("no-such-folder").resolve("fw.xlsx")));
        assertEquals(ExitCode.OUTPUT, e.exitCode());
    }

    @Test
    void exportReplacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path xlsx = tmp.resolve("out.xlsx");
        Files.writeString(xlsx, "old");
        FrameworkExporter.export(folderFramework(), xlsx);
        try (var files = Files.list(tmp)) {
            assertEquals(List.of("out.xlsx", "worked"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(3, FrameworkLoader.load(xlsx).nodes().size());
    }
}
