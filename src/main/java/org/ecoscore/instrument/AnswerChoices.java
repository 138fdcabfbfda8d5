package org.ecoscore.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.Scale;
import org.ecoscore.framework.ScaleKind;

/**
 * What a template offers for one question: the labels of its drop-down list (empty for number and percent
 * questions, which get a numeric validation instead) and the hint shown in the form's 说明 column and in the
 * input prompt. Every label offered is one the reader accepts (SPEC §2 answers).
 *
 * @param labels drop-down labels in scale order; empty when the question takes a number
 * @param hint   one line saying how to answer
 * @param multi  a multi-select question: a text cell listing the options chosen (no list, no numeric check;
 *               the hint lists the options and the separators)
 */
record AnswerChoices(List<String> labels, String hint, boolean multi) {
    AnswerChoices {
        labels = List.copyOf(labels);
    }

    AnswerChoices(List<String> labels, String hint) {
        this(labels, hint, false);
    }

    boolean isList() {
        return !labels.isEmpty();
    }

    static AnswerChoices of(Question q, TemplateText text) {
        ScaleKind kind = q.kind();
        if (kind == ScaleKind.YESNO) {
            return new AnswerChoices(List.of(text.yes(), text.no()), text.yes() + "/" + text.no());
        }
        if (kind == ScaleKind.NAMED && q.scale() != null) {
            return named(q.scale(), text);
        }
        if (kind == ScaleKind.MULTI && q.scale() != null) {
            AnswerChoices options = named(q.scale(), text);
            return new AnswerChoices(List.of(), text.multiHint(options.hint()), true);
        }
        return new AnswerChoices(List.of(), text.numberHint(kind == ScaleKind.PERCENT, range(q)));
    }

    private static AnswerChoices named(Scale s, TemplateText text) {
        List<String> labels = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int v = s.min(); v <= s.max(); v++) {
            List<String> written = s.labelsByValue().get(v);
            if (written == null || written.isEmpty()) continue;
            String label = label(written, text.english());
            labels.add(label);
            parts.add(v + " " + label);
        }
        return new AnswerChoices(labels, String.join(text.listSeparator(), parts));
    }

    /** The first label in the language (CJK for Chinese, plain ASCII for English), else the first label. */
    static String label(List<String> written, boolean english) {
        for (String l : written) {
            if (english ? isAscii(l) : hasCjk(l)) return l;
        }
        return written.get(0);
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }

    private static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** "0–20" from the goalposts, or null when the question has none (or they are log-transformed, same). */
    private static String range(Question q) {
        if (!q.hasGoalposts()) return null;
        return number(q.min()) + "–" + number(q.max());
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return String.format(Locale.ROOT, "%s", d);
    }
}
