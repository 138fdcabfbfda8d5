package org.ecoscore.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Aggregation;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.RegionDictionary;
import org.ecoscore.framework.Scale;
import org.ecoscore.framework.ScaleKind;

/** The framework of WORKED-EXAMPLE.md, built in code, with optional extra aliases for the header tests. */
final class WorkedExample {
    private WorkedExample() {
    }

    static final Scale AGREE5 = new Scale("agree5", 1, 5,
            Map.of("非常不同意", 1, "不同意", 2, "一般", 3, "同意", 4, "非常同意", 5),
            Map.of(1, List.of("非常不同意"), 2, List.of("不同意"), 3, List.of("一般"), 4, List.of("同意"),
                    5, List.of("非常同意")));

    static Question question(String code, String parent, Level source, String scale, String zh, String en,
                             List<String> aliases) {
        ScaleKind kind = switch (scale) {
            case "number" -> ScaleKind.NUMBER;
            case "percent" -> ScaleKind.PERCENT;
            case "yesno" -> ScaleKind.YESNO;
            default -> ScaleKind.NAMED;
        };
        return new Question(code, parent, source, scale, kind, kind == ScaleKind.NAMED ? AGREE5 : null, false,
                Double.NaN, Double.NaN, false, 1, zh, en, aliases, 0);
    }

    static List<Question> questions() {
        return List.of(
                question("Q1", "S1", Level.FIRM, "agree5", "政策清晰", "Policy is clear", List.of()),
                question("Q2", "S1", Level.FIRM, "agree5", "政策多变", "Policy changes often", List.of()),
                question("Q3", "S1", Level.FIRM, "percent", "研发强度", "R&D intensity", List.of()),
                question("Q4", "S2", Level.FIRM, "number", "发明专利数", "Invention patents", List.of()),
                question("Q5", "S2", Level.FIRM, "yesno", "是否参与揭榜挂帅", "Took part in open competitions",
                        List.of()),
                question("Q6", "S2", Level.REGION, "number", "引导基金规模", "Guidance fund size", List.of()));
    }

    static Map<MetaRole, List<String>> meta() {
        Map<MetaRole, List<String>> m = new LinkedHashMap<>();
        m.put(MetaRole.ID, List.of("统一社会信用代码", "id"));
        m.put(MetaRole.NAME, List.of("企业名称", "name"));
        m.put(MetaRole.REGION, List.of("所在地区", "region"));
        m.put(MetaRole.SUBMITTED, List.of("提交答卷时间", "submitted"));
        m.put(MetaRole.DURATION, List.of("所用时间", "duration"));
        return m;
    }

    static Framework framework() {
        return framework(questions());
    }

    static Framework framework(List<Question> questions) {
        List<Node> nodes = List.of(
                new Node("R", "", "综合", "Overall", 1, Aggregation.ARITHMETIC, "", 2),
                new Node("S1", "R", "体制", "System", 2, Aggregation.ARITHMETIC, "subsystem1", 3),
                new Node("S2", "R", "生态", "Ecosystem", 1, Aggregation.GEOMETRIC, "subsystem2", 4));
        return new Framework("worked", "test", nodes, questions, Map.of("agree5", AGREE5), meta(),
                new RegionDictionary(List.of()), Map.of(), List.of());
    }
}
