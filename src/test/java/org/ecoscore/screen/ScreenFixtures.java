package org.ecoscore.screen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Aggregation;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.Region;
import org.ecoscore.framework.RegionDictionary;
import org.ecoscore.framework.Scale;
import org.ecoscore.framework.ScaleKind;
import org.ecoscore.input.InputFile;
import org.ecoscore.input.ResponseTable;

/** Frameworks and response tables built in code for the screening tests. */
final class ScreenFixtures {
    private ScreenFixtures() {
    }

    static Scale agree5() {
        String[] labels = {"非常不同意", "不同意", "一般", "同意", "非常同意"};
        Map<String, Integer> byLabel = new LinkedHashMap<>();
        Map<Integer, List<String>> byValue = new LinkedHashMap<>();
        for (int v = 1; v <= 5; v++) {
            byLabel.put(labels[v - 1], v);
            byValue.put(v, List.of(labels[v - 1]));
        }
        return new Scale("agree5", 1, 5, byLabel, byValue);
    }

    static RegionDictionary regions() {
        return new RegionDictionary(List.of(
                new Region("110000", "北京市", "北京", "Beijing", List.of()),
                new Region("310000", "上海市", "上海", "Shanghai", List.of()),
                new Region("440000", "广东省", "广东", "Guangdong", List.of("粤"))));
    }

    private static Question q(String code, String parent, Level source, Scale scale, ScaleKind kind, double min,
                              double max, boolean log, double weight, int line) {
        String name = kind == ScaleKind.NAMED ? scale.name() : kind.name().toLowerCase(java.util.Locale.ROOT);
        return new Question(code, parent, source, name, kind, scale, false, min, max, log, weight, code, code,
                List.of(), line);
    }

    /** The framework of WORKED-EXAMPLE.md (reverse flags do not matter to screening). */
    static Framework workedExample() {
        Scale a = agree5();
        List<Node> nodes = List.of(
                new Node("R", "", "综合", "Overall", 1, Aggregation.ARITHMETIC, "", 2),
                new Node("S1", "R", "体制", "System", 2, Aggregation.ARITHMETIC, "subsystem1", 3),
                new Node("S2", "R", "生态", "Ecosystem", 1, Aggregation.GEOMETRIC, "subsystem2", 4));
        double nan = Double.NaN;
        List<Question> qs = List.of(
                q("Q1", "S1", Level.FIRM, a, ScaleKind.NAMED, nan, nan, false, 2, 2),
                q("Q2", "S1", Level.FIRM, a, ScaleKind.NAMED, nan, nan, false, 1, 3),
                q("Q3", "S1", Level.FIRM, null, ScaleKind.PERCENT, 0, 20, false, 1, 4),
                q("Q4", "S2", Level.FIRM, null, ScaleKind.NUMBER, nan, nan, true, 1, 5),
                q("Q5", "S2", Level.FIRM, null, ScaleKind.YESNO, nan, nan, false, 1, 6),
                q("Q6", "S2", Level.REGION, null, ScaleKind.NUMBER, 0, 100, false, 1, 7));
        return framework(nodes, qs, a);
    }

    /** Root R with nine agree5 firm questions N1..N9 and one yes/no firm question Y. */
    static Framework nineScaleQuestions() {
        Scale a = agree5();
        List<Node> nodes = List.of(new Node("R", "", "综合", "Overall", 1, Aggregation.ARITHMETIC, "", 2));
        List<Question> qs = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            qs.add(q("N" + i, "R", Level.FIRM, a, ScaleKind.NAMED, Double.NaN, Double.NaN, false, 1, i + 1));
        }
        qs.add(q("Y", "R", Level.FIRM, null, ScaleKind.YESNO, Double.NaN, Double.NaN, false, 1, 11));
        return framework(nodes, qs, a);
    }

    /** The worked example's framework with another region dictionary. */
    static Framework workedExample(RegionDictionary dictionary) {
        Framework w = workedExample();
        return new Framework("test", "test", w.nodes(), w.questions(), w.scales(), Map.of(), dictionary, Map.of(),
                List.of());
    }

    private static Framework framework(List<Node> nodes, List<Question> qs, Scale a) {
        Map<MetaRole, List<String>> meta = Map.of(MetaRole.ID, List.of("统一社会信用代码", "id"),
                MetaRole.NAME, List.of("企业名称", "name"), MetaRole.REGION, List.of("所在地区", "region"));
        return new Framework("test", "test", nodes, qs, Map.of("agree5", a), meta, regions(), Map.of(), List.of());
    }

    /** Builds a table of one level row by row; files are registered up front. */
    static final class Table {
        private final ResponseTable.Builder b;
        private final List<Question> questions;

        Table(Framework f, Level level, String... files) {
            questions = f.questionsOf(level);
            b = new ResponseTable.Builder(level, questions);
            for (int i = 0; i < files.length; i++) {
                b.addFile(new InputFile(i, files[i], level, files[i].endsWith(".csv") ? "" : "Sheet1",
                        "table", "", 0, null));
            }
        }

        /** A row of file 0 at this spreadsheet row. */
        Row row(int sheetRow) {
            return row(0, sheetRow);
        }

        Row row(int file, int sheetRow) {
            return new Row(b.addRow(file, sheetRow));
        }

        /** Marks a file as one without a region column (as the reader does when it warns so). */
        Table noRegionColumn(int file) {
            b.noRegionColumn(file);
            return this;
        }

        ResponseTable build() {
            return b.build();
        }

        final class Row {
            private final int r;

            Row(int r) {
                this.r = r;
            }

            Row id(String id) {
                b.meta(MetaRole.ID, r, id);
                return this;
            }

            Row name(String name) {
                b.meta(MetaRole.NAME, r, name);
                return this;
            }

            Row region(String region) {
                b.meta(MetaRole.REGION, r, region);
                return this;
            }

            Row province(String province) {
                b.meta(MetaRole.PROVINCE, r, province);
                return this;
            }

            Row city(String city) {
                b.meta(MetaRole.CITY, r, city);
                return this;
            }

            Row meta(MetaRole role, String value) {
                b.meta(role, r, value);
                return this;
            }

            Row answer(String code, double value) {
                b.answer(column(code), r, value);
                return this;
            }

            Row invalid(String code) {
                b.invalid(column(code), r);
                return this;
            }

            /** Answers the first {@code count} questions with the value 1 (enough coverage by default). */
            Row answerFirst(int count) {
                for (int q = 0; q < count; q++) b.answer(q, r, 1);
                return this;
            }

            Row submitted(double epochSeconds) {
                b.submitted(r, epochSeconds);
                return this;
            }

            Row duration(double seconds) {
                b.duration(r, seconds);
                return this;
            }

            private int column(String code) {
                for (int q = 0; q < questions.size(); q++) if (questions.get(q).code().equals(code)) return q;
                throw new IllegalArgumentException(code);
            }
        }
    }
}
