package org.marsad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The article's publication date, against which relative expressions resolve: "أمس" is the day
 * before it, "الثلاثاء الماضي" the last Tuesday before it, "مطلع الشهر المقبل" the first ten
 * days of the month after it. A null date resolves nothing (every value is then null).
 */
record Anchor(LocalDate date) {

    /** The part of a period that مطلع (start), منتصف (middle) or أواخر (end) names; WHOLE for none. */
    enum Part {
        WHOLE, START, MIDDLE, END
    }

    String day(int offset) {
        return date == null ? null : date.plusDays(offset).toString();
    }

    /** A weekday: {@code direction} &lt; 0 the last one before the date, &gt; 0 the next after it, 0 the nearest on or before it. */
    String weekday(DayOfWeek day, int direction) {
        if (date == null) {
            return null;
        }
        return (direction > 0 ? date.with(TemporalAdjusters.next(day))
                : direction < 0 ? date.with(TemporalAdjusters.previous(day))
                : date.with(TemporalAdjusters.previousOrSame(day))).toString();
    }

    String week(int offset) {
        if (date == null) {
            return null;
        }
        LocalDate d = date.plusWeeks(offset);
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    String month(int offset, Part part) {
        return date == null ? null : Anchor.ofMonth(YearMonth.from(date).plusMonths(offset), part);
    }

    String year(int offset, Part part) {
        return date == null ? null : Anchor.ofYear(date.getYear() + offset, part);
    }

    /** The year of a month written without one: the one that puts it nearest the date. */
    YearMonth nearest(int month) {
        if (date == null) {
            return null;
        }
        YearMonth best = null;
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++) {
            YearMonth candidate = YearMonth.of(year, month);
            if (best == null || distance(candidate) < distance(best)) {
                best = candidate;
            }
        }
        return best;
    }

    /** A month named with الماضي (the last one before the date's month) or المقبل (the next one after it); the nearest for 0. */
    YearMonth following(int month, int direction) {
        if (date == null || direction == 0) {
            return nearest(month);
        }
        YearMonth at = YearMonth.from(date);
        YearMonth candidate = YearMonth.of(date.getYear(), month);
        if (direction < 0) {
            return candidate.isBefore(at) ? candidate : candidate.minusYears(1);
        }
        return candidate.isAfter(at) ? candidate : candidate.plusYears(1);
    }

    private long distance(YearMonth month) {
        return Math.abs(month.atDay(15).toEpochDay() - date.toEpochDay());
    }

    /** A month, or the ten days of it that a part names (the rest of the month for its end). */
    static String ofMonth(YearMonth month, Part part) {
        return switch (part) {
            case WHOLE -> month.toString();
            case START -> month.atDay(1) + "/" + month.atDay(10);
            case MIDDLE -> month.atDay(11) + "/" + month.atDay(20);
            case END -> month.atDay(21) + "/" + month.atEndOfMonth();
        };
    }

    /** A year, or the months a part names: the first quarter, the middle six months, the last quarter. */
    static String ofYear(int year, Part part) {
        return switch (part) {
            case WHOLE -> String.valueOf(year);
            case START -> YearMonth.of(year, 1) + "/" + YearMonth.of(year, 3);
            case MIDDLE -> YearMonth.of(year, 4) + "/" + YearMonth.of(year, 9);
            case END -> YearMonth.of(year, 10) + "/" + YearMonth.of(year, 12);
        };
    }
}
