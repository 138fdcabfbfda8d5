package org.ecoscore.report;

/**
 * The words of the comparison with a baseline (SPEC §7) — the 变化 / Change sheet, the last-year columns and
 * the "what changed" highlight sentences ({@code hl.change*}) — in Chinese and English, merged into
 * {@link Labels}. Templates take numbers already formatted by {@link NumberWords}.
 */
final class ChangeWords {
    private ChangeWords() {
    }

    static String[][] pairs() {
        return new String[][] {
            {"sheet.change", "变化", "Change"},
            {"change.title", "与基线相比的变化", "Change since the baseline"},
            {"change.note", "基线：%1$s（标尺：%2$s）。变化 = 本次 − 基线（分）。地区的 p 值为该地区两次企业得分的 Welch 双侧 t 检验"
                    + "（两次各至少 2 家企业时给出），* 表示 p < 0.05。",
                "Baseline: %1$s (yardstick: %2$s). Change = this run − baseline (points). A region's p is Welch's"
                    + " two-sided t-test of its firm scores in the two runs (given when each run has at least 2 such"
                    + " firms); * marks p < 0.05."},
            {"change.yardstick.baseline", "沿用基线的标尺", "the baseline's"},
            {"change.yardstick.current", "本次自身的标尺", "this run's own"},
            {"change.nation", "全国（企业）", "The nation (firms)"},
            {"change.nationNote", "左侧为全部企业的均值与 Welch 检验，右侧为两次都参评的企业的均值与配对 t 检验。",
                "Left: means over all firms of each run, Welch's test; right: the firms present in both runs, the"
                    + " paired t-test."},
            {"change.regions", "各地区综合指数的变化（按变化从大到小）", "The index by region: change, largest rise first"},
            {"change.chart", "综合指数变化（本次 − 基线）", "Change of the index (this run − baseline)"},
            {"change.elements", "各地区各要素得分的变化", "Change by region and element"},
            {"change.firms", "参评单位的变化", "Who took part, then and now"},
            {"change.inBoth", "两次均参评的企业", "Firms in both runs"},
            {"change.newFirms", "新增企业", "New firms"},
            {"change.droppedFirms", "未再参评的企业", "Dropped firms"},
            {"change.newRegions", "新增地区", "New regions"},
            {"change.droppedRegions", "未再出现的地区", "Dropped regions"},
            {"change.madeUpIds", "没有标识（统一社会信用代码）的企业以“文件#行号”代替标识，其中的文件路径含年份文件夹（如 "
                    + "surveys/2026/firms/a.xlsx#7），因此从不与基线匹配：同一家企业会同时列在“新增企业”和“未再参评的企业”中。"
                    + "请补填标识后再比较。",
                "A firm without an id is named FILE#ROW, and the file's path holds the year's folder (such as "
                    + "surveys/2026/firms/a.xlsx#7), so it never matches the baseline: the same firm is listed both as "
                    + "new and as dropped. Fill in its id to compare it."},
            {"change.rootNotComparable", "综合指数与基线不可比（指标体系有改动），原因见“方法说明”工作表。",
                "The index cannot be compared with the baseline (the framework changed); the Method sheet says why."},
            {"change.noRegions", "两次运行没有共同的地区。", "No region is in both runs."},
            {"col.baseline", "基线", "Baseline"}, {"col.current", "本次", "This run"}, {"col.change", "变化", "Change"},
            {"col.lastYear", "基线", "Baseline"},
            {"col.rankMove", "排名（基线 → 本次）", "Rank (then → now)"}, {"col.p", "p 值", "p"},
            {"col.sig", "显著", "p < 0.05"}, {"col.pWelch", "p（Welch）", "p (Welch)"},
            {"col.baselineBoth", "基线（两次均有）", "Baseline (in both)"},
            {"col.currentBoth", "本次（两次均有）", "This run (in both)"},
            {"col.changeBoth", "变化（两次均有）", "Change (in both)"}, {"col.pPaired", "p（配对 t 检验）", "p (paired t)"},
            {"col.firmsThen", "基线企业数", "Firms then"}, {"col.firmsNow", "本次企业数", "Firms now"},
            {"headline.change", "较基线", "vs baseline"},
            // highlight sentences
            {"hl.change", "与基线相比，全国综合指数（企业平均）%1$s（%2$s → %3$s 分，Welch 检验 %4$s）。",
                "Since the baseline the national index (mean of firms) %1$s (%2$s → %3$s, Welch's test %4$s)."},
            {"hl.changePaired", "与基线相比，全国综合指数（企业平均）%1$s（%2$s → %3$s 分，Welch 检验 %4$s；两次都参加的 %5$s 家企业"
                    + " %6$s → %7$s 分，配对 t 检验 %8$s）。",
                "Since the baseline the national index (mean of firms) %1$s (%2$s → %3$s, Welch's test %4$s; the %5$s firms"
                    + " in both runs %6$s → %7$s, paired t-test %8$s)."},
            {"hl.changeRegions", "%1$s 个可比地区中，%2$s 个显著上升、%3$s 个显著下降（p < 0.05）；升幅最大的是%4$s（%5$s 分），"
                    + "降幅最大的是%6$s（%7$s 分）。",
                "Of %1$s regions compared, %2$s rose and %3$s fell significantly (p < 0.05); the largest rise was"
                    + " %4$s's (%5$s), the largest fall %6$s's (%7$s)."},
            {"hl.changeRegionsRise", "%1$s 个可比地区中，%2$s 个显著上升、%3$s 个显著下降（p < 0.05）；升幅最大的是%4$s（%5$s 分），"
                    + "没有地区下降。",
                "Of %1$s regions compared, %2$s rose and %3$s fell significantly (p < 0.05); the largest rise was"
                    + " %4$s's (%5$s), and no region fell."},
            {"hl.changeRegionsFall", "%1$s 个可比地区中，%2$s 个显著上升、%3$s 个显著下降（p < 0.05）；没有地区上升，"
                    + "降幅最大的是%6$s（%7$s 分）。",
                "Of %1$s regions compared, %2$s rose and %3$s fell significantly (p < 0.05); no region rose, and the"
                    + " largest fall was %6$s's (%7$s)."},
            {"hl.changeRegionsNone", "%1$s 个可比地区的综合指数都没有变化（按一位小数）。",
                "None of the %1$s regions compared changed its index (to one decimal)."},
            {"hl.baselineUnchanged", "基线就是这同一批数据此前的评分：每个得分都与基线相同，变化全部为零（见数据问题 baseline-unchanged）；"
                    + "请给 --baseline 指定往年的报告或 CSV 文件夹。",
                "The baseline is this same batch scored before: every score equals the baseline's and every change is"
                    + " zero (see the issue baseline-unchanged); give --baseline an earlier year's report or CSV folder."},
            {"hl.regionChange", "与基线相比，综合指数%1$s（%2$s → %3$s 分，%4$s），排名%5$s。",
                "Since the baseline its index %1$s (%2$s → %3$s, %4$s); rank %5$s."},
            {"hl.rose", "上升 %1$s 分", "rose by %1$s"}, {"hl.fell", "下降 %1$s 分", "fell by %1$s"},
            {"hl.same", "持平", "was unchanged"},
            {"hl.pSig", "p = %1$s，显著", "p = %1$s, significant"},
            {"hl.pNotSig", "p = %1$s，不显著", "p = %1$s, not significant"},
            {"hl.pTiny", "p < 0.001，显著", "p < 0.001, significant"},
            {"hl.pNone", "企业太少，未作检验", "too few firms to test"},
            {"hl.rankMove", "由第 %1$s 位变为第 %2$s 位", "%1$s → %2$s"}, {"hl.rankSame", "不变（第 %1$s 位）", "unchanged (%1$s)"},
            {"hl.rankNone", "无法比较", "not comparable"},
        };
    }
}
