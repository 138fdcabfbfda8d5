package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ecoscore.fixtures.WorkedExampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 part 6, the rest of the console (beside robustness.ChineseEndToEndTest): trend's usage errors, a
 * foreign, newer or damaged {@code --baseline}, a refused framework and picocli's own parse errors are Chinese
 * under {@code --lang zh}, their specifics filled in, and word for word the English they were under
 * {@code --lang en}; the exit codes are the real ones (2 usage, 3 input).
 */
class ChineseConsoleErrorsTest {
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    @TempDir
    Path dir;

    /** The run's stderr, stripped, after checking its exit code and that no Java internals leaked. */
    private static String err(int exit, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(exit, run.exitCode(), String.join(" ", args) + " → " + run.err());
        assertTrue(run.noStackTrace(), run.err());
        return run.err().strip().replace(System.lineSeparator(), "\n");
    }

    private static String[] with(String lang, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--lang";
        all[args.length + 1] = lang;
        return all;
    }

    /** Same command in zh and en: the expected Chinese and English stderr, exit code {@code exit} both times. */
    private static void both(int exit, String zh, String en, String... args) {
        assertEquals(zh, err(exit, with("zh", args)));
        assertEquals(en, err(exit, with("en", args)));
    }

    @Test
    void trendsUsageErrorsAreChineseUnderLangZhAndUnchangedEnglishUnderLangEn() throws Exception {
        String a = Files.writeString(dir.resolve("a.csv"), "x\n").toString();
        String b = Files.writeString(dir.resolve("b.csv"), "x\n").toString();
        both(2, "ecoscore：--year 2024 给出了两次：每个年份只给一次，该年的所有文件都放在这一个 --year 之后。",
                "ecoscore: --year 2024 is given twice; give each year once, with all of its files after that one --year.",
                "trend", "--year", "2024", a, "--year", "2024", b);
        both(2, "ecoscore：趋势分析至少需要两个年份：用 --year YEAR FILES… 给出每个年份（如 --year 2024 firms-2024.xlsx "
                        + "--year 2025 firms-2025.xlsx），或在 --manifest 中列出。",
                "ecoscore: a trend needs at least two years; give each year with --year YEAR FILES… (e.g. --year 2024 "
                        + "firms-2024.xlsx --year 2025 firms-2025.xlsx) or list them in --manifest.",
                "trend", "--year", "2024", a);
        both(2, "ecoscore：--year 24：“24”不是年份：请写成四位数字，如 --year 2024 firms-2024.xlsx。",
                "ecoscore: --year 24: '24' is not a calendar year; write it as four digits, e.g. --year 2024 "
                        + "firms-2024.xlsx.",
                "trend", "--year", "24", a, "--year", "2025", b);
        both(2, "ecoscore：" + a + " 在第一个 --year 之前：请把每个文件放在它所属年份的 --year 之后（--year 2024 " + a + " …）。",
                "ecoscore: " + a + " comes before the first --year; put each file after the --year it belongs to "
                        + "(--year 2024 " + a + " …).",
                "trend", a, "--year", "2024", b, "--year", "2025", b);
        both(2, "ecoscore：--year 2024 之后没有问卷：请把该年的企业文件放在它之后（--year 2024 firms.xlsx），和/或用 "
                        + "--region-data FILES 给出地区问卷。",
                "ecoscore: --year 2024 names no questionnaires: put that year's firm files after it (--year 2024 "
                        + "firms.xlsx) and/or --region-data FILES.",
                "trend", "--year", "2024", "--year", "2025", b);
        both(2, "ecoscore：--ahp-max-cr 须为正数，如 0.1。", "ecoscore: --ahp-max-cr must be a positive number such as 0.1.",
                "trend", "--year", "2024", a, "--year", "2025", b, "--ahp-max-cr", "-1");
        both(2, "ecoscore：--ahp-max-cr 只用于 AHP 权重：请加上 --weights ahp（或 ahp+entropy），或去掉 --ahp-max-cr。",
                "ecoscore: --ahp-max-cr applies to AHP weights; add --weights ahp (or ahp+entropy), or drop "
                        + "--ahp-max-cr.",
                "score", a, "--ahp-max-cr", "0.1");

        String fw = WorkedExampleFiles.writeFramework(dir.resolve("fw")).toString();
        Files.writeString(dir.resolve("a.csv"), "a,b\n1,2\n");             // no questionnaire: nothing to score
        both(3, "ecoscore：" + a + "：2024 年：没有可计分的内容（没有可读取且有可计分行的问卷）：请对该年的文件运行 ecoscore validate "
                        + "查看原因。",
                "ecoscore: " + a + ": year 2024: nothing could be scored (no readable questionnaire with a scorable "
                        + "row); run ecoscore validate on that year's files to see why.",
                "trend", "--year", "2024", a, "--year", "2025", b, "-f", fw, "-q", "-o", dir.resolve("t.xlsx").toString());
        assertFalse(Files.exists(dir.resolve("t.xlsx")), "nothing written");
    }

    @Test
    void trendsManifestErrorsNameTheLineInChinese() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "x\n");
        Path m = dir.resolve("清单.csv");
        String shown = m.toString();
        Path none = dir.resolve("无.csv");
        both(2, "ecoscore：--manifest " + none + "：文件不存在：请给出含 year、source、path 三列的 CSV 文件。",
                "ecoscore: --manifest " + none + ": no such file; give a CSV file with columns year,source,path.",
                "trend", "--manifest", none.toString());

        Files.write(m, new byte[] {(byte) 0xC3, 0x28, ',', '\n'});   // not UTF-8
        both(2, "ecoscore：" + shown + "：清单无法按 UTF-8 编码的 CSV 文件读取：请另存为“CSV UTF-8”，列为 year,source,path。",
                "ecoscore: " + shown + ": the manifest is not readable as a UTF-8 CSV file; save it as CSV UTF-8 with "
                        + "columns year,source,path.",
                "trend", "--manifest", shown);

        Files.writeString(m, "年份,来源,路径\n2024,firm,a.csv\n", StandardCharsets.UTF_8);
        both(2, "ecoscore：" + shown + "：第 1 行：表头须含 year、source 和 path 三列（实际为：年份,来源,路径）。",
                "ecoscore: " + shown + ": line 1: the header must name the columns year, source and path (found: "
                        + "年份,来源,路径).",
                "trend", "--manifest", shown);

        Files.writeString(m, "year,source,path\n2024,firm\n", StandardCharsets.UTF_8);
        both(2, "ecoscore：" + shown + "：第 2 行：列数不足；每行应为 year,source,path。",
                "ecoscore: " + shown + ": line 2: too few columns; each line is year,source,path.",
                "trend", "--manifest", shown);

        Files.writeString(m, "year,source,path\n2024,firm,a.csv\n2025,panel,a.csv\n", StandardCharsets.UTF_8);
        both(2, "ecoscore：" + shown + "：第 3 行 source 列：“panel”既不是 firm 也不是 region。",
                "ecoscore: " + shown + ": line 3, column source: 'panel' is neither firm nor region.",
                "trend", "--manifest", shown);

        Files.writeString(m, "year,source,path\n2024,firm,a.csv\n2025,firm,b.csv\n", StandardCharsets.UTF_8);
        Path b = dir.resolve("b.csv");
        both(2, "ecoscore：" + shown + "：第 3 行 path 列：" + b + " 不存在；路径相对于清单所在的文件夹。",
                "ecoscore: " + shown + ": line 3, column path: " + b + " does not exist; paths are relative to the "
                        + "manifest's folder.",
                "trend", "--manifest", shown);

        Files.writeString(m, "year,source,path\n24,firm,a.csv\n", StandardCharsets.UTF_8);
        both(2, "ecoscore：" + shown + " 第 2 行 year 列：“24”不是年份：请写成四位数字，如 2024。",
                "ecoscore: " + shown + " line 2, column year: '24' is not a calendar year; write it as four digits, "
                        + "e.g. --year 2024 firms-2024.xlsx.",
                "trend", "--manifest", shown);

        Files.writeString(m, "year,source,path\n2024,firm,a.csv\n", StandardCharsets.UTF_8);
        both(2, "ecoscore：年份 2024 给出了两次（--manifest " + shown + " 中和 --year 中）：每个年份只给一次。",
                "ecoscore: year 2024 is given twice (in --manifest " + shown + " and with --year); give each year once.",
                "trend", "--manifest", shown, "--year", "2024", dir.resolve("a.csv").toString());
    }

    /** Year 1 of BaselineTest scored into y1.xlsx and the folder y1; the year-2 answers to score against it. */
    private String[] baselineRun() throws Exception {
        Path fw = WorkedExampleFiles.writeFramework(dir.resolve("fw"));
        Path firms = Files.writeString(dir.resolve("firms1.csv"), BaselineTest.YEAR1, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("score", firms.toString(), "-f", fw.toString(), "-q", "-o",
                dir.resolve("y1.xlsx").toString(), "--csv", dir.resolve("y1").toString());
        assertEquals(0, run.exitCode(), run.err());
        Path year2 = Files.writeString(dir.resolve("firms2.csv"), BaselineTest.YEAR2, StandardCharsets.UTF_8);
        return new String[] {"score", year2.toString(), "-f", fw.toString(), "-q", "-o", dir.resolve("y2.xlsx").toString()};
    }

    private static String[] plus(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void aForeignNewerOrDamagedBaselineIsRefusedInChinese() throws Exception {
        String[] score = baselineRun();
        Path junk = Files.createDirectories(dir.resolve("杂项"));
        both(3, "ecoscore：" + junk + "：这不是 ecoscore 的输出（文件夹中没有 run.csv）：请给 --baseline 一次往年运行的报告（.xlsx）"
                        + "或其 --csv 写出的文件夹。",
                "ecoscore: " + junk + ": this is not an ecoscore output (the folder has no run.csv); give --baseline an "
                        + "earlier run's report (.xlsx) or the folder its --csv wrote.",
                plus(score, "--baseline", junk.toString()));

        Path y1 = dir.resolve("y1");
        Path run = y1.resolve("run.csv");
        String said = Files.readString(run, StandardCharsets.UTF_8);
        Files.writeString(run, said
                .replaceAll("tool_version,[^\\r\\n]*", "tool_version,99.0.0"), StandardCharsets.UTF_8);
        String version = org.ecoscore.core.Version.get();
        both(3, "ecoscore：" + y1 + "：此基准由 ecoscore 99.0.0 写出，比当前的 ecoscore " + version + " 新：请用 ecoscore 99.0.0 "
                        + "或更高版本运行。",
                "ecoscore: " + y1 + ": this baseline was written by ecoscore 99.0.0, newer than this ecoscore " + version
                        + "; run it with ecoscore 99.0.0 or later.",
                plus(score, "--baseline", y1.toString()));
        Files.writeString(run, said, StandardCharsets.UTF_8);
        Path weights = y1.resolve("weights.csv");
        List<String> lines = Files.readAllLines(weights, StandardCharsets.UTF_8);
        String[] first = lines.get(1).split(",", -1);
        first[3] = "abc";                                                   // weights.csv line 2: weight "abc"
        lines.set(1, String.join(",", first));
        Files.write(weights, lines, StandardCharsets.UTF_8);
        both(3, "ecoscore：" + y1 + "：此基准已损坏（weights.csv 第 2 行：“abc”不是数字）：请重新为往年评分以重建其输出，或改为给出其报告。",
                "ecoscore: " + y1 + ": this baseline is damaged (weights.csv line 2: 'abc' is not a number); score the "
                        + "earlier year again to rebuild its outputs, or give its report instead.",
                plus(score, "--baseline", y1.toString()));
        Files.delete(y1.resolve("items.csv"));
        assertEquals("ecoscore：" + y1 + "：此基准已损坏（items.csv：缺失）：请重新为往年评分以重建其输出，或改为给出其报告。",
                err(3, with("zh", plus(score, "--baseline", y1.toString()))));

        byte[] xlsx = Files.readAllBytes(dir.resolve("y1.xlsx"));
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(xlsx, xlsx.length / 3));
        assertEquals("ecoscore：" + cut + "：此基准已损坏（cut.xlsx：无法作为 Excel 工作簿打开）：请重新为往年评分以重建其输出，或改为给出其报告。",
                err(3, with("zh", plus(score, "--baseline", cut.toString()))));
    }

    @Test
    void aRefusedFrameworkIsFramedInChineseWithItsProblemsListed() throws Exception {
        Path fw = WorkedExampleFiles.writeFramework(dir.resolve("坏体系"));
        Path csv = fw.resolve("framework.csv");
        Files.writeString(csv, Files.readString(csv).replace("S1,R,体制,System,2,", "S1,R,体制,System,-2,"));
        Path q = fw.resolve("questions.csv");
        Files.writeString(q, Files.readString(q).replace("Q1,S1,firm,agree5,", "Q1,S1,firm,agree7,"));
        Path firms = Files.writeString(dir.resolve("firms.csv"), BaselineTest.YEAR1, StandardCharsets.UTF_8);
        String p1 = "  framework.csv:3: weight \"-2\" is not a number > 0; write a positive number or leave it blank for 1";
        String p2 = "  questions.csv:2: unknown scale \"agree7\"; use number, percent, yesno or a scale named in scales.csv";
        // each problem in Chinese too: file, line, column, what is wrong and what to do
        String z1 = "  framework.csv 第 3 行 weight 列：权重“-2”不是大于 0 的数：请填写正数，或留空（即为 1）";
        String z2 = "  questions.csv 第 2 行 scale 列：量表“agree7”不存在：请用 number、percent、yesno 或 scales.csv 中定义的量表";
        both(3, "ecoscore：" + fw + "：指标体系未通过检查，共 2 个问题：\n" + z1 + "\n" + z2 + "\n请在指标体系文件中修正"
                        + "（见 docs/framework-format.md）后重新运行；`ecoscore framework check -f " + fw + "` 会列出这些问题。",
                "ecoscore: " + fw + ": the framework is refused, 2 problems:\n" + p1 + "\n" + p2 + "\nFix them in the "
                        + "framework files (see docs/framework-format.md) and run again; `ecoscore framework check -f "
                        + fw + "` lists them.",
                "score", firms.toString(), "-f", fw.toString(), "-q");
    }

    @Test
    void picocliParseErrorsAreChineseUnderLangZhAndPicocliEnglishUnderLangEn() throws Exception {
        String a = Files.writeString(dir.resolve("a.csv"), "x\n").toString();
        String zhHelp = "\n请运行 ecoscore score --help 查看用法。";
        String tryHelp = "\nTry 'ecoscore score --help' for more information.";
        both(2, "ecoscore：未知的选项：“--foo”。" + zhHelp, "ecoscore: Unknown option: '--foo'" + tryHelp,
                "score", a, "--foo");
        both(2, "ecoscore：未知的选项：“--weigths”。\n可能的选项：--weights" + zhHelp,
                "ecoscore: Unknown option: '--weigths'\nPossible solutions: --weights" + tryHelp,
                "score", a, "--weigths", "equal");
        both(2, "ecoscore：--weights 的值“nonsense”无效：可选的值为 framework、equal、entropy、ahp、ahp+entropy。" + zhHelp,
                "ecoscore: Invalid value for option '--weights': 'nonsense' is not one of "
                        + "framework, equal, entropy, ahp, ahp+entropy" + tryHelp,
                "score", a, "--weights", "nonsense");
        both(2, "ecoscore：--min-coverage 的值“2”无效：须在 0 到 1 之间（如 0.5）。" + zhHelp,
                "ecoscore: Invalid value for option '--min-coverage': '2' must be between 0 and 1 (e.g. 0.5)" + tryHelp,
                "score", a, "--min-coverage", "2");
        both(2, "ecoscore：选项 --framework 只能给出一次。" + zhHelp,
                "ecoscore: option '--framework' (FOLDER|XLSX) should be specified only once" + tryHelp,
                "score", a, "-f", "x", "-f", "y");
        // picocli's own converter (an int)
        both(2, "ecoscore：--firms 的值“abc”无效：须为整数。\n请运行 ecoscore sample --help 查看用法。",
                "ecoscore: Invalid value for option '--firms': 'abc' is not an int\n"
                        + "Try 'ecoscore sample --help' for more information.",
                "sample", "--firms", "abc", "-o", dir.resolve("s.xlsx").toString());
        // a required option, a required parameter
        both(2, "ecoscore：缺少必需的选项：--output=XLSX。\n请运行 ecoscore framework export --help 查看用法。",
                "ecoscore: Missing required option: '--output=XLSX'\n"
                        + "Try 'ecoscore framework export --help' for more information.",
                "framework", "export");
        both(2, "ecoscore：缺少必需的参数：EXPORT。\n请运行 ecoscore framework draft --help 查看用法。",
                "ecoscore: Missing required parameter: 'EXPORT'\n"
                        + "Try 'ecoscore framework draft --help' for more information.",
                "framework", "draft", "-o", dir.resolve("d").toString());
        // an option's value missing (the option last, so --lang comes first)
        assertEquals("ecoscore：选项 --output 缺少值（应为 XLSX）。" + zhHelp, err(2, "score", a, "--lang", "zh", "-o"));
        String en = err(2, "score", a, "--lang", "en", "-o");
        assertEquals("ecoscore: Missing required parameter for option '--output' (XLSX)" + tryHelp, en);
        assertFalse(CJK.matcher(en).find(), en);

        // --lang itself wrong: the system locale decides the console's language
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.Category.DISPLAY, Locale.SIMPLIFIED_CHINESE);
            assertEquals("ecoscore：--lang 的值“fr”无效：可选的值为 zh、en。" + zhHelp, err(2, "score", a, "--lang", "fr"));
            // no command, an unknown command (with picocli's suggestion), a command without what to do
            assertEquals("ecoscore：请给出要执行的命令：score、validate、trend、template、framework 或 sample。\n"
                    + "请运行 ecoscore --help 查看用法。", err(2));
            assertEquals("ecoscore：无法识别的参数：“scroe”（不是这里可用的命令或参数）。\n是否要输入：ecoscore score？\n"
                    + "请运行 ecoscore --help 查看用法。", err(2, "scroe"));
            assertEquals("ecoscore：无法识别的参数：“chek”（不是这里可用的命令或参数）。\n是否要输入：ecoscore framework check？\n"
                    + "请运行 ecoscore framework --help 查看用法。", err(2, "framework", "chek"));
            assertEquals("ecoscore：请说明要做什么：framework show、framework check、framework export 或 framework draft。\n"
                    + "请运行 ecoscore framework --help 查看用法。", err(2, "framework"));
            Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
            String frEn = err(2, "score", a, "--lang", "fr");
            assertEquals("ecoscore: Invalid value for option '--lang': 'fr' is not one of zh, en" + tryHelp, frEn);
            assertEquals("ecoscore: a command is required (score, validate, trend, template, framework or sample)\n"
                    + "Try 'ecoscore --help' for more information.", err(2));
            assertEquals("ecoscore: Unmatched argument at index 0: 'scroe'\nDid you mean: ecoscore score?\n"
                    + "Try 'ecoscore --help' for more information.", err(2, "scroe"));
            assertEquals("ecoscore: Unmatched argument at index 1: 'chek'\nDid you mean: framework check?\n"
                    + "Try 'ecoscore framework --help' for more information.", err(2, "framework", "chek"));
            assertEquals("ecoscore: say what to do: framework show, framework check, framework export or framework "
                    + "draft\nTry 'ecoscore framework --help' for more information.", err(2, "framework"));
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
    }
}
