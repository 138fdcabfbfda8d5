package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** SPEC §2 {@code submitted} and {@code duration} metadata. */
class AnswerParserTimeTest {
    private static double utc(int y, int mo, int d, int h, int mi, int s) {
        return LocalDateTime.of(y, mo, d, h, mi, s).toEpochSecond(ZoneOffset.UTC);
    }

    @Test
    void submittedTextFormats() {
        assertEquals(utc(2025, 3, 11, 15, 29, 52), TimeParser.submittedText("2025/3/11 15:29:52"));
        assertEquals(utc(2025, 3, 8, 10, 15, 0), TimeParser.submittedText("2025/3/8 10:15"));
        assertEquals(utc(2025, 4, 2, 10, 0, 0), TimeParser.submittedText("2025-04-02 10:00:00"));
        assertEquals(utc(2025, 4, 2, 10, 0, 0), TimeParser.submittedText("2025-04-02T10:00:00"));
        assertEquals(utc(2021, 2, 2, 20, 26, 58), TimeParser.submittedText("02-Feb-2021 20:26:58"));
        assertEquals(1741651200, TimeParser.submittedText("2025/3/11")); // midnight, UTC, by hand: 20158 days
        assertTrue(AnswerParser.isMissing(TimeParser.submittedText("")));
        assertTrue(AnswerParser.isInvalid(TimeParser.submittedText("2025/2/30 10:00")));
        assertTrue(AnswerParser.isInvalid(TimeParser.submittedText("yesterday")));
    }

    @Test
    void submittedExcelDateCellIsSerialDaysSince1899_12_30AsUtc() {
        // serial 45727.5 = 2025-03-11 12:00 (45727 days after 1899-12-30)
        CellSource s = TestSheets.of("f", "", new Object[][] {{TestSheets.date(45727.5)}});
        s.nextRow();
        assertEquals(utc(2025, 3, 11, 12, 0, 0), TimeParser.submitted(s, 0));
    }

    @Test
    void durationForms() {
        assertEquals(120, TimeParser.durationText("120秒"));
        assertEquals(150, TimeParser.durationText("2分30秒"));
        assertEquals(3720, TimeParser.durationText("1小时2分"));
        assertEquals(95, TimeParser.durationText("95 s"));
        assertEquals(95, TimeParser.durationText("95s"));
        assertEquals(95, TimeParser.durationText("95"));
        assertTrue(AnswerParser.isInvalid(TimeParser.durationText("fast")));
        assertTrue(AnswerParser.isInvalid(TimeParser.durationText("-5")));
        CellSource s = TestSheets.of("f", "", new Object[][] {{300.0}});
        s.nextRow();
        assertEquals(300, TimeParser.duration(s, 0));
    }

    /** New-user test: the forms platforms write that were refused (thousands separator, h:mm:ss, m:ss, time cells). */
    @Test
    void durationsWithThousandsAndClockForms() {
        assertEquals(1200, TimeParser.durationText("1,200秒"));
        assertEquals(1200, TimeParser.durationText("1,200"));
        assertEquals(1234567, TimeParser.durationText("1,234,567 s"));
        assertEquals(330, TimeParser.durationText("00:05:30"));          // 5·60 + 30
        assertEquals(3723, TimeParser.durationText("1:02:03"));          // 3600 + 2·60 + 3
        assertEquals(330, TimeParser.durationText("5:30"));              // two parts: m:ss
        assertEquals(4530, TimeParser.durationText("75:30"));            // 75·60 + 30: minutes may pass 59
        assertEquals(330, TimeParser.durationText("5：30"));              // a full-width colon
        assertEquals(90.5, TimeParser.durationText("1:30.5"));
        assertEquals(330, TimeParser.durationText("5 分 30 秒"));         // spaces between the parts
        assertTrue(AnswerParser.isInvalid(TimeParser.durationText("5:75")), "seconds below 60");
        assertTrue(AnswerParser.isInvalid(TimeParser.durationText("1:75:00")), "minutes below 60 after hours");
        assertTrue(AnswerParser.isInvalid(TimeParser.durationText("12,00秒")), "not a thousands grouping");
        assertTrue(AnswerParser.isInvalid(TimeParser.durationText("约10分钟")));
        assertTrue(AnswerParser.isInvalid(TimeParser.durationText("2026/13/45")));
        // an Excel cell formatted as a time holds a fraction of a day: 0:05:30 = 330/86400
        CellSource s = TestSheets.of("f", "", new Object[][] {{TestSheets.date(330 / 86400.0)}, {TestSheets.date(45727.5)}});
        s.nextRow();
        assertEquals(330, TimeParser.duration(s, 0));
        s.nextRow();
        assertTrue(AnswerParser.isInvalid(TimeParser.duration(s, 0)), "a whole date is no duration");
    }

    /**
     * The submission times and answering times read without a pattern (TimeParser.plainYmd, plainSeconds) give
     * what the patterns give, and leave every other shape to them: each text here against its value worked by hand.
     */
    @Test
    void plainShapesAgreeWithThePatterns() {
        assertEquals(utc(2025, 3, 11, 15, 29, 52), TimeParser.plainYmd("2025/3/11 15:29:52"));
        assertEquals(utc(2025, 12, 1, 9, 5, 0), TimeParser.plainYmd("2025-12-01 9:05"));
        assertEquals(utc(2025, 4, 2, 10, 0, 0), TimeParser.plainYmd("2025-04-02t10:00:00")); // normalised T
        assertEquals(utc(2024, 2, 29, 0, 0, 0), TimeParser.plainYmd("2024/2/29"));
        assertTrue(AnswerParser.isInvalid(TimeParser.plainYmd("2025/2/29 10:00")), "no such day");
        assertTrue(AnswerParser.isInvalid(TimeParser.plainYmd("2025/3/11 24:00")), "no such hour");
        // shapes left to the patterns (NOT_PLAIN is −∞), and what the whole parse then makes of them
        for (String other : new String[] {"2025/3/11 15:29:52.5", "20255/3/11", "2025/123/1", "2025/3/11 15",
                "2025/3/11 15:29:52:1", "2025.3.11", "25/3/11", "02-feb-2021 20:26:58", "2025/3/11 150:00"}) {
            assertEquals(Double.NEGATIVE_INFINITY, TimeParser.plainYmd(other), other);
        }
        assertEquals(utc(2025, 3, 11, 15, 29, 52), TimeParser.submittedText("2025/3/11 15:29:52.5"));
        assertTrue(AnswerParser.isInvalid(TimeParser.submittedText("2025/3/11 15")));
        assertTrue(AnswerParser.isInvalid(TimeParser.submittedText("2025/3/11 150:00")));
        // a space doubled or at an end is collapsed by normalising first, as before
        assertEquals(utc(2025, 3, 11, 15, 29, 52), TimeParser.submittedText(" 2025/3/11  15:29:52 "));

        assertEquals(523, TimeParser.plainSeconds("523秒"));
        assertEquals(7, TimeParser.plainSeconds("007"));
        for (String other : new String[] {"秒", "", "5 秒", "1,200秒", "５２３秒", "2分30秒", "1234567890秒", "-5"}) {
            assertEquals(Double.NEGATIVE_INFINITY, TimeParser.plainSeconds(other), other);
        }
        assertEquals(523, TimeParser.durationText("５２３秒")); // full-width digits: normalised, then the pattern
        assertEquals(5, TimeParser.durationText("5 秒"));
    }
}
