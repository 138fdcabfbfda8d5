package org.ecoscore.report;

/**
 * The words of the diagnosis — obstacle degree, coupling lag type, advice and the highlight sentences — in
 * Chinese and English, merged into {@link Labels}. Each {@code hl.*} entry is the template of one highlight
 * sentence ({@link Highlights}); its {@code %n$s} slots take numbers already formatted by {@link NumberWords}.
 */
final class DiagnosisWords {
    private DiagnosisWords() {
    }

    static String[][] pairs() {
        return new String[][] {
            // lag type (SPEC §4.5a), beside a grade name
            {"lag.sub", "%1$s·%2$s滞后型", "%1$s, %2$s lags"}, {"lag.sync", "%1$s·同步型", "%1$s, synchronous"},
            {"col.lag", "滞后类型", "Lag type"},
            // obstacles sheet and profile
            {"sheet.obstacles", "障碍因子", "Obstacles"},
            {"obstacles.title", "障碍度：各要素在地区综合指数差距中的占比", "Obstacle degree: each element's share of what keeps a region's index below 100"},
            {"obstacles.note", "障碍度 O = F·(1 − n/100) / Σ F·(1 − n/100)，F 为题目的综合权重；一个单位各题的障碍度之和为 100%，要素（节点）的障碍度为其下各题之和。颜色越红，障碍越大。",
                "Obstacle O = F·(1 − n/100) / Σ F·(1 − n/100), F the question's effective weight; a unit's obstacles sum to 100% over its questions, an element's (node's) is the sum over its questions. The redder, the larger the obstacle."},
            {"obstacles.national", "全国（企业平均）", "National (mean of firms)"},
            {"obstacles.questions", "各地区障碍度最大的五道题", "Each region's five largest obstacle questions"},
            {"obstacles.nationalQuestions", "全国（企业平均）障碍度最大的五道题", "The five largest obstacle questions nationally (mean of firms)"},
            {"obstacles.none", "没有可计算障碍度的地区（所有得分均为 100 或缺失）。", "No region has an obstacle (every score is 100 or missing)."},
            {"col.place", "位次", "Place"}, {"col.obstacle", "障碍度", "Obstacle"}, {"col.advice", "对策建议（来自指标体系）", "Advice (from the framework)"},
            {"profile.obstacles", "主要障碍因子", "Largest obstacles"},
            {"highlights", "要点", "Highlights"},
            {"method.coupling", "耦合度形式", "Coupling form"},
            {"method.coupling.standard", "标准形式 C = 2√(U1·U2)/(U1 + U2)", "standard C = 2√(U1·U2)/(U1 + U2)"},
            {"method.coupling.revised", "修正形式 C = √{(1 − |U1 − U2|)·min(U1, U2)/max(U1, U2)}（王淑佳等，自然资源学报，2021, 36(3): 793–810）",
                "revised C = √{(1 − |U1 − U2|)·min(U1, U2)/max(U1, U2)} (Wang Shujia et al., Journal of Natural Resources 自然资源学报 2021, 36(3): 793–810)"},
            {"method.obstacle", "15. 障碍度模型：对每个单位和每道有得分的题 j，F_j = 从根到 j 各级局部权重之积（综合权重），I_j = 1 − n_j/100，O_j = F_j·I_j / Σ_k F_k·I_k（该单位所有有得分的题求和；和为 0 时不给出）；节点的障碍度为其下各题 O_j 之和。全国值为各企业障碍度的平均（某企业某要素下无得分题时按 0 计）。",
                "15. Obstacle degree: for each unit and each question j with a score, F_j = the product of the local weights from the root down to j (effective weight), I_j = 1 − n_j/100, O_j = F_j·I_j / Σ_k F_k·I_k over the unit's questions with a score (none when that sum is 0); a node's obstacle is the sum of O_j over its questions. The national figure is the mean over firms (an element with no scored question of a firm counts 0 for it)."},
            {"method.lag", "16. 滞后类型：r = U1/U2；r < 0.8 为子系统 1 滞后，r > 1.2 为子系统 2 滞后，否则为同步型（U2 = 0 时子系统 2 滞后，U1 = U2 = 0 时为同步型）。耦合度修正形式（--coupling revised）：C = √{(1 − |U1 − U2|)·min/max}（王淑佳等，2021）。",
                "16. Lag type: r = U1/U2; r < 0.8 subsystem 1 lags, r > 1.2 subsystem 2 lags, else synchronous (U2 = 0: subsystem 2 lags, U1 = U2 = 0: synchronous). Revised coupling (--coupling revised): C = √{(1 − |U1 − U2|)·min/max} (Wang Shujia et al. 2021)."},
            // highlight sentences: the Summary
            {"hl.national", "全国综合指数（企业平均）为 %1$s 分，共 %2$s 家企业计分。",
                "The national index (mean of firms) is %1$s; firms scored: %2$s."},
            {"hl.subsystems", "%1$s平均 %2$s 分，%3$s平均 %4$s 分。", "%1$s averages %2$s and %3$s %4$s."},
            {"hl.topBottom", "在 %1$s 个地区中，%2$s综合指数最高（%3$s 分），%4$s最低（%5$s 分），相差 %6$s 分。",
                "Of %1$s regions, %2$s ranks first (%3$s) and %4$s last (%5$s), %6$s points apart."},
            {"hl.topBottomSolid", "在企业不少于 5 家的 %1$s 个地区中，%2$s综合指数最高（%3$s 分），%4$s最低（%5$s 分），相差 %6$s 分；"
                + "另有 %7$s 个地区企业少于 5 家，未列入此比较。",
                "Of the %1$s regions resting on 5 or more firms, %2$s has the highest index (%3$s) and %4$s the lowest "
                    + "(%5$s), %6$s points apart (regions on fewer firms, left out of this comparison: %7$s)."},
            {"hl.topBottomFew", "其中 %1$s 个地区企业少于 5 家，排名不稳定，请谨慎解读。",
                " Of these, %1$s rest on fewer than 5 firms: read the ranking with caution."},
            {"hl.topBottomFewOne", "其中 %1$s 个地区企业少于 5 家，排名不稳定，请谨慎解读。",
                " Of these, %1$s rests on fewer than 5 firms: read the ranking with caution."},
            {"hl.topBottomAllFew", "这些地区的企业均少于 5 家，排名不稳定，请谨慎解读。",
                " Each rests on fewer than 5 firms: read the ranking with caution."},
            {"hl.noRegionColumnAll", "企业问卷没有地区列（%1$s），所有企业都未归入地区，因此没有地区得分；原因见“数据问题”工作表的"
                + " missing-region-column（多为表头有错字）。",
                "The firm data has no region column (%1$s): no firm is in a region, so there are no region scores; "
                    + "see missing-region-column on the Issues sheet (often a misspelt header)."},
            {"hl.noRegionColumn", "有 %1$s 个企业问卷文件没有地区列，其企业计分但未归入任何地区：%2$s；原因见“数据问题”工作表的"
                + " missing-region-column（多为表头有错字）。",
                "Firm files without a region column, whose firms are scored but counted in no region: %1$s (%2$s; "
                    + "see missing-region-column on the Issues sheet, often a misspelt header)."},
            {"hl.regionNumbers", "有 %1$s 家计分企业的地区是选项序号（问卷星“按序号”导出），未归入任何地区，地区得分不含它们：%2$s；"
                + "请按文本导出后重新运行，见“数据问题”工作表的 region-number。",
                "%1$s scored firms have an option number for their region (a 问卷星 按序号 export) and are in no region,"
                    + " so the region scores leave them out: %2$s; export by text and run again (see region-number on the"
                    + " Issues sheet)."},
            {"hl.regionFromIp", "有 %1$s 个文件（%2$s 家企业）的地区取自 IP 属地，即提交答卷的 IP 地址所在地，未必是企业所在地：%3$s；"
                + "见“数据问题”工作表的 region-from-ip（请在问卷中设地区题；已有地区题的，多为表头有错字）。",
                "Firm files whose firms are placed by the IP location their answers were sent from, which need not be "
                    + "where the firm is: %1$s (%3$s; firms so placed: %2$s; see region-from-ip on the Issues sheet: ask "
                    + "the region in the survey, or correct its header if it is misspelt)."},
            {"hl.moreRegionFromIp", "另有 %1$s 家企业未填地区，同样按 IP 属地归入。",
                " Firms of other files placed by their IP location because their region answer is blank: %1$s."},
            {"hl.blankRegionFromIp", "有 %1$s 家企业未填地区，按 IP 属地（提交答卷的 IP 地址所在地）归入地区，未必是企业所在地；"
                + "见“数据问题”工作表的 region-from-ip。",
                "Firms that left the region blank and are placed by the IP location their answers were sent from, which "
                    + "need not be where the firm is: %1$s (see region-from-ip on the Issues sheet)."},
            {"hl.unreadable", "有 %1$s 个输入文件无法读取，未计入本报告：%2$s（原因见“数据问题”工作表）。",
                "Input files that could not be read, and are not in this report: %1$s (%2$s; why: see the Issues "
                    + "sheet)."},
            {"hl.lagCounts", "在有耦合结果的 %1$s 个地区中，%2$s滞后型 %3$s 个，%4$s滞后型 %5$s 个，同步型 %6$s 个。",
                "Regions with a coupling result: %1$s; %2$s lags: %3$s, %4$s lags: %5$s, synchronous: %6$s."},
            {"hl.lagExplain", "%1$s滞后型指 %2$s明显落后于 %4$s（%1$s 的得分不到 %3$s 的 %5$s 倍），%3$s滞后型反之"
                + "（%1$s 的得分超过 %3$s 的 %6$s 倍），同步型指两者相差不大。",
                " \"%1$s lags\" means %2$s is well behind %4$s (%1$s scores less than %5$s times %3$s), \"%3$s lags\" "
                    + "the reverse (%1$s scores more than %6$s times %3$s), synchronous that the two are close."},
            {"hl.commonObstacle", "最常见的首要障碍因子是 %1$s，在 %3$s 个地区中的 %2$s 个居首位。",
                "The most common largest obstacle is %1$s, first in %2$s of %3$s regions."},
            {"hl.commonObstacleTie", "首要障碍因子最常见的是 %1$s，各在 %3$s 个地区中的 %2$s 个居首位。",
                "The most common largest obstacles are %1$s, each first in %2$s of %3$s regions."},
            {"hl.nationalObstacle", "就全国企业平均而言，障碍度最大的是 %1$s（%2$s）。",
                "Over all firms, the largest obstacle is %1$s (%2$s of the total)."},
            {"hl.grades", "地区耦合协调等级以“%1$s”为主（%2$s 个地区），从“%3$s”到“%4$s”不等，平均耦合协调度 D = %5$s。",
                "Most regions are at the coupling grade “%1$s” (%2$s); grades run from “%3$s” to “%4$s”, mean D = %5$s."},
            {"hl.gradesRange", "地区耦合协调等级从“%1$s”到“%2$s”不等，平均耦合协调度 D = %3$s。",
                "Regions' coupling grades run from “%1$s” to “%2$s”, mean D = %3$s."},
            {"hl.gradesOne", "全部 %1$s 个地区的耦合协调等级均为“%2$s”，平均耦合协调度 D = %3$s。",
                "Every region with a coupling result (%1$s) is at the coupling grade “%2$s”, mean D = %3$s."},
            {"hl.data", "共读取企业问卷 %1$s 行，计分 %2$s 行，剔除 %3$s 行（%4$s）。",
                "Firm rows read: %1$s; scored: %2$s; excluded: %3$s (%4$s)."},
            {"hl.dataAll", "共读取企业问卷 %1$s 行，全部计分。", "Firm rows read: %1$s, all scored."},
            {"hl.reason", "%1$s %2$s 行", "%2$s %1$s"},
            {"hl.speed", "%1$s；%2$s。", "%1$s; %2$s."},
            {"hl.speedFlagged", "%1$s 家企业作答快于 %2$s 秒（--min-duration），%3$s",
                "%1$s firm respondents answered faster than %2$s s (--min-duration) and are %3$s"},
            {"hl.speedFlaggedOne", "%1$s 家企业作答快于 %2$s 秒（--min-duration），%3$s",
                "%1$s firm respondent answered faster than %2$s s (--min-duration) and is %3$s"},
            {"hl.speedScored", "已标记，仍计分", "flagged (still scored)"},
            {"hl.speedExcluded", "已标记并剔除", "flagged and excluded"},
            {"hl.speedUnchecked", "%1$s 行没有可读的作答时长，无法检查", "%1$s rows have no readable duration and could not be checked"},
            {"hl.speedUncheckedOne", "%1$s 行没有可读的作答时长，无法检查", "%1$s row has no readable duration and could not be checked"},
            // highlight sentences: a region profile
            {"hl.regionAbove", "%1$s综合指数为 %2$s 分，在 %3$s 个地区中排名第 %4$s，高于地区平均 %5$s 分。",
                "%1$s scores %2$s on the index, rank %4$s of %3$s, %5$s above the mean of regions."},
            {"hl.regionBelow", "%1$s综合指数为 %2$s 分，在 %3$s 个地区中排名第 %4$s，低于地区平均 %5$s 分。",
                "%1$s scores %2$s on the index, rank %4$s of %3$s, %5$s below the mean of regions."},
            {"hl.regionNoIndex", "%1$s没有综合指数（有得分的题目不足）。", "%1$s has no index (too few questions with a score)."},
            {"hl.regionCoupling", "耦合协调度 D = %1$s，属“%2$s”（%3$s %4$s 分，%5$s %6$s 分）。",
                "Coupling coordination D = %1$s: %2$s (%3$s %4$s, %5$s %6$s)."},
            {"hl.regionObstacles", "首要障碍因子为 %1$s（障碍度 %2$s），其次是 %3$s。",
                "The largest obstacle is %1$s (%2$s of the total), followed by %3$s."},
            {"hl.regionObstacleOne", "首要障碍因子为 %1$s（障碍度 %2$s）。", "The largest obstacle is %1$s (%2$s of the total)."},
            {"hl.obstacleItem", "%1$s（%2$s）", "%1$s (%2$s)"},
            {"hl.regionFirmsQ", "本地区结果基于 %1$s 家计分企业和本地区的地区问卷。",
                "Scored firms: %1$s, with the region questionnaire."},
            {"hl.regionFirmsNoQ", "本地区结果基于 %1$s 家计分企业，没有地区问卷。",
                "Scored firms: %1$s; no region questionnaire."},
            {"hl.regionFew", "企业少于 5 家，排名与置信区间不稳定，请谨慎解读。",
                "Fewer than 5 firms: read the rank and CI with caution."},
            {"hl.regionIp", "其中 %1$s 家企业按提交答卷的 IP 属地归入本地区（没有填写地区），IP 属地未必是企业所在地。",
                "Of these, %1$s placed here by the IP location their answers were sent from (no region answer), which"
                    + " need not be where the firm is."},
            {"hl.regionExcluded", "另有 %1$s 行本地区企业问卷被剔除（%2$s）。",
                "Firm rows of the region excluded: %1$s (%2$s)."},
        };
    }
}
