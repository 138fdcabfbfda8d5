package org.ecoscore.input;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Conversions between Excel serial dates (1900 date system, with its phantom 29 Feb 1900) and java.time. */
final class ExcelDates {
    private static final LocalDateTime EPOCH = LocalDate.of(1899, 12, 30).atStartOfDay();

    private ExcelDates() {
    }

    /** The date-time of an Excel serial, or null when it is out of range. */
    static LocalDateTime toDateTime(double serial) {
        if (!(serial >= 0 && serial < 2958466)) return null;
        double s = serial < 61 ? serial + 1 : serial; // before 1 Mar 1900 Excel counts a 29 Feb that never was
        long millis = Math.round(s * 86_400_000d);
        return EPOCH.plus(millis, ChronoUnit.MILLIS);
    }

    /** The Excel serial of a date-time. */
    static double toSerial(LocalDateTime t) {
        double days = ChronoUnit.MILLIS.between(EPOCH, t) / 86_400_000d;
        return days < 61 ? days - 1 : days;
    }
}
