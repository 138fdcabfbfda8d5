package org.ecoscore.instrument;

import java.util.List;
import org.ecoscore.core.Level;

/**
 * Every word a template shows, in Chinese or English (SPEC §6): sheet names, the form's column headings,
 * the instructions and the validation messages. The form headings are the ones the form reader looks for
 * (SPEC §2): 题号/题目/答案 in Chinese, ID/Question/Answer in English.
 *
 * @param english true for English, false for Chinese
 */
record TemplateText(boolean english) {
    static final String LIST_SHEET = "lists";

    String instructionsSheet() {
        return english ? "Instructions" : "填写说明";
    }

    String questionnaireSheet() {
        return english ? "Questionnaire" : "问卷";
    }

    String title(String framework, Level source) {
        String kind = source == Level.FIRM ? (english ? "Firm questionnaire" : "企业问卷")
                : source == Level.EXPERT ? (english ? "Expert rating form" : "专家评分表")
                : (english ? "Regional questionnaire" : "地区问卷");
        return english ? kind + " — indicator framework: " + framework : kind + "（指标框架：" + framework + "）";
    }

    /** The form header row: 题号 | 题目 | 答案 | 说明. */
    List<String> formHeader() {
        return english ? List.of("ID", "Question", "Answer", "Note") : List.of("题号", "题目", "答案", "说明");
    }

    String purposeLabel() {
        return english ? "Purpose" : "目的";
    }

    String purpose(Level source, int questions) {
        if (source == Level.EXPERT) {
            return english ? "This form collects experts' ratings of the cases (countries, regions or programmes) on "
                    + questions + (questions == 1 ? " item" : " items") + " of the indicator framework: one row per "
                    + "expert and case. The cases' scores and the experts' agreement are computed from it."
                    : "本表收集专家对各案例（国家、地区或项目）在指标框架 " + questions + " 个题目上的评分：每位专家对每个案例填写一行。"
                    + "据此计算各案例得分和专家意见的一致性。";
        }
        if (english) {
            return "This questionnaire collects " + (source == Level.FIRM ? "a firm's" : "a region's")
                    + " answers to " + questions + (questions == 1 ? " question" : " questions") + " of the indicator framework, to compute its "
                    + "innovation-ecosystem scores. Answers are used for statistical analysis only.";
        }
        return "本问卷收集" + (source == Level.FIRM ? "企业" : "地区") + "对指标框架 " + questions
                + " 个题目的回答，用于计算创新生态指标得分。所填信息仅用于统计分析。";
    }

    String howLabel() {
        return english ? "How to answer" : "填写方法";
    }

    /** The numbered steps of "how to answer" for a layout. */
    List<String> steps(TemplateLayout layout, String sheet, Level source) {
        String where = layout == TemplateLayout.TABLE && source == Level.EXPERT
                ? (english ? "1. On the sheet \"" + sheet + "\", fill one row per expert and case (each expert rates "
                        + "every case: one row for each case) from row 2 on; do not change the header row."
                        : "1. 在「" + sheet + "」工作表中每位专家对每个案例各填写一行（每位专家对每个案例都要评分），从第 2 行开始；"
                        + "请勿修改第 1 行的表头。")
                : layout == TemplateLayout.TABLE
                ? (english ? "1. On the sheet \"" + sheet + "\", fill one row per respondent from row 2 on; "
                        + "do not change the header row."
                        : "1. 在「" + sheet + "」工作表中每个填报单位填写一行，从第 2 行开始；请勿修改第 1 行的表头。")
                : (english ? "1. On the sheet \"" + sheet + "\", fill in the details at the top, then answer "
                        + "each question in the Answer column; do not change the question numbers or texts."
                        : "1. 在「" + sheet + "」工作表顶部填写基本信息，再在「答案」列逐题作答；请勿修改题号和题目。");
        if (english) {
            return List.of(where,
                    "2. For scale and yes/no questions, choose from the drop-down list.",
                    "3. For number questions, type a number; percentages as 10 or 10%. The note or the "
                            + "prompt shows the unit and the expected range.",
                    "4. Leave a question blank when it does not apply or the figure is unknown.",
                    "5. Do not add, delete or reorder questions; save as .xlsx and send the file back to the "
                            + "contact below before the deadline.");
        }
        return List.of(where,
                "2. 量表题和是否题请从下拉列表中选择。",
                "3. 数值题请填写数字，百分比可写 10 或 10%；说明列或输入提示给出单位和参考范围。",
                "4. 不适用或不掌握数据的题目请留空。",
                "5. 请勿增删题目或调整顺序；保存为 .xlsx 后于截止日期前发回下方联系人。");
    }

    String contactLabel() {
        return english ? "Contact" : "联系人";
    }

    String contactDetailsLabel() {
        return english ? "Phone / e-mail" : "联系电话/邮箱";
    }

    String deadlineLabel() {
        return english ? "Deadline" : "截止日期";
    }

    String yes() {
        return english ? "yes" : "是";
    }

    String no() {
        return english ? "no" : "否";
    }

    String promptTitle() {
        return english ? "How to answer" : "填写提示";
    }

    String errorTitle() {
        return english ? "Not accepted" : "无法接受";
    }

    String chooseFromList() {
        return english ? "Choose a value from the drop-down list, or leave the cell blank."
                : "请从下拉列表中选择，或留空。";
    }

    String regionNotInList() {
        return english ? "This is not a region of the list; keep it only if the list lacks your region."
                : "该地区不在列表中；仅在列表中没有所在地区时保留。";
    }

    String numberError() {
        return english ? "Type a number of 0 or more, or leave the cell blank." : "请填写不小于 0 的数字，或留空。";
    }

    /** The hint for a number or percent question: "a number ≥ 0; unit %; expected range 0–20". */
    String numberHint(boolean percent, String range) {
        StringBuilder sb = new StringBuilder();
        if (english) {
            sb.append(percent ? "a percentage (10 or 10%), 0 or more" : "a number, 0 or more");
            if (range != null) sb.append("; expected range ").append(range).append(percent ? " %" : "");
        } else {
            sb.append(percent ? "百分比（填 10 或 10%），不小于 0" : "数字，不小于 0");
            if (range != null) sb.append("；参考范围 ").append(range).append(percent ? "%" : "");
        }
        return sb.toString();
    }

    /** The hint of a multi-select question: how to write several options, then the options. */
    String multiHint(String options) {
        return english ? "several answers allowed: write the options chosen joined by ┋ or ; (labels or numbers): "
                + options : "可多选：填写所选选项（文字或序号），以 ┋ 或 ; 分隔：" + options;
    }

    String caseHint() {
        return english ? "Choose the case you rate from the list (one row per case)." : "请从列表中选择所评价的案例（每个案例一行）。";
    }

    String regionHint() {
        return english ? "Choose the province-level region from the list." : "请从列表中选择省级行政区。";
    }

    /** Separator between the items of a scale hint ("1 非常不同意；2 不同意"). */
    String listSeparator() {
        return english ? "; " : "；";
    }
}
