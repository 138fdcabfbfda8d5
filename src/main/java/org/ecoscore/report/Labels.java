package org.ecoscore.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every user-visible word of the report in Chinese and English, in one place: sheet names, headers, grade
 * names of SPEC §4.5, severity words, exclusion reasons and the Method sheet's texts.
 */
public final class Labels {
    private static final Map<String, String[]> WORDS = words();
    private static final String[][] GRADES = {
        {"极度失调", "extreme imbalance"}, {"严重失调", "serious imbalance"}, {"中度失调", "moderate imbalance"},
        {"轻度失调", "mild imbalance"}, {"濒临失调", "verge of imbalance"}, {"勉强协调", "barely coordinated"},
        {"初级协调", "primary coordination"}, {"中级协调", "intermediate coordination"},
        {"良好协调", "good coordination"}, {"优质协调", "quality coordination"}};

    private final boolean english;

    public Labels(boolean english) {
        this.english = english;
    }

    public boolean english() {
        return english;
    }

    /** The word for a key in the report language; the key itself when unknown (a bug, but visible). */
    public String get(String key) {
        String[] w = WORDS.get(key);
        return w == null ? key : w[english ? 1 : 0];
    }

    /** SPEC §4.5 grade name for grade 1–10, "" for 0 (no grade). */
    public String grade(int grade) {
        return grade < 1 || grade > 10 ? "" : GRADES[grade - 1][english ? 1 : 0];
    }

    /** A severity, exclusion reason or flag code in words (the code itself when unknown). */
    public String code(String code) {
        return WORDS.containsKey("code." + code) ? get("code." + code) : code;
    }

    private static Map<String, String[]> words() {
        Map<String, String[]> m = new HashMap<>();
        String[][] pairs = {
            // sheets
            {"sheet.summary", "概览", "Summary"}, {"sheet.firms", "企业得分", "Firms"},
            {"sheet.regions", "地区得分", "Regions"}, {"sheet.indicators", "指标统计", "Indicators"},
            {"sheet.weights", "权重", "Weights"}, {"sheet.issues", "数据问题", "Issues"},
            {"sheet.method", "方法说明", "Method"},
            // common columns
            {"col.id", "企业标识", "ID"}, {"col.name", "名称", "Name"}, {"col.region", "地区", "Region"},
            {"col.community", "社区", "Community"}, {"col.industry", "行业", "Industry"}, {"col.size", "规模", "Size"},
            {"col.file", "文件", "File"}, {"col.row", "行号", "Row"}, {"col.sheet", "工作表", "Sheet"},
            {"col.column", "列", "Column"}, {"col.code", "代码", "Code"}, {"col.severity", "严重程度", "Severity"},
            {"col.message", "说明", "Message"}, {"col.level", "层级", "Level"}, {"col.parent", "上级", "Parent"},
            {"col.couplingC", "耦合度 C", "Coupling C"}, {"col.couplingT", "综合发展指数 T", "Development T"},
            {"col.couplingD", "耦合协调度 D", "Coordination D"}, {"col.grade", "协调等级", "Grade"},
            {"col.gradeName", "等级名称", "Grade name"}, {"col.rank", "排名", "Rank"}, {"col.flags", "标记", "Flags"},
            {"col.firms", "企业数", "Firms"}, {"col.regionResponse", "地区问卷", "Region questionnaire"},
            {"col.ciLow", "指数95%置信下限", "Index 95% CI low"}, {"col.ciHigh", "指数95%置信上限", "Index 95% CI high"},
            {"col.question", "题目", "Question"}, {"col.n", "有效数", "n"}, {"col.missing", "缺失", "Missing"},
            {"col.invalid", "无效", "Invalid"}, {"col.meanRaw", "原始均值", "Raw mean"},
            {"col.sdRaw", "原始标准差", "Raw SD"}, {"col.meanScore", "平均得分", "Mean score"},
            {"col.mean", "均值", "Mean"}, {"col.sd", "标准差", "SD"}, {"col.node", "节点", "Node"},
            {"col.items", "题目", "Items"}, {"col.cases", "完整个案", "Complete cases"},
            {"col.alpha", "克隆巴赫 α", "Cronbach's α"}, {"col.localWeight", "局部权重", "Local weight"},
            {"col.effectiveWeight", "综合权重", "Effective weight"}, {"col.matrixSize", "阶数", "n"},
            {"col.lambdaMax", "λmax", "λmax"}, {"col.ci", "CI", "CI"}, {"col.cr", "CR", "CR"},
            {"col.consistent", "一致性检验", "Consistency"}, {"col.sha256", "SHA-256", "SHA-256"},
            {"col.layout", "版式", "Layout"}, {"col.rowsRead", "读取行数", "Rows read"},
            {"col.scored", "计分", "Scored"}, {"col.excluded", "剔除", "Excluded"}, {"col.error", "错误", "Error"},
            {"col.option", "选项", "Option"}, {"col.value", "取值", "Value"}, {"col.item", "项目", "Item"},
            {"col.national", "全国均值", "National mean"}, {"col.index", "综合指数", "Index"},
            {"col.difference", "差值", "Difference"}, {"col.regionScore", "本地区", "This region"},
            // words
            {"yes", "是", "yes"}, {"no", "否", "no"}, {"level.firm", "企业", "firm"}, {"level.region", "地区", "region"},
            {"pass", "通过", "passed"}, {"fail", "未通过", "failed"}, {"none", "无", "none"},
            {"code.error", "错误", "error"}, {"code.warning", "警告", "warning"}, {"code.info", "提示", "info"},
            {"code.duplicate-id", "重复标识", "duplicate id"}, {"code.low-coverage", "答题率不足", "low coverage"},
            {"code.speeder", "作答过快", "speeder"}, {"code.straight-lining", "直线作答", "straight-lining"},
            // summary
            {"title", "评估报告", "Assessment report"}, {"framework", "指标体系", "Framework"},
            {"runDate", "运行时间", "Run time"}, {"toolVersion", "工具版本", "Tool version"},
            {"headline", "主要数字", "Headline figures"}, {"firmsScored", "计分企业", "Firms scored"},
            {"regionsCount", "地区数", "Regions"}, {"rowsRead", "读取行数", "Rows read"},
            {"rowsExcluded", "剔除行数", "Rows excluded"}, {"excludedFor", "剔除：", "Excluded: "},
            {"nationalIndex", "全国均值：", "National mean: "}, {"meanD", "平均耦合协调度 D", "Mean coordination D"},
            {"issuesCount", "数据问题", "Data issues"}, {"files", "输入文件", "Input files"},
            {"topRegions", "排名前五的地区", "Top five regions"}, {"bottomRegions", "排名后五的地区", "Bottom five regions"},
            {"regionIndex", "各地区综合指数", "Index by region"}, {"profileOf", "地区概况：", "Region profile: "},
            {"radarOf", "全国均值：", "National means: "}, {"topVsNational", "前列地区与全国均值", "Top regions vs national mean"},
            {"strongest", "相对最强的题目", "Strongest questions (vs national)"},
            {"weakest", "相对最弱的题目", "Weakest questions (vs national)"},
            {"nodeStats", "节点得分统计", "Node score statistics"}, {"questionStats", "题目统计", "Question statistics"},
            {"reliability", "信度（克隆巴赫 α）", "Reliability (Cronbach's α)"},
            {"ahp", "层次分析法一致性", "AHP consistency"}, {"weights", "权重", "Weights"},
            // method
            {"method.title", "方法说明", "Method"}, {"method.frameworkLocation", "指标体系位置", "Framework location"},
            {"method.frameworkFiles", "指标体系文件", "Framework files"}, {"method.inputs", "输入文件", "Input files"},
            {"method.options", "运行选项", "Options in force"}, {"method.formulas", "计算公式", "Formulas"},
            {"method.national", "全国均值：概览为全部计分企业的均值；地区表与地区概况为全部地区的均值。",
                "National mean: on the Summary, the mean over all scored firms; on the Regions sheet and region "
                    + "profiles, the mean over all regions."},
        };
        for (String[] p : pairs) m.put(p[0], new String[] {p[1], p[2]});
        return Map.copyOf(m);
    }

    /** SPEC §4 in a few sentences, in the report language. */
    public List<String> formulas() {
        if (english) {
            return List.of(
                    "1. Normalise: named scale n = 100·(v − vmin)/(vmax − vmin); yes/no n = 100·v; number/percent "
                            + "n = 100·clamp((x − lo)/(hi − lo), 0, 1) with x = v or ln(1+v), lo/hi the goalposts or "
                            + "the min/max over scored units (n = 50 when hi = lo); reverse: n ← 100 − n.",
                    "2. Region values: a firm question's region score is the mean over the region's scored firms "
                            + "that answered; a region question's comes from the region questionnaire.",
                    "3. Aggregate bottom-up: missing when the answered children weigh less than the node-coverage "
                            + "share of the present children; arithmetic Σ w·s / Σ w, geometric "
                            + "exp(Σ w·ln max(s, 1) / Σ w).",
                    "4. Weights: framework, equal, entropy (d = 1 − e per question, summed over subtrees) or AHP "
                            + "(principal eigenvector; CI = (λmax − n)/(n − 1), CR = CI/RI).",
                    "5. Coupling coordination: U1, U2 = subsystem scores / 100; C = 2√(U1·U2)/(U1 + U2); "
                            + "T = (U1 + U2)/2; D = √(C·T); grade = min(10, ⌊10·D⌋ + 1).",
                    "6. Rank by the index, highest first; equal scores share a rank.",
                    "7. Statistics: sample SD; Cronbach's α over complete cases; 95% CI by the t distribution.");
        }
        return List.of(
                "1. 标准化：量表题 n = 100·(v − vmin)/(vmax − vmin)；是非题 n = 100·v；数值/百分比题 "
                        + "n = 100·clamp((x − lo)/(hi − lo), 0, 1)，x = v 或 ln(1+v)，lo/hi 为阈值，未给出时取计分单位的最小/最大值"
                        + "（hi = lo 时 n = 50）；反向题 n ← 100 − n。",
                "2. 地区取值：企业题为该地区已作答计分企业得分的均值；地区题取自该地区的地区问卷。",
                "3. 自下而上汇总：有得分子项的权重之和低于现有子项权重之和的节点覆盖率阈值时记为缺失；"
                        + "算术平均 Σ w·s / Σ w，几何平均 exp(Σ w·ln max(s, 1) / Σ w)。",
                "4. 权重：指标体系权重、等权、熵权（每题 d = 1 − e，按子树求和）或层次分析法"
                        + "（主特征向量；CI = (λmax − n)/(n − 1)，CR = CI/RI）。",
                "5. 耦合协调度：U1、U2 = 两个子系统得分 / 100；C = 2√(U1·U2)/(U1 + U2)；T = (U1 + U2)/2；"
                        + "D = √(C·T)；等级 = min(10, ⌊10·D⌋ + 1)。",
                "6. 按综合指数从高到低排名，得分相同者名次相同。",
                "7. 统计：样本标准差；克隆巴赫 α 仅用完整个案；95% 置信区间按 t 分布。");
    }
}
