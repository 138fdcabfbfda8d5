package org.ecoscore.draft;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoscore.input.PlatformHeaders;

/**
 * What a drafted question takes from its column header (SPEC §2 "Header row"): the question number
 * ({@code 1、} {@code 第6题} {@code Q3.} {@code 6.}), a sub-item ({@code 第6题(X)}, {@code 6、(X)},
 * {@code 6、stem—X}, {@code 6.stem:X}, {@code stem - X}, LimeSurvey {@code text [X]}), a code when the header
 * is one ({@code Q6_1}, {@code G1Q2[SQ001]}), and the question's text without number, type tag
 * ({@code (单选题 *必答)}, {@code [多选题]}) and required mark.
 *
 * @param number the question number, -1 when the header has none
 * @param code   the header as a code ({@code [A-Za-z][A-Za-z0-9_.-]*} after {@code [x]} → {@code _x}), or null
 * @param stem   the question's text (the matrix stem for a sub-item)
 * @param item   the sub-item X, or null
 */
record HeaderParts(int number, String code, String stem, String item) {
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:第\\s*(\\d{1,4})\\s*题\\s*[、.):：]?|[Qq]?(\\d{1,4})(?:[._-]\\d{1,3})*\\s*[、.):：])\\s*(.*)$", Pattern.DOTALL);
    /** A header that is itself a code: Qualtrics {@code Q6_1}, LimeSurvey {@code G1Q2[SQ001]}, {@code QID5}. */
    private static final Pattern CODE_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9_.#-]*(?:\\[[A-Za-z0-9_]+])*");
    private static final Pattern CODE_NUMBER = Pattern.compile("^[A-Za-z]{1,3}(\\d{1,4})(?:[_#.-]|\\[|$)");
    /** LimeSurvey's "question code &amp; question text" heading: {@code G1Q2[SQ001]. text [sub]}. */
    static final Pattern LIME_CODE_TEXT = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*(?:\\[[A-Za-z0-9_]+])*)\\. (.+)$",
            Pattern.DOTALL);
    private static final Pattern LIME_ITEM = Pattern.compile("^(.*\\S)\\s*\\[([^\\[\\]]+)]$");

    static HeaderParts parse(String header) {
        String h = clean(Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC));
        if (CODE_LIKE.matcher(h).matches()) {
            String code = h.replace("[", "_").replace("]", "").replace("#", "_");
            Matcher n = CODE_NUMBER.matcher(h);
            return new HeaderParts(n.find() ? Integer.parseInt(n.group(1)) : -1, code, h, null);
        }
        Matcher limeCode = LIME_CODE_TEXT.matcher(h);
        if (limeCode.matches() && !limeCode.group(1).matches("\\d+")) {
            String code = limeCode.group(1).replace("[", "_").replace("]", "");
            HeaderParts text = parse(limeCode.group(2));
            return new HeaderParts(-1, code, text.stem(), text.item());
        }
        int number = -1;
        String rest = h;
        Matcher m = NUMBERED.matcher(h);
        if (m.matches() && !m.group(3).isBlank()) {
            number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            rest = m.group(3).strip();
        }
        if (rest.startsWith("(") && rest.endsWith(")") && rest.length() > 2) {
            return new HeaderParts(number, null, "", rest.substring(1, rest.length() - 1).strip());
        }
        for (String sep : new String[] {"—", " - ", ":"}) {
            int i = rest.lastIndexOf(sep);
            if (sep.equals(":") && number < 0) continue; // only 腾讯问卷's numbered "6.stem:X"
            if (i > 0 && i + sep.length() < rest.length()) {
                String item = rest.substring(i + sep.length()).strip();
                if (!item.isEmpty()) return new HeaderParts(number, null, rest.substring(0, i).strip(), item);
            }
        }
        Matcher lime = LIME_ITEM.matcher(rest);
        if (lime.matches()) return new HeaderParts(number, null, lime.group(1).strip(), lime.group(2).strip());
        if (rest.endsWith(")") && rest.indexOf('(') > 0 && h.startsWith("第")) {
            int open = rest.lastIndexOf('(');
            return new HeaderParts(number, null, rest.substring(0, open).strip(),
                    rest.substring(open + 1, rest.length() - 1).strip());
        }
        return new HeaderParts(number, null, rest, null);
    }

    /**
     * The header without type tags, required marks and a trailing {@code :} {@code ?}: the reader's own rule
     * ({@link PlatformHeaders#withoutPlatformMarks}), applied to the NFKC text with white space collapsed, so
     * that the case of the text is kept.
     */
    static String clean(String nfkc) {
        return PlatformHeaders.withoutPlatformMarks(nfkc.strip().replaceAll("\\s+", " "));
    }

    boolean isSubItem() {
        return item != null;
    }
}
