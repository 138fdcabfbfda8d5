package org.ecoscore.input;

import java.util.ArrayList;
import java.util.List;
import org.ecoscore.core.Text;
import org.ecoscore.framework.Question;

/**
 * Reads, row by row, the questions whose answer is spread over one column per option (问卷星 按序号
 * {@code 第8题(X)}, Qualtrics {@code Q5_1}, …; SPEC §2). Per cell: {@code 1}, TRUE or the option's text
 * (Qualtrics' text export) = chosen; {@code 0}, FALSE = not chosen; blank, a missing token or a skip code
 * ({@code -2}, {@code -3}) = nothing; a declared missing answer = declared; fill-in text {@code 〖…〗} is
 * dropped first ({@code 1〖…〗} = chosen). Anything else makes the answer invalid.
 *
 * <p>Per question: invalid when a cell is, or when a chosen column's option is not in the scale (the issue
 * names it); else when some column is chosen or 0: a multi-select question's k (0 when "none of these" is
 * chosen), a yes/no question's 1 when its own option's column is chosen, else 0; else declared missing when
 * a cell is; else missing.
 */
final class OptionColumnsReader {
    /** The option columns of one question, in sheet order. */
    record Group(int question, int[] columns, List<MultiSelectColumns.Tie> ties) {
    }

    private static final int BLANK = 0;
    private static final int CHOSEN = 1;
    private static final int NOT_CHOSEN = 2;
    private static final int DECLARED = 3;
    private static final int BAD = 4;

    private final List<Group> groups;
    private final List<Question> questions;
    private final DeclaredMissing declared;

    OptionColumnsReader(List<Group> groups, List<Question> questions, DeclaredMissing declared) {
        this.groups = List.copyOf(groups);
        this.questions = questions;
        this.declared = declared;
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    List<Group> groups() {
        return groups;
    }

    /** A problem cell of the current row: its column and the {@code invalid-value} message. */
    record Bad(int column, String message) {
    }

    /**
     * The raw answer of group {@code g} in the current row ({@link AnswerParser#MISSING},
     * {@link AnswerParser#DECLARED_MISSING}, {@link AnswerParser#INVALID} or a value); problem cells are
     * added to {@code bad}.
     */
    double read(int g, CellSource src, int width, String[] headers, List<Bad> bad) {
        Group group = groups.get(g);
        Question q = questions.get(group.question());
        boolean anyChosen = false;
        boolean anyAnswered = false;
        boolean anyDeclared = false;
        boolean none = false;
        boolean mineChosen = false;
        boolean invalid = false;
        java.util.BitSet values = new java.util.BitSet();
        List<String> unknown = new ArrayList<>();
        int firstUnknownColumn = -1;
        for (int i = 0; i < group.columns().length; i++) {
            int c = group.columns()[i];
            if (c >= width) continue;
            MultiSelectColumns.Tie tie = group.ties().get(i);
            int state = cell(src, c, tie);
            switch (state) {
                case CHOSEN -> {
                    anyChosen = true;
                    anyAnswered = true;
                    if (q.isMulti()) {
                        if (tie.value() == null) {
                            unknown.add(tie.option());
                            if (firstUnknownColumn < 0) firstUnknownColumn = c;
                        } else if (tie.value() == 0) {
                            none = true;
                        } else {
                            values.set(tie.value());
                        }
                    } else if (tie.mine()) {
                        mineChosen = true;
                    }
                }
                case NOT_CHOSEN -> anyAnswered = true;
                case DECLARED -> anyDeclared = true;
                case BAD -> {
                    invalid = true;
                    bad.add(new Bad(c, "\"" + AnswerParser.excerpt(src.text(c).strip()) + "\" in column \""
                            + headers[c].strip() + "\" is not an answer of " + q.code() + ": a column of one option "
                            + "takes 1 or the option's text for chosen, 0 or blank for not chosen; fix the cell"));
                }
                default -> {
                }
            }
        }
        if (!unknown.isEmpty()) {
            invalid = true;
            bad.add(new Bad(firstUnknownColumn, (unknown.size() == 1 ? "option \"" : "options \"")
                    + String.join("\", \"", unknown) + "\" (chosen in this row) " + (unknown.size() == 1 ? "is" : "are")
                    + " not in scale " + q.scale().name() + " of " + q.code() + " ("
                    + new MultiSelectParser(q).options() + "); add the option to the scale, or check the column's "
                    + "header"));
        }
        if (invalid) return AnswerParser.INVALID;
        if (anyAnswered) {
            if (q.isMulti()) return none ? 0 : values.cardinality();
            return mineChosen ? 1 : 0;
        }
        return anyDeclared ? AnswerParser.DECLARED_MISSING : AnswerParser.MISSING;
    }

    private int cell(CellSource src, int c, MultiSelectColumns.Tie tie) {
        switch (src.type(c)) {
            case EMPTY:
                return BLANK;
            case NUMBER: {
                double v = src.number(c);
                if (declared.number(v)) return DECLARED;
                if (v == 1) return CHOSEN;
                if (v == 0) return NOT_CHOSEN;
                return MissingTokens.isSkipCode(v) ? BLANK : BAD;
            }
            case BOOLEAN:
                return src.number(c) == 1 ? CHOSEN : NOT_CHOSEN;
            case STRING: {
                String raw = src.text(c);
                String t = Text.normalise(OptionText.withoutFillIn(raw));
                if (t.isEmpty()) return raw.isBlank() ? BLANK : CHOSEN; // only fill-in text: the option was chosen
                if (declared.text(t)) return DECLARED;
                if (MissingTokens.isMissingNormalised(t) || MissingTokens.isSkipCode(t)) return BLANK;
                if (t.equals("1")) return CHOSEN;
                if (t.equals("0")) return NOT_CHOSEN;
                return tie.accepted().contains(OptionText.key(raw)) ? CHOSEN : BAD;
            }
            default:
                return BAD;
        }
    }
}
