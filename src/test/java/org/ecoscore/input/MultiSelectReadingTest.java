package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecoscore.MultiSelectEndToEndTest;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading multi-select answers (docs/framework-format.md) with the framework of
 * {@link MultiSelectEndToEndTest}: Qualtrics' split columns {@code Q8_1}…, the header tie rules, the cell
 * rules of one-cell answers, and declared missing answers.
 */
class MultiSelectReadingTest {
    @TempDir
    Path dir;
    Framework fw;
    IssueLog issues;

    @BeforeEach
    void framework() throws Exception {
        Path f = dir.resolve("fw");
        MultiSelectEndToEndTest.writeFramework(f);
        // Qualtrics numbers its questions Q8, Q9: the codes tie Q8_1 … by the question number
        fw = FrameworkLoader.load(f);
        issues = new IssueLog();
    }

    private ResponseTable read(String name, String csv) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        List<String> inputs = List.of(p.toString());
        return InputReader.read(Level.FIRM, inputs, fw, Options.defaults(inputs, List.of()), issues, n -> { });
    }

    private static int column(ResponseTable t, String code) {
        for (int q = 0; q < t.questions().size(); q++) if (t.questions().get(q).code().equals(code)) return q;
        throw new AssertionError(code);
    }

    @Test
    void qualtricsSplitColumnsWithTheirSecondAndImportIdRows() throws Exception {
        // Qualtrics legacy export: choice n of Q8 in Q8_n (1 = chosen, blank = not), fill-in text in Q8_4_TEXT,
        // row 2 the question texts, row 3 the ImportIds.
        ResponseTable t = read("qualtrics.csv", """
                ResponseId,企业编号,所在地区,Q1,Q8_1,Q8_2,Q8_3,Q8_4,Q8_4_TEXT,Q9_1,Q9_2,Q9_3
                Response ID,企业编号,所在地区,本企业重视开源,您关注哪些领域？ - Selected Choice - ACG文化(动漫、游戏等),您关注哪些领域？ - Selected Choice - 体育 运动,您关注哪些领域？ - Selected Choice - 科技、数码,您关注哪些领域？ - Selected Choice - 其他【请注明】,您关注哪些领域？ - 其他【请注明】 - Text,贵企业采用了哪些开源许可？ - Selected Choice - MIT,贵企业采用了哪些开源许可？ - Selected Choice - Apache 2.0,贵企业采用了哪些开源许可？ - Selected Choice - GPL v3
                "{""ImportId"":""_recordId""}","{""ImportId"":""QID2""}","{""ImportId"":""QID3""}","{""ImportId"":""QID1""}","{""ImportId"":""QID8_1""}","{""ImportId"":""QID8_2""}","{""ImportId"":""QID8_3""}","{""ImportId"":""QID8_4""}","{""ImportId"":""QID8_4_TEXT""}","{""ImportId"":""QID9_1""}","{""ImportId"":""QID9_2""}","{""ImportId"":""QID9_3""}"
                R_1,F1,北京,4,1,,1,,,1,1,
                R_2,F2,上海,5,,,,1,公益,,,
                R_3,F3,北京,不知道,1,1,1,1,x,,,1
                """);
        assertEquals(3, t.rows(), "the second and ImportId rows are not respondents");
        int q8 = column(t, "Q8");
        int q9 = column(t, "Q9");
        // Q8: F1 {1,3} k=2; F2 {4} k=1; F3 {1,2,3,4} k=4.  Q9: F1 {1,2} k=2; F2 nothing ticked → missing; F3 {3} k=1
        assertEquals(List.of(2.0, 1.0, 4.0), List.of(t.raw(q8)[0], t.raw(q8)[1], t.raw(q8)[2]));
        assertEquals(2.0, t.raw(q9)[0]);
        assertEquals(CellStatus.MISSING, t.status(q9)[1]);
        assertEquals(1.0, t.raw(q9)[2]);
        assertEquals(CellStatus.DECLARED_MISSING, t.status(column(t, "Q1"))[2]);
        List<Issue> all = issues.all();
        assertTrue(all.stream().anyMatch(i -> i.code().equals("unmapped-column") && i.column().equals("I")
                && i.message().contains("fill-in text of option 4 of Q8")), all.toString());
        Issue fillIn = all.stream().filter(i -> i.code().equals("unmapped-column") && i.column().equals("I"))
                .findFirst().orElseThrow();
        assertTrue(org.ecoscore.fixtures.CatalogueCheck.chinese(fillIn).contains("是 Q8 选项 4 的填空文字"), org.ecoscore.fixtures.CatalogueCheck.chinese(fillIn));
        // Q8g's option is a label and Qualtrics heads the columns with numbers: not read, one warning
        Issue w = all.stream().filter(i -> i.code().equals("missing-option-column")).findFirst().orElseThrow();
        assertTrue(w.message().startsWith("question Q8g stands for option \"ACG文化(动漫、游戏等)\""), w.message());
        assertTrue(org.ecoscore.fixtures.CatalogueCheck.chinese(w).startsWith("题目 Q8g 代表选项“ACG文化(动漫、游戏等)”，但其所属题目的各列中没有该选项的列"),
                org.ecoscore.fixtures.CatalogueCheck.chinese(w));
        assertEquals(CellStatus.MISSING, t.status(column(t, "Q8g"))[0]);
        assertTrue(all.stream().noneMatch(i -> i.code().equals("invalid-value")), all.toString());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "ACG文化（动漫、游戏等）┋科技、数码 | 2",   // full-width parentheses are the same after NFKC
        "1┋3┋3 | 2",                              // option numbers, a repeated option counts once
        "体育  运动;其他〖a┋b〗 | 2",                // spaces collapse; a ┋ typed inside fill-in text does not split
        "MIT,Apache 2.0 | -1",                    // (not options of Q8)
        "以上都没有 | 0",
        "以上都没有｜体育 运动 | 0",                   // none of these wins
        "ACG文化 | -1",                           // a label must be whole: invalid
        "科技、数码，体育 运动 | 2",                   // comma-joined, every part an option
    })
    void oneCellAnswers(String cell, double expected) throws Exception {
        ResponseTable t = read("wjx.csv", "企业编号,所在地区,8、您关注哪些领域？\nF1,北京,\"" + cell + "\"\n");
        int q8 = column(t, "Q8");
        if (expected < 0) {
            assertEquals(CellStatus.INVALID, t.status(q8)[0]);
            assertEquals("invalid-value", issues.all().get(issues.all().size() - 1).code());
        } else {
            assertEquals(expected, t.raw(q8)[0]);
        }
    }

    @Test
    void yesNoForOneOptionReadsTheSameCell() throws Exception {
        ResponseTable t = read("wjx.csv", """
                企业编号,所在地区,8、您关注哪些领域？
                F1,北京,ACG文化(动漫、游戏等)┋体育 运动
                F2,北京,体育 运动
                F3,北京,(跳过)
                F4,北京,不知道
                """);
        int g = column(t, "Q8g");
        assertEquals(1.0, t.raw(g)[0]);
        assertEquals(0.0, t.raw(g)[1]);
        assertEquals(CellStatus.MISSING, t.status(g)[2]);
        assertEquals(CellStatus.DECLARED_MISSING, t.status(g)[3]);
        assertEquals(CellStatus.DECLARED_MISSING, t.status(column(t, "Q8"))[3]);
    }

    @Test
    void aColumnCannotBeBothOneCellAndPerOption() throws Exception {
        Path p = dir.resolve("both.csv");
        Files.writeString(p, "企业编号,8、您关注哪些领域？,第8题(体育 运动)\nF1,体育 运动,1\n", StandardCharsets.UTF_8);
        List<String> inputs = List.of(p.toString());
        InputReader.read(Level.FIRM, inputs, fw, Options.defaults(inputs, List.of()), issues, n -> { });
        Issue e = issues.all().stream().filter(i -> i.code().equals("unreadable-file")).findFirst().orElseThrow();
        assertTrue(e.message().contains("question Q8 is matched by column B \"8、您关注哪些领域？\" (the whole answer "
                + "in one cell) and by 1 column of one option, C \"第8题(体育 运动)\"; delete one kind"), e.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "第8题(ACG文化(动漫、游戏等)) | 第8题 | ACG文化(动漫、游戏等)",
        "8、(体育 运动) | 8、 | 体育 运动",
        "q8_12 | q8 | 12",
        "您关注哪些领域？ - selected choice - 体育 运动 | 您关注哪些领域？ | 体育 运动",
    })
    void headerForms(String header, String stem, String option) {
        String[] first = MultiSelectColumns.forms(header).get(0);
        assertEquals(stem, first[0]);
        assertEquals(option, first[1]);
        assertNull(first[2]);
    }

    @ParameterizedTest
    @CsvSource({"第8题, 8", "8、, 8", "q8, 8", "8, 8", "第 12 题, 12"})
    void bareQuestionNumbers(String stem, int n) {
        assertEquals(n, MultiSelectColumns.bareNumber(org.ecoscore.core.Text.normalise(stem)));
    }

    @Test
    void aStemWithTextIsNoBareNumber() {
        assertNull(MultiSelectColumns.bareNumber("8、您关注哪些领域?"));
    }
}
