package org.ecoscore.instrument;

import java.util.Locale;

/** The two questionnaire layouts of SPEC §2 that {@code ecoscore template} writes. */
public enum TemplateLayout {
    /** One header row, one respondent per row (what survey platforms export). */
    TABLE,
    /** One respondent per file: metadata rows on top, then 题号 | 题目 | 答案 | 说明 rows. */
    FORM;

    /** The word used on the command line ({@code table}, {@code form}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code table} or {@code form} (any case). */
    public static TemplateLayout parse(String text) {
        for (TemplateLayout l : values()) {
            if (l.id().equalsIgnoreCase(text.strip())) return l;
        }
        throw new IllegalArgumentException("not a layout: " + text);
    }
}
