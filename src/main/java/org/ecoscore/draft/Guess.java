package org.ecoscore.draft;

/**
 * What a draft makes of one answer column.
 *
 * @param kind     the question's kind, or LEFT_OUT
 * @param scale    the named scale (SCALE only)
 * @param evidence the answers seen, for the README ({@code 1–5}, {@code 同意, 一般, …})
 * @param reason   why a column is left out (LEFT_OUT), a multi-select question's options in words (MULTI), in
 *                 {@link DraftWords}
 */
record Guess(Kind kind, Vocabulary scale, String evidence, DraftWords.Phrase reason) {
    enum Kind { SCALE, YESNO, NUMBER, PERCENT, MULTI, LEFT_OUT }

    static Guess leftOut(String reason, String evidence, Object... args) {
        return new Guess(Kind.LEFT_OUT, null, evidence, DraftWords.Phrase.of(reason, args));
    }

    /** The {@code scale} column of questions.csv. */
    String scaleName() {
        switch (kind) {
            case SCALE:
            case MULTI:
                return scale.name();
            case YESNO:
                return "yesno";
            case NUMBER:
                return "number";
            case PERCENT:
                return "percent";
            default:
                throw new IllegalStateException("a left-out column has no scale");
        }
    }
}
