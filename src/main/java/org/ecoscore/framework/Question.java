package org.ecoscore.framework;

import java.util.List;
import org.ecoscore.core.Level;

/**
 * A row of questions.csv: a leaf of the indicator tree.
 *
 * @param source    which questionnaire asks it
 * @param scaleName as written ({@code agree5}, {@code number}, …)
 * @param kind      what kind of answer
 * @param scale     the named scale, {@code null} unless kind is NAMED
 * @param min       lower goalpost, NaN when none
 * @param max       upper goalpost, NaN when none
 * @param log       transform=log
 * @param aliases   other header texts, as written
 * @param line      1-based line in questions.csv
 * @param option    for a {@code yesno} question that stands for one option of a multi-select survey question
 *                  (questions.csv {@code option}): that option's label or number as written; "" for none
 */
public record Question(String code, String parent, Level source, String scaleName, ScaleKind kind, Scale scale,
                       boolean reverse, double min, double max, boolean log, double weight, String textZh,
                       String textEn, List<String> aliases, int line, String option) {
    public Question {
        aliases = List.copyOf(aliases);
        option = option == null ? "" : option;
    }

    /** A question that stands for no single option. */
    public Question(String code, String parent, Level source, String scaleName, ScaleKind kind, Scale scale,
                    boolean reverse, double min, double max, boolean log, double weight, String textZh,
                    String textEn, List<String> aliases, int line) {
        this(code, parent, source, scaleName, kind, scale, reverse, min, max, log, weight, textZh, textEn, aliases,
                line, "");
    }

    /** A multi-select question (kind MULTI): its answer is a set of options of its scale. */
    public boolean isMulti() {
        return kind == ScaleKind.MULTI;
    }

    /** A yes/no question that stands for one option of a multi-select survey question. */
    public boolean isOption() {
        return kind == ScaleKind.YESNO && !option.isEmpty();
    }

    public boolean hasGoalposts() {
        return !Double.isNaN(min) && !Double.isNaN(max);
    }

    public String text(boolean english) {
        String t = english ? textEn : textZh;
        return t == null || t.isBlank() ? (english ? textZh : textEn) : t;
    }
}
