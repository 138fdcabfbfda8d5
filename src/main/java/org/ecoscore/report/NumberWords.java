package org.ecoscore.report;

import java.util.List;
import java.util.Locale;

/**
 * Numbers and lists as the highlight sentences write them in the report language: scores to one decimal,
 * shares as percentages to one decimal, D to three decimals, counts with thousands separators in English
 * ({@code 1,234}) and without in Chinese ({@code 1234}, as Chinese running text writes them), lists joined by
 * {@code 、} and {@code 和} in Chinese (a space between 和 and a Latin code beside it), by {@code ,} and {@code and} in English.
 */
final class NumberWords {
    private final boolean english;

    NumberWords(boolean english) {
        this.english = english;
    }

    /** A score on 0–100: {@code 62.3}. */
    String score(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A difference of scores, without sign (the template says above or below): {@code 9.1}. */
    String points(double v) {
        return score(Math.abs(v));
    }

    /** A share in [0, 1] as a percentage: {@code 23.4%}. */
    String share(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    /** A coupling coordination degree: {@code 0.712}. */
    String d(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** A count: {@code 1,234} (en) or {@code 1234} (zh). */
    String count(long n) {
        return english ? String.format(Locale.ROOT, "%,d", n) : Long.toString(n);
    }

    /** Items joined as a list: {@code a、b和c} / {@code a, b and c}. */
    String list(List<String> items) {
        int n = items.size();
        if (n == 0) return "";
        if (n == 1) return items.get(0);
        String sep = english ? ", " : "、";
        String head = String.join(sep, items.subList(0, n - 1));
        String last = items.get(n - 1);
        if (english) return head + " and " + last;
        // 和 between Chinese text and a Latin code takes a space on the Latin side (A1 国家战略需求和 B4 …)
        return head + (latin(head.charAt(head.length() - 1)) ? " 和" : "和") + (latin(last.charAt(0)) ? " " : "")
                + last;
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
