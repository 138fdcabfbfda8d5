package org.ecoscore.input;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoscore.core.Text;

/**
 * The {@code submitted} and {@code duration} metadata (SPEC §2 "Answers"). Like {@link AnswerParser}, a
 * parse gives a finite value, {@link AnswerParser#MISSING} or {@link AnswerParser#INVALID}. Pure.
 *
 * <p>Submission times are seconds since 1970-01-01T00:00 with the local time written taken as UTC: an
 * Excel date (or plain number) cell as its 1900-system serial, or a text {@code 2025/3/11 15:29:52},
 * {@code 2025/3/8 10:15}, {@code 2025-04-02 10:00:00}, {@code 2025-04-02T10:00:00}, {@code 2025/3/11}
 * (midnight) or {@code 02-Feb-2021 20:26:58}. Durations are seconds: a number (Qualtrics' {@code Duration (in
 * seconds)}), an Excel time cell under one day ({@code 0:05:30}), or a text such as {@code 120秒}, {@code 2分30秒},
 * {@code 1小时2分}, {@code 95 s}, {@code 95s}, {@code 2 min}, {@code 1,200秒} (thousands grouped by commas),
 * {@code 00:05:30} / {@code 1:02:03} (h:mm:ss) or {@code 5:30} (two parts are minutes and seconds, m:ss, as
 * platforms write answering times; minutes and seconds after a colon are below 60).
 */
public final class TimeParser {
    /** Days from the Excel 1900-system epoch (serial 0 = 1899-12-30) to 1970-01-01. */
    private static final double EXCEL_EPOCH_DAYS = 25569;
    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?:[ t](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.\\d+)?)?)?");
    private static final Pattern DMY = Pattern.compile(
            "(\\d{1,2})-([a-z]{3})-(\\d{4})(?: (\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?)?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    /** A number of a duration: digits, grouped in thousands by commas or not, and decimals. */
    private static final String AMOUNT = "((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)";
    private static final Pattern DURATION = Pattern.compile(
            "(?:" + AMOUNT + "(?:小时|时|h|hr|hours?))?(?:" + AMOUNT + "(?:分钟|分|m|min|mins|minutes?))?"
                    + "(?:" + AMOUNT + "(?:秒钟|秒|s|sec|secs|seconds?))?");
    /** h:mm:ss (three parts) or m:ss (two), the seconds possibly with decimals. */
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d+):([0-5]?\\d(?:\\.\\d+)?)");

    private TimeParser() {
    }

    /** The submission time of cell {@code column}. */
    public static double submitted(CellSource source, int column) {
        switch (source.type(column)) {
            case EMPTY:
                return AnswerParser.MISSING;
            case DATE:
            case NUMBER:
                return fromExcelSerial(source.number(column));
            case STRING:
                return submittedText(source.text(column));
            default:
                return AnswerParser.INVALID;
        }
    }

    /** Seconds since 1970 (UTC) of an Excel serial date-time. */
    public static double fromExcelSerial(double serial) {
        if (!Double.isFinite(serial) || serial < 0) return AnswerParser.INVALID;
        return Math.round((serial - EXCEL_EPOCH_DAYS) * 86400.0);
    }

    /** The submission time a text gives. */
    public static double submittedText(String text) {
        String n = Text.normalise(text);
        if (MissingTokens.isMissingNormalised(n)) return AnswerParser.MISSING;
        try {
            double plain = plainYmd(n);
            if (plain != NOT_PLAIN) return plain;
            Matcher m = YMD.matcher(n);
            if (m.matches()) {
                return epoch(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group(4), m.group(5), m.group(6));
            }
            m = DMY.matcher(n);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                if (month == null) return AnswerParser.INVALID;
                return epoch(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), m.group(4),
                        m.group(5), m.group(6));
            }
        } catch (DateTimeException e) {
            return AnswerParser.INVALID; // e.g. 2025/2/30
        }
        return AnswerParser.INVALID;
    }

    /** What {@link #plainYmd} gives for a text it leaves to the patterns. */
    private static final double NOT_PLAIN = Double.NEGATIVE_INFINITY;

    /**
     * The common case of {@link #YMD} read without a matcher (a batch has a submission time per row, nearly
     * every one different): {@code 2025/3/11 15:29:52}, {@code 2025-04-02 10:00}, {@code 2025/3/11} — the
     * same value, or INVALID for a date that does not exist; {@link #NOT_PLAIN} for any text whose shape
     * differs in the least (a fraction of a second, other separators), which the patterns then read.
     */
    static double plainYmd(String n) {
        int len = n.length();
        int[] field = new int[6];
        int i = 0;
        int f = 0;
        // year: four digits; month and day: one or two, each after / or -
        for (; f < 3; f++) {
            if (f > 0) {
                if (i >= len || (n.charAt(i) != '/' && n.charAt(i) != '-')) return NOT_PLAIN;
                i++;
            }
            int start = i;
            int v = 0;
            while (i < len && i - start < (f == 0 ? 4 : 2) && isDigit(n.charAt(i))) v = v * 10 + (n.charAt(i++) - '0');
            if (i - start < (f == 0 ? 4 : 1)) return NOT_PLAIN;
            field[f] = v;
        }
        if (i < len) {
            if (n.charAt(i) != ' ' && n.charAt(i) != 't') return NOT_PLAIN;
            i++;
            for (; f < 6 && i < len; f++) {
                if (f > 3) {
                    if (n.charAt(i) != ':') return NOT_PLAIN;
                    i++;
                }
                int start = i;
                int v = 0;
                while (i < len && i - start < 2 && isDigit(n.charAt(i))) v = v * 10 + (n.charAt(i++) - '0');
                if (i == start) return NOT_PLAIN;
                field[f] = v;
            }
            if (f < 5 || i < len) return NOT_PLAIN; // an hour without minutes, or more than the pattern takes
        }
        try {
            return LocalDateTime.of(field[0], field[1], field[2], field[3], field[4], field[5])
                    .toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return AnswerParser.INVALID;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static double epoch(int year, int month, int day, String hour, String minute, String second) {
        LocalDateTime t = LocalDateTime.of(year, month, day, hour == null ? 0 : Integer.parseInt(hour),
                minute == null ? 0 : Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    /** The duration of cell {@code column}, in seconds. */
    public static double duration(CellSource source, int column) {
        switch (source.type(column)) {
            case EMPTY:
                return AnswerParser.MISSING;
            case NUMBER: {
                double v = source.number(column);
                return Double.isFinite(v) && v >= 0 ? v : AnswerParser.INVALID;
            }
            case DATE: {
                // a time-formatted cell (0:05:30) holds a fraction of a day; a whole date is no duration
                double v = source.number(column);
                return Double.isFinite(v) && v >= 0 && v < 1 ? Math.round(v * 86400.0) : AnswerParser.INVALID;
            }
            case STRING:
                return durationText(source.text(column));
            default:
                return AnswerParser.INVALID;
        }
    }

    /** The duration a text gives, in seconds. */
    public static double durationText(String text) {
        double seconds = plainSeconds(text);
        if (seconds != NOT_PLAIN) return seconds;
        String n = Text.normalise(text);
        if (MissingTokens.isMissingNormalised(n)) return AnswerParser.MISSING;
        String compact = n.replace(" ", "");
        double plain = AnswerParser.decimal(compact, false);
        if (plain != AnswerParser.INVALID) return plain >= 0 ? plain : AnswerParser.INVALID;
        Matcher m = CLOCK.matcher(compact);
        if (m.matches()) {
            // with hours, the minutes are below 60 as well (1:75:00 is no time)
            if (m.group(1) != null && Integer.parseInt(m.group(2)) >= 60) return AnswerParser.INVALID;
            return part(m.group(1)) * 3600 + part(m.group(2)) * 60 + part(m.group(3));
        }
        m = DURATION.matcher(compact);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            return AnswerParser.INVALID;
        }
        return part(m.group(1)) * 3600 + part(m.group(2)) * 60 + part(m.group(3));
    }

    /**
     * {@code 523秒} or {@code 523} (问卷星's answering time; one to nine ASCII digits, then 秒 or nothing) read
     * without normalising or a matcher, with the value the patterns give; {@link #NOT_PLAIN} for any other text.
     */
    static double plainSeconds(String text) {
        int len = text.length();
        if (len > 0 && text.charAt(len - 1) == '秒') len--;
        if (len == 0 || len > 9) return NOT_PLAIN;
        int v = 0;
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) return NOT_PLAIN;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static double part(String g) {
        return g == null ? 0 : Double.parseDouble(g.indexOf(',') < 0 ? g : g.replace(",", ""));
    }
}
