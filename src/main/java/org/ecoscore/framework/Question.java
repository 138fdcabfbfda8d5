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
 */
public record Question(String code, String parent, Level source, String scaleName, ScaleKind kind, Scale scale,
                       boolean reverse, double min, double max, boolean log, double weight, String textZh,
                       String textEn, List<String> aliases, int line) {
    public Question {
        aliases = List.copyOf(aliases);
    }

    public boolean hasGoalposts() {
        return !Double.isNaN(min) && !Double.isNaN(max);
    }

    public String text(boolean english) {
        String t = english ? textEn : textZh;
        return t == null || t.isBlank() ? (english ? textZh : textEn) : t;
    }
}
