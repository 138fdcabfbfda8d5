package org.ecoscore.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.ecoscore.core.Text;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.Scale;
import org.ecoscore.framework.ScaleKind;

/**
 * Turns the cells of one question into raw answers (SPEC §2 "Answers"). A parse gives a finite number (the
 * raw answer: a scale value, 1/0 for yes/no, a number as written, a percent in percent units),
 * {@link #MISSING} (NaN: blank or a missing token, no issue) or {@link #INVALID} (+∞: anything else).
 *
 * <p>The text and number rules ({@link #parseText}, {@link #parseNumber}) are pure. {@link #parse} reads
 * a cell and remembers texts already parsed, per shared-string index or per text (bounded), so that a large
 * file costs little more than the cell scan; an instance is therefore not thread-safe.
 *
 * <p>Choice where SPEC is silent: a named scale that itself has the value −2 or −3 takes {@code -2}/{@code
 * -3} as that value, not as 问卷星's skip code.
 */
public final class AnswerParser {
    /** A blank cell or missing token. */
    public static final double MISSING = Double.NaN;
    /** Not an answer of the question. */
    public static final double INVALID = Double.POSITIVE_INFINITY;
    /**
     * A declared missing answer (missing.csv): a NaN with its own bit pattern, so that {@link #isMissing}
     * holds for it too and only {@link #isDeclaredMissing} tells it apart.
     */
    public static final double DECLARED_MISSING = Double.longBitsToDouble(0x7ff8_0000_0000_0DECL);
    private static final long DECLARED_BITS = Double.doubleToRawLongBits(DECLARED_MISSING);

    private static final Set<String> YES = Set.of("是", "有", "已", "yes", "y", "true", "1", "√", "✓");
    private static final Set<String> NO = Set.of("否", "无", "没有", "未", "no", "n", "false", "0", "×");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d+)?");

    private final Question question;
    private final ScaleKind kind;
    private final Scale scale;
    private final AnswerCache cache;
    private final DeclaredMissing declared;
    /** Multi-select questions and yes/no questions of one option; null for the others. */
    private final MultiSelectParser options;

    public AnswerParser(Question question) {
        this(question, DeclaredMissing.NONE);
    }

    /** A parser that also knows the framework's declared missing answers. */
    public AnswerParser(Question question, DeclaredMissing declared) {
        this(question, declared, new AnswerCache());
    }

    /**
     * A parser remembering its texts' answers in {@code cache}, which parsers that parse every text alike may
     * share (see {@link #cacheKey}).
     */
    AnswerParser(Question question, DeclaredMissing declared, AnswerCache cache) {
        this.cache = cache;
        this.question = question;
        this.kind = question.kind();
        this.scale = question.scale();
        this.declared = declared;
        this.options = question.isMulti() || question.isOption() ? new MultiSelectParser(question) : null;
    }

    public Question question() {
        return question;
    }

    /**
     * What a text's answer depends on besides the framework's declared missing answers: the kind and the scale
     * — for every question but a multi-select one or a yes/no question of one option, whose options are their
     * own (null: the parser keeps its own cache). Questions of one key give every text the same answer, so
     * they can share one {@link AnswerCache} (150 questions on 5 scales: 5 small tables instead of 150).
     */
    static Object cacheKey(Question question) {
        if (question.isMulti() || question.isOption()) return null;
        return java.util.Arrays.asList(question.kind(), question.scale());
    }

    public static boolean isMissing(double parsed) {
        return Double.isNaN(parsed);
    }

    public static boolean isInvalid(double parsed) {
        return parsed == INVALID;
    }

    /** True for {@link #DECLARED_MISSING} (which is also {@link #isMissing}). */
    public static boolean isDeclaredMissing(double parsed) {
        return Double.doubleToRawLongBits(parsed) == DECLARED_BITS;
    }

    /** Parses cell {@code column} of the source's current row. */
    public double parse(CellSource source, int column) {
        CellType type = source.type(column);
        switch (type) {
            case EMPTY:
                return MISSING;
            case STRING: {
                int index = source.stringIndex(column);
                if (index >= 0) {
                    double v = cache.byIndex(index);
                    if (v != AnswerCache.ABSENT) return v;
                    v = parseText(source.text(column));
                    cache.putIndex(index, v);
                    return v;
                }
                String text = source.text(column);
                double integer = plainInteger(text);
                if (integer != AnswerCache.ABSENT) {
                    return declared.number(integer) ? DECLARED_MISSING : parseNumber(integer, false);
                }
                double v = cache.byText(text);
                if (v != AnswerCache.ABSENT) return v;
                v = parseText(text);
                cache.putText(text, v);
                return v;
            }
            case NUMBER:
                if (declared.number(source.number(column))) return DECLARED_MISSING;
                return parseNumber(source.number(column), source.percent(column));
            case BOOLEAN:
                return kind == ScaleKind.YESNO ? source.number(column) : INVALID;
            default:
                return INVALID; // a date is no answer to a question
        }
    }

    /**
     * A text of at most 9 ASCII digits, optionally after {@code -}, as its value (what platforms' numeric
     * exports mostly hold: parsed without normalising or caching, with the same result as
     * {@link #parseText}); {@link AnswerCache#ABSENT} for any other text.
     */
    static double plainInteger(String text) {
        int n = text.length();
        if (n == 0 || n > 10) return AnswerCache.ABSENT;
        int i = text.charAt(0) == '-' ? 1 : 0;
        if (i == n || n - i > 9) return AnswerCache.ABSENT;
        int v = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return AnswerCache.ABSENT;
            v = v * 10 + (c - '0');
        }
        return text.charAt(0) == '-' ? -v : v;
    }

    /** The answer a numeric cell gives ({@code percentFormat}: the cell has a percent number format). */
    public double parseNumber(double value, boolean percentFormat) {
        if (!Double.isFinite(value)) return INVALID;
        if (options != null) return question.isMulti() ? options.multi(value) : options.option(value);
        switch (kind) {
            case NUMBER:
                return value;
            case PERCENT:
                return percentFormat ? value * 100 : value;
            case YESNO:
                if (MissingTokens.isSkipCode(value)) return MISSING;
                if (value == 1) return 1;
                return value == 0 || value == 2 ? 0 : INVALID;
            default:
                return scaleValue(value);
        }
    }

    /** The answer a text gives. */
    public double parseText(String text) {
        String n = Text.normalise(text);
        if (n.isEmpty()) return MISSING;
        if (declared.text(n)) return DECLARED_MISSING;
        if (MissingTokens.isMissingNormalised(n)) return MISSING;
        if (options != null) {
            if (question.isMulti()) return MissingTokens.isSkipCode(n) ? MISSING : options.multi(text);
            if (MissingTokens.isSkipCode(n)) return MISSING;
            return options.option(text, YES.contains(n) ? 1 : NO.contains(n) ? 0 : Double.NaN);
        }
        switch (kind) {
            case NUMBER:
                return decimal(n, false);
            case PERCENT:
                return decimal(n, true);
            case YESNO:
                if (YES.contains(n)) return 1;
                if (NO.contains(n)) return 0;
                if (MissingTokens.isSkipCode(n)) return MISSING;
                double v = decimal(n, false);
                return v == INVALID ? INVALID : parseNumber(v, false);
            default:
                Integer label = scale.valueByLabel().get(n);
                if (label != null) return label;
                double number = decimal(n, false);
                if (number == INVALID) number = points(n);
                if (number == INVALID) return INVALID;
                return scaleValue(number);
        }
    }

    /** {@code 4分}: how 问卷星's 按文本 export writes a scale answer (NFKC done, so also {@code ４ 分}). */
    private static final Pattern POINTS = Pattern.compile("(\\d{1,9}) ?分");

    /**
     * A named-scale text {@code N分} as the number N (SPEC §2; only reached when no label equals the text, so
     * a scale labelled {@code 5分} keeps its own value); INVALID for any other text.
     */
    static double points(String normalised) {
        java.util.regex.Matcher m = POINTS.matcher(normalised);
        return m.matches() ? Double.parseDouble(m.group(1)) : INVALID;
    }

    private double scaleValue(double value) {
        if (value == Math.rint(value) && Math.abs(value) < Integer.MAX_VALUE && scale.hasValue((int) value)) {
            return value;
        }
        return MissingTokens.isSkipCode(value) ? MISSING : INVALID;
    }

    /**
     * A normalised text (NFKC done) read as a decimal number once spaces and thousands separators ({@code ,} {@code ，})
     * are removed; with {@code allowPercent} a trailing {@code %} is allowed (the number is then in percent
     * units already). INVALID when it is not a finite decimal.
     */
    static double decimal(String normalised, boolean allowPercent) {
        StringBuilder sb = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c != ' ' && c != ',' && c != '，') sb.append(c);
        }
        if (allowPercent && sb.length() > 0 && sb.charAt(sb.length() - 1) == '%') sb.setLength(sb.length() - 1);
        String t = sb.toString();
        if (!DECIMAL.matcher(t).matches()) return INVALID;
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? v : INVALID;
    }

    /**
     * What the question accepts, for an {@code invalid-value} message: {@code scale agree5: 1–5 or
     * 非常不同意/不同意/一般/同意/非常同意}.
     */
    public String accepted() {
        if (question.isMulti()) {
            return "multi-select over scale " + scale.name() + ": options " + options.options()
                    + ", several joined by ┋ | ; or ；";
        }
        if (question.isOption()) {
            return "yes/no for option \"" + question.option() + "\": the options chosen (one of them "
                    + (MultiSelectParser.isInteger(OptionText.key(question.option())) ? "the number " : "")
                    + "\"" + question.option() + "\"), or 是/否";
        }
        switch (kind) {
            case NUMBER:
                return "number: a number";
            case PERCENT:
                return "percent: a number in percent, such as 12.5 or 12.5%";
            case YESNO:
                return "yesno: 是/否, yes/no or 1/0";
            default:
                List<String> labels = new ArrayList<>();
                for (Map.Entry<Integer, List<String>> e : new TreeMap<>(scale.labelsByValue()).entrySet()) {
                    if (!e.getValue().isEmpty()) labels.add(e.getValue().get(0));
                }
                return "scale " + scale.name() + ": " + scale.min() + "–" + scale.max()
                        + (labels.isEmpty() ? "" : " or " + String.join("/", labels));
        }
    }

    /** The {@code invalid-value} message for a value written in a cell. */
    public String invalidMessage(String written) {
        if (question.isMulti()) {
            List<String> unknown = options.unknown(written);
            if (!unknown.isEmpty()) {
                return "\"" + excerpt(written) + "\" is not an answer of " + question.code() + ": "
                        + (unknown.size() == 1 ? "option \"" : "options \"")
                        + excerpt(String.join("\", \"", unknown)) + "\" " + (unknown.size() == 1 ? "is" : "are")
                        + " not in scale " + scale.name() + " (" + options.options()
                        + "); fix the cell, or add the option to the scale";
            }
        }
        return invalidDetail(written).message();
    }

    /**
     * {@link #invalidMessage} with its parameters: the answer, the question and what it accepts. A detail is
     * immutable and depends on the text only, so the details of the last texts are remembered (a batch repeats
     * its few invalid answers, such as 不清楚, thousands of times).
     */
    public org.ecoscore.core.Detail invalidDetail(String written) {
        org.ecoscore.core.Detail d = details.get(written);
        if (d == null) {
            d = newInvalidDetail(written);
            if (details.size() < MAX_DETAILS) details.put(written, d);
        }
        return d;
    }

    private static final int MAX_DETAILS = 256;
    private final Map<String, org.ecoscore.core.Detail> details = new java.util.HashMap<>();

    private org.ecoscore.core.Detail newInvalidDetail(String written) {
        if (question.isMulti() && !options.unknown(written).isEmpty()) {
            return new org.ecoscore.core.Detail(invalidMessage(written), java.util.Map.of());
        }
        String answer = excerpt(written);
        java.util.Map<String, String> p = org.ecoscore.core.Issue.paramsOf("answer", answer,
                "question", question.code());
        p.putAll(acceptedParams());
        return new org.ecoscore.core.Detail("\"" + answer + "\" is not an answer of " + question.code()
                + " (" + acceptedText() + "); fix the cell or leave it blank", p);
    }

    /** {@link #accepted()}, worked out once: a batch may have many invalid cells of one question. */
    private String acceptedText() {
        if (acceptedText == null) acceptedText = accepted();
        return acceptedText;
    }

    private String acceptedText;
    private java.util.Map<String, String> acceptedParams;

    /** The parameters of {@link #invalidDetail} that depend on the question only (in their order), once. */
    private java.util.Map<String, String> acceptedParams() {
        if (acceptedParams != null) return acceptedParams;
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        switch (kind) {
            case NUMBER -> p.put("form", "number");
            case PERCENT -> p.put("form", "percent");
            case YESNO -> p.put("form", "yesno");
            default -> {
                List<String> labels = new ArrayList<>();
                for (Map.Entry<Integer, List<String>> e : new TreeMap<>(scale.labelsByValue()).entrySet()) {
                    if (!e.getValue().isEmpty()) labels.add(e.getValue().get(0));
                }
                p.put("form", labels.isEmpty() ? "scale" : "scale-labels");
                p.put("scale", scale.name());
                p.put("min", Integer.toString(scale.min()));
                p.put("max", Integer.toString(scale.max()));
                p.put("labels", String.join("/", labels));
            }
        }
        acceptedParams = p;
        return p;
    }

    /** Longest quoted text in a message; a longer one is cut, so that an issue fits in one spreadsheet cell. */
    static final int EXCERPT = 200;

    /** {@code written}, cut to {@value #EXCERPT} characters with "…(N characters)" when longer. */
    static String excerpt(String written) {
        if (written.length() <= EXCERPT) return written;
        int end = Character.isHighSurrogate(written.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
        return written.substring(0, end) + "…(" + written.length() + " characters)";
    }
}
