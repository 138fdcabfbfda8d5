package org.ecoscore.input;

/**
 * Classifies Excel number formats (ECMA-376 Part 1 §18.8.30–31) for SPEC §2: percent formats (a numeric
 * cell then counts as value × 100) and date/time formats (the cell is a DATE).
 */
final class NumberFormats {
    static final int GENERAL = 0;
    static final int PERCENT = 1;
    static final int DATE = 2;

    private NumberFormats() {
    }

    /**
     * Built-in ids: 9, 10 are percent; 14–22 and 45–47 are dates and times, and so are 27–36 and 50–58, the
     * East Asian (zh-CN, ja, ko) date formats a Chinese Excel writes without defining them.
     */
    static int classifyBuiltin(int id) {
        if (id == 9 || id == 10) return PERCENT;
        if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
            return DATE;
        }
        return GENERAL;
    }

    /** A custom format code: percent when it has `%` outside quotes; date when it has y m d h s outside
     * quotes, escapes and [brackets] (elapsed-time brackets [h] [mm] [ss] count as time). */
    static int classifyCode(String code) {
        if (code == null) return GENERAL;
        if (isPercentFormat(code)) return PERCENT;
        String section = firstSection(code);
        boolean quoted = false;
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            if (quoted) {
                if (c == '"') quoted = false;
                continue;
            }
            switch (c) {
                case '"':
                    quoted = true;
                    break;
                case '\\':
                case '_':
                case '*':
                    i++;
                    break;
                case '[':
                    int end = section.indexOf(']', i);
                    if (end < 0) return GENERAL;
                    String inside = section.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT);
                    if (inside.matches("h+|m+|s+")) return DATE;
                    i = end;
                    break;
                default:
                    char l = Character.toLowerCase(c);
                    if (l == 'y' || l == 'm' || l == 'd' || l == 'h' || l == 's') return DATE;
                    if (c == '0' || c == '#' || c == '?' || c == '@') return GENERAL;
            }
        }
        return GENERAL;
    }

    /** True when the code has a `%` outside quoted text and escapes. */
    static boolean isPercentFormat(String code) {
        if (code == null) return false;
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quoted) {
                if (c == '"') quoted = false;
            } else if (c == '"') {
                quoted = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '%') {
                return true;
            }
        }
        return false;
    }

    private static String firstSection(String code) {
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '\\') i++;
            else if (!quoted && c == ';') return code.substring(0, i);
        }
        return code;
    }
}
