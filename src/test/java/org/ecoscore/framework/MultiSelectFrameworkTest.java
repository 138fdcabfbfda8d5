package org.ecoscore.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The framework side of multi-select questions and declared missing answers (docs/framework-format.md):
 * questions.csv {@code select} and {@code option}, missing.csv; the checker's refusals (and
 * indicators/check_framework.py finding a problem on the same lines), the xlsx round trip, {@code framework
 * show}.
 */
class MultiSelectFrameworkTest {
    @TempDir
    Path tmp;

    static final String QUESTIONS = """
            code,parent,source,scale,reverse,min,max,transform,weight,text_zh,text_en,aliases,select,option
            Q1,S1,firm,agree5,,,,,2,政策清晰,Policy is clear,,,
            Q2,S1,firm,agree5,true,,,,1,政策多变,Policy changes often,,,
            Q3,S1,firm,percent,,0,20,,1,研发强度,R&D intensity,,,
            Q4,S2,firm,fields,,1,3,,1,您关注哪些领域？,Fields followed,第8题,multi,
            Q5,S2,firm,yesno,,,,,1,是否关注ACG,Follows ACG,8、您关注哪些领域？|第8题,,ACG文化(动漫、游戏等)
            Q6,S2,region,number,,0,100,,1,引导基金规模,Guidance fund size,,,
            """;
    static final String FIELDS = """
            fields,1,ACG文化(动漫、游戏等)
            fields,2,体育 运动
            fields,3,科技、数码
            fields,0,以上都没有
            """;

    private FrameworkFixture fixture() {
        return new FrameworkFixture(tmp).write("questions.csv", QUESTIONS).append("scales.csv", FIELDS)
                .write("missing.csv", "answer,meaning\n不知道,don't know\n-1,no basis\n");
    }

    @Test
    void multiSelectAndOptionQuestionsLoad() {
        Framework f = FrameworkLoader.load(fixture().dir);
        Question q4 = f.question("Q4").orElseThrow();
        assertEquals(ScaleKind.MULTI, q4.kind());
        assertTrue(q4.isMulti() && q4.hasGoalposts());
        assertEquals(1, q4.min());
        assertEquals(3, q4.max());
        Question q5 = f.question("Q5").orElseThrow();
        assertEquals(ScaleKind.YESNO, q5.kind());
        assertEquals("ACG文化(动漫、游戏等)", q5.option());
        assertEquals(List.of(new MissingAnswer("不知道", "don't know", 2), new MissingAnswer("-1", "no basis", 3)),
                f.missingAnswers());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("questions.csv", "Policy is clear,,,", "Policy is clear,,many,",
                        "questions.csv:2: select \"many\" is neither single nor multi; leave it blank for an ordinary "
                                + "question"),
                Arguments.of("questions.csv", "Q6,S2,region,number,,0,100,,1,引导基金规模,Guidance fund size,,,",
                        "Q6,S2,region,number,,0,100,,1,引导基金规模,Guidance fund size,,multi,",
                        "questions.csv:7: select multi needs a scale of scales.csv listing the options (value = option "
                                + "number, label = option text), not \"number\""),
                Arguments.of("questions.csv", "Policy is clear,,,", "Policy is clear,,,3",
                        "questions.csv:2: option \"3\" is only for yesno questions (a yes/no question standing for one "
                                + "option of a multi-select question); leave it blank"),
                Arguments.of("questions.csv", "fields,,1,3,", "fields,,-1,3,",
                        "questions.csv:5: the goalposts of a multi-select question count options chosen; they must be "
                                + ">= 0"),
                Arguments.of("scales.csv", "fields,0,以上都没有", "fields,-2,以上都没有",
                        "questions.csv:5: scale \"fields\" has the value -2; the options of a multi-select question are "
                                + "numbered 1, 2, … (0 = none of these), never negative"),
                Arguments.of("missing.csv", "-1,no basis", "不知道,again",
                        "missing.csv:3: answer \"不知道\" is declared twice (first on line 2); keep one row"),
                Arguments.of("missing.csv", "-1,no basis", "一般,neutral",
                        "missing.csv:3: answer \"一般\" is a label of scale agree5 (value 3); a declared missing answer "
                                + "would hide it, so remove it from missing.csv or from the scale"),
                Arguments.of("missing.csv", "-1,no basis", "0,none",
                        "missing.csv:3: answer \"0\" is a value of scale fields; a declared missing answer would hide "
                                + "it, so remove it from missing.csv or from the scale"),
                Arguments.of("missing.csv", "-1,no basis", "否,no",
                        "missing.csv:3: answer \"否\" is a yes/no answer (the framework has yesno questions); a "
                                + "declared missing answer would hide it, so remove it from missing.csv or from the "
                                + "scale"),
                Arguments.of("missing.csv", "-1,no basis", ",blank",
                        "missing.csv:3: the answer is blank; write the answer that means missing (such as -1 or 不知道), "
                                + "or delete the row"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusedWithFileLineAndWhatToDo(String file, String from, String to, String expected) throws Exception {
        FrameworkFixture fx = fixture().replace(file, from, to);
        List<String> problems = FrameworkLoader.problems(fx.dir);
        assertEquals(List.of(expected), problems);
        assertPythonCheckerFindsTheSameLines(fx.dir, problems);
    }

    @Test
    void pythonCheckerAcceptsWhatTheLoaderAccepts() throws Exception {
        FrameworkFixture fx = fixture();
        assertEquals(List.of(), FrameworkLoader.problems(fx.dir));
        assertPythonCheckerFindsTheSameLines(fx.dir, List.of());
    }

    /** indicators/check_framework.py reports its errors on the same file:line places as the Java checker. */
    private static void assertPythonCheckerFindsTheSameLines(Path dir, List<String> javaProblems) throws Exception {
        Path script = Path.of("indicators/check_framework.py");
        assumeTrue(Files.exists(script) && python() != null, "python3 is not installed");
        Process p = new ProcessBuilder(python(), script.toString(), dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        TreeSet<String> py = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^ERROR\\s+.*?([a-z]+\\.csv):(\\d+): ").matcher(out);
        while (m.find()) py.add(m.group(1) + ":" + m.group(2));
        TreeSet<String> java = new TreeSet<>();
        for (String problem : javaProblems) java.add(problem.substring(0, problem.indexOf(": ")));
        assertEquals(java, py, out);
    }

    private static String python() {
        for (String candidate : List.of("python3", "python")) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) return candidate;
            } catch (IOException | InterruptedException e) {
                // try the next
            }
        }
        return null;
    }

    @Test
    void xlsxRoundTripKeepsSelectOptionAndMissing() {
        Framework a = FrameworkLoader.load(fixture().dir);
        Path xlsx = tmp.resolve("fw.xlsx");
        FrameworkExporter.export(a, xlsx);
        Framework b = FrameworkLoader.load(xlsx);
        List<String> qa = new ArrayList<>();
        List<String> qb = new ArrayList<>();
        for (Question q : a.questions()) qa.add(q.code() + " " + q.kind() + " " + q.option() + " " + q.min() + " " + q.max());
        for (Question q : b.questions()) qb.add(q.code() + " " + q.kind() + " " + q.option() + " " + q.min() + " " + q.max());
        assertEquals(qa, qb);
        assertEquals(a.missingAnswers().stream().map(m -> m.answer() + "=" + m.meaning()).toList(),
                b.missingAnswers().stream().map(m -> m.answer() + "=" + m.meaning()).toList());
        assertEquals(ScaleKind.MULTI, b.question("Q4").orElseThrow().kind());
    }

    @Test
    void frameworkShowMarksMultiSelectOptionAndDeclaredMissing() {
        String shown = FrameworkPrinter.print(FrameworkLoader.load(fixture().dir), true);
        assertTrue(shown.contains("[firm, fields, multi 1–3 chosen]"), shown);
        assertTrue(shown.contains("[firm, yesno, option=ACG文化(动漫、游戏等)]"), shown);
        assertTrue(shown.endsWith("declared missing: 不知道 (don't know), -1 (no basis)\n"), shown);
    }
}
