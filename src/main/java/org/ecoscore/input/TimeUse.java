package org.ecoscore.input;

import org.ecoscore.core.Detail;
import org.ecoscore.core.Issue;
import org.ecoscore.core.Options.DuplicatePolicy;

/**
 * What this run does with the {@code submitted} and {@code duration} metadata, so that the message of a cell that
 * cannot be read says what is really lost: a duration matters only with {@code --min-duration} (the speed check), a
 * submission time only to choose the copy kept of a repeated id ({@code --duplicates keep-last|keep-first}).
 *
 * @param speedCheck {@code --min-duration} is given
 * @param duplicates {@code --duplicates}
 */
public record TimeUse(boolean speedCheck, DuplicatePolicy duplicates) {
    /** The use before a run's options are known (readers tested on their own): both checks on, keep-last. */
    public static final TimeUse ALL = new TimeUse(true, DuplicatePolicy.KEEP_LAST);

    static final String DURATION_FORMS = "seconds, such as 95, 2分30秒 or 0:02:30";
    static final String SUBMITTED_FORMS = "such as 2025/3/11 15:29:52";

    /** The {@code invalid-value} detail of a duration cell that cannot be read ({@code answer} as quoted). */
    public Detail invalidDuration(String answer) {
        String start = "\"" + answer + "\" is not a duration (" + DURATION_FORMS + "); it is ignored";
        if (speedCheck) {
            return new Detail(start + ", so --min-duration cannot check this row: fix the cell, or export the "
                    + "durations again", Issue.paramsOf("form", "duration", "answer", answer));
        }
        return new Detail(start + ", which changes nothing in this run: durations are used only to flag speeders "
                + "with --min-duration, not given; fix the cell before you use it",
                Issue.paramsOf("form", "duration-unused", "answer", answer));
    }

    /** The {@code invalid-value} detail of a submission time that cannot be read. */
    public Detail invalidSubmitted(String answer) {
        String start = "\"" + answer + "\" is not a submission time (" + SUBMITTED_FORMS + "); it is ignored";
        return switch (duplicates) {
            case KEEP_LAST -> new Detail(start + ", so this row cannot be ordered by time when its id appears twice "
                    + "(--duplicates keep-last keeps the last row instead): fix the cell, or export the times again",
                    Issue.paramsOf("form", "submitted", "answer", answer));
            case KEEP_FIRST -> new Detail(start + ", so this row cannot be ordered by time when its id appears twice "
                    + "(--duplicates keep-first keeps the first row instead): fix the cell, or export the times again",
                    Issue.paramsOf("form", "submitted-keep-first", "answer", answer));
            case REJECT -> new Detail(start + ", which changes nothing in this run: submission times only choose "
                    + "the copy kept of a repeated id, and --duplicates reject keeps none; fix the cell before you "
                    + "use keep-last or keep-first", Issue.paramsOf("form", "submitted-reject", "answer", answer));
        };
    }
}
