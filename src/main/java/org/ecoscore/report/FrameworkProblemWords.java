package org.ecoscore.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ecoscore.framework.Problem;

/**
 * The reasons a framework is refused ({@link Problem}), in the console's language: in English the problem's own
 * line {@code file:line: message}, unchanged (scripts read it); in Chinese {@code 文件 第 N 行 列名 列：……} from one
 * template per problem code, the specifics filled in by name. A code without a template (or a template naming a
 * specific the problem lacks) shows the English line — a gap, but never a wrong message.
 */
public final class FrameworkProblemWords {
    private static final Map<String, String> ZH = templates();
    /** Specifics that are lists ("a, b, c"), written with the Chinese list mark. */
    private static final Set<String> LISTS = Set.of("missing", "roles", "columns");

    private FrameworkProblemWords() {
    }

    /** The problem in the language asked for. */
    public static String say(Problem p, boolean english) {
        if (english) return p.text();
        String zh = message(p);
        return zh == null ? p.text() : location(p) + "：" + zh;
    }

    /** Whether the catalogue has a Chinese template for the code. */
    public static boolean has(String code) {
        return ZH.containsKey(code);
    }

    /** {@code questions.csv 第 5 行 weight 列}: file, line (row) and column, those the problem has. */
    static String location(Problem p) {
        StringBuilder sb = new StringBuilder(p.file());
        if (p.line() > 0) sb.append(sb.length() > 0 ? " " : "").append("第 ").append(p.line()).append(" 行");
        if (!p.column().isEmpty()) sb.append(sb.length() > 0 ? " " : "").append(p.column()).append(" 列");
        return sb.toString();
    }

    private static String message(Problem p) {
        String t = ZH.get(p.code());
        if (t == null) return null;
        Map<String, String> params = new LinkedHashMap<>(p.params());
        for (String k : LISTS) params.computeIfPresent(k, (name, v) -> v.replace(", ", "、"));
        return IssueMessages.fill(t, params, true);
    }

    private static Map<String, String> templates() {
        String node = "请填写 framework.csv 中某个节点的代码";
        return Map.ofEntries(
                // the framework as a whole, its files and folders
                Map.entry("no-such-framework", "文件夹或文件不存在：请给出指标体系文件夹或 .xlsx 工作簿"),
                Map.entry("not-a-framework", "不是指标体系：请给出由 CSV 文件组成的文件夹或一个 .xlsx 工作簿"),
                Map.entry("table-missing", "缺少此文件：指标体系须有 framework、questions 和 meta（用到命名量表时还须有 scales）"),
                Map.entry("file-too-large", "超过 {mb} MB，不是指标体系文件：请检查是否放错了文件"),
                Map.entry("file-unreadable", "无法读取（{reason}）：请检查文件权限"),
                Map.entry("folder-unlistable", "无法列出文件夹内容（{reason}）：请检查文件夹权限"),
                Map.entry("workbook-too-large", "超过 {mb} MB，不是指标体系工作簿：请检查是否放错了文件"),
                Map.entry("workbook-unreadable", "无法作为 .xlsx 工作簿读取（{reason}）：请在 Excel 中另存为 .xlsx，"
                        + "或改用由 CSV 文件组成的文件夹"),
                // CSV text
                Map.entry("csv-not-utf8", "不是 UTF-8 编码的文本：请另存为“CSV UTF-8”"),
                Map.entry("csv-field-count", "本行有 {fields} 个字段，表头只有 {columns} 列，值会错入别的列：含逗号的文字请加"
                        + "英文双引号（\"…\"），或删去多余的逗号"),
                Map.entry("csv-unparsable", "无法按 CSV 读取（{reason}）：请检查是否有未闭合的引号"),
                Map.entry("csv-empty", "文件是空的：第一行须为表头"),
                // any table
                Map.entry("column-twice", "“{column}”列出现了两次：只保留一列"),
                Map.entry("column-missing", "缺少“{column}”列：请在表头补上（表头须含 {columns}）"),
                Map.entry("weight-invalid", "权重“{value}”不是大于 0 的数：请填写正数，或留空（即为 1）"),
                Map.entry("not-true-false", "{column} 为“{value}”，不是 true 或 false：请填其一，或留空（即为 false）"),
                // codes and the tree (framework.csv, questions.csv)
                Map.entry("code-blank", "代码为空：每一行都须有代码"),
                Map.entry("code-invalid", "代码“{code}”无效：须以字母开头，只含字母、数字和 _ . -"),
                Map.entry("code-duplicate", "代码“{code}”重复（首次出现在 {first}）：节点和题目的代码须各不相同"),
                Map.entry("aggregation-unknown", "aggregation 为“{value}”，既不是 arithmetic 也不是 geometric：请填其一，"
                        + "或留空（即为 arithmetic）"),
                Map.entry("role-unknown", "role 为“{value}”，不是 subsystem1 或 subsystem2：其他节点请留空"),
                Map.entry("parent-unknown", "上级“{parent}”不存在：" + node),
                Map.entry("question-parent-blank", "上级为空：题目的上级须是 framework.csv 中的节点"),
                Map.entry("question-parent-is-question", "上级“{parent}”是一道题目：题目的上级须是节点，" + node),
                Map.entry("node-parent-is-question", "上级“{parent}”是一道题目：节点的上级须是节点，" + node),
                Map.entry("root-second", "又一个根节点“{code}”（根节点已是第 {rootLine} 行的“{root}”）：请为它填写上级"),
                Map.entry("no-root", "没有根节点：须有且只有一个节点的 parent 为空"),
                Map.entry("no-nodes", "没有节点：指标体系至少须有一个根节点"),
                Map.entry("cycle", "上级关系成环：{cycle}：其中须有一个节点向上通到根节点"),
                Map.entry("node-no-question", "节点“{code}”下没有题目：请在其下添加题目，或删去该节点"),
                Map.entry("role-twice", "又一个 role 为 {role} 的节点（第 {firstLine} 行的“{first}”已是）：每种角色至多一个节点"),
                Map.entry("role-unpaired", "设了 role {role}，却没有节点的 role 为 {other}：两者须同时设置或都不设"),
                // questions.csv
                Map.entry("source-unknown", "source 为“{value}”，不是 firm、region 或 expert：请填其一"),
                Map.entry("scale-unknown", "量表“{scale}”不存在：请用 number、percent、yesno 或 {scales} 中定义的量表"),
                Map.entry("scale-unknown-no-scales", "量表“{scale}”不存在：请用 number、percent、yesno，或在 scales.csv "
                        + "中定义此量表（目前没有 scales.csv）"),
                Map.entry("multi-needs-scale", "多选题（select 为 multi）须用 scales.csv 中列出选项的量表（value 为选项序号，"
                        + "label 为选项文字），不能用“{scale}”"),
                Map.entry("multi-scale-negative", "量表“{scale}”含有值 {value}：多选题的选项序号为 1、2、…（0 表示“以上都不是”），"
                        + "不能为负"),
                Map.entry("select-unknown", "select 为“{value}”，既不是 single 也不是 multi：普通题目请留空"),
                Map.entry("option-not-yesno", "option（“{value}”）只用于 yesno 题（代表多选题某一选项的是/否题）：请留空"),
                Map.entry("transform-unknown", "transform 为“{value}”，不是 log：不做变换请留空"),
                Map.entry("transform-log-kind", "transform log 只用于 number 和 percent 题：此处请留空"),
                Map.entry("goalposts-kind", "min/max 只用于 number、percent 题和多选题：此处请留空"),
                Map.entry("goalposts-half", "只有 {given}，没有 {missing}：min 和 max 须同时填写或同时留空"),
                Map.entry("goalpost-not-number", "{bound} 为“{value}”，不是数字：请填写数字"),
                Map.entry("goalposts-order", "min（{min}）不小于 max（{max}）：min 须小于 max"),
                Map.entry("multi-goalposts-negative", "多选题的 min/max 是所选选项的个数：须不小于 0"),
                Map.entry("log-goalposts-negative", "transform 为 log 时 min/max 须不小于 0（负数答案无效）"),
                // scales.csv
                Map.entry("scale-name-blank", "量表名为空：请填写此行所属量表的名称"),
                Map.entry("scale-built-in", "量表“{scale}”与内置量表同名：请另取一个名称"),
                Map.entry("scale-value-not-integer", "量表“{scale}”的值“{value}”不是整数：量表值须为整数，如 1 至 5"),
                Map.entry("scale-label-blank", "label 为空：请写出值 {value} 对应的答案文字"),
                Map.entry("scale-label-twice", "量表“{scale}”的标签“{label}”在此对应 {value}，在第 {line} 行却对应 {before}："
                        + "一个标签只能对应一个值"),
                Map.entry("scale-single-value", "量表“{scale}”只有一个值：量表至少须有两个值"),
                // meta.csv, missing.csv, unit.csv
                Map.entry("meta-role-unknown", "角色“{role}”不存在：可用的角色为 {roles}"),
                Map.entry("missing-blank", "答案为空：请写出表示缺失的答案（如 -1 或 不知道），或删去此行"),
                Map.entry("missing-twice", "答案“{answer}”声明了两次（首次在第 {first} 行）：只保留一行"),
                Map.entry("missing-is-label", "答案“{answer}”是量表 {scale} 的标签（值为 {value}）：声明为缺失会掩盖真实作答，"
                        + "请从 missing.csv 或量表中删去"),
                Map.entry("missing-is-value", "答案“{answer}”是量表 {scale} 的值：声明为缺失会掩盖真实作答，请从 missing.csv "
                        + "或量表中删去"),
                Map.entry("missing-is-yesno", "答案“{answer}”是是/否题的答案（指标体系有 yesno 题）：声明为缺失会掩盖真实作答，"
                        + "请从 missing.csv 中删去"),
                Map.entry("unit-rows", "unit_zh,unit_en 下须恰好一行（如 学校,school），现有 {rows} 行"),
                Map.entry("unit-blank", "unit_zh 和 unit_en 须都填写（如 学校,school）"),
                // regions.csv, cities.csv
                Map.entry("region-name-blank", "name_zh 为空：每个地区都须有中文名称"),
                Map.entry("region-name-twice", "“{name}”也是第 {other} 行地区的名称：一个名称只能指一个地区"),
                Map.entry("city-name-twice", "“{name}”也是第 {other} 行城市的名称：一个名称只能指一个城市"),
                Map.entry("city-blank", "每个城市都须填写 code 和 name_zh：请补上，或删去此行"),
                Map.entry("city-unknown-province", "城市“{city}”的省份“{province}”不在地区表中：请填写 regions.csv 中某一行的"
                        + "代码或名称"),
                // AHP matrices (ahp/PARENT.csv, ahp/PARENT/EXPERT.csv, sheets ahp_PARENT[@EXPERT])
                Map.entry("ahp-not-a-node", "“{parent}”不是 framework.csv 中的节点：每个判断矩阵须以其所比较子项的上级节点命名"),
                Map.entry("ahp-not-square", "矩阵有 {rows} 行、{columns} 列：须为方阵，每个子项一行"),
                Map.entry("ahp-row-order", "此行为“{row}”，此处应为“{expected}”：请按列的顺序排列各行"),
                Map.entry("ahp-extra-entries", "本行的值多于表头的 {columns} 列：请删去多余的值"),
                Map.entry("ahp-not-number", "{row} 对 {column} 的比较值“{entry}”不是正数：请写 3、1/3 或 0.5 这样的数"),
                Map.entry("ahp-off-scale", "{row} 对 {column} 的比较值“{entry}”超出 Saaty 1–9 标度：请用 1 至 9 或 1/2 至 1/9"),
                Map.entry("ahp-diagonal", "对角线上的 {code}/{code} 为 {value}：须为 1"),
                Map.entry("ahp-not-reciprocal", "{a}/{b} = {ab}，而 {b}/{a} = {ba}：两者之积须为 1（如 3 与 1/3）"),
                Map.entry("ahp-blank-column", "表头有空白的列代码：表头须列出各子项的代码"),
                Map.entry("ahp-child-twice", "子项“{child}”在表头出现了两次：只保留一列"),
                Map.entry("ahp-not-a-child", "“{child}”不是 {parent} 的子项：请删去此列，或改为 {parent} 的子项代码"),
                Map.entry("ahp-children-missing", "矩阵缺少 {parent} 的子项 {missing}：矩阵须比较其全部子项"),
                Map.entry("ahp-file-and-folder", "ahp/{parent}.csv 和专家矩阵文件夹 ahp/{parent}/ 同时存在：只保留一个"
                        + "（多位专家用文件夹，一个矩阵用文件）"),
                Map.entry("ahp-folder-empty", "文件夹中没有矩阵：请为每位专家放一个 专家名.csv，或删去此文件夹"),
                Map.entry("ahp-expert-unnamed", "专家矩阵须有名字：请以专家命名文件，如 expert1.csv"),
                Map.entry("ahp-sheet-unnamed-expert", "专家矩阵须在“@”后写明专家名（ahp_上级代码@专家名）"),
                // warnings (framework check; the framework is not refused)
                Map.entry("text-empty", "{column} 为空：请按问卷原文填写题目（该语言的报告会改用另一种语言的题目文字）"),
                Map.entry("text-separator", "{column} 含有“{separator}”，子题表头按它拆分：表头“题干{separator}X”会对应到"
                        + "文字为 X 的题目"),
                Map.entry("scale-gaps", "量表 {scale} 的值不连续：{values}（从 {first} 到 {last}；是否漏了某个值？）"),
                Map.entry("meta-no-aliases", "角色 {role} 没有别名（无法识别它对应的列）：请在 meta.csv 中为它填写表头别名"),
                Map.entry("ahp-sheet-both", "工作簿中同时有单个矩阵 ahp_{parent} 和专家矩阵 ahp_{parent}@专家名：只保留一种"));
    }
}
