package org.ecoscore.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data problem (SPEC §5 issues.csv): where it is and what it is.
 *
 * @param file   the input file as given on the command line ("" when none)
 * @param sheet  the sheet name, "" for CSV or when not applicable
 * @param row    the spreadsheet's 1-based row, 0 when not applicable
 * @param column the column letter(s) ("D"), "" when not applicable
 * @param code   a stable kebab-case code such as {@code invalid-value}, {@code low-coverage}
 * @param severity error, warning or info
 * @param message a sentence in English naming the problem and what to do
 * @param params  the specifics the message was built from, by name (an id, a count, a threshold), so that the
 *                report can say the same in its own language (report.IssueMessages); empty when the source gave
 *                none, and then every language shows {@code message}. The optional {@code form} parameter picks
 *                one of a code's message variants; a parameter {@code name@zh} is the Chinese text of
 *                {@code name} where the value itself is words (a list of rows, a reason).
 */
public record Issue(String file, String sheet, int row, String column, String code, Severity severity,
                    String message, Map<String, String> params) {
    public Issue {
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        params = params == null ? Map.of() : frozen(params);
    }

    // the classes of Map.of / Map.copyOf's maps (one pair, and more): already immutable, so an issue can share them
    // — an invalid answer's parameters are made once per text and shared by every row that gave it (a copy per
    // issue was 10 small objects each, 70 MB on a batch with 150,000 invalid answers, copied by every young GC)
    private static final Class<?> IMMUTABLE_ONE = Map.of("", "").getClass();
    private static final Class<?> IMMUTABLE_MORE = Map.of("", "", " ", "").getClass();

    private static Map<String, String> frozen(Map<String, String> params) {
        if (params.isEmpty()) return Map.of();
        Class<?> c = params.getClass();
        if (c == IMMUTABLE_ONE || c == IMMUTABLE_MORE) return params;
        return Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** An issue whose message has no parameters: shown as {@code message} in every language. */
    public Issue(String file, String sheet, int row, String column, String code, Severity severity,
                 String message) {
        this(file, sheet, row, column, code, severity, message, Map.of());
    }

    /**
     * Parameters from name/value pairs ({@code "id", id, "count", 3}); values become strings ({@code null} is
     * left out), in the order given.
     */
    public static Map<String, String> paramsOf(Object... nameValue) {
        if (nameValue.length % 2 != 0) throw new IllegalArgumentException("name/value pairs expected");
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            if (nameValue[i + 1] != null) m.put((String) nameValue[i], String.valueOf(nameValue[i + 1]));
        }
        return m;
    }

    /** "file, sheet S, row 5, column D" — the location part of a user-facing message. */
    public String location() {
        StringBuilder sb = new StringBuilder(file);
        if (!sheet.isEmpty()) sb.append(sb.length() > 0 ? ", " : "").append("sheet ").append(sheet);
        if (row > 0) sb.append(sb.length() > 0 ? ", " : "").append("row ").append(row);
        if (!column.isEmpty()) sb.append(sb.length() > 0 ? ", " : "").append("column ").append(column);
        return sb.toString();
    }
}
