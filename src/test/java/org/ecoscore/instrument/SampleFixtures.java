package org.ecoscore.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.Level;
import org.ecoscore.core.Text;
import org.ecoscore.framework.Aggregation;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.Region;
import org.ecoscore.framework.RegionDictionary;
import org.ecoscore.framework.Scale;
import org.ecoscore.framework.ScaleKind;

/** A small hand-built framework: root ECO with A and B; four firm questions and one region question. */
final class SampleFixtures {
    static final List<String> AGREE = List.of("非常不同意", "不同意", "一般", "同意", "非常同意");

    private SampleFixtures() {
    }

    static Scale agree5() {
        Map<String, Integer> byLabel = new HashMap<>();
        Map<Integer, List<String>> byValue = new HashMap<>();
        for (int v = 1; v <= 5; v++) {
            byLabel.put(Text.normalise(AGREE.get(v - 1)), v);
            byValue.put(v, List.of(AGREE.get(v - 1)));
        }
        return new Scale("agree5", 1, 5, byLabel, byValue);
    }

    static Framework framework() {
        Scale agree = agree5();
        List<Node> nodes = List.of(
                new Node("ECO", "", "综合指数", "Index", 1, Aggregation.ARITHMETIC, "", 2),
                new Node("A", "ECO", "新型举国体制", "National system", 1, Aggregation.ARITHMETIC, "subsystem1", 3),
                new Node("B", "ECO", "企业创新生态", "Ecosystem", 1, Aggregation.ARITHMETIC, "subsystem2", 4));
        List<Question> qs = List.of(
                new Question("QA1", "A", Level.FIRM, "agree5", ScaleKind.NAMED, agree, false, Double.NaN, Double.NaN,
                        false, 1, "本地政府开放了应用场景", "Scenarios opened", List.of(), 2),
                new Question("QA2", "A", Level.FIRM, "yesno", ScaleKind.YESNO, null, false, Double.NaN, Double.NaN,
                        false, 1, "是否享受研发费用加计扣除", "Used the super-deduction", List.of(), 3),
                new Question("QB1", "B", Level.FIRM, "percent", ScaleKind.PERCENT, null, false, 0, 30, false, 1,
                        "研发投入占营业收入比例(%)", "R&D intensity (%)", List.of(), 4),
                new Question("QB2", "B", Level.FIRM, "number", ScaleKind.NUMBER, null, false, 0, 200, true, 1,
                        "发明专利数量", "Invention patents", List.of(), 5),
                new Question("RA1", "A", Level.REGION, "number", ScaleKind.NUMBER, null, false, 1, 500, true, 1,
                        "政府引导基金规模(亿元)", "Guidance funds (100m yuan)", List.of(), 6));
        Map<MetaRole, List<String>> meta = new HashMap<>();
        meta.put(MetaRole.ID, List.of("统一社会信用代码", "企业ID"));
        meta.put(MetaRole.NAME, List.of("企业名称"));
        meta.put(MetaRole.REGION, List.of("所在地区", "省份"));
        meta.put(MetaRole.INDUSTRY, List.of("所属行业"));
        meta.put(MetaRole.SIZE, List.of("企业规模"));
        meta.put(MetaRole.COMMUNITY, List.of("创新群落"));
        meta.put(MetaRole.SUBMITTED, List.of("提交答卷时间"));
        meta.put(MetaRole.DURATION, List.of("所用时间"));
        return new Framework("test", "test", nodes, qs, Map.of("agree5", agree), meta, dictionary(), Map.of(),
                List.of());
    }

    static RegionDictionary dictionary() {
        String[][] rows = {
            {"110000", "北京市", "北京", "Beijing"}, {"120000", "天津市", "天津", "Tianjin"},
            {"310000", "上海市", "上海", "Shanghai"}, {"320000", "江苏省", "江苏", "Jiangsu"},
            {"330000", "浙江省", "浙江", "Zhejiang"}, {"340000", "安徽省", "安徽", "Anhui"},
            {"350000", "福建省", "福建", "Fujian"}, {"370000", "山东省", "山东", "Shandong"},
            {"420000", "湖北省", "湖北", "Hubei"}, {"440000", "广东省", "广东", "Guangdong"},
            {"510000", "四川省", "四川", "Sichuan"}, {"620000", "甘肃省", "甘肃", "Gansu"}};
        List<Region> regions = new ArrayList<>();
        for (String[] r : rows) regions.add(new Region(r[0], r[1], r[2], r[3], List.of()));
        return new RegionDictionary(regions);
    }
}
