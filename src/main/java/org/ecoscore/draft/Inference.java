package org.ecoscore.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecoscore.core.Text;

/**
 * Infers a question's scale from the answers of its column (docs/platforms.md "What a draft infers"):
 * <ul>
 * <li>no answer → left out;</li>
 * <li>answers joined by {@code ┋} → multi-select;</li>
 * <li>whole numbers 0/1 → yesno; 1/2 under a header that asks 是否 / "Do you…" → yesno (问卷星 codes 是 1, 否 2);
 * whole numbers within 1–5, 1–7 or 0–10 → that code scale; other numbers → number; numbers with {@code %}
 * → percent;</li>
 * <li>是/否 (yes/no, 有/无 …) → yesno; {@code 1分}…{@code 5分} → a points scale; the labels of one Likert
 * vocabulary ({@link Vocabulary#LIKERT}) → that scale;</li>
 * <li>anything else → left out: a choice without an order (few short answers) or free text.</li>
 * </ul>
 * Answers meaning "don't know" ({@link Vocabulary#DONT_KNOW}) are set aside before inferring.
 */
final class Inference {
    private static final Set<String> YES_NO = Set.of("是", "否", "有", "无", "没有", "已", "未", "yes", "no", "y", "n",
            "true", "false", "√", "✓", "×");
    private static final Pattern POINTS = Pattern.compile("(\\d{1,2})\\s*分");
    private static final Pattern ASKS_YES_NO = Pattern.compile("是否|有没有|有无|^(do|does|did|is|are|was|were|has|have)\\b",
            Pattern.CASE_INSENSITIVE);

    private Inference() {
    }

    static Guess guess(ColumnValues v, String text) {
        if (v.answers == 0) return Guess.leftOut("why.noAnswers", "");
        if (v.joined > 0) return new Guess(Guess.Kind.MULTI, null, v.sample(8), null);
        if (v.dates == v.answers) return Guess.leftOut("why.dates", v.sample(3));
        Set<String> answers = new LinkedHashSet<>(v.distinct.keySet());
        answers.removeAll(Vocabulary.DONT_KNOW);
        if (answers.isEmpty()) return Guess.leftOut("why.dontKnow", v.sample(5));
        boolean numeric = answers.stream().allMatch(Inference::isNumber);
        if (numeric && !v.manyDistinct) return numeric(answers, text);
        if (numeric) return new Guess(Guess.Kind.NUMBER, null, range(answers), null);
        if (v.manyDistinct) return Guess.leftOut("why.freeText", v.sample(3));
        if (isYesNo(answers)) return new Guess(Guess.Kind.YESNO, null, v.sample(6), null);
        Guess points = points(answers);
        if (points != null) return points;
        Vocabulary best = null;
        int bestMatched = 0;
        for (Vocabulary voc : Vocabulary.LIKERT) {
            if (!voc.fits(answers)) continue;
            int matched = voc.labelsMatched(answers);
            if (matched > bestMatched) {
                best = voc;
                bestMatched = matched;
            }
        }
        if (best != null) return new Guess(Guess.Kind.SCALE, best, v.sample(7), null);
        boolean choice = answers.size() <= 12 && v.longest <= 20 && v.answers >= 2 * answers.size();
        return choice ? Guess.leftOut("why.choice", v.sample(12), answers.size())
                : Guess.leftOut("why.freeText", v.sample(3));
    }

    /** True when more than half of the answers are given once only — what free text looks like. */
    static boolean mostlyDistinct(ColumnValues v) {
        if (v.manyDistinct) return true;
        int once = 0;
        for (Map.Entry<String, Integer> e : v.distinct.entrySet()) {
            if (e.getValue() == 1 && !Vocabulary.DONT_KNOW.contains(e.getKey())) once++;
        }
        return v.answers > 0 && 2 * once > v.answers;
    }

    private static Guess numeric(Set<String> answers, String text) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean whole = true;
        boolean percent = false;
        for (String a : answers) {
            if (a.endsWith("%")) percent = true;
            double d = number(a);
            min = Math.min(min, d);
            max = Math.max(max, d);
            whole &= d == Math.rint(d);
        }
        String evidence = range(answers);
        if (percent) return new Guess(Guess.Kind.PERCENT, null, evidence, null);
        if (whole && min >= 0 && max <= 1) return new Guess(Guess.Kind.YESNO, null, evidence, null);
        if (whole && min >= 1 && max <= 2 && ASKS_YES_NO.matcher(Text.normalise(text)).find()) {
            return new Guess(Guess.Kind.YESNO, null, evidence + " (1 = 是, 2 = 否)", null);
        }
        int[] range = whole ? Vocabulary.codeRange((int) min, (int) max) : null;
        if (range != null) {
            return new Guess(Guess.Kind.SCALE, Vocabulary.codes(range[0], range[1], false), evidence, null);
        }
        return new Guess(Guess.Kind.NUMBER, null, evidence, null);
    }

    /** {@code 1分}…{@code 5分} (问卷星's 按文本 export of scale questions), possibly mixed with plain numbers. */
    private static Guess points(Set<String> answers) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        boolean anyPoints = false;
        for (String a : answers) {
            var m = POINTS.matcher(a);
            Integer n;
            if (m.matches()) {
                n = Integer.parseInt(m.group(1));
                anyPoints = true;
            } else {
                n = Vocabulary.integer(a);
            }
            if (n == null) return null;
            min = Math.min(min, n);
            max = Math.max(max, n);
        }
        if (!anyPoints) return null;
        int[] range = Vocabulary.codeRange(min, max);
        if (range == null) return null;
        return new Guess(Guess.Kind.SCALE, Vocabulary.codes(range[0], range[1], true), min + "分–" + max + "分", null);
    }

    /** 是/否 words, possibly beside the option numbers 1/2 (or 1/0) of the same question's 按序号 export. */
    private static boolean isYesNo(Set<String> answers) {
        boolean word = false;
        for (String a : answers) {
            if (YES_NO.contains(a)) word = true;
            else if (!a.equals("0") && !a.equals("1") && !a.equals("2")) return false;
        }
        return word;
    }

    static boolean isNumber(String normalised) {
        String t = normalised.endsWith("%") ? normalised.substring(0, normalised.length() - 1) : normalised;
        return !Double.isNaN(number(t));
    }

    private static double number(String normalised) {
        String t = normalised.endsWith("%") ? normalised.substring(0, normalised.length() - 1) : normalised;
        try {
            return t.matches("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d+)?") ? Double.parseDouble(t) : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String range(Set<String> answers) {
        List<Double> xs = new ArrayList<>();
        for (String a : answers) xs.add(number(a));
        double min = xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return min == max ? ColumnValues.plain(min) : ColumnValues.plain(min) + "–" + ColumnValues.plain(max);
    }
}
