package org.ecoscore.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header text as survey platforms write it (SPEC §2 "Header text as platforms write it"): pure functions over
 * a header already normalised by {@link org.ecoscore.core.Text#normalise} (NFKC, so {@code （ ） ： ？ ＊ ［ ］}
 * are already {@code ( ) : ? * [ ]}). {@link HeaderMatcher} applies them after its exact rules have failed.
 */
final class PlatformHeaders {
    /** A bracketed group: (…), […] or 【…】, innermost (no brackets inside). */
    private static final Pattern GROUP = Pattern.compile("[(\\[【]([^()\\[\\]【】]*)[)\\]】]");
    /**
     * What a question-type tag is made of: the platforms' type words (单选题, 多选题, 矩阵单选题, 量表题, 填空题,
     * 下拉题, 排序题, …), the required marks (必答, 必填, {@code *}) and the separators between them.
     */
    private static final Pattern TAG_CONTENT = Pattern.compile(
            "(?:[\\s*,、/;]|矩阵|单选|多选|单项选择|多项选择|下拉|量表|评分|打分|填空|多项|排序|比重|滑动条|级联|"
                    + "文件上传|上传|判断|日期|地址|nps|题|必答|必填|选填|非必答|非必填|可多选)+");
    /** Something that only type words can be: at least one word, not only separators and stars. */
    private static final Pattern TAG_WORD = Pattern.compile("[\\p{IsHan}a-z]");
    /** A leading question number, as {@link HeaderMatcher} strips it, kept to look behind it for a {@code *}. */
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:第\\s*\\d+\\s*题\\s*[、.):]?|q?\\d+(?:[._-]\\d+)*\\s*[、.):])\\s*");
    /** LimeSurvey's "question code & question text" header: {@code CODE. text} or {@code CODE[SUB]. text}. */
    private static final Pattern LIME_CODE_TEXT = Pattern.compile("^([a-z][a-z0-9_]*(?:\\[[a-z0-9_]+\\])*)\\. .*");
    /** LimeSurvey's sub-question code: {@code CODE[SUB]} (also {@code CODE[SUB1][SUB2]} for dual-scale arrays). */
    private static final Pattern LIME_SUB = Pattern.compile("^([a-z][a-z0-9_]*)((?:\\[[a-z0-9_]+\\])+)$");
    /** 问卷星's matrix header on the first sub-item column: {@code 13、stem—X} (the prefix up to and with —). */
    private static final Pattern WJX_MATRIX = Pattern.compile(
            "^((?:第\\s*\\d+\\s*题\\s*[、.):]?|\\d+\\s*[、.])\\s*[^—]+—).+$");

    private PlatformHeaders() {
    }

    /**
     * The header without question-type tags ({@code (单选题 *必答)}, {@code (多选题)}, {@code [单选题]},
     * {@code 【矩阵量表题】}), {@code *} required marks (leading, trailing, or just after the question number) and
     * trailing {@code :} {@code ?}; the header itself when it has none.
     */
    static String withoutPlatformMarks(String h) {
        String s = h;
        while (true) {
            String before = s;
            s = withoutTypeTags(s);
            s = withoutRequiredMarks(s);
            s = withoutTrailingPunctuation(s);
            if (s.equals(before)) return s;
        }
    }

    /** Drops every bracketed group made only of type words and required marks. */
    static String withoutTypeTags(String h) {
        Matcher m = GROUP.matcher(h);
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String content = m.group(1);
            boolean tag = TAG_CONTENT.matcher(content).matches() && TAG_WORD.matcher(content).find()
                    || content.strip().equals("*");
            m.appendReplacement(sb, tag ? "" : Matcher.quoteReplacement(m.group()));
            changed |= tag;
        }
        if (!changed) return h;
        m.appendTail(sb);
        return sb.toString().strip().replaceAll(" {2,}", " ");
    }

    /** Drops {@code *} marks at either end, and one just after a leading question number ({@code 1、*政策}). */
    static String withoutRequiredMarks(String h) {
        int start = 0;
        int end = h.length();
        while (start < end && (h.charAt(start) == '*' || h.charAt(start) == ' ')) start++;
        while (end > start && (h.charAt(end - 1) == '*' || h.charAt(end - 1) == ' ')) end--;
        String s = h.substring(start, end);
        Matcher m = NUMBER.matcher(s);
        if (m.find() && m.end() < s.length() && s.charAt(m.end()) == '*') {
            s = s.substring(0, m.end()) + s.substring(m.end() + 1).stripLeading();
        }
        return s;
    }

    /** Drops trailing {@code :} and {@code ?} (NFKC of {@code ：} and {@code ？}). */
    static String withoutTrailingPunctuation(String h) {
        int end = h.length();
        while (end > 0 && (h.charAt(end - 1) == ':' || h.charAt(end - 1) == '?' || h.charAt(end - 1) == ' ')) end--;
        return end == h.length() ? h : h.substring(0, end);
    }

    /** The CODE of a LimeSurvey {@code CODE. text [sub]} header ({@code CODE} may be {@code Q2[SQ001]}), or null. */
    static String limeSurveyCode(String h) {
        Matcher m = LIME_CODE_TEXT.matcher(h);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The Expression Manager name of a LimeSurvey sub-question code: {@code q2[sq001]} → {@code q2_sq001}
     * ({@code q3[sq001][1]} → {@code q3_sq001_1}); null when the text is not such a code.
     */
    static String limeSurveySubCode(String code) {
        Matcher m = LIME_SUB.matcher(code);
        if (!m.matches()) return null;
        return m.group(1) + m.group(2).replace("][", "_").replace("[", "_").replace("]", "");
    }

    /**
     * The stem prefix ({@code 13、stem—}) of a 问卷星 matrix header written on its first sub-item column
     * ({@code 13、stem—外观}), or null when the header is not one.
     */
    static String matrixStem(String h) {
        Matcher m = WJX_MATRIX.matcher(h);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * True when a header can be a later sub-item column of a 问卷星 matrix: it has no question number and no
     * stem of its own ({@code 界面美观度}).
     */
    static boolean isBareSubItem(String h) {
        return !h.isEmpty() && !NUMBER.matcher(h).find() && h.indexOf('—') < 0;
    }
}
