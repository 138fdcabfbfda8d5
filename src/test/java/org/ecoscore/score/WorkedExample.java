package org.ecoscore.score;

import static org.ecoscore.framework.Aggregation.ARITHMETIC;
import static org.ecoscore.framework.Aggregation.GEOMETRIC;

import java.util.List;
import java.util.Map;
import org.ecoscore.core.Level;
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
import org.ecoscore.screen.Screened;

/** The framework and screened tables of /work/shared/WORKED-EXAMPLE.md, built by hand. */
final class WorkedExample {
    static final double NA = Double.NaN;
    static final Scale AGREE5 = new Scale("agree5", 1, 5,
            Map.of("非常不同意", 1, "不同意", 2, "一般", 3, "同意", 4, "非常同意", 5),
            Map.of(1, List.of("非常不同意"), 2, List.of("不同意"), 3, List.of("一般"), 4, List.of("同意"),
                    5, List.of("非常同意")));

    private WorkedExample() {
    }

    static Framework framework() {
        List<Node> nodes = List.of(
                new Node("R", "", "综合", "Overall", 1, ARITHMETIC, "", 2),
                new Node("S1", "R", "体制", "System", 2, ARITHMETIC, "subsystem1", 3),
                new Node("S2", "R", "生态", "Ecosystem", 1, GEOMETRIC, "subsystem2", 4));
        List<Question> questions = List.of(
                question("Q1", "S1", Level.FIRM, ScaleKind.NAMED, false, NA, NA, false, 2),
                question("Q2", "S1", Level.FIRM, ScaleKind.NAMED, true, NA, NA, false, 1),
                question("Q3", "S1", Level.FIRM, ScaleKind.PERCENT, false, 0, 20, false, 1),
                question("Q4", "S2", Level.FIRM, ScaleKind.NUMBER, false, NA, NA, true, 1),
                question("Q5", "S2", Level.FIRM, ScaleKind.YESNO, false, NA, NA, false, 1),
                question("Q6", "S2", Level.REGION, ScaleKind.NUMBER, false, 0, 100, false, 1));
        RegionDictionary regions = new RegionDictionary(List.of(
                new Region("110000", "北京市", "北京", "Beijing", List.of()),
                new Region("440000", "广东省", "广东", "Guangdong", List.of())));
        return new Framework("worked", "test", nodes, questions, Map.of("agree5", AGREE5),
                Map.of(MetaRole.ID, List.of("统一社会信用代码", "id")), regions, Map.of(), List.of());
    }

    static Question question(String code, String parent, Level source, ScaleKind kind, boolean reverse,
                             double min, double max, boolean log, double weight) {
        String scaleName = kind == ScaleKind.NAMED ? "agree5" : kind.name().toLowerCase(java.util.Locale.ROOT);
        return new Question(code, parent, source, scaleName, kind, kind == ScaleKind.NAMED ? AGREE5 : null,
                reverse, min, max, log, weight, code, code, List.of(), 0);
    }

    /** firms.csv: F1..F5 (F4 excluded, low coverage); rows 2..6 of the file. */
    static Screened firms(Framework fw) {
        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM, fw.questionsOf(Level.FIRM));
        b.addFile(new InputFile(0, "firms.csv", Level.FIRM, "", "table", "", 5, null));
        double[][] answers = {
                {4, 2, 10, 9, 1},
                {5, 5, 25, 0, 0},
                {3, NA, 5, 99, 1},
                {NA, 3, NA, NA, NA},
                {2, 4, 2, NA, 0}};
        String[] names = {"甲", "乙", "丙", "丁", "戊"};
        String[] region = {"广东", "广东省", "北京", "北京市", "北京"};
        for (int r = 0; r < answers.length; r++) {
            int row = b.addRow(0, r + 2);
            for (int q = 0; q < 5; q++) if (!Double.isNaN(answers[r][q])) b.answer(q, row, answers[r][q]);
            b.meta(MetaRole.ID, row, "F" + (r + 1));
            b.meta(MetaRole.NAME, row, names[r]);
            b.meta(MetaRole.REGION, row, region[r]);
        }
        b.invalid(0, 3); // F4's "abc"
        return new Screened(b.build(), new int[]{0, 1, 2, 4}, new String[]{"F1", "F2", "F3", "F4", "F5"},
                new String[]{null, null, null, "low-coverage", null},
                new String[]{"广东省", "广东省", "北京市", "北京市", "北京市"},
                new String[]{"440000", "440000", "110000", "110000", "110000"}, new int[5]);
    }

    /** regions.csv: 广东省 60, 北京市 150. */
    static Screened regions(Framework fw) {
        ResponseTable.Builder b = new ResponseTable.Builder(Level.REGION, fw.questionsOf(Level.REGION));
        b.addFile(new InputFile(0, "regions.csv", Level.REGION, "", "table", "", 2, null));
        int r0 = b.addRow(0, 2);
        b.answer(0, r0, 60);
        b.meta(MetaRole.REGION, r0, "广东省");
        int r1 = b.addRow(0, 3);
        b.answer(0, r1, 150);
        b.meta(MetaRole.REGION, r1, "北京市");
        return new Screened(b.build(), new int[]{0, 1}, new String[]{"广东省", "北京市"}, new String[2],
                new String[]{"广东省", "北京市"}, new String[]{"440000", "110000"}, new int[2]);
    }
}
