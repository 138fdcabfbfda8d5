package org.ecoscore.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §8: one matrix per expert as {@code ahp/PARENT/EXPERT.csv}, each checked like a single matrix. */
class AhpPanelLayoutTest {
    @TempDir
    Path tmp;

    private static final String ALICE = ",Q1,Q2,Q3\nQ1,1,2,4\nQ2,1/2,1,2\nQ3,1/4,1/2,1\n";
    private static final String BOB = ",Q1,Q2,Q3\nQ1,1,3,1\nQ2,1/3,1,3\nQ3,1,1/3,1\n";

    @Test
    void expertsFolderLoadsOneMatrixPerExpertInNameOrder() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/S1/bob.csv", BOB).write("ahp/S1/alice.csv", ALICE)
                .write("ahp/R.csv", ",S1,S2\nS1,1,3\nS2,1/3,1\n");
        Framework f = FrameworkLoader.load(fx.dir);
        List<AhpMatrix> s1 = f.ahp().get("S1");
        assertEquals(List.of("alice", "bob"), s1.stream().map(AhpMatrix::expert).toList());
        assertEquals("ahp/S1/alice.csv", s1.get(0).file());
        assertEquals(3.0, s1.get(1).a()[1][2]);
        assertEquals("", f.ahp().get("R").get(0).expert());
        assertTrue(f.files().stream().map(FrameworkFile::name).toList()
                .containsAll(List.of("ahp/R.csv", "ahp/S1/alice.csv", "ahp/S1/bob.csv")));
    }

    @Test
    void everyExpertsMatrixIsChecked() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/S1/alice.csv", ALICE)
                .write("ahp/S1/bob.csv", ",Q1,Q2,Q4\nQ1,1,3,1\nQ2,1/3,1,3\nQ4,1,1/3,1\n")
                .write("ahp/S1/carol.csv", ",Q1,Q2,Q3\nQ1,1,12,1\nQ2,1/12,1,3\nQ3,1,1/3,1\n")
                .write("ahp/S1/dan.csv", ",Q1,Q2,Q3\nQ1,1,3,1\nQ2,1/2,1,3\nQ3,1,1/3,1\n");
        assertEquals(List.of(
                "ahp/S1/bob.csv:1: \"Q4\" is not a child of S1; remove the column or write the code of a child of S1",
                "ahp/S1/bob.csv:1: children of S1 missing from the matrix: Q3; the matrix compares all of them",
                "ahp/S1/carol.csv:2: entry \"12\" (row Q1, column Q2) is outside Saaty's 1–9 scale; use 1 to 9 or "
                        + "1/2 to 1/9",
                "ahp/S1/carol.csv:3: entry \"1/12\" (row Q2, column Q1) is outside Saaty's 1–9 scale; use 1 to 9 or "
                        + "1/2 to 1/9",
                "ahp/S1/dan.csv:3: Q2/Q1 = 1/2 but Q1/Q2 = 3; the two must multiply to 1 (write 3 and 1/3)"),
                FrameworkLoader.problems(fx.dir));
    }

    @Test
    void aFileAndAFolderForOneParentAreRefused() throws Exception {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/S1.csv", ALICE).write("ahp/S1/bob.csv", BOB);
        Files.createDirectories(fx.dir.resolve("ahp/S2"));
        assertEquals(List.of("ahp/S1/: both ahp/S1.csv and a folder of experts' matrices ahp/S1/ exist; keep one "
                        + "(the folder for several experts, the file for one matrix)",
                        "ahp/S2/: holds no matrix; put one EXPERT.csv per expert in it, or remove the folder"),
                FrameworkLoader.problems(fx.dir));
    }

    @Test
    void aFolderNamedAfterNoNodeIsRefused() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/S9/alice.csv", ALICE);
        assertEquals(List.of("ahp/S9/alice.csv:1: \"S9\" is not a node of framework.csv; name each matrix after the "
                + "node whose children it compares"), FrameworkLoader.problems(fx.dir));
    }

    @Test
    void aWorkbookCarriesExpertsAsSheetsAndExportsBack() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/S1/alice.csv", ALICE).write("ahp/S1/bob.csv", BOB);
        Framework a = FrameworkLoader.load(fx.dir);
        Path xlsx = tmp.resolve("fw.xlsx");
        FrameworkExporter.export(a, xlsx);
        Framework b = FrameworkLoader.load(xlsx);
        List<AhpMatrix> s1 = b.ahp().get("S1");
        assertEquals(List.of("alice", "bob"), s1.stream().map(AhpMatrix::expert).toList());
        assertEquals("fw.xlsx[ahp_S1@bob]", s1.get(1).file());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) assertEquals(a.ahp().get("S1").get(1).a()[i][j], s1.get(1).a()[i][j], 1e-15);
        }
    }
}
