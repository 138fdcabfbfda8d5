package org.ecoscore.instrument;

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

/** Frameworks built in code for the template tests: the WORKED-EXAMPLE.md framework and variants. */
final class TemplateFixtures {
    /** The 34 provincial-level units: code, name_zh, name_en (zh names join to 162 characters, en to 271). */
    static final String[][] REGIONS = {
            {"110000", "北京市", "Beijing"}, {"120000", "天津市", "Tianjin"}, {"130000", "河北省", "Hebei"},
            {"140000", "山西省", "Shanxi"}, {"150000", "内蒙古自治区", "Inner Mongolia"},
            {"210000", "辽宁省", "Liaoning"}, {"220000", "吉林省", "Jilin"}, {"230000", "黑龙江省", "Heilongjiang"},
            {"310000", "上海市", "Shanghai"}, {"320000", "江苏省", "Jiangsu"}, {"330000", "浙江省", "Zhejiang"},
            {"340000", "安徽省", "Anhui"}, {"350000", "福建省", "Fujian"}, {"360000", "江西省", "Jiangxi"},
            {"370000", "山东省", "Shandong"}, {"410000", "河南省", "Henan"}, {"420000", "湖北省", "Hubei"},
            {"430000", "湖南省", "Hunan"}, {"440000", "广东省", "Guangdong"}, {"450000", "广西壮族自治区", "Guangxi"},
            {"460000", "海南省", "Hainan"}, {"500000", "重庆市", "Chongqing"}, {"510000", "四川省", "Sichuan"},
            {"520000", "贵州省", "Guizhou"}, {"530000", "云南省", "Yunnan"}, {"540000", "西藏自治区", "Tibet"},
            {"610000", "陕西省", "Shaanxi"}, {"620000", "甘肃省", "Gansu"}, {"630000", "青海省", "Qinghai"},
            {"640000", "宁夏回族自治区", "Ningxia"}, {"650000", "新疆维吾尔自治区", "Xinjiang"},
            {"710000", "台湾省", "Taiwan"}, {"810000", "香港特别行政区", "Hong Kong"}, {"820000", "澳门特别行政区", "Macao"}};

    private TemplateFixtures() {
    }

    /** agree5 with a Chinese and an English label per value, Chinese first for 2–5 and English first for 1. */
    static Scale agree5() {
        String[][] labels = {{"Strongly disagree", "非常不同意"}, {"不同意", "Disagree"}, {"一般", "Neutral"},
                {"同意", "Agree"}, {"非常同意", "Strongly agree"}};
        Map<String, Integer> byLabel = new LinkedHashMap<>();
        Map<Integer, List<String>> byValue = new LinkedHashMap<>();
        for (int v = 1; v <= 5; v++) {
            for (String l : labels[v - 1]) byLabel.put(l.toLowerCase(java.util.Locale.ROOT), v);
            byValue.put(v, List.of(labels[v - 1]));
        }
        return new Scale("agree5", 1, 5, byLabel, byValue);
    }

    static RegionDictionary regions() {
        List<Region> rs = new ArrayList<>();
        for (String[] r : REGIONS) rs.add(new Region(r[0], r[1], r[1].substring(0, 2), r[2], List.of()));
        return new RegionDictionary(rs);
    }

    static Question q(String code, String parent, Level source, Scale scale, ScaleKind kind, double min, double max,
                      boolean log, String zh, String en) {
        String name = kind == ScaleKind.NAMED ? scale.name() : kind.name().toLowerCase(java.util.Locale.ROOT);
        return new Question(code, parent, source, name, kind, scale, false, min, max, log, 1, zh, en, List.of(), 2);
    }

    /** WORKED-EXAMPLE.md: R → S1 (Q1–Q3), S2 (Q4, Q5 and the region question Q6). */
    static Framework workedExample() {
        Scale a = agree5();
        double nan = Double.NaN;
        return framework(List.of(
                q("Q1", "S1", Level.FIRM, a, ScaleKind.NAMED, nan, nan, false, "政策清晰", "Policy is clear"),
                q("Q2", "S1", Level.FIRM, a, ScaleKind.NAMED, nan, nan, false, "政策多变", "Policy changes often"),
                q("Q3", "S1", Level.FIRM, null, ScaleKind.PERCENT, 0, 20, false, "研发强度", "R&D intensity"),
                q("Q4", "S2", Level.FIRM, null, ScaleKind.NUMBER, nan, nan, true, "发明专利数", "Invention patents"),
                q("Q5", "S2", Level.FIRM, null, ScaleKind.YESNO, nan, nan, false, "是否参与揭榜挂帅",
                        "Took part in open competitions"),
                q("Q6", "S2", Level.REGION, null, ScaleKind.NUMBER, 0, 100, false, "引导基金规模", "Guidance fund size")),
                Map.of("agree5", a));
    }

    static Framework framework(List<Question> questions, Map<String, Scale> scales) {
        List<Node> nodes = List.of(
                new Node("R", "", "综合", "Overall", 1, Aggregation.ARITHMETIC, "", 2),
                new Node("S1", "R", "体制", "System", 2, Aggregation.ARITHMETIC, "subsystem1", 3),
                new Node("S2", "R", "生态", "Ecosystem", 1, Aggregation.GEOMETRIC, "subsystem2", 4));
        Map<MetaRole, List<String>> meta = new LinkedHashMap<>();
        meta.put(MetaRole.ID, List.of("统一社会信用代码", "id"));
        meta.put(MetaRole.NAME, List.of("企业名称", "name"));
        meta.put(MetaRole.REGION, List.of("所在地区", "region"));
        meta.put(MetaRole.INDUSTRY, List.of("所属行业", "Industry"));
        meta.put(MetaRole.SIZE, List.of("企业规模", "Size"));
        meta.put(MetaRole.COMMUNITY, List.of("创新群落", "Community"));
        meta.put(MetaRole.SUBMITTED, List.of("提交答卷时间"));
        return new Framework("worked", "test", nodes, questions, scales, meta, regions(), Map.of(), List.of());
    }
}
