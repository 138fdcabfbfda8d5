package org.ecoscore.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.input.InputFile;
import org.ecoscore.pipeline.Pipeline;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.LevelScores;
import org.ecoscore.screen.Screened;

/**
 * Issue 4 item 5: random headers (question codes, texts, noise, duplicates of noise), random cells (valid
 * answers, labels, junk, missing tokens, formula-like text, huge numbers) and random weight methods and
 * thresholds. Whatever the input: no exception but a user error, every row accounted for, every score in
 * [0, 100] or missing, and the weights in force summing to 1 among present siblings.
 */
class PipelinePropertiesTest {
    static final List<Question> FIRM = Corpus.DEFAULT.questionsOf(Level.FIRM);

    @Provide
    Arbitrary<List<String>> headers() {
        Arbitrary<String> code = Arbitraries.of(FIRM).map(Question::code);
        Arbitrary<String> text = Arbitraries.of(FIRM).map(q -> (q.line() % 9) + "、" + q.textZh());
        Arbitrary<String> noise = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("备注", "序号", "来源", "", "所在地区", "企业名称", "提交答卷时间", "所用时间"));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, code), net.jqwik.api.Tuple.of(2, text), net.jqwik.api.Tuple.of(2, noise))
                .list().ofMinSize(1).ofMaxSize(25)
                .filter(PipelinePropertiesTest::eachQuestionOnce);
    }

    /** Two columns for one question refuse the file; that path is pinned elsewhere. */
    static boolean eachQuestionOnce(List<String> headers) {
        List<String> codes = new ArrayList<>();
        for (String h : headers) {
            for (Question q : FIRM) {
                if (h.equals(q.code()) || h.endsWith("、" + q.textZh())) {
                    if (codes.contains(q.code())) return false;
                    codes.add(q.code());
                }
            }
        }
        return true;
    }

    @Provide
    Arbitrary<List<List<String>>> cells() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.integers().between(-3, 6).map(String::valueOf),
                Arbitraries.doubles().between(-1e6, 1e12).map(String::valueOf),
                Arbitraries.of("同意", "非常同意", "不同意", "是", "否", "√", "×", "12%", "1,234", "-", "(跳过)", "n/a",
                        "", " ", "=1+1", "+1", "@SUM(A1)", "9.14403E+17", "NaN", "Infinity", "1e308", "-1e308",
                        "2025/3/11 15:29:52", "2分30秒", "\"", "北京", "火星"),
                Arbitraries.strings().ofMaxLength(8));
        return cell.list().ofMinSize(0).ofMaxSize(25).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 150)
    void anyTableIsReadScreenedAndScoredWithEveryRowAccounted(
            @ForAll("headers") List<String> headers, @ForAll("cells") List<List<String>> body,
            @ForAll Options.WeightMethod weights, @ForAll @DoubleRange(min = 0, max = 1) double minCoverage,
            @ForAll @IntRange(min = 0, max = 1) int withId) throws Exception {
        if (weights == Options.WeightMethod.AHP || weights == Options.WeightMethod.AHP_ENTROPY) {
            weights = Options.WeightMethod.EQUAL; // the default framework brings its matrices; pinned elsewhere
        }
        Path dir = Files.createTempDirectory("ecoscore-prop");
        try {
            List<List<String>> rows = new ArrayList<>();
            List<String> header = new ArrayList<>(headers);
            if (withId == 1) header.add(0, "统一社会信用代码");
            rows.add(header);
            for (int r = 0; r < body.size(); r++) {
                List<String> row = new ArrayList<>(body.get(r));
                if (withId == 1) row.add(0, "ID" + r);
                rows.add(row);
            }
            Path file = Corpus.csv(dir.resolve("t.csv"), rows, StandardCharsets.UTF_8);
            Options options = Options.defaults(List.of(file.toString()), List.of())
                    .withScreening(Options.DuplicatePolicy.KEEP_LAST, minCoverage, Double.NaN, false)
                    .withWeights(weights);
            RunResult result;
            try {
                result = Pipeline.run(Corpus.DEFAULT, options, new IssueLog(), n -> { });
            } catch (EcoscoreException e) {
                return; // a user error (for example nothing to score at all) is a message, never a crash
            }
            Screened firms = result.firms();
            InputFile f = firms.table().files().get(0);
            assertEquals(f.rowsRead(), firms.table().rows(), "rows read = rows in the table");
            int excluded = 0;
            for (int r = 0; r < firms.table().rows(); r++) if (!firms.scored(r)) excluded++;
            assertEquals(firms.table().rows(), firms.scoredRows().length + excluded, "read = scored + excluded");
            if (f.readable() && withId == 1) {
                assertTrue(f.rowsRead() <= body.size());
            }
            check(result.scores().firm());
            check(result.scores().region());
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void check(LevelScores level) {
        if (level == null) return;
        for (double[] item : level.scores()) {
            for (double s : item) assertTrue(Double.isNaN(s) || (s >= 0 && s <= 100), "score " + s);
        }
        for (TreeItem item : level.tree().items()) {
            if (item.children().length == 0) continue;
            double sum = 0;
            for (int c : item.children()) sum += level.localWeights()[c];
            assertEquals(1.0, sum, 1e-9, "weights under " + item.code());
        }
        assertEquals(1.0, level.localWeights()[level.tree().root()], 1e-12);
    }
}
