package org.ecoscore.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecoscore.core.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §1: a framework breaking a rule is refused with every problem listed as file:line. */
class FrameworkCheckerTest {
    @TempDir
    Path tmp;

    private FrameworkFixture fixture() {
        return new FrameworkFixture(tmp);
    }

    private static List<String> problems(FrameworkFixture fx) {
        return FrameworkLoader.problems(fx.dir);
    }

    @Test
    void refusedFrameworkListsEveryProblemWithExitCode3() {
        FrameworkFixture fx = fixture().replace("questions.csv", "Q1,S1,", "Q1,A9,")
                .replace("framework.csv", "S1,R,体制,System,2,", "S1,R,体制,System,0,");
        FrameworkException e = assertThrows(FrameworkException.class, () -> FrameworkLoader.load(fx.dir));
        assertEquals(ExitCode.INPUT, e.exitCode());
        assertEquals(List.of(
                "framework.csv:3: weight \"0\" is not a number > 0; write a positive number or leave it blank for 1",
                "questions.csv:2: unknown parent \"A9\"; write the code of a node of framework.csv"), e.problems());
        assertTrue(e.getMessage().contains("2 problems:"), e.getMessage());
        assertTrue(e.getMessage().contains("questions.csv:2: unknown parent \"A9\"; write the code of a node of framework.csv"));
        assertTrue(e.getMessage().contains("framework.csv:3: weight \"0\""));
        assertTrue(e.getMessage().contains("Fix them in the framework files"));
        assertEquals(fx.dir.toString(), e.file());
    }

    @Test
    void rowWithMoreFieldsThanTheHeaderIsRefused() {
        // Regression: a text with an unquoted comma ("政策清晰,稳定") gave 13 fields under a 12-column header
        // and passed silently, its second half shifting into the aliases column.
        FrameworkFixture fx = fixture().replace("questions.csv", "2,政策清晰,Policy is clear,",
                "2,政策清晰,稳定,Policy is clear,");
        assertEquals(List.of("questions.csv:2: has 13 fields but the header has 12 columns, so its values would "
                + "shift into the wrong columns; put a text that holds a comma in double quotes (\"…\") or "
                + "remove the extra commas"), problems(fx));
    }

    @Test
    void headerAsWideAsItsRowsIsAccepted() {
        // A spreadsheet program that saw a stray cell beyond the last column writes every row one field wider,
        // the header too (an empty last header field): nothing shifted, nothing to report.
        FrameworkFixture fx = fixture();
        try {
            Path q = fx.dir.resolve("questions.csv");
            String wide = Files.readString(q).lines().map(l -> l + ",").reduce("", (a, b) -> a + b + "\n");
            Files.writeString(q, wide);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(List.of(), problems(fx));
    }

    @Test
    void codeMustMatchPattern() {
        FrameworkFixture fx = fixture().replace("questions.csv", "Q1,S1,", "1Q,S1,");
        assertEquals(List.of("questions.csv:2: code \"1Q\" is not valid: it must start with a letter and hold only "
                + "letters, digits, _ . -"), problems(fx));
    }

    @Test
    void codeMustBeUniqueOverNodesAndQuestions() {
        FrameworkFixture fx = fixture().replace("questions.csv", "Q1,S1,", "S2,S1,");
        assertEquals(List.of("questions.csv:2: duplicate code \"S2\" (first on framework.csv:4); codes are unique "
                + "over nodes and questions"), problems(fx));
    }

    @Test
    void secondRootIsRefused() {
        FrameworkFixture fx = fixture().append("framework.csv", "T,,其他,Other,,,\n")
                .append("questions.csv", "Q7,T,firm,yesno,,,,,,x,x,\n");
        assertEquals(List.of("framework.csv:5: a second root \"T\" (the root is \"R\" on line 2); give it a parent"),
                problems(fx));
    }

    @Test
    void frameworkWithoutRootIsRefusedAndItsCycleNamed() {
        FrameworkFixture fx = fixture().replace("framework.csv", "R,,综合", "R,S1,综合");
        assertEquals(List.of("framework.csv:1: no root: exactly one node must have an empty parent",
                "framework.csv:2: cycle R → S1 → R (each node's parent); one of them must lead up to the root"),
                problems(fx));
    }

    @Test
    void nodeWithUnknownParentIsRefused() {
        FrameworkFixture fx = fixture().append("framework.csv", "S3,X9,其他,Other,,,\n")
                .append("questions.csv", "Q7,S3,firm,yesno,,,,,,x,x,\n");
        assertEquals(List.of("framework.csv:5: unknown parent \"X9\"; write the code of a node of framework.csv"), problems(fx));
    }

    @Test
    void questionWithUnknownParentIsRefused() {
        FrameworkFixture fx = fixture().replace("questions.csv", "Q3,S1,", "Q3,A9,");
        assertEquals(List.of("questions.csv:4: unknown parent \"A9\"; write the code of a node of framework.csv"), problems(fx));
    }

    @Test
    void questionParentMustBeANodeNotAQuestion() {
        FrameworkFixture fx = fixture().replace("questions.csv", "Q2,S1,", "Q2,Q1,");
        assertEquals(List.of("questions.csv:3: parent \"Q1\" is a question; a question's parent must be a node"),
                problems(fx));
    }

    @Test
    void cycleIsRefused() {
        FrameworkFixture fx = fixture().append("framework.csv", "C1,C2,甲,A,,,\nC2,C1,乙,B,,,\n")
                .append("questions.csv", "Q7,C1,firm,yesno,,,,,,x,x,\n");
        assertEquals(List.of("framework.csv:5: cycle C1 → C2 → C1 (each node's parent); one of them must lead up "
                + "to the root"), problems(fx));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "NaN"})
    void nodeWeightMustBePositiveNumber(String weight) {
        FrameworkFixture fx = fixture().replace("framework.csv", "S1,R,体制,System,2,", "S1,R,体制,System," + weight + ",");
        assertEquals(List.of("framework.csv:3: weight \"" + weight + "\" is not a number > 0; write a positive "
                + "number or leave it blank for 1"), problems(fx));
    }

    @Test
    void questionWeightMustBePositive() {
        FrameworkFixture fx = fixture().replace("questions.csv", ",,,,2,政策清晰", ",,,,-2,政策清晰");
        assertEquals(List.of("questions.csv:2: weight \"-2\" is not a number > 0; write a positive number or leave "
                + "it blank for 1"), problems(fx));
    }

    @Test
    void aggregationMustBeArithmeticOrGeometric() {
        FrameworkFixture fx = fixture().replace("framework.csv", "geometric", "median");
        assertEquals(List.of("framework.csv:4: aggregation \"median\" is neither arithmetic nor geometric; write one of them or leave it blank for arithmetic"),
                problems(fx));
    }

    @Test
    void roleMustBeSubsystem1OrSubsystem2() {
        FrameworkFixture fx = fixture().replace("framework.csv", "subsystem2", "subsystem3");
        assertEquals(List.of("framework.csv:4: role \"subsystem3\" is not subsystem1 or subsystem2; leave it blank "
                        + "for other nodes",
                "framework.csv:3: role subsystem1 is set but no node has role subsystem2; set both or neither"),
                problems(fx));
    }

    @Test
    void subsystemRolesComeBothOrNeither() {
        FrameworkFixture fx = fixture().replace("framework.csv", ",subsystem2", ",");
        assertEquals(List.of("framework.csv:3: role subsystem1 is set but no node has role subsystem2; set both "
                + "or neither"), problems(fx));
    }

    @Test
    void atMostOneNodePerRole() {
        FrameworkFixture fx = fixture().append("framework.csv", "S3,R,其他,Other,,,subsystem1\n")
                .append("questions.csv", "Q7,S3,firm,yesno,,,,,,x,x,\n");
        assertEquals(List.of("framework.csv:5: a second node with role subsystem1 (\"S1\" on line 3 has it); at "
                + "most one node per role"), problems(fx));
    }

    @Test
    void sourceMustBeFirmOrRegion() {
        FrameworkFixture fx = fixture().replace("questions.csv", "Q5,S2,firm", "Q5,S2,company");
        assertEquals(List.of("questions.csv:6: source \"company\" is neither firm, region nor expert; write one of them"), problems(fx));
    }

    @Test
    void unknownScaleIsRefused() {
        FrameworkFixture fx = fixture().replace("questions.csv", "Q2,S1,firm,agree5", "Q2,S1,firm,agree7");
        assertEquals(List.of("questions.csv:3: unknown scale \"agree7\"; use number, percent, yesno or a scale "
                + "named in scales.csv"), problems(fx));
    }

    @Test
    void namedScaleWithoutScalesFileIsRefused() {
        FrameworkFixture fx = fixture().delete("scales.csv");
        List<String> p = problems(fx);
        assertEquals(2, p.size());
        assertEquals("questions.csv:2: unknown scale \"agree5\"; use number, percent, yesno or a scale of "
                + "scales.csv (there is no scales.csv)", p.get(0));
    }

    @Test
    void oneGoalpostWithoutTheOtherIsRefused() {
        FrameworkFixture fx = fixture().replace("questions.csv", "percent,,0,20,", "percent,,0,,");
        assertEquals(List.of("questions.csv:4: min without max; give both goalposts or neither"), problems(fx));
    }

    @Test
    void goalpostsMustBeNumbers() {
        FrameworkFixture fx = fixture().replace("questions.csv", "percent,,0,20,", "percent,,zero,20,");
        assertEquals(List.of("questions.csv:4: min \"zero\" is not a number; write a number such as 0"), problems(fx));
    }

    @Test
    void minMustBeBelowMax() {
        FrameworkFixture fx = fixture().replace("questions.csv", "percent,,0,20,", "percent,,20,20,");
        assertEquals(List.of("questions.csv:4: min 20 is not below max 20; min must be smaller than max"), problems(fx));
    }

    @Test
    void goalpostsOnlyForNumberAndPercent() {
        FrameworkFixture fx = fixture().replace("questions.csv", "Q5,S2,firm,yesno,,,,", "Q5,S2,firm,yesno,,0,1,");
        assertEquals(List.of("questions.csv:6: min/max goalposts are only for number, percent and multi-select questions; leave them blank here"),
                problems(fx));
    }

    @Test
    void anUnknownScaleIsSaidOnceWithoutTheProblemsThatFollowOnlyFromIt() {
        // the new user's F13: a percent question with goalposts, a number question with transform log, both given
        // a scale that does not exist: one problem each, not also "goalposts only for number …" / "log only for …"
        FrameworkFixture fx = fixture().replace("questions.csv", "Q3,S1,firm,percent,,0,20,", "Q3,S1,firm,agree7,,0,20,")
                .replace("questions.csv", "Q4,S2,firm,number,,,,log,", "Q4,S2,firm,agree7,,,,log,");
        List<String> problems = problems(fx);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("questions.csv:4: unknown scale \"agree7\"; use number, percent, yesno or "),
                problems.toString());
        assertTrue(problems.get(1).startsWith("questions.csv:5: unknown scale \"agree7\"; use number, percent, yesno or "),
                problems.toString());
    }

    @Test
    void transformMustBeBlankOrLog() {
        FrameworkFixture fx = fixture().replace("questions.csv", ",,,log,", ",,,sqrt,");
        assertEquals(List.of("questions.csv:5: transform \"sqrt\" is not log; leave it blank for none"), problems(fx));
    }

    @Test
    void logTransformOnlyForNumberAndPercent() {
        FrameworkFixture fx = fixture().replace("questions.csv", "Q5,S2,firm,yesno,,,,,", "Q5,S2,firm,yesno,,,,log,");
        assertEquals(List.of("questions.csv:6: transform log is only for number and percent questions; leave it blank here"), problems(fx));
    }

    @Test
    void logTransformNeedsNonNegativeGoalposts() {
        FrameworkFixture fx = fixture().replace("questions.csv", "number,,,,log,", "number,,-0.5,10,log,");
        assertEquals(List.of("questions.csv:5: with transform log the goalposts must be >= 0 (a negative answer is "
                + "invalid)"), problems(fx));
    }

    @Test
    void reverseMustBeTrueOrFalse() {
        FrameworkFixture fx = fixture().replace("questions.csv", "agree5,true,", "agree5,yes,");
        assertEquals(List.of("questions.csv:3: reverse \"yes\" is not true or false; write true or false, or leave it blank for false"), problems(fx));
    }

    @Test
    void nodeWithoutQuestionBeneathIsRefused() {
        FrameworkFixture fx = fixture().append("framework.csv", "S3,R,空,Empty,,,\n");
        assertEquals(List.of("framework.csv:5: node \"S3\" has no question beneath it; add a question under it or "
                + "remove it"), problems(fx));
    }

    @Test
    void scaleValuesMustBeIntegers() {
        FrameworkFixture fx = fixture().replace("scales.csv", "agree5,3,一般", "agree5,2.5,一般");
        assertEquals(List.of("scales.csv:4: value \"2.5\" of scale \"agree5\" is not an integer; scale values are "
                + "whole numbers such as 1 to 5"), problems(fx));
    }

    @Test
    void labelMayNotMapToTwoValues() {
        FrameworkFixture fx = fixture().append("scales.csv", "agree5,5,同意\n");
        assertEquals(List.of("scales.csv:8: label \"同意\" of scale \"agree5\" maps to 5 here and to 4 on line 5; a "
                + "label must mean one value"), problems(fx));
    }

    @Test
    void scaleNeedsTwoValues() {
        FrameworkFixture fx = fixture().append("scales.csv", "one,1,only\n");
        assertEquals(List.of("scales.csv:8: scale \"one\" has a single value; a scale needs at least two"),
                problems(fx));
    }

    @Test
    void metaRoleMustBeKnown() {
        FrameworkFixture fx = fixture().append("meta.csv", "email,邮箱\n");
        assertEquals(List.of("meta.csv:5: unknown role \"email\"; roles are id, name, region, industry, size, "
                + "community, submitted, duration, province, city, case, rater"), problems(fx));
    }

    @Test
    void missingRequiredFileIsRefused() {
        FrameworkFixture fx = fixture().delete("meta.csv");
        assertEquals(List.of("meta.csv: missing; a framework needs framework, questions and meta (and scales when "
                + "a named scale is used)"), problems(fx));
    }

    @Test
    void missingRequiredColumnIsRefused() {
        FrameworkFixture fx = fixture().replace("questions.csv", "code,parent,source,", "code,parent,origin,");
        assertEquals(List.of("questions.csv:1: missing column \"source\" (the header must name code, parent, source, "
                + "scale)"), problems(fx));
    }

    @Test
    void missingFrameworkFileDoesNotCascadeIntoUnknownParents() {
        FrameworkFixture fx = fixture().delete("framework.csv");
        assertEquals(List.of("framework.csv: missing; a framework needs framework, questions and meta (and scales "
                + "when a named scale is used)"), problems(fx));
    }

    @Test
    void fileThatIsNotUtf8IsRefused() throws Exception {
        FrameworkFixture fx = fixture();
        Files.write(fx.dir.resolve("meta.csv"), "role,aliases\nid,政策\n".getBytes("GB18030"));
        assertEquals(List.of("meta.csv: not UTF-8 text; save it as \"CSV UTF-8\""), problems(fx));
    }

    @Test
    void pathThatIsNeitherFolderNorWorkbookIsRefused() {
        Path missing = tmp.resolve("nope");
        FrameworkException e = assertThrows(FrameworkException.class, () -> FrameworkLoader.load(missing));
        assertEquals(List.of(missing + ": no such folder or file; give a framework folder or .xlsx workbook"),
                e.problems());
    }
}
