package org.ecoscore.framework;

import static org.ecoscore.framework.TableRules.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecoscore.core.Text;

/**
 * Reads the optional {@code missing.csv} ({@code answer,meaning}: one declared missing answer per row) and
 * checks it against the scales: a declared answer is missing for every question, so it may not also be an
 * answer some question accepts — a label or value of a scale of scales.csv, or (when the framework has a
 * yesno question) one of the yes/no words and codes. Such an answer would hide real answers and is refused.
 */
final class MissingTableReader {
    /** The yes/no answers of SPEC §2 (normalised), which a declared missing answer may not repeat. */
    static final Set<String> YESNO_ANSWERS = Set.of("是", "有", "已", "yes", "y", "true", "1", "√", "✓", "否", "无",
            "没有", "未", "no", "n", "false", "0", "×", "2");

    private MissingTableReader() {
    }

    static List<MissingAnswer> read(CsvTable table, Map<String, Scale> scales, List<Question> questions,
                                    Problems problems) {
        List<MissingAnswer> out = new ArrayList<>();
        if (!TableRules.requireColumns(table, problems, "answer", "meaning")) return out;
        boolean yesno = questions.stream().anyMatch(q -> q.kind() == ScaleKind.YESNO);
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String answer = table.cell(row, "answer");
            if (answer.isEmpty()) {
                problems.add(table, row.line(), "answer", "missing-blank", "the answer is blank; write the answer that "
                        + "means missing (such as -1 or 不知道), or delete the row");
                continue;
            }
            String key = Text.normalise(answer);
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(table, row.line(), "answer", "missing-twice", "answer " + quote(answer) + " is declared twice "
                        + "(first on line " + first + "); keep one row", "answer", answer, "first", first);
                continue;
            }
            Clash clash = clash(key, scales, yesno);
            if (clash != null) {
                problems.add(table, row.line(), "answer", clash.code(), "answer " + quote(answer) + " is " + clash.english()
                        + "; a declared missing answer would hide it, so remove it from missing.csv or from the scale",
                        "answer", answer, "scale", clash.scale(), "value", clash.value());
                continue;
            }
            out.add(new MissingAnswer(answer, table.cell(row, "meaning"), row.line()));
        }
        return out;
    }

    /** The real answer a declared missing answer equals: its code, the scale and value concerned, in English. */
    record Clash(String code, String scale, String value, String english) {
    }

    /** What real answer a normalised declared answer equals, or null. Scales in name order. */
    private static Clash clash(String key, Map<String, Scale> scales, boolean yesno) {
        for (Scale s : new java.util.TreeMap<>(scales).values()) {
            Integer v = s.valueByLabel().get(key);
            if (v != null) {
                return new Clash("missing-is-label", s.name(), v.toString(),
                        "a label of scale " + s.name() + " (value " + v + ")");
            }
            if (TableRules.isInteger(key) && s.hasValue(Integer.parseInt(key.replace("+", "")))) {
                return new Clash("missing-is-value", s.name(), null, "a value of scale " + s.name());
            }
        }
        if (yesno && YESNO_ANSWERS.contains(key)) {
            return new Clash("missing-is-yesno", null, null, "a yes/no answer (the framework has yesno questions)");
        }
        return null;
    }
}
