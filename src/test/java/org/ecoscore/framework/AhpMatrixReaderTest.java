package org.ecoscore.framework;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §1 ahp/PARENT.csv: Saaty pairwise matrices over exactly a node's children, square and reciprocal. */
class AhpMatrixReaderTest {
    @TempDir
    Path tmp;

    private static final String S1_MATRIX = """
            ,Q1,Q2,Q3
            Q1,1,3,5
            Q2,1/3,1,2
            Q3,1/5,0.5,1
            """;

    @Test
    void matrixReadsIntegersFractionsAndDecimals() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/S1.csv", S1_MATRIX)
                .write("ahp/R.csv", ",S1,S2\nS1,1,3\nS2,1/3,1\n");
        Framework f = FrameworkLoader.load(fx.dir);
        AhpMatrix m = f.ahp().get("S1").get(0);
        assertEquals(List.of("Q1", "Q2", "Q3"), m.children());
        assertEquals("ahp/S1.csv", m.file());
        assertArrayEquals(new double[] {1, 3, 5}, m.a()[0]);
        assertArrayEquals(new double[] {1.0 / 3, 1, 2}, m.a()[1]);
        assertArrayEquals(new double[] {0.2, 0.5, 1}, m.a()[2]);
        AhpMatrix r = f.ahp().get("R").get(0);
        assertEquals(List.of("S1", "S2"), r.children());
        assertEquals(1.0 / 3, r.a()[1][0]);
        assertEquals(List.of("framework.csv", "questions.csv", "scales.csv", "meta.csv", "regions.csv",
                "ahp/R.csv", "ahp/S1.csv", "built-in cities.csv"), f.files().stream().map(FrameworkFile::name).toList());
    }

    @Test
    void saatyEntryParsesFractionsAndRefusesNonPositive() {
        assertEquals(1.0 / 3, AhpMatrixReader.entry("1/3").orElseThrow());
        assertEquals(3.0, AhpMatrixReader.entry(" 3 ").orElseThrow());
        assertEquals(0.25, AhpMatrixReader.entry("0.25").orElseThrow());
        assertEquals(2.0 / 3, AhpMatrixReader.entry("2/3").orElseThrow());
        assertTrue(AhpMatrixReader.entry("1/0").isEmpty());
        assertTrue(AhpMatrixReader.entry("0").isEmpty());
        assertTrue(AhpMatrixReader.entry("-3").isEmpty());
        assertTrue(AhpMatrixReader.entry("three").isEmpty());
        assertTrue(AhpMatrixReader.entry("").isEmpty());
    }

    @Test
    void matrixCodesMustBeExactlyTheNodesChildren() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/S1.csv", """
                ,Q1,Q2,Q4
                Q1,1,3,5
                Q2,1/3,1,2
                Q4,1/5,0.5,1
                """);
        assertEquals(List.of("ahp/S1.csv:1: \"Q4\" is not a child of S1; remove the column or write the code of a child of S1",
                "ahp/S1.csv:1: children of S1 missing from the matrix: Q3; the matrix compares all of them"),
                FrameworkLoader.problems(fx.dir));
    }

    @Test
    void matrixMustBeSquare() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/S1.csv", ",Q1,Q2,Q3\nQ1,1,3,5\nQ2,1/3,1,2\n");
        assertEquals(List.of("ahp/S1.csv:1: the matrix has 2 rows for 3 columns; it must be square, one row per "
                + "child"), FrameworkLoader.problems(fx.dir));
    }

    @Test
    void rowsFollowTheOrderOfTheColumns() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/R.csv", ",S1,S2\nS2,1/3,1\nS1,1,3\n");
        assertEquals(List.of(
                "ahp/R.csv:2: row \"S2\" where \"S1\" was expected; list the rows in the order of the columns",
                "ahp/R.csv:3: row \"S1\" where \"S2\" was expected; list the rows in the order of the columns"),
                FrameworkLoader.problems(fx.dir));
    }

    @Test
    void entriesMustBePositiveNumbers() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/S1.csv",
                S1_MATRIX.replace("Q1,1,3,5", "Q1,1,0,x"));
        assertEquals(List.of(
                "ahp/S1.csv:2: entry \"0\" (row Q1, column Q2) is not a positive number such as 3, 1/3 or 0.5",
                "ahp/S1.csv:2: entry \"x\" (row Q1, column Q3) is not a positive number such as 3, 1/3 or 0.5"),
                FrameworkLoader.problems(fx.dir));
    }

    @Test
    void matrixMustBeReciprocal() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/S1.csv",
                S1_MATRIX.replace("Q2,1/3,1,2", "Q2,1/2,1,2"));
        assertEquals(List.of("ahp/S1.csv:3: Q2/Q1 = 1/2 but Q1/Q2 = 3; the two must multiply to 1 (write 3 and 1/3)"),
                FrameworkLoader.problems(fx.dir));
    }

    @Test
    void decimalReciprocalWithinToleranceIsAccepted() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/R.csv", ",S1,S2\nS1,1,3\nS2,0.3333333333,1\n");
        assertEquals(List.of(), FrameworkLoader.problems(fx.dir));
        FrameworkFixture fy = new FrameworkFixture(tmp.resolve("b")).write("ahp/R.csv", ",S1,S2\nS1,1,3\nS2,0.333,1\n");
        assertEquals(1, FrameworkLoader.problems(fy.dir).size());
    }

    @Test
    void diagonalMustBeOne() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/R.csv", ",S1,S2\nS1,2,3\nS2,1/3,1\n");
        assertEquals(List.of("ahp/R.csv:2: diagonal entry S1/S1 is 2.0; it must be 1"),
                FrameworkLoader.problems(fx.dir));
    }

    @Test
    void matrixMustBeNamedAfterANode() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("ahp/Q1.csv", ",S1,S2\nS1,1,3\nS2,1/3,1\n");
        assertEquals(List.of("ahp/Q1.csv:1: \"Q1\" is not a node of framework.csv; name each matrix after the node "
                + "whose children it compares"), FrameworkLoader.problems(fx.dir));
    }
}
