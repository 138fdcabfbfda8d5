package org.ecoscore.input;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.Scale;

/**
 * Reads the answer of a multi-select question, or of a yes/no question standing for one of its options, from
 * one cell that lists the options chosen (问卷星 按文本 {@code A┋B┋其他〖…〗}, a template's cell, Qualtrics
 * {@code A,B}). See {@link OptionText} for the text rules.
 *
 * <p>Multi-select: each piece must be an option of the scale, by label or by option number; the raw answer
 * is k, the number of distinct options of value &gt; 0 chosen, or 0 when the option of value 0 ("none of
 * these") is among them. A piece that is no option makes the answer invalid, and {@link #unknown} names it.
 *
 * <p>Yes/no for one option: 1 when a piece is the option (its label, or its number when {@code option} is a
 * number), else 0; a cell that is just a yes/no word ({@code 是}, {@code 否}, {@code yes}, … not digits: a
 * filled template) reads as that word. Pieces written as numbers while the option is a label (or the other
 * way round) cannot be compared and make the answer invalid rather than a silent 0.
 */
final class MultiSelectParser {
    private final Question question;
    private final Scale scale;
    private final Map<String, Integer> valueByKey = new HashMap<>();
    private final String optionKey;
    private final boolean optionIsNumber;

    MultiSelectParser(Question question) {
        this.question = question;
        this.scale = question.scale();
        if (scale != null) {
            for (Map.Entry<Integer, List<String>> e : scale.labelsByValue().entrySet()) {
                for (String label : e.getValue()) valueByKey.putIfAbsent(OptionText.key(label), e.getKey());
            }
        }
        this.optionKey = OptionText.key(question.option());
        this.optionIsNumber = isInteger(optionKey);
    }

    /** The option value of a piece (label or option number), or null when it is no option of the scale. */
    Integer value(String piece) {
        String k = OptionText.key(piece);
        Integer v = valueByKey.get(k);
        if (v != null) return v;
        if (isInteger(k) && scale.hasValue(Integer.parseInt(k))) return Integer.parseInt(k);
        return null;
    }

    /** k for a multi-select cell text (not blank, not a missing token), or {@link AnswerParser#INVALID}. */
    double multi(String text) {
        BitSet chosen = new BitSet();
        boolean none = false;
        for (String piece : OptionText.pieces(text)) {
            List<Integer> values = values(piece);
            if (values == null) return AnswerParser.INVALID;
            for (int v : values) {
                if (v == 0) none = true;
                else chosen.set(v);
            }
        }
        if (!none && chosen.isEmpty()) return AnswerParser.MISSING; // only separators and fill-in text
        return none ? 0 : chosen.cardinality();
    }

    /** k for one option number written as a number (a numeric cell). */
    double multi(double number) {
        if (number == Math.rint(number) && Math.abs(number) < Integer.MAX_VALUE && scale.hasValue((int) number)) {
            return number == 0 ? 0 : 1;
        }
        return MissingTokens.isSkipCode(number) ? AnswerParser.MISSING : AnswerParser.INVALID;
    }

    /** The values of a piece: itself, or its comma-separated parts when all are options; null when no option. */
    private List<Integer> values(String piece) {
        Integer v = value(piece);
        if (v != null) return List.of(v);
        if (!OptionText.hasComma(piece)) return null;
        List<Integer> out = new ArrayList<>();
        for (String part : OptionText.commaParts(piece)) {
            Integer p = value(part);
            if (p == null) return null;
            out.add(p);
        }
        return out.isEmpty() ? null : out;
    }

    /** The pieces of a multi-select cell that are no option (for the invalid-value message). */
    List<String> unknown(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : OptionText.pieces(text)) if (values(piece) == null) out.add(piece);
        return out;
    }

    /** 1/0 for the yes/no question of one option, from a cell text; INVALID when it cannot be compared. */
    double option(String text, double yesNoWord) {
        if (!Double.isNaN(yesNoWord) && !isInteger(OptionText.key(text))) return yesNoWord;
        List<String> pieces = OptionText.pieces(text);
        if (pieces.isEmpty()) return AnswerParser.MISSING;
        boolean anyNumber = false;
        boolean allNumbers = true;
        for (String piece : pieces) {
            String k = OptionText.key(piece);
            if (k.equals(optionKey)) return 1;
            boolean number = isInteger(k);
            anyNumber |= number;
            allNumbers &= number;
        }
        if (optionIsNumber ? !anyNumber : allNumbers) return AnswerParser.INVALID;
        return 0;
    }

    /** 1/0 for the yes/no question of one option, from a numeric cell. */
    double option(double number) {
        if (MissingTokens.isSkipCode(number)) return AnswerParser.MISSING;
        if (!optionIsNumber) return AnswerParser.INVALID;
        return number == Double.parseDouble(optionKey) ? 1 : 0;
    }

    /** "1 ACG文化 / 2 体育 / 0 以上都没有" — the options as a list for messages and templates. */
    String options() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : new TreeMap<>(scale.labelsByValue()).entrySet()) {
            if (!e.getValue().isEmpty()) parts.add(e.getKey() + " " + e.getValue().get(0));
        }
        return String.join(" / ", parts);
    }

    Question question() {
        return question;
    }

    static boolean isInteger(String s) {
        if (s.isEmpty() || s.length() > 9) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }
}
