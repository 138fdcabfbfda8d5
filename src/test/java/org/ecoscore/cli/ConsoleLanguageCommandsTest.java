package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ecoscore.fixtures.WorkedExampleFiles;
import org.ecoscore.report.FrameworkProblemWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framework check|export|draft} and {@code sample} speak the console's language: each problem of a refused
 * framework with file, line, column, what is wrong and what to do, the summaries, warnings and errors — in Chinese
 * under {@code --lang zh} (or a Chinese system locale), word for word as before under {@code --lang en}; the real
 * exit codes both times.
 */
class ConsoleLanguageCommandsTest {
    @TempDir
    Path dir;

    private static String text(String s) {
        return s.replace(System.lineSeparator(), "\n");
    }

    /** Negative weight, unknown parent (so a node without questions), duplicate code, unknown scale, one goalpost. */
    private Path brokenFramework() throws IOException {
        Path fw = WorkedExampleFiles.writeFramework(dir.resolve("broken"));
        Files.writeString(fw.resolve("framework.csv"), """
                code,parent,name_zh,name_en,weight,aggregation,role
                R,,综合,Overall,,,
                S1,R,体制,System,-2,,subsystem1
                S2,X,生态,Ecosystem,1,geometric,subsystem2
                S1,R,重复,Dup,1,,
                """, StandardCharsets.UTF_8);
        Files.writeString(fw.resolve("questions.csv"), """
                code,parent,source,scale,reverse,min,max,transform,weight,text_zh,text_en,aliases
                Q1,S1,firm,agree7,,,,,2,政策清晰,Policy is clear,
                Q3,S1,firm,percent,,0,,,1,研发强度,R&D intensity,
                """, StandardCharsets.UTF_8);
        return fw;
    }

    @Test
    void aRefusedFrameworksProblemsNameFileLineColumnAndWhatToDoInChineseAndEnglish() throws IOException {
        Path fw = brokenFramework();
        CliRun zh = CliRun.of("framework", "check", "-f", fw.toString(), "--lang", "zh");
        assertEquals(3, zh.exitCode(), zh.err());
        assertEquals(String.join("\n",
                "framework.csv 第 3 行 weight 列：权重“-2”不是大于 0 的数：请填写正数，或留空（即为 1）",
                "framework.csv 第 4 行 parent 列：上级“X”不存在：请填写 framework.csv 中某个节点的代码",
                "framework.csv 第 4 行：节点“S2”下没有题目：请在其下添加题目，或删去该节点",
                "framework.csv 第 5 行 code 列：代码“S1”重复（首次出现在 framework.csv:3）：节点和题目的代码须各不相同",
                "questions.csv 第 2 行 scale 列：量表“agree7”不存在：请用 number、percent、yesno 或 scales.csv 中定义的量表",
                "questions.csv 第 3 行 max 列：只有 min，没有 max：min 和 max 须同时填写或同时留空") + "\n", text(zh.out()));
        assertEquals("ecoscore：" + fw + "：指标体系未通过检查，共 6 个问题（见上）。请在指标体系文件中修正"
                + "（见 docs/framework-format.md）后重新检查。", text(zh.err()).strip());

        CliRun en = CliRun.of("framework", "check", "-f", fw.toString(), "--lang", "en");
        assertEquals(3, en.exitCode(), en.err());
        assertEquals(String.join("\n",
                "framework.csv:3: weight \"-2\" is not a number > 0; write a positive number or leave it blank for 1",
                "framework.csv:4: unknown parent \"X\"; write the code of a node of framework.csv",
                "framework.csv:4: node \"S2\" has no question beneath it; add a question under it or remove it",
                "framework.csv:5: duplicate code \"S1\" (first on framework.csv:3); codes are unique over nodes and "
                        + "questions",
                "questions.csv:2: unknown scale \"agree7\"; use number, percent, yesno or a scale named in scales.csv",
                "questions.csv:3: min without max; give both goalposts or neither") + "\n", text(en.out()));
        assertEquals("ecoscore: " + fw + ": the framework is refused, 6 problems (listed above); fix them in the "
                + "framework files (see docs/framework-format.md) and run the check again.", text(en.err()).strip());

        // without --lang the system locale decides
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.Category.DISPLAY, Locale.SIMPLIFIED_CHINESE);
            assertEquals(zh.out(), CliRun.of("framework", "check", "-f", fw.toString()).out());
            Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
            assertEquals(en.out(), CliRun.of("framework", "check", "-f", fw.toString()).out());
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
    }

    @Test
    void aFileMissingAndAnAhpEntryAreSaidInChineseWithoutAndWithTheirColumn() throws IOException {
        Path fw = WorkedExampleFiles.writeFramework(dir.resolve("nometa"));
        Files.delete(fw.resolve("meta.csv"));
        Files.createDirectories(fw.resolve("ahp"));
        Files.writeString(fw.resolve("ahp/S1.csv"), ",Q1,Q2,Q3\nQ1,1,2,x\nQ2,1/2,1,1\nQ3,3,1,1\n", StandardCharsets.UTF_8);
        CliRun zh = CliRun.of("framework", "check", "-f", fw.toString(), "--lang", "zh");
        assertEquals(3, zh.exitCode(), zh.err());
        assertEquals(String.join("\n",
                "meta.csv：缺少此文件：指标体系须有 framework、questions 和 meta（用到命名量表时还须有 scales）",
                "ahp/S1.csv 第 2 行 Q3 列：Q1 对 Q3 的比较值“x”不是正数：请写 3、1/3 或 0.5 这样的数") + "\n", text(zh.out()));
        CliRun en = CliRun.of("framework", "check", "-f", fw.toString(), "--lang", "en");
        assertEquals(String.join("\n",
                "meta.csv: missing; a framework needs framework, questions and meta (and scales when a named scale "
                        + "is used)",
                "ahp/S1.csv:2: entry \"x\" (row Q1, column Q3) is not a positive number such as 3, 1/3 or 0.5") + "\n",
                text(en.out()));
        assertEquals(3, en.exitCode());
    }

    @Test
    void scoreWithABadFrameworkListsItsProblemsInTheConsoleLanguage() throws IOException {
        Path fw = brokenFramework();
        Path firms = Files.writeString(dir.resolve("firms.csv"), "统一社会信用代码,政策清晰\nA,3\n", StandardCharsets.UTF_8);
        CliRun zh = CliRun.of("validate", firms.toString(), "-f", fw.toString(), "--lang", "zh");
        assertEquals(3, zh.exitCode(), zh.err());
        String err = text(zh.err());
        assertTrue(err.startsWith("ecoscore：" + fw + "：指标体系未通过检查，共 6 个问题：\n"
                + "  framework.csv 第 3 行 weight 列：权重“-2”不是大于 0 的数：请填写正数，或留空（即为 1）\n"), err);
        // in the order found (framework check sorts them by file and line)
        assertTrue(err.contains("\n  questions.csv 第 3 行 max 列：只有 min，没有 max：min 和 max 须同时填写或同时留空\n"), err);
        assertTrue(err.contains("\n  framework.csv 第 4 行 parent 列：上级“X”不存在：请填写 framework.csv 中某个节点的代码\n"), err);
        assertTrue(err.strip().endsWith("\n请在指标体系文件中修正（见 docs/framework-format.md）后重新运行；"
                + "`ecoscore framework check -f " + fw + "` 会列出这些问题。"), err);
    }

    @Test
    void anOkFrameworkAndItsWarningsInChineseAndEnglish() {
        Path fw;
        try {
            fw = WorkedExampleFiles.writeFramework(dir.resolve("small"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        CliRun zh = CliRun.of("framework", "check", "-f", fw.toString(), "--lang", "zh");
        assertEquals(0, zh.exitCode(), zh.err());
        // meta.csv of the worked example names id, name and region only: 7 roles of a firm framework lack aliases
        String[] lines = text(zh.out()).split("\n");
        assertEquals(8, lines.length, zh.out());
        assertEquals("警告：meta.csv：角色 industry 没有别名（无法识别它对应的列）：请在 meta.csv 中为它填写表头别名", lines[0]);
        assertEquals("指标体系 small（" + fw + "）检查通过：3 个节点，6 道题目；另有 7 条警告（见上）。", lines[7]);
        CliRun en = CliRun.of("framework", "check", "-f", fw.toString(), "--lang", "en");
        String[] enLines = text(en.out()).split("\n");
        assertEquals("warning: meta.csv: no aliases for role industry (a column for it cannot be recognised)", enLines[0]);
        assertEquals("Framework small (" + fw + ") is OK: 3 nodes, 6 questions; 7 warnings (listed above).", enLines[7]);

        CliRun builtIn = CliRun.of("framework", "check", "--lang", "zh");
        assertEquals("指标体系 default（内置指标体系）检查通过：14 个节点，74 道题目。", text(builtIn.out()).strip());
        assertEquals("Framework default (built-in) is OK: 14 nodes, 74 questions.",
                text(CliRun.of("framework", "check", "--lang", "en").out()).strip());
    }

    @Test
    void exportDraftAndSampleSayWhatTheyWroteInTheConsoleLanguage() throws IOException {
        Path xlsx = dir.resolve("fw.xlsx");
        CliRun export = CliRun.of("framework", "export", "-o", xlsx.toString(), "--lang", "zh");
        assertEquals(0, export.exitCode(), export.err());
        assertEquals("指标体系已写入 " + xlsx, export.out().strip());
        assertEquals("Framework written to " + xlsx,
                CliRun.of("framework", "export", "-o", xlsx.toString(), "--lang", "en").out().strip());

        // a 问卷星 CSV export: 序号 and 提交答卷时间 are metadata, one yes/no and one number question
        Path wjx = Files.writeString(dir.resolve("wjx.csv"), "序号,提交答卷时间,1、贵企业是否设有研发部门,2、贵企业研发人员数\n"
                + "1,2024/5/1 10:00:00,是,5\n2,2024/5/1 11:00:00,否,12\n3,2024/5/2 09:00:00,是,30\n"
                + "4,2024/5/2 10:00:00,否,0\n", StandardCharsets.UTF_8);
        Path d = dir.resolve("draft");
        CliRun zh = CliRun.of("framework", "draft", wjx.toString(), "-o", d.toString(), "--lang", "zh");
        assertEquals(0, zh.exitCode(), zh.err());
        assertEquals("指标体系草稿已写入 " + d + "：共 2 道题目（是否题 1 道，数值题 1 道），未收入 0 列。\n"
                + "元数据列：id ← 序号；submitted ← 提交答卷时间。\n"
                + "下一步：阅读 " + d.resolve("README.md") + "（说明要修改哪些地方），然后运行：ecoscore score " + wjx + " -f "
                + d + "\n", text(zh.out()));
        CliRun en = CliRun.of("framework", "draft", wjx.toString(), "-o", d.toString(), "--force", "--lang", "en");
        assertEquals(0, en.exitCode(), en.err());
        assertEquals("Framework drafted in " + d + ": 2 questions (1 yes/no, 1 number), 0 columns left out.\n"
                + "Metadata: id ← 序号; submitted ← 提交答卷时间.\n"
                + "Next: read " + d.resolve("README.md") + " (what to edit), then: ecoscore score " + wjx + " -f " + d
                + "\n", text(en.out()));
        // a non-empty -o without --force: exit 2
        CliRun full = CliRun.of("framework", "draft", wjx.toString(), "-o", d.toString(), "--lang", "zh");
        assertEquals(2, full.exitCode());
        assertEquals("ecoscore：" + d + "：文件夹不是空的：请用 -o 给出新的或空的文件夹，或加上 --force 替换其中的指标体系文件"
                + "（framework.csv、questions.csv、scales.csv、meta.csv、missing.csv、README.md）。", full.err().strip());

        Path firms = dir.resolve("s.xlsx");
        Path regions = dir.resolve("r.xlsx");
        CliRun s = CliRun.of("sample", "--firms", "3", "-o", firms.toString(), "--region-output", regions.toString(),
                "--lang", "zh");
        assertEquals(0, s.exitCode(), s.err());
        assertEquals("已写出 3 份企业问卷：" + firms + "；地区问卷：" + regions, s.out().strip());
        assertEquals("Wrote 3 firm responses to " + firms, CliRun.of("sample", "--firms", "3", "-o", firms.toString(),
                "--lang", "en").out().strip());
        CliRun none = CliRun.of("sample", "-o", firms.toString(), "--lang", "zh");
        assertEquals(2, none.exitCode());
        assertEquals("ecoscore：生成企业问卷样本须给出 --firms N（如 --firms 500）。", none.err().strip());
        CliRun noneEn = CliRun.of("sample", "-o", firms.toString(), "--lang", "en");
        assertEquals(2, noneEn.exitCode());
        assertEquals("ecoscore: --firms N is required for a firm sample.", noneEn.err().strip());
        CliRun expert = CliRun.of("sample", "--source", "expert", "-o", dir.resolve("p.xlsx").toString(), "--lang", "zh");
        assertEquals(2, expert.exitCode());
        assertEquals("ecoscore：内置指标体系：指标体系 default 没有专家评分题：请选用含 source 为 expert 的题目的指标体系"
                + "（如 indicators/country-comparison），或用 --source firm。", expert.err().strip());
    }

    /** The problem codes written in the framework package's sources (a coded exception's are the other catalogue's). */
    private static final Pattern CODE = Pattern.compile("(?<!coded\\()\"([a-z]+(?:-[a-z0-9]+)+)\"");

    @Test
    void everyProblemCodeInTheFrameworkSourcesHasAChineseTemplate() throws IOException {
        TreeSet<String> codes = new TreeSet<>(List.of("region-name-twice", "city-name-twice")); // what + "-name-twice"
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/ecoscore/framework"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(p));
                while (m.find()) codes.add(m.group(1));
            }
        }
        codes.removeAll(List.of("built-in")); // the built-in framework's location, not a code
        List<String> missing = new ArrayList<>();
        for (String c : codes) if (!FrameworkProblemWords.has(c)) missing.add(c);
        assertTrue(codes.size() > 60, codes.toString());
        assertEquals(List.of(), missing);
    }
}
