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

    /**
     * SPEC §4.5a: a grade name with the lag type beside it — {@code 勉强协调·A滞后型} / {@code barely coordinated,
     * A lags}, {@code …·同步型} / {@code …, synchronous} — naming the lagging subsystem by {@code code1} or
     * {@code code2}; the bare grade name without a lag type, "" without a grade.
     */
    public String coupling(int grade, org.ecoscore.score.Lag lag, String code1, String code2) {
        String g = grade(grade);
        if (g.isEmpty() || lag == null) return g;
        return switch (lag) {
            case SUBSYSTEM1 -> format("lag.sub", g, code1);
            case SUBSYSTEM2 -> format("lag.sub", g, code2);
            case SYNCHRONOUS -> format("lag.sync", g);
        };
    }

    /**
     * An {@link org.ecoscore.score.OutlierTreatmentRecord#treatment()} in words: {@code winsorised k},
     * {@code log}, {@code untreated: negative values}; anything else as given.
     */
    public String treatment(String t) {
        if (t.startsWith("winsorised ")) {
            String k = t.substring("winsorised ".length());
            return english ? "winsorised (" + k + " points)" : "缩尾（" + k + " 个值）";
        }
        if (t.equals("log")) return english ? "log: ln(1 + x)" : "对数变换 ln(1 + x)";
        if (t.startsWith("untreated")) return english ? "untreated: negative values" : "未处理：存在负值";
        return t;
    }

    /** A word with {@code %d} placeholders filled in. */
    public String format(String key, Object... args) {
        return String.format(java.util.Locale.ROOT, get(key), args);
    }

    /** A number from 1 to 10 in words ({@code 五} / {@code five}), else in digits. */
    public String small(int n) {
        String[] words = get("smallNumbers").split("\\|");
        return n >= 1 && n <= words.length ? words[n - 1] : Integer.toString(n);
    }

    /**
     * A count for a {@code %s} of a console template: in English the number with its noun in the right number
     * ({@code 1 error}, {@code 3 errors}, {@code 1,234 rows}; {@code noun.KEY} holds {@code singular|plural}),
     * in Chinese the bare number (the template holds the measure word: {@code 错误 %s 个}).
     */
    public String counted(long n, String noun) {
        if (!english) return Long.toString(n);
        String[] forms = get("noun." + noun).split("\\|", 2);
        return String.format(java.util.Locale.ROOT, "%,d ", n) + (n == 1 || forms.length == 1 ? forms[0] : forms[1]);
    }

    /** A severity, exclusion reason or flag code in words (the code itself when unknown). */
    /** What to do about an issue of this code, in the report language; "" for a code without advice. */
    public String todo(String code) {
        return WORDS.containsKey("todo." + code) ? get("todo." + code) : "";
    }

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
            {"col.province", "省份", "Province"},
            {"col.community", "创新群落", "Community"}, {"col.industry", "行业", "Industry"}, {"col.size", "规模", "Size"},
            {"col.file", "文件", "File"}, {"col.row", "行号", "Row"}, {"col.sheet", "工作表", "Sheet"},
            {"col.column", "列", "Column"}, {"col.code", "代码", "Code"}, {"col.severity", "严重程度", "Severity"},
            {"col.message", "说明", "Message"}, {"col.level", "层级", "Level"}, {"col.parent", "上级", "Parent"},
            {"col.couplingC", "耦合度 C", "Coupling C"}, {"col.couplingT", "综合发展指数 T", "Development T"},
            {"col.couplingD", "耦合协调度 D", "Coordination D"}, {"col.grade", "协调等级", "Grade"},
            {"col.gradeName", "等级名称", "Grade name"}, {"col.rank", "排名", "Rank"}, {"col.flags", "标记", "Flags"},
            {"col.firms", "企业数", "Firms"}, {"col.regionResponse", "地区问卷", "Region questionnaire"},
            {"col.ciLow", "指数95%置信下限", "Index 95% CI low"}, {"col.ciHigh", "指数95%置信上限", "Index 95% CI high"},
            {"col.question", "题目", "Question"}, {"col.n", "有效数", "n"}, {"col.missing", "缺失", "Missing"},
            {"col.invalid", "无效", "Invalid"},
            {"col.declaredMissing", "声明缺失", "Declared missing"}, {"col.meanRaw", "原始均值", "Raw mean"},
            {"col.sdRaw", "原始标准差", "Raw SD"}, {"col.meanScore", "平均得分", "Mean score"},
            {"col.mean", "均值", "Mean"}, {"col.sd", "标准差", "SD"}, {"col.node", "节点", "Node"},
            {"col.items", "题目", "Items"}, {"col.cases", "完整个案", "Complete cases"},
            {"col.alpha", "克隆巴赫 α", "Cronbach's α"}, {"col.localWeight", "局部权重", "Local weight"},
            {"col.effectiveWeight", "综合权重", "Effective weight"}, {"col.matrixSize", "阶数", "n"},
            {"col.lambdaMax", "λmax", "λmax"}, {"col.ci", "CI", "CI"}, {"col.cr", "CR", "CR"},
            {"col.consistent", "一致性检验", "Consistency"}, {"col.expert", "专家", "Expert"},
            {"col.inAggregate", "计入集结", "In aggregate"}, {"ahpAggregate", "集结（几何平均）", "aggregate (geometric mean)"},
            {"ahpLeftOut", "剔除（CR 超过 --ahp-max-cr）", "left out (CR above --ahp-max-cr)"},
            {"ahpNoAggregate", "全部专家被剔除，沿用框架权重", "every expert left out; framework weights kept"},
            {"ahpWeightsOf", "各专家的层次分析法权重：", "AHP weights by expert: "}, {"col.sha256", "SHA-256", "SHA-256"},
            {"col.layout", "版式", "Layout"}, {"col.rowsRead", "读取行数", "Rows read"},
            {"col.scored", "计分", "Scored"}, {"col.excluded", "剔除", "Excluded"}, {"col.error", "错误", "Error"},
            {"col.option", "选项", "Option"}, {"col.value", "取值", "Value"}, {"col.item", "项目", "Item"},
            {"col.national", "全国均值（地区平均）", "National mean (of regions)"},
            {"col.nationalFirms", "全国均值（企业平均）", "National mean (of firms)"}, {"col.index", "综合指数", "Index"},
            {"col.difference", "差值", "Difference"}, {"col.regionScore", "本地区", "This region"},
            {"col.nCi", "n（企业数）", "n (firms)"},
            {"note.leadingSolid", "与要点一致，只列出企业不少于 5 家的 %1$d 个地区；名次为全部 %2$d 个地区中的名次，"
                    + "企业少于 5 家的 %3$d 个地区见“地区得分”工作表。",
                    "As in the highlights, only the %1$d regions resting on 5 or more firms are listed; ranks are among "
                    + "all %2$d regions; regions on fewer firms (%3$d) are on the Regions sheet."},
            {"trend.fewFirms", "灰色斜体：该年该地区的指数仅基于少于 5 家企业，排名不稳定，请谨慎解读。",
                "Grey italic: that year the region's index rests on fewer than 5 firms; its rank is unstable, read "
                    + "it with caution."},
            {"note.fewFirms", "灰色斜体：该地区的指数仅基于少于 5 家企业，排名与置信区间不稳定，请谨慎解读。",
                "Grey italic: the region's index rests on fewer than 5 firms; its rank and CI are unstable, read "
                    + "them with caution."},
            {"note.ciClipped", "置信区间已截取到得分范围 [0, 100]（仅此处显示如此；groups.csv 保留未截取的 t 区间）。",
                "CI clipped to the score range [0, 100] (display only; groups.csv keeps the unclipped t interval)."},
            {"method.ci", "地区指数的 95% 置信区间：按 t 分布计算（见公式 12），企业少时可能超出 0–100；地区表与地区概况中"
                + "显示的区间截取到 [0, 100] 并注明，groups.csv 保留精确值。企业数 n < 5 的地区以灰色斜体标出。",
                "Regions' 95% CI of the index: computed by the t distribution (formula 12), it can pass 0–100 when "
                    + "there are few firms; the Regions sheet and region profiles show it clipped to [0, 100] with a "
                    + "note, groups.csv keeps the exact values. Regions with n < 5 firms are shown in grey italic."},
            {"builtIn", "内置默认指标体系", "built-in default framework"}, {"auto", "自动", "automatic"},
            // ecoscore trend (SPEC §7)
            {"sheet.trend", "趋势", "Trend"}, {"sheet.trendChart", "趋势图", "Trend chart"},
            {"sheet.heatmap", "热力图", "Heat map"},
            {"trend.title", "综合指数的逐年变化", "The index year by year"},
            {"trend.note", "各年按同一标尺计分（%s），分数可逐年比较。变化 = 末年 − 首年；年均增长率 = (末年/首年)^(1/(末年 − 首年)) − 1，"
                + "首年或末年缺分、首年 ≤ 0 时留空。按末年指数排序。",
                "Every year is scored with one yardstick (%s), so the scores compare across years. Change = last − "
                    + "first year; CAGR = (last/first)^(1/(last year − first year)) − 1, blank when either year has no "
                    + "score or the first is ≤ 0. Sorted by the last year's index."},
            {"trend.index", "%d 指数", "%d index"}, {"trend.rank", "%d 排名", "%d rank"},
            {"trend.n", "%d 企业数", "%d firms (n)"},
            {"trend.change", "变化（%d→%d）", "Change %d→%d"}, {"trend.cagr", "年均增长率", "CAGR"},
            {"trend.national", "全国均值（地区平均）", "National mean (of regions)"},
            {"trend.chartNote", "图中是末年综合指数最高的 %d 个地区（共 %d 个）与全国均值；每个地区每年的得分见“趋势”表和热力图。",
                "The chart draws the %d regions with the highest index in the last year (of %d) and the national mean;"
                    + " every region's score in every year is on the Trend sheet and the heat map."},
            {"trend.chartTitle", "综合指数：全国均值与末年前 %d 名地区", "Index: national mean and the top %d regions in the last year"},
            {"trend.year", "年份", "Year"},
            {"trend.heatNote", "每块为一个节点：行 = 地区，列 = 年份，颜色在整块内由低（红）到高（绿）。",
                "One block per node: rows = regions, columns = years; the colour runs from low (red) to high (green) "
                    + "over the whole block."},
            {"trend.yardstick", "标尺", "Yardstick"},
            {"trend.yardstick.pooled", "合并标尺：各题的上下界取自全部年份的回答，数据驱动的权重（熵值法）按全部“单位-年”合并计算",
                "pooled: each question's bounds over all years' answers; data-driven (entropy) weights over all "
                    + "unit-years pooled"},
            {"trend.yardstick.base-year", "基准年标尺：各年均采用第一年的上下界与数据驱动的权重（与 --baseline 相同）",
                "base-year: every year takes the first year's bounds and data-driven weights (as --baseline does)"},
            // the same without data-driven weights (--weights framework or ahp): the weights are the same every year
            {"trend.yardstick.pooled.fixed", "合并标尺：各题的上下界取自全部年份的回答；权重为%s，各年相同",
                "pooled: each question's bounds over all years' answers; weights: %s, the same every year"},
            {"trend.yardstick.base-year.fixed", "基准年标尺：各年均采用第一年的上下界（与 --baseline 相同）；权重为%s，各年相同",
                "base-year: every year takes the first year's bounds (as --baseline does); weights: %s, the same "
                    + "every year"},
            {"trend.weights.framework", "框架权重（--weights framework）", "the framework's (--weights framework)"},
            {"trend.weights.ahp", "层次分析法权重（--weights ahp）", "AHP (--weights ahp)"},
            {"trend.weights.equal", "等权（--weights equal）", "equal (--weights equal)"},
            {"trend.yardstickName.pooled", "合并（pooled）", "pooled"},
            {"trend.yardstickName.base-year", "基准年（base-year）", "base-year"},
            {"trend.years", "年份", "Years"}, {"trend.inputs", "各年输入文件", "Inputs by year"},
            {"trend.bounds", "标尺的上下界（数值题）", "The yardstick's bounds (number questions)"},
            {"trend.weights", "标尺的权重（数据驱动）", "The yardstick's weights (data-driven)"},
            {"trend.clamped", "超出界限（截断）的回答", "Answers beyond the bounds (clamped)"},
            {"trend.options", "选项", "Options"},
            {"trend.console.head", "趋势：%d 个年份，标尺 %s", "Trend: %d years, yardstick %s"},
            {"trend.console.year", "  %d 年：计分企业 %s 家（剔除 %d），地区 %s 个；数据问题：错误 %s 个，警告 %s 个，提示 %s 个",
                "  %d: %s scored (%d excluded), %s; issues: %s, %s, %s"},
            {"trend.console.report", "趋势工作簿：%s", "Trend workbook: %s"},
            {"trend.console.csv", "CSV 表：%s", "CSV tables: %s"},
            {"method.commandLine", "等效命令行", "Equivalent command line"},
            {"reverseScored", " (反向计分)", " (reverse-scored)"},
            // words
            {"yes", "是", "yes"}, {"no", "否", "no"}, {"level.firm", "企业", "firm"}, {"level.region", "地区", "region"}, {"level.expert", "专家", "expert"},
            {"pass", "通过", "passed"}, {"fail", "未通过", "failed"}, {"none", "无", "none"},
            {"code.error", "错误", "error"}, {"code.warning", "警告", "warning"}, {"code.info", "提示", "info"},
            {"code.duplicate-id", "重复标识", "duplicate id"}, {"code.duplicate-name", "同名且无标识", "same name, no id"}, {"code.low-coverage", "答题率不足", "low coverage"},
            {"code.speeder", "作答过快", "speeder"}, {"code.straight-lining", "直线作答", "straight-lining"},
            {"code.unchecked-duration", "作答时长无法检查", "duration not checked"},
            {"code.low-reliability", "信度偏低", "low reliability"},
            {"code.invalid-value", "无效答案", "invalid answer"}, {"code.missing-id", "缺少标识", "missing id"},
            {"code.invalid-credit-code", "信用代码校验失败", "invalid credit code"},
            {"code.mangled-id", "标识被Excel改写", "id mangled by Excel"},
            {"code.skip-file-unused", "--skip-file 未匹配任何文件", "--skip-file matched nothing"},
            {"code.id-normalised", "信用代码改为标准写法", "credit code in standard form"},
            {"code.unknown-region", "未知地区", "unknown region"}, {"code.region-number", "地区为选项序号", "region is a number"}, {"code.missing-region", "缺少地区", "missing region"},
            {"code.no-city", "缺少城市", "no city"},
            {"code.unmapped-column", "未识别的列", "unmapped column"}, {"code.unmapped-row", "未识别的行", "unmapped row"},
            {"code.unreadable-file", "文件无法读取", "unreadable file"}, {"code.skipped-file", "跳过的文件", "skipped file"},
            {"code.ahp-inconsistent", "AHP判断矩阵不一致", "inconsistent AHP matrix"},
            {"code.ahp-expert-excluded", "AHP专家被剔除", "AHP expert left out"},
            {"code.ahp-no-expert", "AHP无可用专家", "no AHP expert left"},
            {"code.baseline-weights-differ", "权重方法与基期不同", "weighting differs from the baseline's"},
            {"code.baseline-unchanged", "基线与本次数据相同", "baseline is this same batch"},
            {"code.group-number", "分组列为选项序号", "grouping is option numbers"},
            {"code.missing-id-column", "缺少标识列", "no id column"},
            {"code.missing-region-column", "缺少地区列", "no region column"},
            {"code.region-from-ip", "地区取自IP属地", "region from the IP location"},
            {"code.mixed-encoding", "混合编码", "mixed encodings"},
            {"code.near-miss-column", "表头与题目相近", "header close to a question"},
            {"code.duplicate-column", "多列对应同一题", "question in several columns"},
            {"code.no-answer-rows", "文件无答卷", "no answer rows"},
            {"code.damaged-cell", "单元格已损坏", "damaged cell"},
            {"code.missing-option-column", "缺少选项列", "option column missing"},
            {"code.no-case", "未填案例", "no case"}, {"code.no-rater", "未填专家", "no rater"},
            {"code.unknown-case", "案例不在列表中", "case not in the list"},
            {"code.missing-case-column", "缺少案例列", "case column missing"},
            {"code.missing-rater-column", "缺少专家列", "rater column missing"},
            {"col.whatToDo", "处理建议", "What to do"},
            {"todo.invalid-value", "该单元格的答案无法识别，按缺失处理：请按选项填写（或留空）后重新运行。",
                "The answer could not be read and counts as missing: write one of the options (or leave it blank) and run again."},
            {"todo.missing-id", "缺少统一社会信用代码，以“文件#行号”代替，重复提交只能按企业名称识别：请补填。",
                "No id: the row is known as FILE#ROW and a double submission is found only by the firm's name; fill in the credit code."},
            {"todo.invalid-credit-code", "统一社会信用代码校验位不符（仍计分）：请核对是否抄错。",
                "The credit code fails its check character (still scored): check it for a typing error."},
            {"todo.id-normalised", "信用代码以全角或小写字符录入，已按标准写法计分：无需处理；如需在其他系统中核对，请用标准写法。",
                "The credit code was typed in full-width or lower-case characters and is scored in its standard form: nothing to do."},
            {"todo.mangled-id", "代码被Excel改成了科学计数法，末尾数字已丢失：请将该列设为文本格式后重新录入。",
                "Excel turned the id into scientific notation and lost its last digits: format the column as text and re-enter it."},
            {"todo.duplicate-id", "同一代码多次提交，只保留一份（见 --duplicates）：如非重复请更正代码。",
                "The same id was submitted more than once and only one copy is kept (see --duplicates): correct the id if they are different firms."},
            {"todo.duplicate-name", "没有标识的一行与另一行企业名称相同：答案完全相同的视为重复提交并剔除，答案不同的两行都计分：请删除多余的一份，或为各行填写统一社会信用代码。",
                "A row without an id has the same firm name as another row: an identical copy is taken for a second submission and excluded, rows whose answers differ are both scored: delete the extra copy, or fill in the credit codes."},
            {"todo.low-coverage", "答题率低于阈值，该行未计分：请补全问卷或调整 --min-coverage。",
                "Too few questions answered, so the row is not scored: complete the questionnaire or change --min-coverage."},
            {"todo.speeder", "作答时间过短，请核实答卷质量（--exclude-flagged 可剔除）。",
                "Answered very fast: check the response (--exclude-flagged excludes such rows)."},
            {"todo.unchecked-duration", "这些行没有可读的作答时长，--min-duration 无法检查是否作答过快：请补填作答时长，如该列可不填则无需处理。",
                "These rows have no readable duration, so --min-duration could not check them for speed: fill in the durations, or ignore this if they are optional."},
            {"todo.straight-lining", "量表题答案全部相同，请核实答卷质量。",
                "Every scale answer is the same: check the response."},
            {"todo.unknown-region", "地区名称不在地区字典中，按原文单独成组：请改为标准省级名称或代码。",
                "The region is not in the dictionary and stands as a region of its own: write a standard province name or code."},
            {"todo.no-city", "按城市计分时该行只写了省份：请补填所在城市，或改用 --region-level province。",
                "Scoring by city, but the row names only a province: add its city, or use --region-level province."},
            {"todo.region-number", "地区列是选项序号（按序号导出）：请按文本导出答卷，或填写地区名称。",
                "The region column holds option numbers (a 按序号 export): export by text, or write the region's name."},
            {"todo.missing-region", "未填所在地区，该企业不计入任何地区：请补填。",
                "No region given, so the firm is in no region: fill it in."},
            {"todo.unmapped-column", "该列与指标体系的题目不对应，已忽略：如属题目，请核对表头。",
                "The column matches no question and is ignored: if it is a question, check its header."},
            {"todo.unmapped-row", "表单中该行与任何题目都不对应：请核对题号。",
                "The form row matches no question: check its question number."},
            {"todo.unreadable-file", "文件无法读取，其余文件照常计分：按说明修复后重新运行；不是问卷的文件（说明、汇总表）可用 --skip-file 文件名 跳过。",
                "The file could not be read; the others are scored: fix it as the message says and run again; a file that is"
                    + " no questionnaire (a codebook, a summary) can be passed over with --skip-file NAME."},
            {"todo.skipped-file", "未读取：不是问卷文件、是 ecoscore 的报告，或与 --skip-file 相符（见说明）；如果它是问卷，请另存为 .xlsx 或 .csv，或收窄 --skip-file 的模式。",
                "Not read: not a questionnaire file, an ecoscore report, or a file matching --skip-file (the message says which); if it is a questionnaire, save it as .xlsx or .csv, or narrow the --skip-file pattern."},
            {"todo.skip-file-unused", "该 --skip-file 模式未跳过任何文件，所有文件均已读取：请对照文件名更正模式后重新运行。",
                "The --skip-file pattern passed over no file, so every file was read: correct the pattern against the file names and run again."},
            {"todo.missing-id-column", "文件缺少统一社会信用代码列（可能表头有错字）：请更正表头；平台的答卷编号（编号、序号）编的是答卷而不是企业，请改为在问卷中收集统一社会信用代码。",
                "The file has no id column (perhaps a misspelt header): correct the header; a platform's respondent number (编号, 序号) numbers submissions, not firms — ask for the credit code in the survey instead."},
            {"todo.missing-region-column", "文件缺少所在地区列（可能表头有错字）：请更正表头。",
                "The file has no region column (perhaps a misspelt header): correct the header."},
            {"todo.region-from-ip", "各行（或地区回答为空的行）按提交答卷的 IP 属地（如 地理位置省）归入地区，未必是企业所在地：请补填地区回答；文件没有地区列时，请在问卷中加一道地区题或在文件中加一列所在地区；地区题表头有错字时，请更正表头。",
                "The rows (or those whose region answer is blank) are placed by the IP location their answers were sent from (such as 地理位置省), which need not be where the firm is: fill in the region answers; if the file has no region column, add a region question to the survey or a region column to the file; if the region question's header is misspelt, correct it."},
            {"todo.mixed-encoding", "文件混用了两种编码，部分行会乱码：请整体另存为 UTF-8 CSV。",
                "The file mixes two encodings and some lines come out garbled: save it all as CSV UTF-8."},
            {"todo.near-miss-column", "该列表头与某题目相近但不完全一致，已忽略（不会自动对应）：如属该题，请更正表头或在 questions.csv 中加入消息所引的别名（含题号、不含题型标注）。",
                "The header is close to a question's text but not equal, so the column is ignored (never mapped on a guess): if it is that question, correct the header or add the alias the message quotes (with its question number, without type tags) in questions.csv."},
            {"todo.duplicate-column", "同一题对应多列（如腾讯问卷级联题）：每行取第一个有效答案；如为不同题目，请修改表头。",
                "Several columns match one question (e.g. a Tencent cascading select): each row takes the first valid answer; if they are different questions, rename the headers."},
            {"todo.no-answer-rows", "文件只有表头、没有答卷行：请重新导出答卷数据。",
                "The file has a header but no answer rows: export the responses again."},
            {"todo.damaged-cell", "该单元格含有无法识别的字节或空字符（文件在此处损坏）：请对照原始答卷更正，或重新导出文件。",
                "The cell holds undecodable bytes or NUL characters (the file is damaged here): check it against the original answers or export the file again."},
            {"todo.missing-option-column", "该是非题代表多选题的一个选项，但导出文件中没有该选项的列，本文件不读取该题：请在 questions.csv 的 option 中按列标题的写法填写选项（如 第8题(X) 中的选项文字，或 Q8_1 中的序号）。",
                "The yes/no question stands for one option of a multi-select question, but the export has no column for that option, so the question is not read from this file: write option in questions.csv as the column headers write it (the option's label as in 第8题(X), or its number as in Q8_1)."},
            {"todo.no-case", "该专家评分行没有案例，已排除：请填写专家所评价的案例。",
                "The expert row names no case and is excluded: fill in the case the expert rated."},
            {"todo.no-rater", "该专家评分行没有专家，已排除：请填写评分的专家（姓名或编号）。",
                "The expert row names no rater and is excluded: fill in who rated the case (a name or a code)."},
            {"todo.unknown-case", "案例不在指标框架的案例列表中，该行已排除：请填写列表中的案例，或将其加入 scales.csv 的 cases 量表。",
                "The case is not in the framework's case list, so the row is excluded: write a listed case, or add it to the cases scale of scales.csv."},
            {"todo.missing-case-column", "专家评分文件没有案例列，所有行都被排除：请用 meta.csv 中 case 的别名（如 案例）作表头。",
                "The panel file has no case column, so every row is excluded: head the column with a case alias of meta.csv (e.g. Case)."},
            {"todo.missing-rater-column", "专家评分文件没有专家列，所有行都被排除：请添加专家列（表头用 meta.csv 中 rater 的别名，如 专家）。",
                "The panel file has no rater column, so every row is excluded: add a column headed with a rater alias of meta.csv (e.g. Rater)."},
            {"todo.ahp-inconsistent", "AHP判断矩阵一致性比率 CR > 0.1：请修订两两比较。",
                "The AHP matrix is inconsistent (CR > 0.1): revise the pairwise comparisons."},
            {"todo.ahp-expert-excluded", "该专家的判断矩阵 CR 超过 --ahp-max-cr，未计入集结：请该专家修订，或放宽阈值。",
                "The expert's matrix has CR above --ahp-max-cr and is left out of the aggregate: ask the expert to revise it, or raise the threshold."},
            {"todo.group-number", "行业、规模或群落列是选项序号（按序号导出）：请按文本导出答卷，或填写名称。",
                "An industry, size or community column holds option numbers (a 按序号 export): export by text, or write the names."},
            {"todo.baseline-unchanged", "给 --baseline 指定往年的报告或 CSV 文件夹：与同一批数据相比，变化全部为零。",
                "Give --baseline an earlier year's report or CSV folder: against this same batch every change is zero."},
            {"todo.baseline-weights-differ", "本次沿用基期的权重以保证可比：若要本年自己的数据驱动权重，请加 --yardstick current（此时变化同时反映作答与权重）。",
                "This run keeps the baseline's weights so that the years compare: for this year's own data-driven weights add --yardstick current (the changes then mix answers and weights)."},
            {"todo.ahp-no-expert", "该节点所有专家均被剔除，沿用框架权重：请修订判断矩阵或放宽 --ahp-max-cr。",
                "Every expert of this node was left out, so it keeps its framework weights: revise the matrices or raise --ahp-max-cr."},
            {"todo.low-reliability", "该维度的题目内部一致性偏低（α < 0.7）：请审视题目。",
                "The items of this node hang together poorly (α < 0.7): review the questions."},
            // console (cli): the run summary, validate's table, messages on stderr
            {"console.localeHint", "（LANG 要求中文，但本机没有中文 locale，控制台因此用英文：请加 --lang zh，"
                + "见 TROUBLESHOOTING.md“The console is in English although LANG=zh_CN.UTF-8”一节）",
                "ecoscore: LANG asks for Chinese but this machine has no Chinese locale, so the console is in English;"
                    + " add --lang zh (TROUBLESHOOTING.md, \"The console is in English although LANG=zh_CN.UTF-8\")"},
            {"console.filesRead", "读取文件：%d 个", "Files read: %d"},
            {"console.filesSomeUnreadable", "文件 %d 个：读取 %d 个，%d 个无法读取", "Files: %d (%d read, %d unreadable)"},
            {"noun.error", "", "error|errors"}, {"noun.warning", "", "warning|warnings"}, {"noun.note", "", "note|notes"},
            {"noun.row", "", "row|rows"}, {"noun.inputFile", "", "input file|input files"},
            {"noun.rater", "", "rater|raters"}, {"noun.case", "", "case|cases"}, {"noun.node", "", "node|nodes"},
            {"noun.question", "", "question|questions"}, {"noun.column", "", "column|columns"},
            {"noun.firm", "", "firm|firms"}, {"noun.region", "", "region|regions"},
            {"noun.firmResponse", "", "firm response|firm responses"},
            {"console.unreadable", "  无法读取：", "  unreadable: "}, {"console.sep", "：", ": "},
            {"console.level.firm", "企业问卷", "Firms"}, {"console.level.region", "地区问卷", "Region questionnaires"},
            {"console.level.expert", "专家评分", "Expert ratings"},
            {"console.panel", "专家组：%s 位专家 × %s 个案例；总分的 Kendall W = %s（p = %s）；一致性明显偏低的专家 %s 位",
                    "Expert panel: %s × %s; Kendall's W of the overall score %s (p %s); %s "
                            + "agreeing clearly less than the others"},
            {"console.panelFewRaters", "专家组：%s 位专家 × %s 个案例；总分的 Kendall W = %s（p = %s）；"
                    + "标记一致性偏低的专家至少需要 3 位对每个案例都评分的专家（现有 %d 位），未做标记",
                    "Expert panel: %s × %s; Kendall's W of the overall score %s (p %s); flagging a rater "
                            + "who agrees less needs at least 3 raters who rated every case (there are %d), none flagged"},
            {"agreement.reading", "如何解读：ICC < 0.5 差，0.5–0.75 中等，0.75–0.9 良好，> 0.9 优秀（Koo & Li 2016）；"
                    + "Kendall W 约 0.1 很弱、0.3 弱、0.5 中等、0.7 强、0.9 很强（Schmidt 1997）。案例少时 W 的 p 值不稳，"
                    + "ICC(2,k) 反映专家组平均分的可靠性，ICC(2,1) 反映单个专家。",
                    "How to read: ICC < 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, > 0.9 excellent (Koo & Li 2016); "
                            + "Kendall's W about 0.1 very weak, 0.3 weak, 0.5 moderate, 0.7 strong, 0.9 very strong "
                            + "(Schmidt 1997). With few cases W's p is unstable; ICC(2,k) is the reliability of the "
                            + "panel's mean, ICC(2,1) that of one rater."},
            {"agreement.withoutFlagged", "总分的 Kendall W（含被标记的专家）= %s；去掉被标记的 %d 位专家后 W = %s。",
                    "Kendall's W of the overall score (flagged raters included) = %s; without the %d flagged rater(s) W = %s."},
            {"agreement.fewRaters", "标记一致性偏低的专家至少需要 3 位对每个案例都评分的专家（现有 %d 位），未做标记。",
                    "Flagging a rater who agrees less needs at least 3 raters who rated every case (there are %d); no rater is flagged."},
            {"console.rows", "：读取 %s 行，计分 %s 行", ": %s read, %s scored"},
            {"console.excluded", "，剔除 %s 行（", ", %s excluded ("}, {"console.excludedEnd", "）", ")"},
            {"console.speed", "  作答速度检查（--min-duration %s 秒）：作答过快 %s 行，%s；没有可读作答时长、未能检查 %s 行",
                "  speed check (--min-duration %s s): %s faster, %s; %s without a readable duration, not checked"},
            {"console.speedScored", "已标记（仍计分）", "flagged (still scored)"},
            {"console.speedExcluded", "已标记并剔除", "flagged and excluded"},
            {"console.listSep", "，", ", "},
            {"console.regionsScored", "计分地区：%d 个", "Regions scored: %d"},
            {"console.regionsIndexed", "计分地区：%d 个（%d 个有综合指数；%d 个没有：没有计分企业或答案不足，见地区得分工作表）",
                "Regions scored: %d (%d with an index; %d without: no scored firm, or too few answers — see the Regions"
                    + " sheet)"},
            {"console.topRegions", "排名前列的地区：", "Top regions: "},
            {"console.topRegionsSolid", "排名前列的地区（企业不少于 5 家的 %d 个地区中；名次为全部 %d 个地区中的名次）：",
                    "Top regions (of the %d resting on 5 or more firms; ranks among all %d): "},
            {"console.topRegionsFew", "（%2$d 个地区中有 %1$d 个企业少于 5 家，排名不稳定，请谨慎解读）",
                    " (%1$d of the %2$d ranked regions rest on fewer than 5 firms: read the ranking with caution)"},
            {"console.topRegionsFewOne", "（%2$d 个地区中有 %1$d 个企业少于 5 家，排名不稳定，请谨慎解读）",
                    " (%1$d of the %2$d ranked regions rests on fewer than 5 firms: read the ranking with caution)"},
            {"console.topRegionsAllFew", "（这些地区的企业均少于 5 家，排名不稳定，请谨慎解读）",
                    " (each rests on fewer than 5 firms: read the ranking with caution)"},
            {"console.coupling", "平均耦合协调度 D：", "Coupling coordination D (mean):"},
            {"console.couplingFirms", "企业 ", " firms "}, {"console.couplingRegions", "地区 ", "regions "},
            {"console.issues", "数据问题：错误 %s 个，警告 %s 个，提示 %s 个", "Issues: %s, %s, %s"},
            {"console.report", "报告：", "Report: "}, {"console.regionWorkbooks", "地区分册：", "Per-region workbooks: "},
            {"console.briefs", "地区简报：", "Region briefs: "},
            {"console.csv", "CSV 表格：", "CSV tables: "},
            {"console.noRows", "  没有答卷行：", "  no answer rows: "},
            {"console.skipFileUnused", "  --skip-file %s 未匹配任何文件（所有文件均已读取）", "  --skip-file %s matched no file (every file was read)"},
            {"console.skippedByPattern", "  按 --skip-file 跳过：", "  passed over (--skip-file): "},
            {"console.andMore", "，另有 %d 个", " and %d more"},
            {"console.headerOnly", "（只有表头行）\n", " (a header row only)\n"},
            {"console.regionNumbers", "  %s 的地区是选项序号（如“%s”，%s 家企业；问卷星“按序号”导出）：这些企业不计入任何地区；请按文本导出。见数据问题 region-number",
                "  the regions in %s are option numbers (such as '%s', %s firms; a 问卷星 按序号 export): those firms are in no region; export by text. See the issue region-number"},
            {"console.groupNumbers", "  %s 的 %s 列只有选项序号（%s；问卷星“按序号”导出）：--by 分组和企业表显示的是序号而不是名称；请按文本导出。见数据问题 group-number",
                "  the %2$s column of %1$s holds only option numbers (%3$s; a 问卷星 按序号 export): --by groups and the Firms sheet show numbers, not names; export by text. See the issue group-number"},
            {"console.baselineUnchanged", "  基线 %s 就是这同一批数据此前的评分：每个得分都与基线相同，变化全部为零；请给 --baseline 指定往年的结果。见数据问题 baseline-unchanged",
                "  the baseline %s is this same batch scored before: every score equals the baseline's and every change is zero; give --baseline an earlier year's results. See the issue baseline-unchanged"},
            {"console.noRegionColumn", "  %s 缺少地区列：其企业不计入任何地区，没有来自该文件的地区得分；见数据问题 missing-region-column"
                    + "（脚本可加 --strict，此时以退出码 5 结束）",
                "  no region column in %s: its firms are in no region, so there are no region scores from it; see the "
                    + "issue missing-region-column (a script can add --strict to exit 5 on it)"},
            {"console.regionFromIp", "  %s 的地区取自 IP 属地 %s（提交答卷的 IP 地址所在地，未必是企业所在地）；见数据问题 region-from-ip",
                "  region from the IP location in %s: %s (where each answer was sent from, which need not be where "
                    + "the firm is); see the issue region-from-ip"},
            {"console.regionMisspelt", "；%s疑为表头有错字的地区题，见数据问题 missing-region-column",
                "; %s looks like the region question with a misspelt header, see the issue missing-region-column"},
            {"console.column", "%s 列“%s”", "column %s \"%s\""}, {"console.and", "和 ", " and "},
            {"console.noIssues", "未发现数据问题。", "No issues found."},
            {"console.validateCounts", "错误 %s 个，警告 %s 个，提示 %s 个", "%s, %s, %s"},
            {"console.issuesWritten", "数据问题已写入 ", "Issues written to "},
            {"console.unreadableFiles", "ecoscore：%s 个输入文件无法读取，报告只涵盖其余文件。请修复或移除这些文件（不是问卷的文件可用 --skip-file 文件名 跳过）后重新运行。",
                "ecoscore: %s could not be read; the report covers the rest. Fix or remove what could not be read (a file that"
                    + " is no questionnaire: pass it over with --skip-file NAME) and run again."},
            {"console.unreadableFilesValidate", "ecoscore：%s 个输入文件无法读取。", "ecoscore: %s could not be read."},
            {"console.nothingScorableValidate", "ecoscore：没有一行问卷通过筛查；上表列出每行被排除的原因。",
                "ecoscore: no questionnaire row passes screening; the table above says why each row was excluded."},
            {"console.nothingToCheckValidate", "ecoscore：无可检查的数据：%s 个输入文件无法读取，其余文件中也没有一行问卷可读或通过筛查。",
                "ecoscore: nothing to check: %s could not be read and no questionnaire row could be read"
                    + " from the rest (or none passes screening)."},
            {"console.nothingScorable", "无可计分的数据：没有一行问卷通过筛查%s；请对同样的输入运行 ecoscore validate 查看原因。",
                "nothing scorable: no questionnaire row passed screening%s; run 'ecoscore validate' on the same "
                    + "inputs to see why."},
            {"console.unreadableList", "（无法读取：", " (unreadable: "}, {"console.unreadableListEnd", "）", ")"},
            // console: framework check / export / draft, sample
            {"fw.builtIn", "内置指标体系", "built-in"},
            {"fw.check.refused1", "ecoscore：%s：指标体系未通过检查，共 %d 个问题（见上）。请在指标体系文件中修正"
                    + "（见 docs/framework-format.md）后重新检查。",
                "ecoscore: %s: the framework is refused, %d problem (listed above); fix it in the framework files "
                    + "(see docs/framework-format.md) and run the check again."},
            {"fw.check.refused", "ecoscore：%s：指标体系未通过检查，共 %d 个问题（见上）。请在指标体系文件中修正"
                    + "（见 docs/framework-format.md）后重新检查。",
                "ecoscore: %s: the framework is refused, %d problems (listed above); fix them in the framework files "
                    + "(see docs/framework-format.md) and run the check again."},
            {"fw.check.warning", "警告：", "warning: "},
            {"fw.check.ok", "指标体系 %s（%s）检查通过：%s 个节点，%s 道题目", "Framework %s (%s) is OK: %s, %s"},
            {"fw.check.okWarning1", "；另有 %d 条警告（见上）", "; %d warning (listed above)"},
            {"fw.check.okWarnings", "；另有 %d 条警告（见上）", "; %d warnings (listed above)"},
            {"fw.check.okEnd", "。", "."},
            {"fw.export.done", "指标体系已写入 %s", "Framework written to %s"},
            {"fw.draft.done", "指标体系草稿已写入 %s：共 %s 道题目（%s），未收入 %s 列。",
                "Framework drafted in %s: %s (%s), %s left out."},
            {"draft.kind.scale", "量表题 %d 道", "%d scale"}, {"draft.kind.yesno", "是否题 %d 道", "%d yes/no"},
            {"draft.kind.number", "数值题 %d 道", "%d number"}, {"draft.kind.percent", "百分比题 %d 道", "%d percent"},
            {"draft.kind.multi", "多选题 %d 道", "%d multi-select"}, {"draft.kind.other", "其他 %d 道", "%d other"},
            {"fw.draft.meta", "元数据列：%s。", "Metadata: %s."},
            {"fw.draft.regionCodes", "注意：%2$s 的地区列“%1$s”中是选项编号（1、2、3…），不是地区名称；用它评分，地区会被命名为 1、2、3。"
                    + "请用含地区名称的导出评分（问卷星的“按文本”下载）。",
                "Note: the region column \"%1$s\" of %2$s holds option numbers (1, 2, 3 …), not region names; scored from "
                    + "it, the regions would be named 1, 2, 3. Score an export with the names (问卷星's 按文本 download)."}, {"fw.draft.metaSep", "；", "; "},
            {"fw.draft.kept", "%s 中原有的文件（不是草稿写的）：%s；如属于以前的指标体系，请删去。",
                "Kept in %s (not written by the draft): %s; delete them if they belong to an earlier framework."},
            {"fw.draft.next1", "下一步：阅读 %s（说明要修改哪些地方），然后运行：ecoscore score %s -f %s",
                "Next: read %s (what to edit), then: ecoscore score %s -f %s"},
            {"fw.draft.next", "下一步：阅读 %s（说明要修改哪些地方），然后逐个为导出文件评分（同一问卷的“按文本”和“按序号”导出文件是同一批答卷，"
                    + "不可合在一起评分；此指标体系对每个都适用）：",
                "Next: read %s (what to edit), then score one export at a time (the 按文本 and 按序号 exports of one "
                    + "survey hold the same respondents; the framework fits each):"},
            {"fw.draft.nextTogether", "下一步：阅读 %s（说明要修改哪些地方），然后把这些导出文件合在一起评分（此指标体系对每个都适用）：",
                "Next: read %s (what to edit), then score the exports together (the framework fits each):"},
            {"sample.panel", "已写出专家评分样本（%s 位专家）：%s", "Wrote an expert panel of %s to %s"},
            {"sample.firms", "已写出 %s 份企业问卷：%s", "Wrote %s to %s"},
            {"sample.firmsRegions", "已写出 %s 份企业问卷：%s；地区问卷：%s",
                "Wrote %s to %s and the region questionnaires to %s"},
            // the --baseline line in Chinese (the English one is RunSummary.baselineLine, with plurals)
            {"console.baseline", "对比基准：%s（", "Baseline: %s ("},
            {"console.baselineSame", "指标体系相同", "same framework"},
            {"console.baselineComparable", "指标体系有变化，各节点仍可比", "framework differs, every node comparable"},
            {"console.baselineDiffers", "指标体系有变化：%s 个节点不可比，见“方法说明”工作表",
                "framework differs: %s not comparable, listed on the Method sheet"},
            {"console.baselineFrozen", "；采用基准标尺：%d 道题沿用其上下限，%d 个答案超出）",
                "; yardstick baseline: %d questions on its bounds, %d answers beyond them)"},
            {"console.baselineCurrent", "；采用本次标尺）", "; yardstick current)"},
            {"console.strict", "ecoscore：--strict：数据有 %s 个错误和 %s 个警告（见“数据问题”工作表）。",
                "ecoscore: --strict: the data has %s and %s (see the Issues sheet)."},
            {"console.progress", "正在读取：%,d 行（每秒 %,.0f 行）", "reading: %,d rows (%,.0f rows/s)"},
            {"console.col.file", "文件", "file"}, {"console.col.sheet", "工作表", "sheet"},
            {"console.col.row", "行号", "row"}, {"console.col.column", "列", "column"},
            {"console.col.severity", "严重程度", "severity"}, {"console.col.code", "代码", "code"},
            {"console.col.message", "说明", "message"},
            // region briefs (--briefs)
            {"brief.title", "%s 评价简报", "%s: assessment brief"},
            {"brief.subtitle", "指标体系：%s　｜　运行时间：%s　｜　ecoscore %s",
                "Framework: %s  |  Run: %s  |  ecoscore %s"},
            {"brief.highlights", "一、要点", "Highlights"},
            {"brief.table", "二、各要素得分与全国均值", "Elements and factors against the national mean"},
            {"brief.obstacles", "三、主要障碍与建议", "Largest obstacles and what the framework advises"},
            {"brief.method", "方法与数据", "Method and data"}, {"brief.colon", "：", ": "},
            {"brief.col.item", "指标", "Element"},
            {"brief.hl.questions", "相对最强的题目：%s（较全国均值 %s）；相对最弱：%s（较全国均值 %s）。",
                "Strongest question against the national mean: %s (%s); weakest: %s (%s)."},
            {"brief.obstacle", "%d．%s　障碍度 %s", "%d. %s: %s of the obstacle"},
            {"brief.m.firms", "本地区计分企业 %d 家；", "Firms scored in the region: %d; "},
            {"brief.m.ci", "综合指数 95%% 置信区间 [%s, %s]（t 分布，n = %d）；", "index 95%% CI [%s, %s] (t distribution, n = %d); "},
            {"brief.m.coupling", "耦合协调度 D = %s（第 %d 级，%s）；", "coupling coordination D = %s (grade %d: %s); "},
            {"brief.m.method", "权重：%s；综合方法：%s。", "weights: %s; composite: %s. "},
            {"brief.m.national", "得分 0–100，越高越好；全国均值为各地区的平均值；明细见评价报告。",
                "Scores run 0–100, higher is better; the national mean is the mean over regions; details are in the "
                    + "report."},
            {"issuesByCode", "数据问题（按类型）", "Data issues by type"}, {"col.count", "数量", "Count"},
            // summary
            {"title", "ecoscore 评价报告", "ecoscore assessment report"}, {"framework", "指标体系", "Framework"},
            {"unitScored", "评价单位", "Unit scored"},
            {"runDate", "运行时间", "Run time"}, {"toolVersion", "工具版本", "Tool version"},
            {"headline", "主要数字", "Headline figures"}, {"firmsScored", "计分企业", "Firms scored"},
            {"regionsCount", "地区数", "Regions"}, {"rowsRead", "读取行数", "Rows read"},
            {"rowsExcluded", "剔除行数", "Rows excluded"}, {"excludedFor", "剔除：", "Excluded: "},
            {"nationalIndex", "全国均值（企业平均）：", "National mean (of firms): "}, {"meanD", "平均耦合协调度 D", "Mean coordination D"},
            {"issuesCount", "数据问题", "Data issues"}, {"files", "输入文件", "Input files"},
            {"topRegions", "排名前%s的地区", "Top %s regions"},
            {"bottomRegions", "排名后%s的地区（自末位起）", "Bottom %s regions (lowest first)"},
            {"regionsLeading", "地区排名", "Regions by rank"},
            {"smallNumbers", "一|二|三|四|五|六|七|八|九|十", "one|two|three|four|five|six|seven|eight|nine|ten"},
            {"regionIndex", "各地区综合指数", "Index by region"}, {"profileOf", "地区概况：", "Region profile: "},
            {"radarOf", "全国均值（企业平均）：", "National means (of firms): "}, {"topVsNational", "前列地区与全国均值", "Top regions vs national mean"},
            {"strongest", "相对最强的题目", "Strongest questions (vs national)"},
            {"weakest", "相对最弱的题目", "Weakest questions (vs national)"},
            {"nodeStats", "节点得分统计", "Node score statistics"}, {"questionStats", "题目统计", "Question statistics"},
            {"reliability", "信度（克隆巴赫 α）", "Reliability (Cronbach's α)"},
            {"ahp", "层次分析法一致性", "AHP consistency"}, {"weights", "权重", "Weights"},
            // reliability, groups, uncertainty sheets
            {"sheet.reliability", "信度", "Reliability"}, {"sheet.uncertainty", "不确定性", "Uncertainty"},
            {"sheet.by.community", "按群落", "By community"}, {"sheet.by.industry", "按行业", "By industry"},
            {"sheet.by.size", "按规模", "By size"}, {"grouping.community", "创新群落", "community"},
            {"grouping.industry", "行业", "industry"}, {"grouping.size", "规模", "size"},
            {"grouping.region", "地区", "region"},
            {"col.k", "题目数 k", "Items k"}, {"col.itemCode", "题目代码", "Item"},
            {"col.itemText", "题目内容", "Item text"}, {"col.alphaIfDeleted", "删除该题后的 α", "α if item deleted"},
            {"col.itemTotal", "校正的题总相关", "Corrected item–total r"}, {"col.group", "组别", "Group"},
            {"col.ci95Low", "95%置信下限", "95% CI low"}, {"col.ci95High", "95%置信上限", "95% CI high"},
            {"col.ciHalf", "置信区间半宽 t·SD/√n", "CI half-width t·SD/√n"},
            {"col.nominalRank", "名义排名", "Nominal rank"}, {"col.medianRank", "排名中位数", "Median rank"},
            {"col.p05", "第5百分位排名", "5th percentile rank"}, {"col.p95", "第95百分位排名", "95th percentile rank"},
            {"col.intervalWidth", "区间宽度 (P95 − P05)", "Interval width (P95 − P05)"},
            {"col.treatment", "处理方式", "Treatment"}, {"col.skewBefore", "处理前偏度 g1", "Skewness g1 before"},
            {"col.kurtBefore", "处理前超额峰度 g2", "Excess kurtosis g2 before"},
            {"col.skewAfter", "处理后偏度 g1", "Skewness g1 after"},
            {"col.kurtAfter", "处理后超额峰度 g2", "Excess kurtosis g2 after"},
            {"reliability.nodes", "各节点的克隆巴赫 α", "Cronbach's α per node"},
            {"sheet.validity", "效度", "Validity"},
            {"sheet.agreement", "专家一致性", "Agreement"},
            {"panel.rowsRead", "专家评分行（读取）", "Expert rating rows read"},
            {"panel.rowsScored", "专家评分行（计分）", "Expert rating rows scored"},
            {"panel.raters", "专家数", "Raters"}, {"panel.cases", "案例数", "Cases"},
            {"panel.rootW", "总分的 Kendall W", "Kendall's W of the overall score"},
            {"panel.seeSheet", "详见「专家一致性」工作表", "see the Agreement sheet"},
            {"panel.unit", "案例（专家面板：每行为一位专家对一个案例的评分）",
                    "Case (expert panel: each row is one rater's rating of one case)"},
            {"panel.onlyNote", "本次只有专家面板数据：没有企业或地区数据，故不列企业得分、地区得分与障碍因子。",
                    "This run has an expert panel only: no firm or region data, so there are no Firms, Regions or Obstacles sheets."},
            {"panel.statsOver", "专家面板：按 %d 行专家评分（每行为一位专家对一个案例的评分）计算。同一专家的各行并非相互独立，结果仅供参考。",
                    "Expert panel: computed over the %d rating rows (each one rater's rating of one case). One rater's rows are not independent of each other; read the result as indicative."},
            {"agreement.title", "专家一致性：专家组对各案例评分的一致程度", "Agreement: how far the expert panel agrees on the cases"},
            {"agreement.note", "%d 位专家对 %d 个案例评分。每个节点：Kendall W（专家对案例排序的一致性，同分取平均秩并作同分校正）、"
                    + "χ² = r(m−1)W 及其 p 值；ICC(2,1) 与 ICC(2,k)（双向随机效应、绝对一致，Shrout–Fleiss）。只用对每个案例都有该节点得分的专家。",
                    "%d raters scored %d cases. Per node: Kendall's W (agreement of the raters' rankings of the cases, "
                            + "ties at their average rank with the tie correction), χ² = r(m−1)W and its p; ICC(2,1) "
                            + "and ICC(2,k) (two-way random effects, absolute agreement, Shrout–Fleiss). Only raters "
                            + "with a score for every case at that node count."},
            {"agreement.nodes", "各节点的一致性", "Agreement per node"},
            {"agreement.raters", "各位专家与其他专家的一致性（总分排序）", "Each rater's agreement with the others (ranking by the overall score)"},
            {"agreement.ratersNote", "平均 ρ：该专家的案例排序与其他每位专家排序的 Spearman 相关的平均值；去掉该专家后的 W：其余专家的 Kendall W。"
                    + "平均 ρ 比全体专家平均 ρ 的中位数低 0.5 以上者标为一致性明显偏低。",
                    "Mean ρ: the mean Spearman correlation of the rater's ranking of the cases with each other rater's; "
                            + "W without: the other raters' Kendall's W. A rater whose mean ρ is more than 0.5 below "
                            + "the median of the raters' mean ρ is flagged as agreeing clearly less."},
            {"agreement.flagged", "一致性明显偏低", "agrees clearly less"},
            {"agreement.cases", "案例得分", "Case scores"},
            {"agreement.radarData", "雷达图数据（最低一级节点）", "Radar data (the lowest nodes)"},
            {"agreement.meanOfCases", "各案例平均", "Mean of the cases"},
            {"col.rater", "专家", "Rater"}, {"col.raters", "专家数", "Raters"}, {"col.panelCases", "案例数", "Cases"},
            {"col.case", "案例", "Case"}, {"col.meanRho", "平均 Spearman ρ", "Mean Spearman ρ"},
            {"col.wWithout", "去掉该专家后的 W", "W without the rater"}, {"col.flag", "标记", "Flag"},
            {"validity.title", "结构效度：KMO、Bartlett 球形检验与探索性因子分析", "Construct validity: KMO, Bartlett's test and exploratory factors"},
            {"validity.note", "对每个子系统及整个指标体系的量表题（反向题先反向计分，仅完整个案）：KMO 与各题 MSA 由相关矩阵及其逆矩阵（偏相关）计算；"
                + "Bartlett χ² = −(n − 1 − (2p + 5)/6)·ln|R|，df = p(p − 1)/2；主成分法提取特征值 > 1 的因子，最大方差法（Kaiser 标准化）旋转。"
                + "每题的主导因子为载荷绝对值最大者，“节点因子”为同一节点多数题目的主导因子。MSA < 0.5 以琥珀色标出。",
                "For the named-scale items of each subsystem and of the whole framework (reverse items recoded, complete cases only): "
                + "KMO and each item's MSA from R and its inverse (partial correlations); Bartlett's χ² = −(n − 1 − (2p + 5)/6)·ln|R|, "
                + "df = p(p − 1)/2; principal components with eigenvalue > 1, varimax rotation with Kaiser normalisation. An item's "
                + "dominant factor is its largest |loading|; its node's factor is the dominant factor of most of the node's items. "
                + "MSA < 0.5 is shaded amber."},
            {"validity.none", "没有量表题，未做效度分析。", "No named-scale questions; no validity analysis."},
            {"validity.items", "题", "items"}, {"validity.cases", "个完整个案", "complete cases"},
            {"validity.dropped", "所有完整个案答案相同、未纳入分析的题目：", "Items left out (the same answer in every complete case): "},
            {"validity.reason.few-items", "量表题少于 3 道，不做因子分析。", "Fewer than 3 items: no factor analysis."},
            {"validity.reason.few-cases", "完整个案数不多于题目数，相关矩阵不可逆：请收集更多答卷。",
                "No more complete cases than items, so R cannot be inverted: collect more responses."},
            {"validity.reason.singular", "相关矩阵奇异（有题目可由其他题目线性表示），无法计算 KMO：请检查重复或互相决定的题目。",
                "The correlation matrix is singular (an item is a linear combination of others), so KMO cannot be computed: look for duplicated or mutually determined items."},
            {"validity.bartlett", "Bartlett 球形检验 χ²", "Bartlett's test χ²"},
            {"validity.kmo.marvellous", "非常适合（≥ 0.9）", "marvellous (≥ 0.9)"},
            {"validity.kmo.meritorious", "很适合（≥ 0.8）", "meritorious (≥ 0.8)"},
            {"validity.kmo.middling", "适合（≥ 0.7）", "middling (≥ 0.7)"},
            {"validity.kmo.mediocre", "勉强适合（≥ 0.6）", "mediocre (≥ 0.6)"},
            {"validity.kmo.miserable", "不太适合（≥ 0.5）", "miserable (≥ 0.5)"},
            {"validity.kmo.unacceptable", "不适合（< 0.5）", "unacceptable (< 0.5)"},
            {"col.factor", "因子", "Factor"}, {"col.eigenvalue", "特征值", "Eigenvalue"},
            {"col.varianceRotated", "旋转后方差解释率", "Variance explained (rotated)"},
            {"col.cumulative", "累计", "Cumulative"}, {"col.communality", "共同度", "Communality"},
            {"col.dominantFactor", "主导因子", "Dominant factor"}, {"col.nodeFactor", "节点因子", "Node's factor"},
            {"col.agrees", "与节点一致", "Agrees with node"},
            {"reliability.items", "题目分析", "Item analysis"},
            {"reliability.note", "α < 0.7 以琥珀色标出：这些题目可能并未测量同一内容，请复核题目。"
                + "α 按完整个案计算，量表题先做反向计分（v → vmin + vmax − v），方差为样本方差。",
                "α < 0.7 is shaded amber: the items may not measure one thing; review the questions. α uses "
                    + "complete cases, reverse-coded named-scale answers (v → vmin + vmax − v) and sample variances."},
            {"reliability.none", "没有节点含两道及以上量表题，未计算信度。",
                "No node has two or more named-scale questions; no reliability was computed."},
            {"groups.root", "综合指数分组统计：", "Index by group: "},
            {"groups.all", "各节点分组统计", "Every node by group"},
            {"groups.chart", "各组综合指数均值", "Mean index by group"},
            {"groups.note", "企业得分按组统计：n、均值、样本标准差、95% 置信区间（t 分布，自由度 n − 1；n < 2 时不给出）。",
                "Firm scores by group: n, mean, sample SD, 95% confidence interval (t distribution, n − 1 degrees "
                    + "of freedom; none when n < 2)."},
            {"uncertainty.regions", "地区排名区间", "Region rank intervals"},
            {"uncertainty.firms", "企业排名区间", "Firm rank intervals"},
            {"uncertainty.chart", "地区排名的 5%–95% 区间", "Region ranks: 5th–95th percentile interval"},
            {"uncertainty.interval", "5%–95% 区间", "5th–95th percentile"},
            {"uncertainty.runs", "蒙特卡洛模拟次数", "Monte Carlo runs"}, {"uncertainty.seed", "随机种子", "Seed"},
            {"uncertainty.capped", "企业过多：此处仅列名义排名前 %d 的企业（共 %d 家）；完整结果见 uncertainty.csv。",
                "Too many firms: only the first %d by nominal rank are listed here (of %d); uncertainty.csv has "
                    + "them all."},
            // split workbooks
            {"split.of", "地区分册：", "Region extract: "},
            {"split.source", "摘自报告", "Extract of report"},
            {"split.noRegion", "按地区分册：每个地区一个工作簿，只含该地区的企业；未确定地区的企业（%d 家）不在任何分册中。",
                "Split by region: one workbook per region holding only its firms; firms with no region (%d) are in "
                    + "no split workbook."},
            // method sheet additions
            {"method.inForce", "本次使用的方法", "Methods in force"},
            {"method.outliers", "异常值处理", "Outlier treatments"},
            {"method.fingerprint", "指标体系指纹（SHA-256）", "Framework fingerprint (SHA-256)"},
            {"method.normalisation", "标尺：数值题的归一化上下限", "Yardstick: normalisation bounds of number questions"},
            {"method.baseline", "基期（--baseline）", "Baseline (--baseline)"},
            {"baseline.source", "基期输出", "Baseline output"}, {"baseline.version", "基期工具版本", "Baseline tool version"},
            {"baseline.fingerprint", "基期指标体系指纹", "Baseline framework fingerprint"},
            {"baseline.same", "指标体系与基期相同", "Framework same as the baseline's"},
            {"baseline.yardstick", "所用标尺", "Yardstick in force"},
            {"baseline.yardstick.baseline", "基期标尺（数值题上下限与数据驱动的权重取自基期）",
                "the baseline's (bounds of number questions and data-driven weights from the baseline)"},
            {"baseline.yardstick.current", "本次数据自身的标尺", "this run's own"},
            {"baseline.frozen", "使用基期上下限的题目数", "Questions on the baseline's bounds"},
            {"baseline.clamped", "超出基期上下限的答案数", "Answers beyond the baseline's bounds"},
            {"baseline.comparable", "可比较的节点数", "Comparable nodes"},
            {"baseline.notComparable", "不可比较的节点", "Nodes not comparable"},
            {"baseline.allComparable", "所有节点均可比较。", "Every node is comparable."},
            {"col.reason", "原因", "Reason"},
            {"method.items", "所用指标体系（各层级的节点与题目定义）", "Framework in force (definition of each node and question per level)"},
            {"method.normalisationNone", "没有数值或百分比题目。", "No number or percent question."},
            {"col.lo", "下限", "Lower bound"}, {"col.hi", "上限", "Upper bound"},
            {"col.boundSource", "来源", "Source"}, {"col.clamped", "超出上下限的答案数", "Answers beyond the bounds"},
            {"bound.goalposts", "指标体系给定", "goalposts"}, {"bound.batch", "本批数据最小/最大值", "batch min/max"},
            {"bound.baseline", "基期（上次运行）", "baseline (earlier run)"}, {"bound.pooled", "各年合并", "pooled years"},
            {"method.outliersNone", "无题目需要处理。", "No question needed treatment."},
            {"method.composite", "综合方法", "Composite"}, {"method.weights", "权重方法", "Weights"},
            {"method.ahpMaxCr", "最大 CR", "Largest CR"}, {"method.reliabilityLow", "α < 0.7 的节点",
                "Nodes with α < 0.7"},
            {"method.treatOutliers", "异常值处理（已处理题数）", "Outlier treatment (questions treated)"},
            {"method.composite.aggregate", "加权汇总（算术/几何）", "weighted aggregation (arithmetic/geometric)"},
            {"method.composite.topsis", "TOPSIS 贴近度", "TOPSIS closeness"},
            {"method.weights.framework", "指标体系权重", "framework weights"},
            {"method.weights.equal", "等权", "equal weights"}, {"method.weights.entropy", "熵权法", "entropy weights"},
            {"method.weights.ahp", "层次分析法", "AHP"},
            {"method.weights.ahp+entropy", "层次分析法 × 熵权（组合赋权）", "AHP × entropy (combined weights)"},
            // method
            {"method.title", "方法说明", "Method"}, {"method.frameworkLocation", "指标体系位置", "Framework location"},
            {"method.frameworkFiles", "指标体系文件", "Framework files"}, {"method.inputs", "输入文件", "Input files"},
            {"method.options", "运行选项", "Options in force"}, {"method.formulas", "计算公式", "Formulas"},
            {"method.national", "全国均值：概览为全部计分企业的均值；地区表与地区概况为全部地区的均值。",
                "National mean: on the Summary, the mean over all scored firms; on the Regions sheet and region "
                    + "profiles, the mean over all regions."},
        };
        for (String[] p : pairs) m.put(p[0], new String[] {p[1], p[2]});
        for (String[] p : DiagnosisWords.pairs()) m.put(p[0], new String[] {p[1], p[2]});
        for (String[] p : ChangeWords.pairs()) m.put(p[0], new String[] {p[1], p[2]});
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
                    "7. Statistics: sample SD; Cronbach's α over complete cases; 95% CI by the t distribution.",
                    "8. Entropy weights: per level and question j, x_ij = n_ij/100 over the m_j units that answered, "
                            + "p_ij = x_ij/Σ_i x_ij, e_j = −(1/ln m_j)·Σ_i p_ij·ln p_ij, d_j = max(0, 1 − e_j) "
                            + "(d_j = 0 when m_j < 2 or all x_ij are equal); a node weighs W = Σ d_j over its subtree.",
                    "9. AHP: w = principal eigenvector of the pairwise matrix, normalised to Σ w = 1; "
                            + "CI = (λmax − n)/(n − 1), CR = CI/RI; CR > 0.1 is a warning. Several experts: the aggregate "
                            + "matrix is the element-wise geometric mean of their matrices (AIJ, equal weights), CR "
                            + "reported for each expert and the aggregate; --ahp-max-cr X leaves out experts above X. "
                            + "ahp+entropy: "
                            + "w = w_AHP × W_entropy per item (siblings all 0 keep w_AHP).",
                    "10. TOPSIS (--method topsis), node by node: w normalised among the present children, "
                            + "v = w·s; ideals A⁺ = max, A⁻ = min of v over the units; D⁺ = √Σ(v − A⁺)², "
                            + "D⁻ = √Σ(v − A⁻)²; C = D⁻/(D⁺ + D⁻) × 100 (50 when D⁺ + D⁻ = 0).",
                    "11. Cronbach's α = k/(k − 1)·(1 − Σ s_i²/s_T²) over complete cases, named-scale answers "
                            + "reverse-coded v → vmin + vmax − v; α if item deleted = α of the other k − 1 items; "
                            + "corrected item–total r = Pearson r of the item with the sum of the other items.",
                    "12. 95% CI = mean ± t(0.975, n − 1)·SD/√n (t distribution; none when n < 2).",
                    "13. Uncertainty (--uncertainty N): N runs, each from new SplittableRandom(seed) split once per "
                            + "run; every weight × its own factor uniform in [0.75, 1.25] (±25%); every node "
                            + "arithmetic or every node geometric with probability ½ each (no switch under TOPSIS); "
                            + "units re-ranked per run; median rank, and the 5th/95th percentile ranks by the "
                            + "nearest-rank method P_p = the ⌈p·n⌉-th smallest rank.",
                    "14. Outliers (--treat-outliers), number/percent questions without goalposts or log transform: "
                            + "population moments m_k = (1/n)·Σ(x − x̄)^k, g1 = m3/m2^1.5, excess kurtosis "
                            + "g2 = m4/m2² − 3; treated when |g1| > 2 and g2 > 3.5: winsorise the k = 1…5 most "
                            + "extreme answers on the skewed side to the next answer inwards until the test passes, "
                            + "else normalise ln(1 + x).",
                    "15. Validity (firm level, named-scale items of each subsystem and of the whole framework, "
                            + "reverse items recoded, complete cases): KMO = ΣΣ_{i≠j} r² / (ΣΣ_{i≠j} r² + ΣΣ_{i≠j} q²), "
                            + "q_ij = −(R⁻¹)_ij/√((R⁻¹)_ii·(R⁻¹)_jj), MSA_i over j ≠ i; Bartlett χ² = "
                            + "−(n − 1 − (2p + 5)/6)·ln|R|, df = p(p − 1)/2; principal components of R with "
                            + "eigenvalue > 1, loadings v·√λ, varimax with Kaiser normalisation (R's stats::varimax, "
                            + "eps = 1e-5).");
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
                "7. 统计：样本标准差；克隆巴赫 α 仅用完整个案；95% 置信区间按 t 分布。",
                "8. 熵权：按层级，对每道题 j，x_ij = n_ij/100（m_j 为作答单位数），p_ij = x_ij/Σ_i x_ij，"
                        + "e_j = −(1/ln m_j)·Σ_i p_ij·ln p_ij，d_j = max(0, 1 − e_j)（m_j < 2 或 x_ij 全相等时 d_j = 0）；"
                        + "节点权重 W = 其子树内各题 d_j 之和。",
                "9. 层次分析法：w 为判断矩阵的主特征向量，归一化使 Σ w = 1；CI = (λmax − n)/(n − 1)，CR = CI/RI；"
                        + "CR > 0.1 给出警告。多位专家时，集结矩阵为各专家判断矩阵的逐元素几何平均（AIJ，专家等权），"
                        + "逐一报告每位专家及集结矩阵的 CR；--ahp-max-cr X 剔除 CR 超过 X 的专家。组合赋权 ahp+entropy：每项 w = w_AHP × W_熵（同级全为 0 时保留 w_AHP）。",
                "10. TOPSIS（--method topsis），逐节点：权重 w 在现有子项间归一化，v = w·s；正理想解 A⁺ = 各单位 v 的最大值，"
                        + "负理想解 A⁻ = 最小值；D⁺ = √Σ(v − A⁺)²，D⁻ = √Σ(v − A⁻)²；贴近度 C = D⁻/(D⁺ + D⁻) × 100"
                        + "（D⁺ + D⁻ = 0 时为 50）。",
                "11. 克隆巴赫 α = k/(k − 1)·(1 − Σ s_i²/s_T²)，仅用完整个案，量表题先反向计分 v → vmin + vmax − v；"
                        + "删除该题后的 α = 其余 k − 1 题的 α；校正的题总相关 = 该题与其余各题之和的皮尔逊相关系数。",
                "12. 95% 置信区间 = 均值 ± t(0.975, n − 1)·标准差/√n（t 分布；n < 2 时不给出）。",
                "13. 不确定性分析（--uncertainty N）：共 N 次模拟，每次的随机数取自 new SplittableRandom(seed) 的一次拆分；"
                        + "每个权重乘以各自在 [0.75, 1.25] 上均匀分布的因子（±25%）；每次以 ½ 的概率令所有节点用算术平均，"
                        + "否则全用几何平均（TOPSIS 下不切换）；每次重新排名；给出排名中位数，以及按最近秩法计算的"
                        + "第 5/95 百分位排名 P_p = 第 ⌈p·n⌉ 小的名次。",
                "14. 异常值处理（--treat-outliers），仅对无阈值、无对数变换的数值/百分比题：总体矩 m_k = (1/n)·Σ(x − x̄)^k，"
                        + "偏度 g1 = m3/m2^1.5，超额峰度 g2 = m4/m2² − 3；当 |g1| > 2 且 g2 > 3.5 时处理：在偏斜一侧把最极端的"
                        + " k = 1…5 个答案缩尾至向内的下一个答案，直到检验通过；否则对 ln(1 + x) 标准化。",
                "15. 效度（企业层级，各子系统及整个指标体系的量表题，反向题先反向计分，仅完整个案）：KMO = ΣΣ_{i≠j} r² / "
                        + "(ΣΣ_{i≠j} r² + ΣΣ_{i≠j} q²)，偏相关 q_ij = −(R⁻¹)_ij/√((R⁻¹)_ii·(R⁻¹)_jj)，各题 MSA 按 j ≠ i 计算；"
                        + "Bartlett χ² = −(n − 1 − (2p + 5)/6)·ln|R|，df = p(p − 1)/2；相关矩阵主成分法提取特征值 > 1 的因子，"
                        + "载荷 v·√λ，最大方差法旋转（Kaiser 标准化，同 R 的 stats::varimax，eps = 1e-5）。");
    }
}
