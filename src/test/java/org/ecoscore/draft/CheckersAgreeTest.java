package org.ecoscore.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoscore.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ecoscore framework check} and {@code indicators/check_framework.py} warn about the same things, at the
 * same file and line: a text missing in one language, texts with sub-question separators, a scale with gaps,
 * a metadata role without aliases.
 */
class CheckersAgreeTest {
    private static final Pattern WHERE = Pattern.compile("(?:.*/)?([a-z]+\\.csv)(?::(\\d+))?: (.*)");

    @TempDir
    Path dir;

    @Test
    void bothCheckersGiveTheSameWarningsAtTheSameLines() throws Exception {
        Path fw = Files.createDirectories(dir.resolve("fw"));
        Files.writeString(fw.resolve("framework.csv"), "code,parent,name_zh,name_en,weight,aggregation,role\nR,,总,All,,,\n");
        Files.writeString(fw.resolve("questions.csv"), String.join("\n",
                "code,parent,source,scale,reverse,min,max,transform,weight,text_zh,text_en,aliases",
                "Q1,R,firm,gap3,,,,,,满意度,,",                       // line 2: text_en empty
                "Q2,R,firm,number,,,,,,第一部分：研发投入,R&D - spend,",  // line 3: '：' (zh) and ' - ' (en)
                "Q3,R,firm,yesno,,,,,,是否参与,Took part,") + "\n");
        Files.writeString(fw.resolve("scales.csv"), "scale,value,label\ngap3,1,低\ngap3,2,中\ngap3,4,高\n");
        Files.writeString(fw.resolve("meta.csv"), "role,aliases\nid,序号\nname,企业名称\nregion,地区\nindustry,行业\n"
                + "size,规模\ncommunity,群落\nsubmitted,提交时间\nprovince,省\ncity,市\n");   // no duration
        CliRun java = CliRun.of("framework", "check", "-f", fw.toString());
        assertEquals(0, java.exitCode(), java.out() + java.err());
        List<String> javaWarnings = new ArrayList<>();
        for (String line : java.out().split("\\R")) {
            if (line.startsWith("warning: ")) javaWarnings.add(key(line.substring("warning: ".length())));
        }
        List<String> pythonWarnings = new ArrayList<>();
        for (String line : PythonChecker.problemsAndWarnings(fw).split("\n")) {
            if (line.startsWith("warning")) pythonWarnings.add(key(line.substring("warning".length()).strip()));
        }
        assertEquals(List.of("questions.csv:2 text_en", "questions.csv:3 text_zh", "questions.csv:3 text_en",
                "scales.csv gap3", "meta.csv duration"), javaWarnings, java.out());
        assertEquals(javaWarnings.stream().sorted().toList(), pythonWarnings.stream().sorted().toList());
        assertEquals(true, java.out().strip().endsWith("5 warnings (listed above)."), java.out());
    }

    /**
     * The new user's F13: a framework refused for five mistakes, among them a percent question with goalposts
     * whose scale became the unknown {@code agree7}: both checkers list the same problems, word for word after
     * the file and line (the unknown scale once, without the goalposts that only follow from it), and both
     * exit with 3.
     */
    @Test
    void bothCheckersWordTheProblemsAlikeAndExitWith3() throws Exception {
        Path fw = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(fw.resolve("framework.csv"), String.join("\n",
                "code,parent,name_zh,name_en,weight,aggregation,role",
                "R,,总,All,,,",
                "A,R,体制,System,,,subsystem1",           // line 3: subsystem1 without subsystem2
                "B,R,生态,Ecosystem,,,subsystem1") + "\n");  // line 4: a second subsystem1
        Files.writeString(fw.resolve("questions.csv"), String.join("\n",
                "code,parent,source,scale,reverse,min,max,transform,weight,text_zh,text_en,aliases",
                "Q1,A,firm,number,,,,,-1,研发投入,R&D spend,",     // line 2: weight -1
                "Q2,A,firm,agree7,,0,100,,,研发强度,R&D intensity,", // line 3: unknown scale (was percent)
                "Q3,A9,firm,yesno,,,,,,是否参与,Took part,",        // line 4: unknown parent
                "Q2,B,firm,yesno,,,,,,是否合作,Cooperates,",        // line 5: duplicate code
                "Q5,B,firm,yesno,,,,,,是否开源,Open source,") + "\n");
        Files.writeString(fw.resolve("scales.csv"), "scale,value,label\n");
        Files.writeString(fw.resolve("meta.csv"), "role,aliases\nid,序号\nname,企业名称\nregion,地区\nindustry,行业\n"
                + "size,规模\ncommunity,群落\nsubmitted,提交时间\nduration,用时\nprovince,省\ncity,市\n");
        CliRun java = CliRun.of("framework", "check", "-f", fw.toString(), "--lang", "en");
        assertEquals(3, java.exitCode(), java.out() + java.err());
        List<String> javaProblems = new ArrayList<>();
        for (String line : (java.out() + "\n" + java.err()).split("\\R")) {
            if (line.matches("(framework|questions)\\.csv:\\d+: .*")) javaProblems.add(line.strip());
        }
        assertEquals(List.of(
                "questions.csv:2: weight \"-1\" is not a number > 0; write a positive number or leave it blank for 1",
                "questions.csv:3: unknown scale \"agree7\"; use number, percent, yesno or a scale named in scales.csv",
                "questions.csv:4: unknown parent \"A9\"; write the code of a node of framework.csv",
                "questions.csv:5: duplicate code \"Q2\" (first on questions.csv:3); codes are unique over nodes and "
                        + "questions",
                "framework.csv:3: role subsystem1 is set but no node has role subsystem2; set both or neither",
                "framework.csv:4: a second node with role subsystem1 (\"A\" on line 3 has it); at most one node per role"),
                javaProblems, java.out() + java.err());
        PythonChecker.Run python = PythonChecker.run(fw);
        List<String> pythonProblems = new ArrayList<>();
        String prefix = fw + System.getProperty("file.separator");
        for (String line : python.out().split("\n")) {
            if (line.startsWith("ERROR")) pythonProblems.add(line.substring("ERROR".length()).strip().replace(prefix, ""));
        }
        assertEquals(javaProblems.stream().sorted().toList(), pythonProblems.stream().sorted().toList(), python.out());
        assertEquals(3, python.exitCode(), python.out());
        assertTrue(python.out().contains(fw + ": the framework is refused, 6 problems (listed above); fix them in the "
                + "framework files (see docs/framework-format.md) and run the check again."), python.out());
    }

    /** "questions.csv:3 text_zh": file, line and what the warning is about (the words differ). */
    private static String key(String warning) {
        Matcher m = WHERE.matcher(warning);
        if (!m.matches()) throw new AssertionError(warning);
        String rest = m.group(3);
        String subject = rest.startsWith("text_") ? rest.substring(0, 7)
                : rest.matches("scale (\\S+) has gaps.*") ? rest.replaceAll("scale (\\S+) has gaps.*", "$1")
                : rest.replaceAll(".*role (\\S+).*", "$1");
        return m.group(1) + (m.group(2) == null ? "" : ":" + m.group(2)) + " " + subject;
    }
}
