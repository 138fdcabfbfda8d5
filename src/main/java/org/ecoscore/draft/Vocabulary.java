package org.ecoscore.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecoscore.core.Text;

/**
 * An answer scale a drafted framework may propose (SPEC §1 scales.csv): the usual Likert vocabularies in
 * Chinese and English, and the numeric codes platforms export (1–5, 1–7, 0–10, {@code 1分}…{@code 5分}).
 *
 * @param name   the scale's name in scales.csv
 * @param labels value → labels in the order written (the first is the display label)
 */
record Vocabulary(String name, Map<Integer, List<String>> labels) {
    /** Answers meaning "don't know / no basis / refused": not on any scale (declared missing). */
    static final Set<String> DONT_KNOW = Set.of("不知道", "不清楚", "说不清", "说不清楚", "无法判断", "无法回答", "不好说",
            "拒绝回答", "不愿回答", "不了解", "don't know", "do not know", "dont know", "prefer not to say",
            "no basis for evaluation", "refused", "cannot say", "unsure");

    /** The Likert vocabularies, tried in this order (the first that fits wins, see {@link #fits}). */
    static final List<Vocabulary> LIKERT = List.of(
            of("agree5",
                    List.of("非常不同意", "完全不同意", "Strongly disagree"),
                    List.of("不同意", "比较不同意", "不太同意", "Disagree"),
                    List.of("一般", "中立", "Neither agree nor disagree", "Neutral"),
                    List.of("同意", "比较同意", "Agree"),
                    List.of("非常同意", "完全同意", "Strongly agree")),
            of("agree7",
                    List.of("非常不同意", "完全不同意", "Strongly disagree"),
                    List.of("不同意", "Disagree"),
                    List.of("有点不同意", "比较不同意", "Somewhat disagree"),
                    List.of("一般", "中立", "Neither agree nor disagree", "Neutral"),
                    List.of("有点同意", "比较同意", "Somewhat agree"),
                    List.of("同意", "Agree"),
                    List.of("非常同意", "完全同意", "Strongly agree")),
            of("fit5",
                    List.of("非常不符合", "完全不符合", "Not at all true"),
                    List.of("不符合", "比较不符合", "不太符合", "Mostly untrue"),
                    List.of("一般", "不确定", "Neither true nor untrue"),
                    List.of("符合", "比较符合", "Mostly true"),
                    List.of("非常符合", "完全符合", "Completely true")),
            of("satisfy5",
                    List.of("非常不满意", "完全不满意", "Very dissatisfied", "Extremely dissatisfied"),
                    List.of("不满意", "比较不满意", "不太满意", "Dissatisfied", "Somewhat dissatisfied"),
                    List.of("一般", "Neither satisfied nor dissatisfied"),
                    List.of("满意", "比较满意", "Satisfied", "Somewhat satisfied"),
                    List.of("非常满意", "完全满意", "Very satisfied", "Extremely satisfied")),
            of("importance5",
                    List.of("非常不重要", "完全不重要", "Not at all important"),
                    List.of("不重要", "不太重要", "Slightly important"),
                    List.of("一般", "Moderately important"),
                    List.of("重要", "比较重要", "Very important"),
                    List.of("非常重要", "Extremely important")),
            of("frequency5",
                    List.of("从不", "从来没有", "Never"),
                    List.of("很少", "Rarely"),
                    List.of("有时", "Sometimes"),
                    List.of("经常", "Often"),
                    List.of("总是", "Always")));

    @SafeVarargs
    private static Vocabulary of(String name, List<String>... levels) {
        Map<Integer, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < levels.length; i++) m.put(i + 1, levels[i]);
        return new Vocabulary(name, m);
    }

    /** Labels of a "none of these" option (value 0 of a multi-select scale). */
    static final Set<String> NONE_OF_THESE = Set.of("以上都没有", "以上均无", "以上都不是", "都没有", "均无", "无",
            "none of the above", "none of these", "none");

    /**
     * The options of a multi-select question: {@code labels} in order numbered 1, 2, … (or by {@code values}
     * when given), a "none of these" label numbered 0.
     */
    static Vocabulary options(String name, List<String> labels, List<Integer> values) {
        Map<Integer, List<String>> m = new LinkedHashMap<>();
        int next = 1;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            int v = NONE_OF_THESE.contains(Text.normalise(label)) && !m.containsKey(0) ? 0
                    : values != null ? values.get(i) : next++;
            m.computeIfAbsent(v, k -> new ArrayList<>()).add(label);
        }
        Map<Integer, List<String>> sorted = new LinkedHashMap<>();
        m.keySet().stream().sorted().forEach(k -> sorted.put(k, m.get(k)));
        return new Vocabulary(name, sorted);
    }

    /** Numeric codes {@code lo}…{@code hi}, each labelled by its number (and by {@code N分} when {@code points}). */
    static Vocabulary codes(int lo, int hi, boolean points) {
        Map<Integer, List<String>> m = new LinkedHashMap<>();
        for (int v = lo; v <= hi; v++) {
            m.put(v, points ? List.of(v + "分", Integer.toString(v)) : List.of(Integer.toString(v)));
        }
        return new Vocabulary((points ? "points" : "codes") + lo + "_" + hi, m);
    }

    /** The standard range holding every code seen ({@code [lo, hi]}), or null: 1–5, 1–7, 0–10. */
    static int[] codeRange(int min, int max) {
        if (min >= 1 && max <= 5) return new int[] {1, 5};
        if (min >= 1 && max <= 7) return new int[] {1, 7};
        if (min >= 0 && max <= 10) return new int[] {0, 10};
        return null;
    }

    /** Normalised label → value. */
    Map<String, Integer> byLabel() {
        Map<String, Integer> out = new HashMap<>();
        for (Map.Entry<Integer, List<String>> e : labels.entrySet()) {
            for (String l : e.getValue()) out.putIfAbsent(Text.normalise(l), e.getKey());
        }
        return out;
    }

    /**
     * True when every answer seen (normalised texts) is a label or a value of this scale and distinct labels
     * mean distinct values (so that a 7-point scale's "disagree" and "somewhat disagree" never fold into one
     * value of a 5-point scale).
     */
    boolean fits(Set<String> answers) {
        Map<String, Integer> byLabel = byLabel();
        Map<Integer, String> seenValue = new HashMap<>();
        for (String a : answers) {
            Integer v = byLabel.get(a);
            if (v == null) {
                v = integer(a);
                if (v == null || !labels.containsKey(v)) return false;
                continue;
            }
            String before = seenValue.putIfAbsent(v, a);
            if (before != null && !before.equals(a)) return false;
        }
        return true;
    }

    /** How many of the answers are labels (not numbers) of this scale. */
    int labelsMatched(Set<String> answers) {
        Map<String, Integer> byLabel = byLabel();
        int n = 0;
        for (String a : answers) if (byLabel.containsKey(a)) n++;
        return n;
    }

    /** The rows of scales.csv for this scale: {scale, value, label}. */
    List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : labels.entrySet()) {
            for (String l : e.getValue()) out.add(new String[] {name, Integer.toString(e.getKey()), l});
        }
        return out;
    }

    static Integer integer(String normalised) {
        if (!normalised.matches("[+-]?\\d{1,6}")) return null;
        return Integer.parseInt(normalised.replace("+", ""));
    }
}
