package org.ecoscore.input;

import java.util.Set;
import org.ecoscore.core.Text;

/**
 * The texts that mean "no answer" (SPEC §2 "Answers"): missing, with no issue. Platforms write them for
 * skipped or not-shown questions.
 */
public final class MissingTokens {
    /** Normalised ({@link Text#normalise}) tokens that are missing in every question. */
    private static final Set<String> ALWAYS = Set.of("-", "--", "—", "n/a", "na", "null", "(跳过)", "跳过", "(空)",
            "不适用", "(skipped)");
    /** 问卷星's codes for skipped and not shown, missing in named-scale and yes/no questions only. */
    private static final Set<String> SKIP_CODES = Set.of("-2", "-3");

    private MissingTokens() {
    }

    /** True for a blank text or one of the tokens missing in every question (the text is normalised here). */
    public static boolean isMissing(String text) {
        return isMissingNormalised(Text.normalise(text));
    }

    /** As {@link #isMissing} for a text already normalised. */
    public static boolean isMissingNormalised(String normalised) {
        return normalised.isEmpty() || ALWAYS.contains(normalised);
    }

    /** True for {@code -2} and {@code -3} (normalised text), 问卷星's skip codes. */
    public static boolean isSkipCode(String normalised) {
        return SKIP_CODES.contains(normalised);
    }

    /** True for the numbers −2 and −3, 问卷星's skip codes in numeric cells. */
    public static boolean isSkipCode(double value) {
        return value == -2 || value == -3;
    }
}
