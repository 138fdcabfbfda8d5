package org.ecoscore.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoscore.core.Issue;

/**
 * The message catalogue of the issue codes, beside {@link Labels}: for each code (and each variant of its
 * message, chosen by the issue's {@code form} parameter) one template in Chinese and one in English, with the
 * specifics as named parameters {@code {id}}, {@code {count}}.
 *
 * <p>An issue is shown in the report language from its template when the catalogue has one for its code and
 * form and the issue carries every parameter the template names; otherwise — a code added without a catalogue
 * entry, or an issue logged without parameters — it shows its own (English) {@link Issue#message()}. The
 * English templates say word for word what the sources write (a test checks this), so an English report reads
 * the same either way.
 *
 * <p>A few parameter values are words and are translated on the way into Chinese: {@code level} (firm,
 * region), {@code meta} (a metadata role), {@code why} (which duplicate copy is kept) and the row lists
 * {@code kept}, {@code others} ("row 7 of b.xlsx").
 */
public final class IssueMessages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9]+)}");
    private static final Pattern COLUMN = Pattern.compile("([A-Z]+) \"(.*?)\"(?=, [A-Z]+ \"|$)");
    private static final Pattern ROW = Pattern.compile("row (\\d+)(?: of (.+))?");
    private static final String FLAGGED_CHECK = " Check whether the answers were given with care.";
    private static final String MISSING_ID = "every row gets a FILE#ROW id, and a double submission is found only by the"
            + " firm's name";
    private static final String MISSING_REGION_FIRM = "no firm is in a region, so there are no region scores";
    private static final String MISSING_REGION_REGION = "no row can be matched to a region";
    private static final String MISSING_ID_ZH = "每行以“文件#行号”为标识，重复提交只能按企业名称发现";
    private static final String MISSING_REGION_FIRM_ZH = "没有企业归入任何地区，因而没有地区得分";
    private static final String MISSING_REGION_REGION_ZH = "地区问卷的各行都无法对应到地区";

    /** key (code, or code/form) → {zh, en}. */
    private static final Map<String, String[]> TEMPLATES = templates();
    private static final Map<String, String> WORDS_ZH = Map.ofEntries(
            Map.entry("level:firm", "企业"), Map.entry("level:region", "地区"), Map.entry("level:expert", "专家评分"),
            Map.entry("meta:id", "标识"), Map.entry("meta:name", "名称"), Map.entry("meta:region", "地区"),
            Map.entry("meta:case", "案例"), Map.entry("meta:rater", "专家"),
            Map.entry("meta:industry", "行业"), Map.entry("meta:size", "规模"), Map.entry("meta:community", "创新群落"),
            Map.entry("meta:submitted", "提交时间"), Map.entry("meta:duration", "作答时长"),
            Map.entry("why:the latest submitted", "提交时间最晚"), Map.entry("why:the earliest submitted", "提交时间最早"),
            Map.entry("why:the last in input order", "输入顺序最后"),
            Map.entry("why:the first in input order", "输入顺序最前"),
            Map.entry("why:the last in input order, submitted at the same time", "提交时间相同，按输入顺序取最后"),
            Map.entry("why:the first in input order, submitted at the same time", "提交时间相同，按输入顺序取最前"),
            Map.entry("why:the last in input order, as not every copy has a readable submission time",
                    "并非每份副本都有可读的提交时间，按输入顺序取最后"),
            Map.entry("why:the first in input order, as not every copy has a readable submission time",
                    "并非每份副本都有可读的提交时间，按输入顺序取最前"));

    private IssueMessages() {
    }

    /** The issue's message in the report language (see the class comment for when it falls back to English). */
    public static String render(Issue issue, boolean english) {
        String[] t = TEMPLATES.get(key(issue));
        if (t == null || t[english ? 1 : 0] == null) return issue.message();
        String filled = fill(english ? t[1] : t[0], issue.params(), english);
        return filled == null ? issue.message() : filled;
    }

    /**
     * The template for a code (and form, "" for none) in one language; null when the catalogue has none. An
     * entry may have no English template: its English is the source's own message (damaged-cell, whose English
     * has plurals).
     */
    public static String template(String code, String form, boolean english) {
        String[] t = TEMPLATES.get(form == null || form.isEmpty() ? code : code + "/" + form);
        return t == null ? null : t[english ? 1 : 0];
    }

    /** The issue codes with at least one Chinese template. */
    public static Set<String> codesWithChinese() {
        Set<String> codes = new TreeSet<>();
        for (Map.Entry<String, String[]> e : TEMPLATES.entrySet()) {
            if (e.getValue()[0] != null && !e.getValue()[0].isBlank()) codes.add(e.getKey().split("/", 2)[0]);
        }
        return codes;
    }

    private static String key(Issue issue) {
        String form = issue.params().get("form");
        return form == null ? issue.code() : issue.code() + "/" + form;
    }

    /** The template with its placeholders filled in; null when a parameter it names is missing. */
    static String fill(String template, Map<String, String> params, boolean english) {
        String[] parts = PARTS.get(template);
        if (parts == null) parts = parts(template);
        StringBuilder sb = new StringBuilder(template.length() + 64).append(parts[0]);
        for (int k = 1; k < parts.length; k += 2) {
            String name = parts[k];
            String v = params.get(name);
            if (v == null) return null;
            String zh = english ? null : ErrorMessages.nested(name, params);
            sb.append(english ? v : zh != null ? zh : chinese(name, v)).append(parts[k + 1]);
        }
        return sb.toString();
    }

    /**
     * Each catalogue template cut at its placeholders (the catalogue is filled once per issue: on a large batch
     * hundreds of thousands of times).
     */
    private static final Map<String, String[]> PARTS = catalogueParts();

    private static Map<String, String[]> catalogueParts() {
        Map<String, String[]> parts = new HashMap<>();
        for (String[] t : TEMPLATES.values()) {
            for (String template : t) if (template != null) parts.putIfAbsent(template, parts(template));
        }
        return Map.copyOf(parts);
    }

    /** A template as text, name, text, …, name, text: the texts between its placeholders and their names. */
    private static String[] parts(String template) {
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            parts.add(template.substring(at, m.start()));
            parts.add(m.group(1));
            at = m.end();
        }
        parts.add(template.substring(at));
        return parts.toArray(String[]::new);
    }

    private static String chinese(String name, String value) {
        if (name.equals("kept") || name.equals("others") || name.equals("other")) return rowsZh(value);
        if (name.equals("rowList")) return value.replace(", ", "、");
        if (name.equals("agree")) return agreeZh(value);
        if (name.equals("differ")) return differZh(value);
        if (name.equals("matches")) return matchesZh(value);
        if (name.equals("options")) return value.replace(", ", "、");
        return WORDS_ZH.getOrDefault(name + ":" + value, value);
    }

    /** "Q3 by columns D \"x\", E \"y\"; Q5 by …" → "Q3：D 列“x”、E 列“y”；Q5：…". */
    static String matchesZh(String matches) {
        StringBuilder sb = new StringBuilder();
        for (String part : matches.split("; (?=\\S+ by columns )")) {
            if (sb.length() > 0) sb.append('；');
            int by = part.indexOf(" by columns ");
            if (by < 0) {
                sb.append(part);
                continue;
            }
            sb.append(part, 0, by).append('：');
            Matcher m = COLUMN.matcher(part.substring(by + " by columns ".length()));
            boolean first = true;
            while (m.find()) {
                if (!first) sb.append('、');
                sb.append(m.group(1)).append(" 列“").append(m.group(2)).append('”');
                first = false;
            }
        }
        return sb.toString();
    }

    private static final Pattern DIFFER = Pattern.compile("(\\d+) answers? \\(e\\.g\\. (.*)\\)");
    private static final String CHECK = ": check which copy is right";

    /** "3 answers (e.g. A1_1, B2_3)" → " 3 个答案不同（如 A1_1、B2_3）". */
    static String differZh(String differ) {
        Matcher m = DIFFER.matcher(differ);
        if (!m.matches()) return differ;
        return " " + m.group(1) + " 个答案不同（如 " + m.group(2).replace(", ", "、") + "）";
    }

    /**
     * How the copies of a duplicate id compare (screen.DuplicateScreen): "the answers of the copies are
     * identical", "the copies differ in 3 answers (e.g. A1_1, B2_3): check which copy is right", and with more than
     * two copies "this copy is identical to row 9" / "this copy differs from row 9 in …".
     */
    static String agreeZh(String agree) {
        if (agree.equals("the answers of the copies are identical")) return "两份副本的答案完全相同";
        String check = agree.endsWith(CHECK) ? "：请核对哪一份正确" : "";
        String a = check.isEmpty() ? agree : agree.substring(0, agree.length() - CHECK.length());
        if (a.startsWith("the copies differ in ")) {
            return "两份副本有" + differZh(a.substring("the copies differ in ".length())) + check;
        }
        if (a.startsWith("this copy is identical to ")) {
            return "本行与" + rowsZh(a.substring("this copy is identical to ".length())) + "的答案完全相同";
        }
        Matcher m = Pattern.compile("this copy differs from (.+?) in (\\d+ answers? \\(e\\.g\\. .*\\))").matcher(a);
        if (m.matches()) return "本行与" + rowsZh(m.group(1)) + "有" + differZh(m.group(2)) + check;
        return agree;
    }

    /** "row 7, row 9 of b.xlsx" → "第 7 行、b.xlsx 第 9 行". */
    static String rowsZh(String rows) {
        StringBuilder sb = new StringBuilder();
        for (String part : rows.split(", (?=row \\d)")) {
            Matcher m = ROW.matcher(part);
            if (sb.length() > 0) sb.append('、');
            if (!m.matches()) {
                sb.append(part);
            } else {
                if (m.group(2) != null) sb.append(m.group(2)).append(' ');
                sb.append("第 ").append(m.group(1)).append(" 行");
            }
        }
        return sb.toString();
    }

    private static Map<String, String[]> templates() {
        String scored = "the row is still scored; use --exclude-flagged to leave such rows out.";
        String excluded = "the row is excluded (--exclude-flagged).";
        String noAnswer = "\"{answer}\" is not an answer of {question} (";
        String fix = "); fix the cell or leave it blank";
        String[][] t = {
            {"missing-id", "该{level}没有标识，以 {id} 计分。请填写标识列，以便识别填报单位。",
                "This {level} has no id; it is scored as {id}. Fill in the id column so that the respondent can be "
                    + "recognised."},
            {"mangled-id", "标识“{id}”已被 Excel 改写：长数字显示为科学计数法，末尾数字丢失；仍按此标识计分，但不同企业"
                + "可能因此共用同一标识。请将标识列设为文本格式后重新录入标识。",
                "The id '{id}' was destroyed by Excel, which showed a long number in scientific notation and dropped "
                    + "its last digits; it is scored under this id, but different firms may now share it. Format the "
                    + "id column as text and enter the ids again."},
            {"id-normalised", "标识“{id}”是以全角或小写字符书写的统一社会信用代码，按登记机关的写法 {code} 计分和显示。",
                "The id '{id}' is a unified social credit code written in full-width or lower-case characters; it is "
                    + "scored and shown as {code}, as the registry writes it."},
            {"invalid-credit-code", "标识“{id}”形似统一社会信用代码，但校验位不符（按前 17 位应为“{expected}”）；仍计分。"
                + "请核对代码是否抄错。",
                "The id '{id}' looks like a unified social credit code but its check character is wrong (expected "
                    + "'{expected}' from the first 17 characters); it is still scored. Check the code for a typing "
                    + "error."},
            {"duplicate-id/keep-first", "标识“{id}”出现 {copies} 次；保留{kept}（{why}，--duplicates keep-first），"
                + "本行剔除；{agree}。请删除多余的副本；如为不同的填报单位，请更正标识。",
                "The id '{id}' appears {copies} times; {kept} is kept ({why}, --duplicates keep-first) and this row "
                    + "is excluded; {agree}. Remove the extra copies or correct the id if they are different "
                    + "respondents."},
            {"duplicate-id/keep-last", "标识“{id}”出现 {copies} 次；保留{kept}（{why}，--duplicates keep-last），"
                + "本行剔除；{agree}。请删除多余的副本；如为不同的填报单位，请更正标识。",
                "The id '{id}' appears {copies} times; {kept} is kept ({why}, --duplicates keep-last) and this row "
                    + "is excluded; {agree}. Remove the extra copies or correct the id if they are different "
                    + "respondents."},
            {"duplicate-id/reject", "标识“{id}”还出现在{others}；所有副本均剔除（--duplicates reject）；{agree}。请只保留一份，"
                + "或改用 --duplicates keep-last 或 keep-first。",
                "The id '{id}' also appears at {others}; every copy is excluded (--duplicates reject); {agree}. Keep "
                    + "one copy, or choose --duplicates keep-last or keep-first."},
            {"duplicate-name/identical", "该{level}没有标识，名称“{name}”与{other}相同，且答案完全相同：视为同一{level}的重复提交，"
                + "本行剔除（保留{other}）。请从文件中删除这份副本；如为不同的{level}，请为两者填写标识。",
                "This {level} has no id and the same name '{name}' as {other}, and its answers are identical: it is "
                    + "taken for a second submission of the same {level} and excluded ({other} is kept). Delete the "
                    + "copy from the file, or fill in both ids if they are different."},
            {"duplicate-name/differ", "该{level}没有标识，名称“{name}”与{other}相同，但有{differ}：两行都计分。如为同一{level}，"
                + "请删除其中一份（或为两者填写同一标识，由 --duplicates 保留一份）；如为不同的{level}，请为两者填写各自的标识。",
                "This {level} has no id and the same name '{name}' as {other}, but they differ in {differ}: both rows "
                    + "are scored. If they are the same {level}, delete one copy (or fill in its id in both, so that "
                    + "--duplicates keeps one); if they are different, give each its own id."},
            {"low-coverage", "{level}题目 {questions} 道，仅答 {answered} 道（{share}），低于 {min}（--min-coverage），"
                + "本行剔除。请补全答案，或降低 --min-coverage。",
                "{answered} of {questions} {level} questions answered ({share}) < {min} (--min-coverage); the row is "
                    + "excluded. Complete the missing answers, or lower --min-coverage."},
            {"speeder/scored", "作答用时 {seconds} 秒，少于 --min-duration {min} 秒：本行仍计分，使用 --exclude-flagged "
                + "可剔除此类行。请核实是否认真作答。",
                "Answered in {seconds} s, less than --min-duration {min} s: " + scored + FLAGGED_CHECK},
            {"speeder/excluded", "作答用时 {seconds} 秒，少于 --min-duration {min} 秒：本行剔除（--exclude-flagged）。"
                + "请核实是否认真作答。",
                "Answered in {seconds} s, less than --min-duration {min} s: " + excluded + FLAGGED_CHECK},
            {"straight-lining/scored", "全部 {count} 道量表题的答案相同：本行仍计分，使用 --exclude-flagged 可剔除此类行。"
                + "请核实是否认真作答。",
                "All {count} scale answers are the same value: " + scored + FLAGGED_CHECK},
            {"straight-lining/excluded", "全部 {count} 道量表题的答案相同：本行剔除（--exclude-flagged）。请核实是否认真作答。",
                "All {count} scale answers are the same value: " + excluded + FLAGGED_CHECK},
            {"unknown-region", "地区“{region}”不在地区字典中，按原文单独成为一个地区（无代码）。请填写字典中的名称"
                + "（如 广东省 或 广东，或城市如 深圳市）或 GB/T 2260 代码。",
                "The region '{region}' is not in the region dictionary; it is kept as written, as a region of its own "
                    + "with no code. Write one of the dictionary's names (e.g. 广东省 or 广东, or a city such as 深圳市) "
                    + "or its GB/T 2260 code."},
            {"region-number", "地区“{region}”是一个数字而不是地名：按选项序号导出的答卷（问卷星“按序号”）写的是所选选项的序号，"
                + "因此该企业仍计分，但不计入任何地区。请按文本导出答卷（问卷星“按文本”），或在该列填写地区名称。",
                "The region '{region}' is a number, not a place: an export of the choices' numbers (问卷星's 按序号) gives "
                    + "the number of the option chosen, so this firm is scored but counted in no region. Export the "
                    + "survey 按文本 (by the answers' text), or write the region's name in the column."},
            {"missing-region", "该企业未填所在地区：仍计分，但不计入任何地区。请填写地区列，以便计入地区得分。",
                "This firm has no region: it is scored but counted in no region. Fill in the region column to "
                    + "include it in the regional scores."},
            {"mixed-encoding", "有 {utf8} 行为 UTF-8 编码（第一行为第 {first} 行），另有 {other} 行不是：文件混用了两种编码，"
                + "已按 GB18030 读取，UTF-8 的行会显示为乱码。请将整个文件另存为同一种编码（UTF-8）后重新运行。",
                "{utf8} line(s) are UTF-8 (the first at line {first}) and {other} are not: the file mixes two "
                    + "encodings and was read as GB18030, so the UTF-8 lines come out garbled; save the whole file "
                    + "in one encoding (UTF-8) and run again"},
            {"unreadable-file", "文件无法读取，未计分（其余文件照常计分）。原因：{reason}", "{reason}"},
            {"skipped-file", "不是问卷文件（.xlsx .xlsm .xls .csv .tsv），已跳过",
                "not a questionnaire (.xlsx .xlsm .xls .csv .tsv): skipped"},
            {"skip-file-unused", "模式 --skip-file {pattern} 与任何输入文件都不相符，所有文件均已读取：请对照文件名检查该模式（文件名：说明*.xlsx；"
                + "所给文件夹中的子文件夹：old 或 old/**）",
                "The pattern --skip-file {pattern} matches no input file, so every file was read: check the pattern against the file "
                    + "names (a name: 说明*.xlsx; a folder within the folder given: old or old/**)"},
            {"skipped-file/skip-file", "与 --skip-file {pattern} 相符，已跳过", "matches --skip-file {pattern}: skipped"},
            {"skipped-file/own-report", "这是 ecoscore 的报告（含“{method}”和“{other}”工作表），不是问卷，已跳过（如要与它比较，请用 --baseline 指定它）",
                "this is an ecoscore report (sheets {method} and {other}), not a questionnaire: skipped (to compare with "
                    + "it, give it to --baseline)"},
            {"unmapped-column/second-meta", "列“{header}”是第二个{meta}列；使用 {first} 列，本列忽略",
                "column \"{header}\" is a second {meta} column; column {first} is used and this one ignored"},
            {"unmapped-column", "列“{header}”与指标体系 {framework} 的题目和基本信息都不对应，已忽略",
                "column \"{header}\" matches no question or metadata of framework {framework} and is ignored"},
            {"unmapped-row", "行“{row}”与指标体系 {framework} 的题目和基本信息都不对应，其答案“{answer}”已忽略",
                "row \"{row}\" matches no question or metadata of framework {framework}; its answer \"{answer}\" "
                    + "is ignored"},
            {"missing-id-column/firm", "缺少标识列（表头为 {alias} 或 meta.csv 中的其他标识别名）：" + MISSING_ID_ZH
                + "。请添加该列或更正表头。",
                "no id column (headed {alias} or another id alias of meta.csv): " + MISSING_ID
                    + "; add the column or correct its header"},
            {"missing-id-column/firm-misspelt", "缺少标识列：{column} 列“{header}”疑为“{alias}”的笔误。请更正表头后重新运行（"
                + MISSING_ID_ZH + "）。",
                "no id column: column {column} \"{header}\" looks like a misspelt \"{alias}\"; correct the header "
                    + "and run again (" + MISSING_ID + ")"},
            {"missing-id-column/firm-platform", "缺少标识列：{column} 列“{header}”是{platform}的答卷编号，编的是答卷而不是企业（"
                + MISSING_ID_ZH + "）。请在问卷中请企业填写统一社会信用代码；若以 {header} 为标识，每份答卷各有一个标识，重复提交将无从发现。",
                "no id column: column {column} \"{header}\" is {platform}'s respondent number, which numbers submissions, "
                    + "not firms (" + MISSING_ID + "); ask for the firm's credit code (统一社会信用代码) in the survey — "
                    + "taking {header} as the id would give every submission an id of its own, and no double submission "
                    + "would be found"},
            {"missing-region-column/firm", "缺少地区列（表头为 {alias} 或 meta.csv 中的其他地区别名）："
                + MISSING_REGION_FIRM_ZH + "。请添加该列或更正表头。",
                "no region column (headed {alias} or another region alias of meta.csv): " + MISSING_REGION_FIRM
                    + "; add the column or correct its header"},
            {"missing-region-column/firm-misspelt", "缺少地区列：{column} 列“{header}”疑为“{alias}”的笔误。请更正表头后"
                + "重新运行（" + MISSING_REGION_FIRM_ZH + "）。",
                "no region column: column {column} \"{header}\" looks like a misspelt \"{alias}\"; correct the "
                    + "header and run again (" + MISSING_REGION_FIRM + ")"},
            {"missing-region-column/region", "缺少地区列（表头为 {alias} 或 meta.csv 中的其他地区别名）："
                + MISSING_REGION_REGION_ZH + "。请添加该列或更正表头。",
                "no region column (headed {alias} or another region alias of meta.csv): " + MISSING_REGION_REGION
                    + "; add the column or correct its header"},
            {"region-from-ip/one", "没有地区列：各行的地区取自 {column} 列“{header}”，即提交答卷的 IP 地址所在地，未必是填报者的所在地；"
                + "如要按填报者自己的回答归入地区，请在问卷中加一道地区题（表头为 {alias}），或在文件中加一列地区",
                "no region column: the region of every row is taken from column {column} \"{header}\", the location of "
                    + "the IP address the answer was sent from, which need not be where the respondent is; to place "
                    + "each respondent by its own answer, add a region question (headed {alias}) to the survey or a "
                    + "region column to the file"},
            {"region-from-ip/two", "没有地区列：各行的地区取自 {column} 列“{header}”和 {column2} 列“{header2}”，即提交答卷的 IP 地址"
                + "所在地，未必是填报者的所在地；如要按填报者自己的回答归入地区，请在问卷中加一道地区题（表头为 {alias}），或在文件中加一列地区",
                "no region column: the region of every row is taken from columns {column} \"{header}\" and {column2} "
                    + "\"{header2}\", the location of the IP address the answer was sent from, which need not be where "
                    + "the respondent is; to place each respondent by its own answer, add a region question (headed "
                    + "{alias}) to the survey or a region column to the file"},
            {"missing-region-column/ip-misspelt", "缺少地区列：{column} 列“{header}”疑为“{alias}”的笔误，因此未读取其中的回答，"
                + "各行改按提交答卷的 IP 属地归入地区（region-from-ip），未必是填报者的所在地。请更正表头，或把“{header}”"
                + "加入 meta.csv 的 region 行，然后重新运行。",
                "no region column: column {column} \"{header}\" looks like a misspelt \"{alias}\", so its answers are not "
                    + "read and every row is placed by the IP location its answer was sent from instead (region-from-ip), "
                    + "which need not be where the respondent is; correct the header, or add \"{header}\" to the region "
                    + "row of meta.csv, and run again"},
            {"region-from-ip/one-misspelt", "没有地区列：各行的地区取自 {column} 列“{header}”，即提交答卷的 IP 地址所在地，未必是填报者的"
                + "所在地；{misspeltColumn} 列“{misspeltHeader}”似为表头有错字的地区题（“{misspeltAlias}”）：如要按填报者自己的回答"
                + "归入地区，请更正该表头，或把它加入 meta.csv 的 region 行",
                "no region column: the region of every row is taken from column {column} \"{header}\", the location of "
                    + "the IP address the answer was sent from, which need not be where the respondent is; column "
                    + "{misspeltColumn} \"{misspeltHeader}\" looks like the region question with a misspelt header "
                    + "(\"{misspeltAlias}\"): to place each respondent by its own answer, correct the header or add it to "
                    + "the region row of meta.csv"},
            {"region-from-ip/two-misspelt", "没有地区列：各行的地区取自 {column} 列“{header}”和 {column2} 列“{header2}”，即提交答卷的"
                + " IP 地址所在地，未必是填报者的所在地；{misspeltColumn} 列“{misspeltHeader}”似为表头有错字的地区题（“{misspeltAlias}”）："
                + "如要按填报者自己的回答归入地区，请更正该表头，或把它加入 meta.csv 的 region 行",
                "no region column: the region of every row is taken from columns {column} \"{header}\" and {column2} "
                    + "\"{header2}\", the location of the IP address the answer was sent from, which need not be where "
                    + "the respondent is; column {misspeltColumn} \"{misspeltHeader}\" looks like the region question "
                    + "with a misspelt header (\"{misspeltAlias}\"): to place each respondent by its own answer, correct "
                    + "the header or add it to the region row of meta.csv"},
            {"region-from-ip/blank-one", "有 {count} 行的地区回答（{regionColumn} 列“{regionHeader}”）为空，改按 {column} 列“{header}”"
                + "即提交答卷的 IP 地址所在地归入地区，未必是填报者的所在地：第 {rowList} 行。如要按填报者自己的回答归入地区，"
                + "请补填这些行的地区",
                "the region answer (column {regionColumn} \"{regionHeader}\") is blank in {count} of the rows, so they "
                    + "are placed by column {column} \"{header}\", the location of the IP address the answer was sent "
                    + "from, which need not be where the respondent is: row numbers {rowList}. Fill in their region "
                    + "answers to place them by their own answer"},
            {"region-from-ip/blank-two", "有 {count} 行的地区回答（{regionColumn} 列“{regionHeader}”）为空，改按 {column} 列“{header}”"
                + "和 {column2} 列“{header2}”即提交答卷的 IP 地址所在地归入地区，未必是填报者的所在地：第 {rowList} 行。"
                + "如要按填报者自己的回答归入地区，请补填这些行的地区",
                "the region answer (column {regionColumn} \"{regionHeader}\") is blank in {count} of the rows, so they "
                    + "are placed by columns {column} \"{header}\" and {column2} \"{header2}\", the location of the IP "
                    + "address the answer was sent from, which need not be where the respondent is: row numbers "
                    + "{rowList}. Fill in their region answers to place them by their own answer"},
            {"missing-case-column/expert", "缺少案例列（表头为 {alias} 或 meta.csv 中的其他案例别名）：每行都被排除（no-case）。"
                + "请添加该列或更正表头。",
                "no case column (headed {alias} or another case alias of meta.csv): every row is excluded (no-case); "
                    + "add the column or correct its header"},
            {"missing-case-column/expert-misspelt", "缺少案例列：{column} 列“{header}”疑为“{alias}”的笔误。请更正表头后重新运行"
                + "（每行都被排除（no-case））。",
                "no case column: column {column} \"{header}\" looks like a misspelt \"{alias}\"; correct the header "
                    + "and run again (every row is excluded (no-case))"},
            {"missing-rater-column/expert", "缺少专家列（表头为 {alias} 或 meta.csv 中的其他专家别名）：每行都被排除（no-rater）。"
                + "请添加该列或更正表头。",
                "no rater column (headed {alias} or another rater alias of meta.csv): every row is excluded "
                    + "(no-rater); add the column or correct its header"},
            {"missing-rater-column/expert-misspelt", "缺少专家列：{column} 列“{header}”疑为“{alias}”的笔误。请更正表头后重新"
                + "运行（每行都被排除（no-rater））。",
                "no rater column: column {column} \"{header}\" looks like a misspelt \"{alias}\"; correct the header "
                    + "and run again (every row is excluded (no-rater))"},
            {"no-case", "该专家评分行未填写案例（案例列为空或缺失），无法计入任何案例，已排除。请填写专家所评价的案例。",
                "This expert row names no case (the case column is blank or absent), so it cannot count for any case "
                    + "and is excluded. Fill in the case the expert rated."},
            {"no-rater", "该专家评分行（案例“{case}”）未填写专家（专家列为空或缺失），无法衡量其与其他专家的一致性，已排除。"
                + "请填写评分的专家（姓名或 E01 等编号）。",
                "This expert row for the case '{case}' names no rater (the rater column is blank or absent), so its "
                    + "agreement with the other raters cannot be measured and it is excluded. Fill in who rated the "
                    + "case (a name or a code such as E01)."},
            {"unknown-case", "案例“{case}”不在指标框架的案例列表中（scales.csv 的 cases 量表：{cases}），该行已排除。"
                + "请填写列表中的案例，或将其加入案例列表。",
                "The case '{case}' is not in the framework's case list (scale cases of scales.csv: {cases}), so the "
                    + "row is excluded. Write one of those cases, or add it to the case list."},
            {"missing-region-column/region-misspelt", "缺少地区列：{column} 列“{header}”疑为“{alias}”的笔误。请更正表头"
                + "后重新运行（" + MISSING_REGION_REGION_ZH + "）。",
                "no region column: column {column} \"{header}\" looks like a misspelt \"{alias}\"; correct the "
                    + "header and run again (" + MISSING_REGION_REGION + ")"},
            {"invalid-value/number", "“{answer}”不是题目 {question} 的有效答案（数值题：应填一个数）。请更正该单元格或留空。",
                noAnswer + "number: a number" + fix},
            {"invalid-value/percent", "“{answer}”不是题目 {question} 的有效答案（百分比题：应填百分数，如 12.5 或 12.5%）。"
                + "请更正该单元格或留空。",
                noAnswer + "percent: a number in percent, such as 12.5 or 12.5%" + fix},
            {"invalid-value/yesno", "“{answer}”不是题目 {question} 的有效答案（是非题：是/否、yes/no 或 1/0）。"
                + "请更正该单元格或留空。",
                noAnswer + "yesno: 是/否, yes/no or 1/0" + fix},
            {"invalid-value/scale", "“{answer}”不是题目 {question} 的有效答案（量表 {scale}：{min}–{max}）。"
                + "请更正该单元格或留空。",
                noAnswer + "scale {scale}: {min}–{max}" + fix},
            {"invalid-value/scale-labels", "“{answer}”不是题目 {question} 的有效答案（量表 {scale}：{min}–{max} 或 "
                + "{labels}）。请更正该单元格或留空。",
                noAnswer + "scale {scale}: {min}–{max} or {labels}" + fix},
            {"invalid-value/submitted", "“{answer}”不是提交时间（应如 2025/3/11 15:29:52），已忽略；标识重复时本行无法按时间"
                + "排序（--duplicates keep-last 改为保留最后一行）。请更正该单元格，或重新导出提交时间。",
                "\"{answer}\" is not a submission time (such as 2025/3/11 15:29:52); it is ignored, so this row cannot be "
                    + "ordered by time when its id appears twice (--duplicates keep-last keeps the last row instead): "
                    + "fix the cell, or export the times again"},
            {"invalid-value/submitted-keep-first", "“{answer}”不是提交时间（应如 2025/3/11 15:29:52），已忽略；标识重复时本行"
                + "无法按时间排序（--duplicates keep-first 改为保留最前一行）。请更正该单元格，或重新导出提交时间。",
                "\"{answer}\" is not a submission time (such as 2025/3/11 15:29:52); it is ignored, so this row cannot be "
                    + "ordered by time when its id appears twice (--duplicates keep-first keeps the first row instead): "
                    + "fix the cell, or export the times again"},
            {"invalid-value/submitted-reject", "“{answer}”不是提交时间（应如 2025/3/11 15:29:52），已忽略；本次运行不受影响："
                + "提交时间只用于决定重复标识保留哪一份，而 --duplicates reject 一份也不保留。改用 keep-last 或 keep-first "
                + "之前请更正该单元格。",
                "\"{answer}\" is not a submission time (such as 2025/3/11 15:29:52); it is ignored, which changes nothing "
                    + "in this run: submission times only choose the copy kept of a repeated id, and --duplicates reject "
                    + "keeps none; fix the cell before you use keep-last or keep-first"},
            {"invalid-value/duration", "“{answer}”不是作答时长（秒数，如 95、2分30秒 或 0:02:30），已忽略，--min-duration "
                + "无法检查本行。请更正该单元格，或重新导出作答时长。",
                "\"{answer}\" is not a duration (seconds, such as 95, 2分30秒 or 0:02:30); it is ignored, so --min-duration "
                    + "cannot check this row: fix the cell, or export the durations again"},
            {"invalid-value/duration-unused", "“{answer}”不是作答时长（秒数，如 95、2分30秒 或 0:02:30），已忽略；本次运行"
                + "不受影响：作答时长只用于 --min-duration 标记作答过快者，本次未指定该选项。使用该选项之前请更正该单元格。",
                "\"{answer}\" is not a duration (seconds, such as 95, 2分30秒 or 0:02:30); it is ignored, which changes "
                    + "nothing in this run: durations are used only to flag speeders with --min-duration, not given; fix "
                    + "the cell before you use it"},
            {"invalid-value/negative-log", "题目 {question} 的答案 {answer} 为负数，而该题取 ln(1 + x)（transform=log），"
                + "按缺失处理。请更正答案或留空。",
                "The answer {answer} to question {question} is negative, but the question takes ln(1 + x) "
                    + "(transform=log); it is treated as missing. Correct the answer or leave it blank."},
            {"ahp-inconsistent", "{node} 下级的 AHP 判断矩阵不一致（CR = {cr} > 0.1）：请修订两两比较，使之相互一致。",
                "The AHP matrix for the children of {node} is inconsistent (CR = {cr} > 0.1); revise its pairwise "
                    + "comparisons so that they agree with each other."},
            {"low-reliability", "{node} 的克隆巴赫 α 为 {alpha}（< {threshold}，完整个案 {cases} 个）：其题目可能并未测量"
                + "同一内容。请复核题目 {items}。",
                "Cronbach's α of {node} is {alpha} (< {threshold}, {cases} complete cases): its items may not "
                    + "measure one thing; review the questions {items}"},
            {"ahp-inconsistent/expert", "专家 {expert} 对 {node} 下级的 AHP 判断矩阵不一致（CR = {cr} > 0.1）：请修订"
                + "两两比较，使之相互一致。",
                "Expert {expert}'s AHP matrix for the children of {node} is inconsistent (CR = {cr} > 0.1); revise "
                    + "its pairwise comparisons so that they agree with each other."},
            {"ahp-inconsistent/aggregate", "专家意见汇总后，{node} 下级的 AHP 判断矩阵不一致（CR = {cr} > 0.1）：专家之间"
                + "分歧过大。请修订判断矩阵，或用 --ahp-max-cr 剔除一致性最差的矩阵。",
                "The experts' aggregate AHP matrix for the children of {node} is inconsistent (CR = {cr} > 0.1); the "
                    + "experts disagree too much: revise the matrices or leave out the least consistent with "
                    + "--ahp-max-cr."},
            {"ahp-expert-excluded", "专家 {expert} 对 {node} 下级的 AHP 判断矩阵未计入汇总：CR = {cr} > --ahp-max-cr "
                + "{max}。请专家修订该矩阵，或提高 --ahp-max-cr 以保留它。",
                "Expert {expert}'s AHP matrix for the children of {node} is left out of the aggregate: CR = {cr} > "
                    + "--ahp-max-cr {max}; ask the expert to revise it, or raise --ahp-max-cr to keep it."},
            {"baseline-weights-differ", "本次要求 --weights {asked}，但基期是用 --weights {then} 计分的：在基期标尺（--yardstick baseline）下，"
                + "沿用基期实际使用的权重（{then}），而不是按本年数据重新计算 {asked} 权重；权重表与方法说明中的权重即基期的权重。"
                + "若要本年自己的权重，请加 --yardstick current（此时变化同时反映作答与权重的变化）。", null},
            {"group-number", "{column}列只有选项序号（{examples}）：按选项序号导出的答卷（问卷星“按序号”）就是这样写的，"
                + "--by {role} 的分组和企业表显示的都是这些序号而不是名称。请按文本导出答卷，或在该列填写名称。", null},
            {"baseline-unchanged", "本次的 {firms} 家企业和 {regions} 个地区都在基线中，且每个得分都与基线完全相同：基线似乎就是这同一批数据此前的评分，"
                + "而不是往年的结果。请给 --baseline 指定往年的报告或 CSV 文件夹。", null},
            {"ahp-no-expert", "{node} 下级的所有 AHP 判断矩阵 CR 均高于 --ahp-max-cr {max}，其下级沿用指标体系中的权重。"
                + "请修订判断矩阵，或提高 --ahp-max-cr。",
                "Every AHP matrix for the children of {node} has CR above --ahp-max-cr {max}, so its children keep "
                    + "their framework weights; revise the matrices or raise --ahp-max-cr."},
            {"unchecked-duration/all", "本文件进入作答速度检查的 {checked} 行都没有可读的作答时长，--min-duration 无法检查本文件，"
                + "没有一行被标记为作答过快。请为文件补上作答时长列（所用时间，或 meta.csv 中作答时长的其他别名）或填写该列。", null},
            {"unchecked-duration/some", "本文件进入作答速度检查的 {checked} 行中有 {unchecked} 行没有可读的作答时长（单元格为空，"
                + "或不是时长：见该行的 invalid-value 警告），--min-duration 无法检查这些行，它们不会被标记为作答过快。"
                + "请补填作答时长以便检查。", null},
            {"damaged-cell/bytes", "该单元格有 {replaced} 处字节不是文件编码下的文字（显示为 �）：文件此处已损坏。"
                + "请对照原始答卷核对该值并更正单元格（或重新导出文件）", null},
            {"damaged-cell/nuls", "该单元格含 {nuls} 个 NUL 字符，已删除：文件此处已损坏。请对照原始答卷核对该值并更正"
                + "单元格（或重新导出文件）", null},
            {"damaged-cell/both", "该单元格有 {replaced} 处字节不是文件编码下的文字（显示为 �），并含 {nuls} 个 NUL 字符"
                + "（已删除）：文件此处已损坏。请对照原始答卷核对该值并更正单元格（或重新导出文件）", null},
            {"damaged-cell/more", "除上列 {listed} 个外，另有 {count} 个损坏的单元格：文件损坏严重，请重新导出",
                "{count} more damaged cells after the {listed} listed: the file is badly damaged; export it again"},
            {"duplicate-column", "有题目与不止一列对应：{matches}。每行使用其中第一个有效答案（级联选择题每级写一列）；"
                + "如它们是不同的题目，请修改表头",
                "questions matched by more than one column: {matches}. In each row the first of them holding a valid "
                    + "answer is used (a cascading select writes one column per level); if they are different "
                    + "questions, rename the headers"},
            {"missing-option-column", "题目 {question} 代表选项“{option}”，但其所属题目的各列中没有该选项的列（各列为 "
                + "{options}）；本文件不读取该题。请按列标题的写法填写 option",
                "question {question} stands for option \"{option}\", but no column of its question is that option's "
                    + "(the columns are for {options}); the question is not read from this file: write its option "
                    + "as the column headers do"},
            {"near-miss-column/meta", "列“{header}”与任何题目和基本信息都不对应，已忽略；是否指{meta}列“{alias}”？如是，请更正表头，"
                + "或把“{written}”加入 meta.csv 中“{alias}”所在行的别名",
                "column \"{header}\" matches no question or metadata and is ignored; did you mean the {meta} column "
                    + "\"{alias}\"? If so, correct the header or add \"{written}\" to the {meta} row of meta.csv"},
            {"near-miss-column", "列“{header}”与任何题目都不对应，已忽略；是否指 {question}“{text}”？如是，请更正表头，"
                + "或把“{alias}”加入 questions.csv 中 {question} 的别名（aliases）",
                "column \"{header}\" matches no question and is ignored; did you mean {question} \"{text}\"? If so, "
                    + "correct the header or add \"{alias}\" to {question}'s aliases in questions.csv"},
            {"no-answer-rows", "有表头行（第 {header} 行），但其下没有答卷行，因此未计分：请重新导出答卷（问卷可能尚无"
                + "提交，或导出时做了筛选）",
                "has a header row (row {header}) but no answer rows below it, so nothing of it is scored: export the "
                    + "responses again (the survey may have had no submissions yet, or the export was filtered)"},
            {"no-city", "地区“{region}”只写了省份 {province}，未写城市，而地区单位为城市（--region-level city）：该{level}"
                + "仍计分，但不计入任何城市。请写明所在城市（如 江苏省南京市 或 南京），或改用 --region-level province 计分。",
                "The region '{region}' names the province {province} but no city, and the regional unit is the city "
                    + "(--region-level city): this {level} is scored but counted in no city. Write its city (e.g. "
                    + "江苏省南京市 or 南京), or score with --region-level province."},
            {"missing-region/file", "本文件所有企业都未填地区（每行的地区列均为空），因此这些企业仍计分，但不计入任何地区。"
                + "请填写地区列，以便计入地区得分。",
                "No firm of this file has a region: the region column is blank in every row, so its firms are scored "
                    + "but counted in no region. Fill in the region column to include them in the regional scores."},
            {"unmapped-column/fill-in", "列“{header}”是 {question} 选项 {option} 的填空文字；填空文字不计分，本列忽略",
                "column \"{header}\" holds the fill-in text of option {option} of {question}; fill-in text is not "
                    + "scored and the column is ignored"},
        };
        java.util.HashMap<String, String[]> m = new java.util.HashMap<>();
        for (String[] e : t) m.put(e[0], new String[] {e[1], e[2]});
        return Map.copyOf(m);
    }
}
