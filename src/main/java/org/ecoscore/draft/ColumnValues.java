package org.ecoscore.draft;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.ecoscore.core.Text;
import org.ecoscore.input.CellSource;
import org.ecoscore.input.CellType;
import org.ecoscore.input.MissingTokens;
import org.ecoscore.input.OptionText;

/**
 * What one column of an export holds, gathered row by row (the evidence a draft infers a scale from): how many
 * answers, which distinct answers (normalised, up to {@value #MAX_DISTINCT}), whether all are numbers and
 * whole, their range, percent signs, {@code ┋}-joined cells, dates.
 */
final class ColumnValues {
    static final int MAX_DISTINCT = 200;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d+)?");

    int answers;
    int numbers;
    int integers;
    int percents;
    int joined;
    int dates;
    int longest;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    /** True when more distinct answers were seen than are kept. */
    boolean manyDistinct;
    /** Normalised answer → how often (skip codes and missing tokens excluded). */
    final Map<String, Integer> distinct = new LinkedHashMap<>();
    /** Options of {@code ┋}-joined cells: key ({@link OptionText#key}) → the first text written. */
    final Map<String, String> options = new LinkedHashMap<>();

    void add(CellSource src, int c) {
        CellType t = src.type(c);
        if (t == CellType.EMPTY) return;
        if (t == CellType.DATE) {
            answers++;
            dates++;
            return;
        }
        if (t == CellType.NUMBER || t == CellType.BOOLEAN) {
            double v = src.number(c);
            if (MissingTokens.isSkipCode(v)) return;
            answers++;
            number(v, src.percent(c));
            count(plain(v));
            return;
        }
        String raw = src.text(c);
        String n = Text.normalise(raw);
        if (MissingTokens.isMissingNormalised(n) || MissingTokens.isSkipCode(n)) return;
        answers++;
        longest = Math.max(longest, n.length());
        if (raw.indexOf('┋') >= 0) joined++;
        if (options.size() < MAX_DISTINCT) {
            for (String piece : OptionText.pieces(raw)) options.putIfAbsent(OptionText.key(piece), piece);
        }
        String digits = n.replace(" ", "").replace(",", "").replace("，", "");
        boolean percent = digits.endsWith("%");
        if (percent) digits = digits.substring(0, digits.length() - 1);
        if (DECIMAL.matcher(digits).matches()) {
            double v = Double.parseDouble(digits);
            if (Double.isFinite(v)) {
                number(v, percent);
                count(percent ? n : plain(v));
                return;
            }
        }
        count(n);
    }

    private void number(double v, boolean percent) {
        numbers++;
        if (v == Math.rint(v)) integers++;
        if (percent) percents++;
        min = Math.min(min, v);
        max = Math.max(max, v);
    }

    private void count(String answer) {
        Integer before = distinct.get(answer);
        if (before != null) {
            distinct.put(answer, before + 1);
        } else if (distinct.size() < MAX_DISTINCT) {
            distinct.put(answer, 1);
        } else {
            manyDistinct = true;
        }
    }

    /** Adds another export's evidence for the same question (the 按文本 and 按序号 exports of one survey). */
    void merge(ColumnValues o) {
        answers += o.answers;
        numbers += o.numbers;
        integers += o.integers;
        percents += o.percents;
        joined += o.joined;
        dates += o.dates;
        longest = Math.max(longest, o.longest);
        min = Math.min(min, o.min);
        max = Math.max(max, o.max);
        manyDistinct |= o.manyDistinct;
        for (Map.Entry<String, String> e : o.options.entrySet()) options.putIfAbsent(e.getKey(), e.getValue());
        for (Map.Entry<String, Integer> e : o.distinct.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) count(e.getKey());
        }
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    boolean allNumbers() {
        return answers > 0 && numbers == answers;
    }

    boolean allIntegers() {
        return allNumbers() && integers == answers;
    }

    /** The answers seen as a short list for a README: {@code 1, 2, 5} or {@code 同意, 一般, …}. */
    String sample(int at) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (String a : distinct.keySet()) {
            if (i++ == at) {
                sb.append(", …");
                break;
            }
            if (sb.length() > 0) sb.append(", ");
            sb.append(a.length() > 30 ? a.substring(0, 30) + "…" : a);
        }
        return sb.toString();
    }
}
