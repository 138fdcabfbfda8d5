package org.ecoscore.input;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoscore.core.Text;
import org.ecoscore.framework.Question;

/**
 * Ties the columns of a header row to multi-select questions and to yes/no questions of one option (SPEC §2
 * "Multi-select questions"; the rules are documented in docs/framework-format.md). Kept apart from
 * {@link HeaderMatcher}, whose rules tie one column to one question: here one column may feed several
 * questions (the multi-select question and the yes/no questions of its options), and one question may read
 * several columns (one per option). Built once per framework and level; {@link #ties} is pure.
 *
 * <p>A header (normalised) is tied to such a question S
 * <ol>
 * <li>as its <b>one-cell</b> column when it names S by the ordinary exact rules: it equals S's code, its first
 * token is S's code, it equals an alias, or as is or without its leading question number it equals S's
 * text_zh or text_en;</li>
 * <li>otherwise as the column of <b>one option</b> when it has one of the forms {@code STEM(X)} (X inside the
 * last parentheses, which may hold parentheses of their own: {@code 第8题(ACG文化(动漫、游戏等))}),
 * {@code STEM_N} (Qualtrics {@code Q5_1}; {@code Q5_4_TEXT} is the fill-in text of option 4 and is read as
 * nothing), or {@code STEM - X}, {@code STEM—X}, {@code STEM–X}, {@code STEM:X} (a Qualtrics
 * {@code - Selected Choice -} before X is dropped), and STEM names S: it equals S's code, an alias, or its
 * text (as is or without its question number), or STEM is a bare question number ({@code 第8题}, {@code 8、},
 * {@code 8}, {@code Q8}) equal to S's number — the N of a code {@code QN} or of an alias written as a bare
 * question number ({@code 第8题}, {@code 8}, {@code Q8}). X is the option: a label of S's scale (compared as
 * {@link OptionText#key}) or an option number; N is an option number.</li>
 * </ol>
 */
final class MultiSelectColumns {
    /** A bare question number: {@code 第8题}, {@code 8}, {@code q8}, {@code 8、}, {@code 8.} (normalised). */
    private static final Pattern BARE_NUMBER = Pattern.compile("^(?:第\\s*(\\d+)\\s*题|q?(\\d+))\\s*[、.):]?$");
    private static final Pattern QUALTRICS = Pattern.compile("^(.+?)_(\\d+)(_text)?$");
    private static final List<String> SEPARATORS = List.of(" - ", "—", "–", ":");
    private static final String SELECTED_CHOICE = "selected choice - ";

    /** How one column feeds one question. */
    enum Kind {
        /** the column holds the whole answer in one cell */
        ONE_CELL,
        /** the column is one option's: 1 (or the option's text) = chosen, 0 or blank = not */
        OPTION,
        /** Qualtrics' fill-in text of an option: read as nothing */
        FILL_IN
    }

    /**
     * @param question index into the level's questions
     * @param value    OPTION: the option's value in the scale of a multi-select question, null when X is no
     *                 option of it (or for a yes/no question)
     * @param option   OPTION: X (or N) as written in the header, normalised
     * @param accepted OPTION: the texts (keys) that mean "chosen" besides 1: X and the scale's labels of value
     * @param mine     OPTION of a yes/no question: this column is the question's own option
     */
    record Tie(int question, Kind kind, Integer value, String option, Set<String> accepted, boolean mine) {
    }

    private record Target(int index, Question question, String code, Set<String> aliases, Set<String> texts,
                          Set<Integer> numbers, MultiSelectParser parser, String optionKey) {
    }

    private final List<Target> targets = new ArrayList<>();

    MultiSelectColumns(List<Question> questions) {
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (!q.isMulti() && !q.isOption()) continue;
            Set<String> aliases = new HashSet<>();
            Set<Integer> numbers = new HashSet<>();
            for (String a : q.aliases()) {
                String k = Text.normalise(a);
                if (k.isEmpty()) continue;
                aliases.add(k);
                Integer n = bareNumber(k);
                if (n != null) numbers.add(n);
            }
            String code = Text.normalise(q.code());
            Matcher m = Pattern.compile("^q(\\d+)$").matcher(code);
            if (m.matches()) numbers.add(Integer.parseInt(m.group(1)));
            Set<String> texts = new HashSet<>();
            for (String t : new String[] {q.textZh(), q.textEn()}) {
                String k = Text.normalise(t);
                if (!k.isEmpty()) texts.add(k);
            }
            targets.add(new Target(i, q, code, aliases, texts, numbers, new MultiSelectParser(q),
                    OptionText.key(q.option())));
        }
    }

    /** True when the level has multi-select questions or yes/no questions of one option. */
    boolean any() {
        return !targets.isEmpty();
    }

    /** True when question {@code q} (index into the level's questions) is read by these rules. */
    boolean reads(int q) {
        for (Target t : targets) if (t.index() == q) return true;
        return false;
    }

    /** How a raw header feeds the questions read here (empty when it feeds none of them). */
    List<Tie> ties(String header) {
        String h = Text.normalise(header);
        // a header with a type tag, "1、业务领域(多选题 *必答)", is a one-cell column, not the option "多选题 *必答"
        String plain = PlatformHeaders.withoutPlatformMarks(h);
        if (!plain.equals(h)) {
            List<Tie> untagged = tiesOf(plain);
            if (untagged.stream().anyMatch(t -> t.kind() == Kind.ONE_CELL)) return untagged;
        }
        return tiesOf(h);
    }

    private List<Tie> tiesOf(String h) {
        List<Tie> out = new ArrayList<>();
        if (h.isEmpty() || targets.isEmpty()) return out;
        List<String[]> forms = null;
        for (Target t : targets) {
            if (namesWhole(t, h)) {
                out.add(new Tie(t.index(), Kind.ONE_CELL, null, "", Set.of(), false));
                continue;
            }
            if (forms == null) forms = forms(h);
            for (String[] f : forms) {
                if (!stemNames(t, f[0])) continue;
                out.add(optionTie(t, f[1], f[2] != null));
                break;
            }
        }
        return out;
    }

    private static Tie optionTie(Target t, String x, boolean fillIn) {
        if (fillIn) return new Tie(t.index(), Kind.FILL_IN, null, x, Set.of(), false);
        Set<String> accepted = new HashSet<>();
        accepted.add(OptionText.key(x));
        if (t.question().isMulti()) {
            Integer v = t.parser().value(x);
            if (v != null) {
                for (String label : t.question().scale().labelsByValue().get(v)) accepted.add(OptionText.key(label));
            }
            return new Tie(t.index(), Kind.OPTION, v, x, accepted, false);
        }
        return new Tie(t.index(), Kind.OPTION, null, x, accepted, OptionText.key(x).equals(t.optionKey()));
    }

    /** Rule 1: the header names the question as a whole. */
    private static boolean namesWhole(Target t, String h) {
        if (h.equals(t.code()) || t.aliases().contains(h) || t.texts().contains(h)) return true;
        String token = HeaderMatcher.firstToken(h);
        if (token.length() < h.length() && token.equals(t.code())) return true;
        String stripped = HeaderMatcher.withoutQuestionNumber(h);
        return !stripped.equals(h) && t.texts().contains(stripped);
    }

    /** Rule 2's stem test. */
    private static boolean stemNames(Target t, String stem) {
        if (stem.isEmpty()) return false;
        if (stem.equals(t.code()) || t.aliases().contains(stem) || t.texts().contains(stem)) return true;
        String stripped = HeaderMatcher.withoutQuestionNumber(stem);
        if (!stripped.isEmpty() && !stripped.equals(stem) && t.texts().contains(stripped)) return true;
        Integer n = bareNumber(stem);
        return n != null && t.numbers().contains(n);
    }

    /** The (stem, X, fill-in flag) readings of a normalised header, in the order tried. */
    static List<String[]> forms(String h) {
        List<String[]> out = new ArrayList<>();
        if (h.endsWith(")")) {
            int depth = 0;
            for (int i = h.length() - 1; i >= 0; i--) {
                char c = h.charAt(i);
                if (c == ')') depth++;
                else if (c == '(' && --depth == 0) {
                    String x = h.substring(i + 1, h.length() - 1).strip();
                    if (!x.isEmpty()) out.add(new String[] {h.substring(0, i).strip(), x, null});
                    break;
                }
            }
        }
        Matcher q = QUALTRICS.matcher(h);
        if (q.matches()) out.add(new String[] {q.group(1), q.group(2), q.group(3)});
        for (String sep : SEPARATORS) {
            for (int i = h.indexOf(sep); i >= 0; i = h.indexOf(sep, i + 1)) {
                String x = h.substring(i + sep.length()).strip();
                if (x.startsWith(SELECTED_CHOICE)) x = x.substring(SELECTED_CHOICE.length()).strip();
                if (!x.isEmpty()) out.add(new String[] {h.substring(0, i).strip(), x, null});
            }
        }
        return out;
    }

    /** N of a bare question number, or null. */
    static Integer bareNumber(String normalised) {
        Matcher m = BARE_NUMBER.matcher(normalised);
        if (!m.matches()) return null;
        String d = m.group(1) != null ? m.group(1) : m.group(2);
        return d.length() > 6 ? null : Integer.parseInt(d);
    }
}
