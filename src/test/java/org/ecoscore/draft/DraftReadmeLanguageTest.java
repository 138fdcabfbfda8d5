package org.ecoscore.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoscore.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README.md that {@code framework draft} writes is in the console's language ({@code --lang}, else the
 * system locale): in Chinese every sentence Chinese, in English every sentence English; the words come from
 * {@link DraftWords}, where each has both languages with the same placeholders.
 */
class DraftReadmeLanguageTest {
    @TempDir
    Path dir;

    /** English function words: a line of an English sentence has some, a Chinese one none. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)(?<![A-Za-z_])(the|and|is|are|of|to|when|it|its|"
            + "with|from|each|every|not|be)(?![A-Za-z_])");
    private static final Pattern CJK_SENTENCE = Pattern.compile("[\\u4e00-\\u9fff]+[，。：；（）]");

    /** 问卷星 (6 firms: its 来源 column, agree and yes/no, a free-text column) and a 腾讯问卷 CSV (4 firms) with a misspelt 所在省分. */
    private Path[] exports() throws IOException {
        List<List<Object>> wjx = new ArrayList<>();
        wjx.add(List.of("序号", "提交答卷时间", "所用时间", "来源", "1、企业名称", "2、所在省份", "3、本企业能够便利地获得所需的算力资源",
                "4、本企业是否为高新技术企业", "5、您的建议(填空题)"));
        String[] agree = PlatformExports.AGREE;
        for (int i = 0; i < 6; i++) {
            wjx.add(List.of((double) (i + 1), "2026/11/2" + i + " 09:00:00", "200秒", "手机提交", "企业" + i, "北京", agree[i % 5],
                    i % 2 == 0 ? "是" : "否", "建议第" + i + "条：加强支持"));
        }
        Path a = PlatformExports.workbook(dir.resolve("wjx.xlsx"), wjx, false);
        List<String> t = new ArrayList<>();
        t.add("编号,结束答题时间,答题时长,地理位置省,地理位置市,1.企业名称,2.所在省分,3.本企业能够便利地获得所需的算力资源,"
                + "4.本企业是否为高新技术企业");
        for (int i = 0; i < 4; i++) {
            t.add((i + 1) + ",2026-11-02 10:05:00,00:05:00,上海,上海,腾" + i + ",上海市," + agree[(i + 1) % 5] + ","
                    + (i % 2 == 0 ? "是" : "否"));
        }
        Path b = PlatformExports.text(dir.resolve("tencent.csv"), t, Charset.forName("GBK"));
        return new Path[] {a, b};
    }

    private String readme(String lang) throws IOException {
        Path[] e = exports();
        Path fw = dir.resolve("fw-" + lang);
        CliRun run = CliRun.of("framework", "draft", e[0].toString(), e[1].toString(), "-o", fw.toString(),
                "--lang", lang);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return Files.readString(fw.resolve("README.md"));
    }

    /** The line without code spans, indented commands and table cells that hold export data (headers, answers). */
    private static String prose(String line) {
        if (line.startsWith("    ") || line.startsWith("|---")) return "";
        return line.replaceAll("`[^`]*`", "").replaceAll("[A-Za-z0-9_./-]*\\.(xlsx|csv|md)", "");
    }

    @Test
    void inChineseEverySentenceIsChinese() throws IOException {
        String readme = readme("zh");
        assertTrue(readme.startsWith("# 由 "), readme);
        for (String heading : List.of("## 题目（questions.csv）", "## 元数据（meta.csv）", "## 未收入的列", "## 下一步修改什么",
                "| 代码 | 题干 | 量表 | 所见答案 | 列 |", "| 列 | 表头 | 平台 | ecoscore 如何处理 |")) {
            assertTrue(readme.contains(heading), heading + "\n" + readme);
        }
        assertTrue(readme.contains("所以合在一起评分"), readme);
        assertTrue(readme.contains("| G | 2.所在省分 | 看起来是元数据表头“所在省份”（meta.csv 的 `region` 行）的误写，相差 1 个字："
                + "请在导出文件中改正表头，或把它加到 meta.csv 的该行 | 上海市 |"), readme);
        assertTrue(readme.contains("| 自由文本 |"), readme);
        assertTrue(readme.contains("| 读作 submitted |"), readme);
        assertTrue(readme.contains("wjx.xlsx D | 来源 | 问卷星 | 不读取（平台元数据） |"), readme);
        for (String line : readme.split("\n")) {
            Matcher m = ENGLISH.matcher(prose(line));
            assertFalse(m.find(), "an English word in the Chinese README: \"" + line + "\"");
        }
    }

    @Test
    void inEnglishEverySentenceIsEnglish() throws IOException {
        String readme = readme("en");
        assertTrue(readme.startsWith("# Framework drafted from "), readme);
        for (String heading : List.of("## Questions (questions.csv)", "## Metadata (meta.csv)", "## Columns left out",
                "## What to edit next")) {
            assertTrue(readme.contains(heading), heading + "\n" + readme);
        }
        assertTrue(readme.contains("| G | 2.所在省分 | looks like a misspelling of the metadata header 所在省份 (the "
                + "`region` row of meta.csv, one edit apart)"), readme);
        for (String line : readme.split("\n")) {
            // only the exports' own texts are Chinese: headers and answers in table cells, file names
            String p = prose(line);
            if (p.startsWith("|")) continue;
            assertFalse(CJK_SENTENCE.matcher(p).find(), "a Chinese sentence in the English README: \"" + line + "\"");
        }
    }

    @Test
    void everyWordHasBothLanguagesWithTheSamePlaceholders() {
        Pattern placeholder = Pattern.compile("\\{\\d+}");
        for (String[] w : DraftWords.all()) {
            assertEquals(3, w.length, w[0]);
            assertFalse(w[1].isBlank() || w[2].isBlank(), w[0]);
            TreeSet<String> zh = new TreeSet<>();
            TreeSet<String> en = new TreeSet<>();
            placeholder.matcher(w[1]).results().forEach(r -> zh.add(r.group()));
            placeholder.matcher(w[2]).results().forEach(r -> en.add(r.group()));
            assertEquals(en, zh, w[0]);
        }
        assertEquals("相差 1 个字", new DraftWords(false).get("why.metaTypo1", "所在省份", "region")
                .replaceAll(".*（meta.csv 的 `region` 行）的误写，(相差 1 个字)：.*", "$1"));
    }
}
