package org.ecoscore.draft;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every Chinese and English word of what {@code framework draft} writes for its reader (the README.md of the
 * drafted folder, the reasons a column is left out, what is done with each metadata column), in one table like
 * {@code report.Labels}: the draft package may not use {@code report} (it is upstream of scoring), so its words
 * live here. A template's {@code {0}}, {@code {1}} … are replaced by the phrase's arguments as given.
 */
final class DraftWords {
    /** A sentence or phrase to be said in the reader's language: its key and its arguments (already text). */
    record Phrase(String key, List<String> args) {
        static Phrase of(String key, Object... args) {
            return new Phrase(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }
    }

    private static final String[][] WORDS = {
        // the README
        {"title", "# 由 {0} 起草的指标体系", "# Framework drafted from {0}"},
        {"intro", "本文件夹由 `ecoscore framework draft` 根据下列导出文件写出。这是初稿：它按导出文件的原样评分\n"
                + "（所有题目都在同一个节点下，权重相同），请按需修改。每个文件的格式见 ecoscore 的\n"
                + "`docs/framework-format.md`，ecoscore 如何读取各问卷平台的列见 `docs/platforms.md`。",
            "`ecoscore framework draft` wrote this folder from the export(s) below. It is a first draft: it\n"
                + "scores the export as it is (every question under one node, equal weights), and it is yours to\n"
                + "edit. The format of every file is described in `docs/framework-format.md` of the ecoscore\n"
                + "repository, and what ecoscore does with each platform's columns in `docs/platforms.md`."},
        {"exports.head", "| 导出文件 | 工作表 | 表头行 | 答卷行数 |", "| export | sheet | header row | answer rows |"},
        {"noSheet", "—", "—"},
        {"score1", "评分：", "Score it:"},
        {"sameRespondents", "此指标体系可读取其中每一个导出文件。它们是同一份问卷星问卷的“按文本”和“按序号”两种下载，\n"
                + "是同一批答卷，所以请逐个评分——合在一起评分时每位答卷人会被读两遍，第二份作为重复标识被剔除：",
            "The framework reads each of these exports. They are the 按文本 and 按序号 downloads of one\n"
                + "问卷星 survey and hold the same respondents, so score them one at a time — given together, every\n"
                + "respondent would be read twice and the second copy excluded as a duplicate id:"},
        {"together", "此指标体系可读取其中每一个导出文件，每道题从各导出文件自己的列读取。它们不是同一份问卷星问卷的\n"
                + "“按文本”和“按序号”两种下载，所以合在一起评分（在两个文件中都答过卷的企业按标识只计一次）：",
            "The framework reads each of these exports, each question from each export's own column. They are\n"
                + "not the 按文本 and 按序号 downloads of one 问卷星 survey, so they are scored together (a respondent\n"
                + "found in both by its id is counted once):"},
        {"questions.head", "## 题目（questions.csv）", "## Questions (questions.csv)"},
        {"questions.count", "共 {0} 道题目，每道题目对应一个答案列（几个导出文件中题干相同的题目为同一题，从各自的列读取），"
                + "都在节点 `{1}` 下（framework.csv）。量表根据所见答案推断，请逐一核对。",
            "{0} questions, one per answer column (a question of the same text in several exports is one question, "
                + "read from each export's column), all under node `{1}` (framework.csv). The scale is inferred from "
                + "the answers seen; check each one."},
        {"questions.table", "| 代码 | 题干 | 量表 | 所见答案 | 列 |", "| code | text | scale | answers seen | column |"},
        {"multi", "（多选）", " (multi)"},
        {"scales", "量表（scales.csv）：{0}。", "Scales (scales.csv): {0}."},
        {"scales.sep", "；", "; "},
        {"missing", "所见答案中有表示“不知道”的答案（{0}）：missing.csv 把它们声明为缺失，既不评分，也不报为无效答案\n"
                + "（在指标表中计为 declared_missing）。",
            "Answers that mean \"don't know\" were seen ({0}): missing.csv declares them missing, so they are "
                + "neither scored nor reported as\ninvalid (they are counted as declared_missing in the Indicators "
                + "table)."},
        {"list.sep", "、", ", "},
        {"meta.head", "## 元数据（meta.csv）", "## Metadata (meta.csv)"},
        {"meta.intro", "按 ecoscore 内置 meta.csv 的表头或问卷平台的表头（docs/platforms.md）识别的列。",
            "Columns recognised by a header of ecoscore's built-in meta.csv or of a survey platform "
                + "(docs/platforms.md)."},
        {"meta.table", "| 列 | 表头 | 平台 | ecoscore 如何处理 |", "| column | header | platform | what ecoscore does with it |"},
        {"meta.after", "meta.csv 为每个角色先列出导出文件的表头，再列出 ecoscore 内置指标体系的别名\n"
                + "（这样其模板和其他平台的导出文件也能读取）。",
            "meta.csv gives each role the export's header first, then the aliases of ecoscore's built-in\n"
                + "framework (so that its templates and other platforms' exports read too)."},
        {"meta.noId", "没有列能识别答卷人：每行的标识为“文件#行号”，也无法发现重复答卷。请在问卷中加入标识列\n"
                + "（企业问卷：统一社会信用代码），或把其表头加到 meta.csv 的 `id` 行。",
            "No column identifies the respondent: every row gets the id FILE#ROW, and repeated answers\n"
                + "cannot be found. Add an id column (for firms: 统一社会信用代码) to the survey, or add its header\n"
                + "to the `id` row of meta.csv."},
        {"meta.noRegion", "没有列给出地区：将没有地区得分。请把地区题的表头加到 meta.csv 的 `region` 行。",
            "No column gives the region: there will be no region scores. Add the header of the region\n"
                + "question to the `region` row of meta.csv."},
        {"leftOut.head", "## 未收入的列", "## Columns left out"},
        {"leftOut.intro", "这些列既不是题目，也不是 ecoscore 读取的元数据；评分时它们作为未对应的列（提示）列出并被忽略。",
            "These columns are neither questions nor metadata ecoscore reads; when scoring they are\n"
                + "listed as unmapped columns (info) and ignored."},
        {"leftOut.table", "| 列 | 表头 | 原因 | 所见答案 |", "| column | header | why | answers seen |"},
        {"leftOut.choice", "无序选项（行业、规模、创新群落……）是元数据：请把其表头加到 meta.csv 的相应行。如仍要为其评分，\n"
                + "请在 scales.csv 中为它建一个列出各选项及其分值的量表，并在 questions.csv 中加一行。",
            "A choice without an order (industry, size, community …) is metadata: add its header to the\n"
                + "matching row of meta.csv. To score one anyway, give it a scale in scales.csv that lists its\n"
                + "options with their values, and a row in questions.csv."},
        {"next.head", "## 下一步修改什么", "## What to edit next"},
        {"next.1", "1. **把题目分组到节点。** 在 framework.csv 中为每个维度加一行（code、parent（`{0}` 或另一个节点）、\n"
                + "   name_zh、name_en、weight），并把每道题目的 `parent` 设为其维度。每个节点下都要有题目。",
            "1. **Group the questions into nodes.** Add a row to framework.csv for each dimension (code, parent\n"
                + "   `{0}` or another node, name_zh, name_en, weight) and set each question's\n"
                + "   `parent` to its dimension. Every node needs a question beneath it."},
        {"next.2", "2. **设定反向题。** 答案越高越差的题目，`reverse` 设为 `true`。",
            "2. **Set the reverse items.** A question where a higher answer is worse gets `reverse` = `true`."},
        {"next.3", "3. **设定阈值。** 没有 `min`/`max` 的 `number` 或 `percent` 题目按本批答卷的最低和最高答案标准化；\n"
                + "   请给出 `min` 和 `max`（偏态的计数再设 `transform` = `log`），使各批次的得分含义一致。",
            "3. **Set goalposts.** A `number` or `percent` question without `min`/`max` is normalised between\n"
                + "   the lowest and highest answer of the batch; give `min` and `max` (and `transform` = `log` for\n"
                + "   skewed counts) so that scores mean the same from batch to batch."},
        {"next.4", "4. **命名子系统。** 如需耦合协调度，请在 framework.csv 中给两个节点设角色 `subsystem1` 和\n"
                + "   `subsystem2`（两个都设或都不设），并为根节点和各节点命名。",
            "4. **Name the subsystems.** For coupling coordination, give two nodes the roles `subsystem1` and\n"
                + "   `subsystem2` in framework.csv (both or neither), and name the root and the nodes."},
        {"next.5", "5. **核对量表和题干。** 把推断的代码量表（`codes1_5` ……）换成以选项文字为标签的量表；翻译 text_en\n"
                + "   （或 text_zh），二者现在都是表头文字；题目或节点应比同级更重要时设 `weight`。",
            "5. **Check the scales and the texts.** Replace a guessed code scale (`codes1_5` …) by one with the\n"
                + "   option texts as labels; translate text_en (or text_zh), which now both hold the header text;\n"
                + "   set `weight` where questions or nodes should count more than their siblings."},
        {"next.6", "6. **检查并评分。** `ecoscore framework check -f {0}` 列出每个问题及其文件和行号；\n   然后再次为导出文件评分。",
            "6. **Check and score.** `ecoscore framework check -f {0}` lists every problem with file and line;\n"
                + "   then score the export again."},
        // what is done with a metadata column
        {"note.read", "读作 {0}", "read as {0}"},
        {"note.other", "不读取：{0} 列“{1}”是 {2}", "not read: column {0} \"{1}\" is the {2}"},
        {"note.platform", "不读取（平台元数据）", "not read (platform metadata)"},
        {"note.provinceCity", "不读取：地区取自省、市两列", "not read: the province and city columns give the region"},
        // why a column is left out
        {"why.noAnswers", "导出文件中没有答案", "no answers in the export"},
        {"why.dates", "是日期，不是可评分的答案", "dates, not answers to score"},
        {"why.dontKnow", "只有“不知道”类答案", "only \"don't know\" answers"},
        {"why.freeText", "自由文本", "free text"},
        {"why.choice", "无序选项（{0} 种不同答案）", "a choice without an order ({0} different answers)"},
        {"why.taken", "其表头也会对应草稿中的另一道题目；请手工加入并设别名",
            "its header would also match another question of the draft; add it by hand with an alias"},
        {"why.metaTypo1", "看起来是元数据表头“{0}”（meta.csv 的 `{1}` 行）的误写，相差 1 个字：请在导出文件中改正表头，"
                + "或把它加到 meta.csv 的该行",
            "looks like a misspelling of the metadata header {0} (the `{1}` row of meta.csv, one edit apart): "
                + "correct the header in the export, or add it to that row of meta.csv"},
        {"why.metaTypo2", "看起来是元数据表头“{0}”（meta.csv 的 `{1}` 行）的误写，相差 2 个字：请在导出文件中改正表头，"
                + "或把它加到 meta.csv 的该行",
            "looks like a misspelling of the metadata header {0} (the `{1}` row of meta.csv, two edits apart): "
                + "correct the header in the export, or add it to that row of meta.csv"},
        // a multi-select question's options
        {"multi.columns", "{0} 个选项，每个一列", "{0} options, one column each"},
        {"multi.options", "{0} 个选项：{1}", "{0} options: {1}"},
        {"more", "……", ", …"},
    };

    private static final Map<String, String[]> BY_KEY = new HashMap<>();

    static {
        for (String[] w : WORDS) {
            if (BY_KEY.put(w[0], w) != null) throw new IllegalStateException("duplicate key " + w[0]);
        }
    }

    private final boolean english;

    DraftWords(boolean english) {
        this.english = english;
    }

    boolean english() {
        return english;
    }

    /** The template of {@code key} with {@code {i}} replaced by the i-th argument. */
    String get(String key, Object... args) {
        String[] w = BY_KEY.get(key);
        if (w == null) throw new IllegalArgumentException("no words for " + key);
        String t = english ? w[2] : w[1];
        StringBuilder out = new StringBuilder(t.length() + 32);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int close = c == '{' ? t.indexOf('}', i) : -1;
            if (close > i + 1 && t.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                out.append(args[Integer.parseInt(t.substring(i + 1, close))]);
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    String say(Phrase p) {
        return get(p.key(), p.args().toArray());
    }

    /**
     * A multi-select question's options in words: {@code multi.columns} (its count) or {@code multi.options}
     * (its count, then the labels: the first six are listed).
     */
    String multi(Phrase p) {
        if (!p.key().equals("multi.options")) return say(p);
        List<String> labels = p.args().subList(1, p.args().size());
        String listed = String.join(get("list.sep"), labels.subList(0, Math.min(6, labels.size())))
                + (labels.size() > 6 ? get("more") : "");
        return get("multi.options", p.args().get(0), listed);
    }

    /** The keys, for the test that every key has both languages. */
    static List<String[]> all() {
        return List.of(WORDS);
    }
}
