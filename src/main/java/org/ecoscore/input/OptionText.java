package org.ecoscore.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ecoscore.core.Text;

/**
 * The text rules of multi-select answers (SPEC §2 "Multi-select questions"), pure functions.
 *
 * <ul>
 * <li>Fill-in text: 问卷星 writes what a respondent typed after an option in {@code 〖…〗} ({@code 其他〖…〗},
 * {@code 其他【请注明】〖…〗}); it is removed before anything else, so that a {@code ┋} typed by the
 * respondent does not split the answer.</li>
 * <li>An option's key: the text without fill-in text and without {@code 【…】} notes, normalised
 * ({@link Text#normalise}). Labels of scales.csv get the same key, so {@code 其他【请注明】} in the scale and
 * {@code 其他〖公益〗} in a cell are one option. Nothing else is removed: parentheses, spaces and {@code 、}
 * inside a label are compared as written (after normalisation).</li>
 * <li>Separators between the options of one cell: {@code ┋} (问卷星 按文本), {@code |}, {@code ;},
 * {@code ；}. A piece that is no option but holds commas is tried once more split on {@code ,} and
 * {@code ，} (Qualtrics joins the choices of one cell with commas); it counts only when every part is an
 * option.</li>
 * </ul>
 */
public final class OptionText {
    private static final Pattern FILL_IN = Pattern.compile("〖[^〗]*(〗|$)");
    private static final Pattern NOTE = Pattern.compile("【[^】]*】");
    private static final Pattern SEPARATORS = Pattern.compile("[┋|;；｜]");
    private static final Pattern COMMAS = Pattern.compile("[,，]");

    private OptionText() {
    }

    /** The text without the fill-in parts {@code 〖…〗}. */
    public static String withoutFillIn(String text) {
        return text.indexOf('〖') < 0 ? text : FILL_IN.matcher(text).replaceAll("");
    }

    /** The comparison key of an option label or an answer piece. */
    public static String key(String text) {
        String t = withoutFillIn(text);
        if (t.indexOf('【') >= 0) t = NOTE.matcher(t).replaceAll("");
        return Text.normalise(t);
    }

    /** The non-blank pieces of a cell (fill-in text removed first), as written. */
    public static List<String> pieces(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : SEPARATORS.split(withoutFillIn(cell), -1)) {
            if (!p.isBlank()) out.add(p.strip());
        }
        return out;
    }

    /** The comma-separated parts of a piece (for the retry described above), blanks dropped. */
    public static List<String> commaParts(String piece) {
        List<String> out = new ArrayList<>();
        for (String p : COMMAS.split(piece, -1)) {
            if (!p.isBlank()) out.add(p.strip());
        }
        return out;
    }

    /** True when the piece holds a comma. */
    public static boolean hasComma(String piece) {
        return COMMAS.matcher(piece).find();
    }
}
