package org.ecoscore.input;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ecoscore.core.Text;
import org.ecoscore.framework.MissingAnswer;

/**
 * The framework's declared missing answers (missing.csv, SPEC §2): a cell whose text equals one of them
 * (after normalisation), or whose number equals one written as a number ({@code -1} matches the text
 * {@code -1}, the numeric cell −1 and the text {@code -1.0}), is missing without an issue and counted as
 * declared missing. They are looked for before any other answer rule of the question.
 */
public final class DeclaredMissing {
    /** No declared missing answers. */
    public static final DeclaredMissing NONE = new DeclaredMissing(List.of());

    private final Set<String> texts = new HashSet<>();
    private final Set<Double> numbers = new HashSet<>();

    public DeclaredMissing(List<MissingAnswer> answers) {
        for (MissingAnswer a : answers) {
            String k = Text.normalise(a.answer());
            if (k.isEmpty()) continue;
            texts.add(k);
            double d = AnswerParser.decimal(k, false);
            if (Double.isFinite(d)) numbers.add(d == 0 ? 0.0 : d);
        }
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** True for a normalised text that is a declared missing answer (as text or as the same number). */
    boolean text(String normalised) {
        if (texts.isEmpty()) return false;
        if (texts.contains(normalised)) return true;
        if (numbers.isEmpty()) return false;
        double d = AnswerParser.decimal(normalised, false);
        return Double.isFinite(d) && number(d);
    }

    /** True for a number that a declared missing answer writes. */
    boolean number(double value) {
        return !numbers.isEmpty() && numbers.contains(value == 0 ? 0.0 : value);
    }
}
