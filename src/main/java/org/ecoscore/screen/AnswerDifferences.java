package org.ecoscore.screen;

import java.util.ArrayList;
import java.util.List;
import org.ecoscore.input.CellStatus;
import org.ecoscore.input.ResponseTable;

/**
 * How two rows' answers compare, question by question: the questions where one row has an answer the other has
 * not, or a different one (a missing, an invalid and a declared-missing cell differ from each other and from any
 * answer). Used for the copies of a duplicate id and for rows of one name without an id.
 *
 * @param count    the number of questions answered differently
 * @param examples the codes of the first {@value #EXAMPLES} of them, in question order
 */
record AnswerDifferences(int count, List<String> examples) {
    static final int EXAMPLES = 3;

    static AnswerDifferences between(ResponseTable table, int a, int b) {
        int count = 0;
        List<String> examples = new ArrayList<>();
        for (int q = 0; q < table.questions().size(); q++) {
            byte[] status = table.status(q);
            boolean same = status[a] == status[b] && (status[a] != CellStatus.OK
                    || Double.doubleToLongBits(table.raw(q, a)) == Double.doubleToLongBits(table.raw(q, b)));
            if (same) continue;
            count++;
            if (examples.size() < EXAMPLES) examples.add(table.questions().get(q).code());
        }
        return new AnswerDifferences(count, List.copyOf(examples));
    }

    boolean identical() {
        return count == 0;
    }

    /** "3 answers (e.g. A1_1, B2_3)" (report.IssueMessages translates it). */
    String english() {
        return count + (count == 1 ? " answer" : " answers") + " (e.g. " + String.join(", ", examples) + ")";
    }
}
