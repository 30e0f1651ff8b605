package org.marsad.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import java.time.LocalDate;

/**
 * Hijri dates to Gregorian ones by ICU4J's Umm al-Qura calendar, the one Saudi Arabia publishes
 * and most Arabic news follows; elsewhere a month may start a day apart, by sighting.
 */
final class Hijri {
    /** Julian day number of 1970-01-01, to go from ICU's Julian days to {@link LocalDate}'s epoch days. */
    private static final long EPOCH_JULIAN_DAY = 2_440_588;

    private Hijri() {
    }

    static LocalDate toGregorian(int year, int month, int day) {
        IslamicCalendar calendar = at(year, month, 1);
        if (day < 1 || day > calendar.getActualMaximum(Calendar.DAY_OF_MONTH)) {
            throw new IllegalArgumentException("no day " + day + " in Hijri month " + month + " of " + year);
        }
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return gregorian(calendar);
    }

    /** The first and last Gregorian days of a Hijri month. */
    static LocalDate[] monthToGregorian(int year, int month) {
        IslamicCalendar calendar = at(year, month, 1);
        LocalDate first = gregorian(calendar);
        return new LocalDate[] {first, first.plusDays(calendar.getActualMaximum(Calendar.DAY_OF_MONTH) - 1L)};
    }

    /** The Hijri year a Gregorian date falls in. */
    static int yearOf(LocalDate date) {
        IslamicCalendar calendar = calendar();
        calendar.set(Calendar.JULIAN_DAY, (int) (date.toEpochDay() + EPOCH_JULIAN_DAY));
        return calendar.get(Calendar.EXTENDED_YEAR);
    }

    private static IslamicCalendar at(int year, int month, int day) {
        IslamicCalendar calendar = calendar();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return calendar;
    }

    private static IslamicCalendar calendar() {
        IslamicCalendar calendar = new IslamicCalendar();
        calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        calendar.clear();
        return calendar;
    }

    private static LocalDate gregorian(IslamicCalendar calendar) {
        return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
    }
}
