package org.ecoscore.input;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoscore.core.Level;
import org.ecoscore.core.Text;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Question;

/**
 * Matches column headers to the questions of one level and to the metadata roles of {@code meta.csv}
 * (SPEC §2 "Header row"). Built once per framework and level, then pure: every method depends only on
 * its argument. All comparisons are on {@link Text#normalise}.
 *
 * <p>Question rules, tried in this order (the first rule that matches wins; within one rule the first
 * question in questions.csv order wins, so an alias equal to another question's text goes to the
 * question with the alias):
 * <ol>
 * <li>{@link #byCode}: the header equals the code;</li>
 * <li>{@link #byFirstToken}: its first token (split on white space or {@code 、 : ： ） )}, not on
 * {@code .}) equals the code;</li>
 * <li>{@link #byAlias}: it equals an alias;</li>
 * <li>{@link #byText}: as is, or after removing a leading question number ({@code 1、} {@code 1.}
 * {@code Q3.} {@code 12)} {@code 第3题}), it equals text_zh or text_en;</li>
 * <li>{@link #bySubQuestion}: a matrix or sub-question column ({@code 第6题(X)}, {@code 6、(X)},
 * {@code 6、stem—X}, {@code 6.stem:X}, {@code stem - X}) whose part X equals a question's alias or
 * text.</li>
 * </ol>
 * Metadata ({@link #meta}) matches a {@code meta.csv} alias exactly or after removing a leading question
 * number. {@link #match} tries question rules 1–4, then metadata, then rule 5, so that an exact metadata
 * header is never taken for a sub-question.
 *
 * <p>Platform rules (SPEC §2 "Header text as platforms write it", {@link PlatformHeaders}): when rules 1–4 and
 * metadata fail on the header as written, they are tried again on the header without question-type tags,
 * {@code *} required marks and a trailing {@code :}/{@code ?} (texts and aliases are indexed both ways); then
 * {@link #byLimeSurveyCode} ({@code CODE. text [sub]}, {@code Q2[SQ001]}); then rule 5, which also takes a
 * LimeSurvey {@code text [X]}. A 问卷星 matrix whose stem stands only on its first column is matched column by
 * column by the table reader through {@link #byMatrixContinuation}. Every rule is an exact comparison;
 * {@link #nearestQuestion} only suggests.
 */
public final class HeaderMatcher {
    /** A leading question number: {@code 第3题}, {@code 1、}, {@code 1.}, {@code Q3.}, {@code 12)}, {@code 3:}. */
    private static final Pattern QUESTION_NUMBER =
            Pattern.compile("^(?:第\\s*\\d+\\s*题\\s*[、.):]?|q?\\d+(?:[._-]\\d+)*\\s*[、.):])\\s*");
    /** Characters that end the first token (after NFKC, {@code ：} is {@code :} and {@code ）} is {@code )}). */
    private static final String TOKEN_ENDS = "、:)";
    /** Separators between a matrix stem and its sub-question (问卷星 —, Tencent :, Qualtrics " - "). */
    private static final List<String> SUB_SEPARATORS = List.of("—", "–", ":", " - ");

    private final List<Question> questions;
    private final Map<String, Integer> codes = new HashMap<>();
    private final Map<String, Integer> aliases = new HashMap<>();
    private final Map<String, Integer> texts = new HashMap<>();
    private final Map<String, MetaRole> metaAliases = new HashMap<>();
    private final Map<MetaRole, List<String>> metaAliasesAsWritten = new EnumMap<>(MetaRole.class);

    /** What a header names: a question (index into {@link #questions()}), a metadata role, or nothing. */
    public record Match(int question, MetaRole meta) {
        static final Match NONE = new Match(-1, null);

        public boolean isQuestion() {
            return question >= 0;
        }

        public boolean isMeta() {
            return meta != null;
        }
    }

    public HeaderMatcher(Framework framework, Level level) {
        this(framework.questionsOf(level), metaOf(framework));
    }

    /** @param metaAliases role → header texts as written in meta.csv */
    public HeaderMatcher(List<Question> questions, Map<MetaRole, List<String>> metaAliases) {
        this.questions = List.copyOf(questions);
        for (int q = 0; q < this.questions.size(); q++) {
            Question question = this.questions.get(q);
            put(codes, question.code(), q);
            for (String a : question.aliases()) put(aliases, a, q);
        }
        for (int q = 0; q < this.questions.size(); q++) {
            put(texts, this.questions.get(q).textZh(), q);
            put(texts, this.questions.get(q).textEn(), q);
        }
        indexWithoutPlatformMarks(aliases);
        indexWithoutPlatformMarks(texts);
        for (Map.Entry<MetaRole, List<String>> e : metaAliases.entrySet()) {
            for (String a : e.getValue()) {
                String k = Text.normalise(a);
                if (!k.isEmpty()) this.metaAliases.putIfAbsent(k, e.getKey());
            }
            this.metaAliasesAsWritten.put(e.getKey(), List.copyOf(e.getValue()));
        }
    }

    /** The header texts of a metadata role as meta.csv writes them (the first is what templates print). */
    public List<String> metaAliases(MetaRole role) {
        return metaAliasesAsWritten.getOrDefault(role, List.of());
    }

    /** An alias of a metadata role that a header misspells, and how many edits apart they are. */
    public record Misspelling(String alias, int edits) {
    }

    /**
     * The alias of {@code role} that {@code header} most likely misspells: within two edits (insertions,
     * deletions, substitutions) of its normalised text — as written, or without its question number
     * ({@code 3、}) or the platform's type tags, as metadata headers are matched — and fewer edits than the alias
     * has characters (so that a two-character header such as 序号 is no misspelling of a two-character alias such
     * as 地区 with which it shares nothing), the closest first; null when none is that close.
     */
    public Misspelling misspelling(MetaRole role, String header) {
        String h = Text.normalise(header);
        if (h.isEmpty()) return null;
        // as a metadata header is matched: as written, without its question number, without the platform's marks
        String marked = PlatformHeaders.withoutPlatformMarks(h);
        java.util.Set<String> forms = new java.util.LinkedHashSet<>(List.of(h, withoutQuestionNumber(h), marked,
                withoutQuestionNumber(marked)));
        forms.remove("");
        Misspelling best = null;
        int bestDistance = 3;
        for (String alias : metaAliases(role)) {
            String a = Text.normalise(alias);
            for (String form : forms) {
                int d = editDistance(form, a, bestDistance);
                if (d < bestDistance && d < a.codePointCount(0, a.length())) {
                    best = new Misspelling(alias, d);
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /**
     * For a header that matches nothing: the alias of {@code role} it nearly names — within a fifth of the
     * alias's length in edits (at least one) of its normalised text, for aliases of 3 characters or more, so that
     * short headers (性别, 地域) are never taken for another role's; null when none is that close.
     */
    public String nearMetaAlias(MetaRole role, String header) {
        String h = Text.normalise(header);
        if (h.isEmpty()) return null;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String alias : metaAliases(role)) {
            String a = Text.normalise(alias);
            int length = a.codePointCount(0, a.length());
            if (length < 3) continue;
            int limit = Math.max(1, length / 5);
            int d = editDistance(h, a, limit + 1);
            if (d <= limit && d < bestDistance) {
                best = alias;
                bestDistance = d;
            }
        }
        return best;
    }

    /** A question that a header matching nothing nearly names, and the text of it that the header is close to. */
    public record Suggestion(int question, String text) {
    }

    /**
     * "Did you mean": for a header that matches nothing, the question whose text or alias (without platform
     * marks) is within a fifth of its length in edits (at least one) of the header without its question number
     * — or of its sub-question part X — the closest first, the first in questions.csv order on a tie; null when
     * none is that close or the texts are shorter than 4 characters. Never used to map a column.
     */
    public Suggestion nearestQuestion(String header) {
        String c = PlatformHeaders.withoutPlatformMarks(Text.normalise(header));
        List<String> parts = new java.util.ArrayList<>();
        String body = withoutQuestionNumber(c);
        parts.add(body);
        int open = body.lastIndexOf('(');
        if (body.endsWith(")") && open >= 0) parts.add(body.substring(open + 1, body.length() - 1).strip());
        for (String sep : SUB_SEPARATORS) {
            int i = body.lastIndexOf(sep);
            if (i >= 0) parts.add(body.substring(i + sep.length()).strip());
        }
        Suggestion best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            List<String> candidates = new java.util.ArrayList<>(question.aliases());
            candidates.add(question.textZh());
            candidates.add(question.textEn());
            for (String written : candidates) {
                String t = PlatformHeaders.withoutPlatformMarks(Text.normalise(written));
                if (t.length() < 4) continue;
                int limit = Math.max(1, t.length() / 5);
                for (String part : parts) {
                    if (part.length() < 4) continue;
                    int d = editDistance(part, t, limit + 1);
                    if (d <= limit && d < bestDistance) {
                        best = new Suggestion(q, written.strip());
                        bestDistance = d;
                    }
                }
            }
        }
        return best;
    }

    /** Levenshtein distance, or {@code limit} as soon as it is known to be at least that. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) return limit;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) return limit;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit);
    }

    private static Map<MetaRole, List<String>> metaOf(Framework framework) {
        Map<MetaRole, List<String>> m = new EnumMap<>(MetaRole.class);
        for (MetaRole r : MetaRole.values()) m.put(r, framework.metaAliases(r));
        return m;
    }

    /**
     * Also indexes each alias and text without its platform marks (a text written {@code 您所在的行业？} then
     * equals a header {@code 3、您所在的行业(单选题 *必答)} once both have dropped theirs); never displaces an
     * entry.
     */
    private static void indexWithoutPlatformMarks(Map<String, Integer> map) {
        Map<String, Integer> cleaned = new HashMap<>();
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            String c = PlatformHeaders.withoutPlatformMarks(e.getKey());
            if (!c.isEmpty() && !c.equals(e.getKey())) cleaned.merge(c, e.getValue(), Math::min);
        }
        cleaned.forEach(map::putIfAbsent);
    }

    private static <T> void put(Map<String, T> map, String text, T value) {
        String k = Text.normalise(text);
        if (!k.isEmpty()) map.putIfAbsent(k, value);
    }

    /** The questions matched against, in questions.csv order. */
    public List<Question> questions() {
        return questions;
    }

    /** What a raw header text names (see the class comment for the order of the rules). */
    public Match match(String header) {
        String h = Text.normalise(header);
        if (h.isEmpty()) return Match.NONE;
        int q = questionExact(h);
        if (q >= 0) return new Match(q, null);
        MetaRole role = metaNormalised(h);
        if (role != null) return new Match(-1, role);
        String c = PlatformHeaders.withoutPlatformMarks(h);
        if (!c.equals(h) && !c.isEmpty()) {
            q = questionExact(c);
            if (q >= 0) return new Match(q, null);
            role = metaNormalised(c);
            if (role != null) return new Match(-1, role);
        }
        q = questionOnPlatformRules(h, c);
        return q >= 0 ? new Match(q, null) : Match.NONE;
    }

    /** The question a raw header names by any of the rules, or -1. */
    public int question(String header) {
        String h = Text.normalise(header);
        if (h.isEmpty()) return -1;
        int q = questionExact(h);
        if (q >= 0) return q;
        String c = PlatformHeaders.withoutPlatformMarks(h);
        if (!c.equals(h) && !c.isEmpty()) {
            q = questionExact(c);
            if (q >= 0) return q;
        }
        return questionOnPlatformRules(h, c);
    }

    /**
     * The rules tried after the exact ones and metadata: the LimeSurvey code rule, then the sub-question rule
     * (on the header as written, then without its platform marks). {@code c} is {@code h} without them.
     */
    private int questionOnPlatformRules(String h, String c) {
        int q = byLimeSurveyCode(c);
        if (q < 0) q = bySubQuestion(h);
        if (q < 0 && !c.equals(h) && !c.isEmpty()) q = bySubQuestion(c);
        return q;
    }

    /**
     * The question a later sub-item column of a 问卷星 matrix names ({@code 界面美观度} after a column
     * {@code 13、stem—外观}): the header read as if the stem stood on it too ({@code 13、stem—界面美观度}), by
     * every rule; -1 when {@code stem} is null or the header has a question number or stem of its own.
     *
     * @param stem what {@link #matrixStem} gave for the matrix's first column
     */
    public int byMatrixContinuation(String stem, String header) {
        if (stem == null) return -1;
        String h = PlatformHeaders.withoutPlatformMarks(Text.normalise(header));
        if (!PlatformHeaders.isBareSubItem(h)) return -1;
        return question(stem + h);
    }

    /** True when a header has neither a question number nor a stem of its own, so a matrix may go on through it. */
    public static boolean mayContinueMatrix(String header) {
        return PlatformHeaders.isBareSubItem(PlatformHeaders.withoutPlatformMarks(Text.normalise(header)));
    }

    /** The stem prefix ({@code 13、stem—}) of a 问卷星 matrix's first sub-item header, or null. */
    public static String matrixStem(String header) {
        return PlatformHeaders.matrixStem(PlatformHeaders.withoutPlatformMarks(Text.normalise(header)));
    }

    /**
     * LimeSurvey: a "question code &amp; question text" header {@code CODE. text [sub]} names the question whose
     * code is CODE; a code {@code Q2[SQ001]} (sub-question SQ001 of array Q2, alone or before {@code . text})
     * names the question coded as LimeSurvey's Expression Manager calls it, {@code Q2_SQ001}. When CODE is no
     * code of the framework, the text after {@code CODE. } may still equal an alias or a text.
     */
    int byLimeSurveyCode(String h) {
        String code = PlatformHeaders.limeSurveyCode(h);
        if (code == null) {
            String sub = PlatformHeaders.limeSurveySubCode(h);
            return sub == null ? -1 : byCode(sub);
        }
        int q = byCode(code);
        if (q >= 0) return q;
        String sub = PlatformHeaders.limeSurveySubCode(code);
        if (sub != null && (q = byCode(sub)) >= 0) return q;
        // a survey coded otherwise than the framework (G01Q01): the text after "CODE. " by alias or text
        String text = h.substring(code.length() + 2).strip();
        q = byAlias(text);
        return q >= 0 ? q : texts.getOrDefault(text, -1);
    }

    /** The question whose code a raw text is (rules 1 and 2 only, for the form layout's 题号 cell), or -1. */
    public int questionByCode(String text) {
        String h = Text.normalise(text);
        if (h.isEmpty()) return -1;
        int q = byCode(h);
        return q >= 0 ? q : byFirstToken(h);
    }

    /** The metadata role a raw header names, or null. */
    public MetaRole meta(String header) {
        return metaNormalised(Text.normalise(header));
    }

    private int questionExact(String h) {
        int q = byCode(h);
        if (q < 0) q = byFirstToken(h);
        if (q < 0) q = byAlias(h);
        if (q < 0) q = byText(h);
        return q;
    }

    /** Rule 1: the (normalised) header equals a code. */
    int byCode(String h) {
        return codes.getOrDefault(h, -1);
    }

    /** Rule 2: the first token (split on white space or 、 : ） ), not on '.') equals a code. */
    int byFirstToken(String h) {
        String token = firstToken(h);
        return token.length() == h.length() ? -1 : codes.getOrDefault(token, -1);
    }

    /** Rule 3: the header equals an alias. */
    int byAlias(String h) {
        return aliases.getOrDefault(h, -1);
    }

    /** Rule 4: the header, as is or after removing a leading question number, equals text_zh or text_en. */
    int byText(String h) {
        Integer q = texts.get(h);
        if (q != null) return q;
        String stripped = withoutQuestionNumber(h);
        return stripped.equals(h) ? -1 : texts.getOrDefault(stripped, -1);
    }

    /**
     * Rule 5: a matrix or sub-question column whose part X equals an alias or a text: {@code 第6题(X)},
     * {@code 6、(X)} (X in the last parentheses), {@code 6、stem—X}, {@code 6.stem:X}, {@code stem - X} (X
     * after any of the separators; each occurrence is tried from the left).
     */
    int bySubQuestion(String h) {
        String body = withoutQuestionNumber(h);
        if (body.endsWith(")")) {
            int open = body.lastIndexOf('(');
            if (open >= 0) {
                int q = aliasOrText(body.substring(open + 1, body.length() - 1).strip());
                if (q >= 0) return q;
            }
        }
        int bracketed = byBracketedSubQuestion(body);
        if (bracketed >= 0) return bracketed;
        for (String sep : SUB_SEPARATORS) {
            for (int i = body.indexOf(sep); i >= 0; i = body.indexOf(sep, i + 1)) {
                int q = aliasOrText(body.substring(i + sep.length()).strip());
                if (q >= 0) return q;
            }
        }
        return -1;
    }

    /** LimeSurvey's full-text header of a sub-question, {@code text [sub]}: the part in the last brackets. */
    int byBracketedSubQuestion(String body) {
        if (!body.endsWith("]")) return -1;
        int open = body.lastIndexOf('[');
        return open < 0 ? -1 : aliasOrText(body.substring(open + 1, body.length() - 1).strip());
    }

    private int aliasOrText(String x) {
        if (x.isEmpty()) return -1;
        int q = aliases.getOrDefault(x, -1);
        return q >= 0 ? q : texts.getOrDefault(x, -1);
    }

    /** Metadata: the header equals a meta.csv alias, as is or after removing a leading question number. */
    MetaRole metaNormalised(String h) {
        if (h.isEmpty()) return null;
        MetaRole r = metaAliases.get(h);
        if (r == null) r = metaAliases.get(withoutQuestionNumber(h));
        return r != null ? r : metaByLimeSurveyCode(h);
    }

    /** LimeSurvey's {@code CODE. text} header of a metadata column: CODE, or else the text, equals an alias. */
    private MetaRole metaByLimeSurveyCode(String h) {
        String code = PlatformHeaders.limeSurveyCode(h);
        if (code == null) return null;
        MetaRole r = metaAliases.get(code);
        return r != null ? r : metaAliases.get(h.substring(code.length() + 2).strip());
    }

    /** The first token of a normalised header: up to white space or one of 、 : ) (NFKC of ： and ）). */
    static String firstToken(String h) {
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == ' ' || TOKEN_ENDS.indexOf(c) >= 0) return h.substring(0, i);
        }
        return h;
    }

    /** A normalised header without its leading question number ({@code 1、} {@code Q3.} {@code 第3题} …). */
    static String withoutQuestionNumber(String h) {
        Matcher m = QUESTION_NUMBER.matcher(h);
        return m.find() ? h.substring(m.end()) : h;
    }
}
