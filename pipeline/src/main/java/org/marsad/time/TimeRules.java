package org.marsad.time;

import static org.marsad.time.TimeWords.key;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.document.Span;
import org.marsad.document.TimeExpression;
import org.marsad.document.TimeExpression.Calendar;
import org.marsad.document.TimeExpression.Type;
import org.marsad.time.Anchor.Part;

/**
 * The patterns of time expressions, matched on folded text ({@link TimeWords}). Each pattern's
 * group {@code x} is the expression: attached و/ف/ب/ل and prepositions (في، من، منذ) stay out
 * of it, "يوم"/"مساء" before a day and "عام" before a year are part of it. A rule turns a match
 * into an expression, or into null where the words turn out not to be a date.
 */
final class TimeRules {
    private static final String START = "(?<![\\p{L}\\p{N}])(?:[وف]?[بل]?)";
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final String W = "[\\s\\u00A0]+";
    private static final String S = "[\\s\\u00A0]*";
    private static final String TO = S + "(?:-|" + key("إلى") + "|" + key("حتى") + "|و)" + S;
    private static final String GM = TimeWords.alternation(TimeWords.GREGORIAN.keySet());
    private static final String MONTH = "(?<month>" + GM + ")(?:" + S + "[/(]" + S + "(?:" + GM + ")" + S + "\\)?)?";
    private static final String YEAR_WORD = "(?:(?:" + key("من") + W + ")?(?:" + TimeWords.anyOf("عام|العام|سنة|السنة") + ")" + S + ")?";
    private static final String WEEKDAY = "(?<wd>" + TimeWords.alternation(TimeWords.WEEKDAYS.keySet()) + ")";
    private static final String DAY_PART = "(?:(?:" + TimeWords.anyOf("يوم|ليلة|صباح|مساء|ظهر|فجر") + ")" + W + ")?";
    private static final String PART = "(?:(?<part>" + TimeWords.anyOf("مطلع|بداية|أوائل|مستهل|منتصف|أواسط|أواخر|نهاية") + ")" + W + ")?";
    private static final String DIRECTION = "(?:" + W + "(?<dir>" + TimeWords.anyOf("الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|"
            + "الحالي|الحالية|الجاري|الجارية|المنصرم|المنصرمة|الفائت|الفائتة") + "))";
    private static final String HOUR = "(?<h>\\d{1,2})(?::(?<mi>\\d{2}))?";
    private static final String DAYTIME = "(?:" + W + "(?<ap>" + TimeWords.anyOf("صباحا|مساء|ظهرا|فجرا|ليلا|عصرا|بعد الظهر") + "))?";
    private static final Map<String, Integer> HOUR_WORDS = Map.ofEntries(Map.entry(key("الواحدة"), 1),
            Map.entry(key("الثانية"), 2), Map.entry(key("الثالثة"), 3), Map.entry(key("الرابعة"), 4),
            Map.entry(key("الخامسة"), 5), Map.entry(key("السادسة"), 6), Map.entry(key("السابعة"), 7),
            Map.entry(key("الثامنة"), 8), Map.entry(key("التاسعة"), 9), Map.entry(key("العاشرة"), 10),
            Map.entry(key("الحادية عشرة"), 11), Map.entry(key("الثانية عشرة"), 12));

    /** A pattern and what a match of it is. */
    record Rule(Pattern pattern, BiFunction<Matcher, Anchor, TimeExpression> read) {
        Rule(String body, BiFunction<Matcher, Anchor, TimeExpression> read) {
            this(Pattern.compile(START + "(?<x>" + body + "\\p{Mn}*)" + END), read);
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("(?:" + DAY_PART + WEEKDAY + S + "[،,]?" + S + "(?:" + key("الموافق") + W + ")?)?(?<day>[0-3]?\\d)"
                    + "(?:" + TO + "(?<day2>[0-3]?\\d))?" + W + "(?:" + key("من") + W + ")?(?:" + key("شهر") + W + ")?"
                    + MONTH + "(?:" + S + "[،,]?" + S + YEAR_WORD + "(?<year>[12]\\d{3}))?", TimeRules::dayOfMonth),
            new Rule(PART + "(?:" + key("شهر") + W + ")?" + MONTH + S + "[،,]?" + S + YEAR_WORD + "(?<year>[12]\\d{3})",
                    TimeRules::monthOfYear),
            new Rule(PART + "(?:(?<shahr>" + key("شهر") + ")" + W + ")?" + MONTH + DIRECTION + "?", TimeRules::monthAlone),
            new Rule("(?:(?<day>[0-3]?\\d)" + W + ")?(?:(?<shahr>" + key("شهر") + ")" + W + ")?(?<hmonth>"
                    + TimeWords.alternation(TimeWords.HIJRI.keySet()) + ")(?:" + W + YEAR_WORD + "(?<year>1[34]\\d\\d))?"
                    + "(?:" + S + "(?<h>ه\\u0640?|" + TimeWords.anyOf("هجري|هجرية") + "))?", TimeRules::hijri),
            new Rule("(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4})", (m, a) -> date(m)),
            new Rule("(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})", (m, a) -> date(m)),
            new Rule(PART + "(?:" + TimeWords.anyOf("عام|العام|سنة|السنة|عامي") + ")" + S + "(?<year>[12]\\d{3})(?:" + TO + "(?:"
                    + key("عام") + W + ")?(?<year2>[12]\\d{3}))?(?:" + S + "(?<h>ه\\u0640?))?", TimeRules::year),
            new Rule("(?:(?<rel>" + TimeWords.anyOf("اليوم|أمس|غدا") + ")" + W + ")?" + DAY_PART + WEEKDAY + "(?:" + DIRECTION + ")?",
                    Relative::weekday),
            new Rule("(?:(?:" + TimeWords.anyOf("يوم|صباح|مساء|ظهر|ليلة|فجر") + ")" + W + ")?(?<rel>" + key("أمس") + W + key("الأول")
                    + "|" + TimeWords.anyOf("أمس|الأمس|اليوم|غدا|الليلة") + "|" + key("بعد") + W + key("غد") + ")"
                    // اليوم التالي, اليوم الأول: a day of some other story, not today
                    + "(?!" + W + "(?:" + TimeWords.anyOf("التالي|الأول|الثاني|الثالث|الأخير|الوطني|العالمي|الدولي") + ")(?!\\p{L}))",
                    Relative::day),
            new Rule("(?:" + TimeWords.anyOf("يوم|صباح|مساء") + ")" + W + "(?<rel>" + key("غد") + ")", Relative::day),
            new Rule(PART + "(?:" + TimeWords.anyOf("هذا|هذه") + W + ")?(?<unit>" + TimeWords.anyOf("الأسبوع|الشهر") + ")" + DIRECTION + "?",
                    Relative::period),
            // العام after a word with the article is that word's adjective (الأمين العام الحالي), not a year.
            new Rule(PART + "(?:" + TimeWords.anyOf("هذا|هذه") + W + ")?(?=ال[عس])(?<!ال\\p{L}{1,15}[\\s\\u00A0]{1,3})(?<unit>" + TimeWords.anyOf("العام|السنة") + ")"
                    + DIRECTION + "?", Relative::period),
            new Rule("(?:(?<at>" + key("الساعة") + ")" + W + ")?(?:" + HOUR + "|(?<hw>" + TimeWords.alternation(HOUR_WORDS.keySet()) + "))" + DAYTIME, TimeRules::time));

    private TimeRules() {
    }

    private static TimeExpression dayOfMonth(Matcher m, Anchor anchor) {
        int month = TimeWords.month(TimeWords.GREGORIAN, m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        YearMonth ym = m.group("year") != null ? YearMonth.of(Integer.parseInt(m.group("year")), month) : anchor.nearest(month);
        if (day < 1 || day > 31) {
            return null;
        }
        try {
            if (m.group("day2") != null) {
                String value = ym == null ? null : ym.atDay(day) + "/" + ym.atDay(Integer.parseInt(m.group("day2")));
                return found(m, Type.INTERVAL, value, Calendar.GREGORIAN);
            }
            return found(m, Type.DATE, ym == null ? null : ym.atDay(day).toString(), Calendar.GREGORIAN);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static TimeExpression monthOfYear(Matcher m, Anchor anchor) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group("year")), TimeWords.month(TimeWords.GREGORIAN, m.group("month")));
        Part part = part(m.group("part"));
        return found(m, part == Part.WHOLE ? Type.MONTH : Type.INTERVAL, Anchor.ofMonth(ym, part), Calendar.GREGORIAN);
    }

    private static TimeExpression monthAlone(Matcher m, Anchor anchor) {
        if (m.group("shahr") == null && m.group("part") == null && m.group("dir") == null && TimeWords.ambiguous(m.group("month"))) {
            return null;
        }
        int month = TimeWords.month(TimeWords.GREGORIAN, m.group("month"));
        YearMonth ym = m.group("dir") == null ? anchor.nearest(month) : anchor.following(month, Relative.direction(m.group("dir")));
        Part part = part(m.group("part"));
        return found(m, part == Part.WHOLE ? Type.MONTH : Type.INTERVAL, ym == null ? null : Anchor.ofMonth(ym, part),
                Calendar.GREGORIAN);
    }

    private static TimeExpression hijri(Matcher m, Anchor anchor) {
        String name = m.group("hmonth");
        boolean dated = m.group("day") != null || m.group("year") != null;
        if (!dated && m.group("shahr") == null && (TimeWords.ambiguous(name) || m.group("h") == null && !name.equals(key("رمضان")))) {
            return null;
        }
        int month = TimeWords.month(TimeWords.HIJRI, name);
        Integer year = m.group("year") != null ? Integer.valueOf(m.group("year"))
                : anchor.date() == null ? null : Hijri.yearOf(anchor.date());
        if (year == null) {
            return found(m, m.group("day") == null ? Type.INTERVAL : Type.DATE, null, Calendar.HIJRI);
        }
        try {
            if (m.group("day") != null) {
                return found(m, Type.DATE, Hijri.toGregorian(year, month, Integer.parseInt(m.group("day"))).toString(), Calendar.HIJRI);
            }
            LocalDate[] days = Hijri.monthToGregorian(year, month);
            return found(m, Type.INTERVAL, days[0] + "/" + days[1], Calendar.HIJRI);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static TimeExpression date(Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
            return found(m, Type.DATE, date.toString(), Calendar.GREGORIAN);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static TimeExpression year(Matcher m, Anchor anchor) {
        int year = Integer.parseInt(m.group("year"));
        if (m.group("h") != null || year >= 1300 && year < 1500) {
            if (m.group("h") == null || m.group("year2") != null) {
                return null; // 1300–1499 without هـ is a Gregorian year long past, which political news rarely names so
            }
            LocalDate first = Hijri.monthToGregorian(year, 1)[0];
            LocalDate last = Hijri.monthToGregorian(year, 12)[1];
            return found(m, Type.INTERVAL, first + "/" + last, Calendar.HIJRI);
        }
        if (m.group("year2") != null) {
            return found(m, Type.INTERVAL, year + "/" + m.group("year2"), Calendar.GREGORIAN);
        }
        Part part = part(m.group("part"));
        return found(m, part == Part.WHOLE ? Type.YEAR : Type.INTERVAL, Anchor.ofYear(year, part), Calendar.GREGORIAN);
    }

    /** A time of day, "الساعة 10 صباحا", "10:30", "الساعة العاشرة مساء": written with الساعة or with minutes. */
    private static TimeExpression time(Matcher m, Anchor anchor) {
        if (m.group("at") == null && m.group("mi") == null) {
            return null;
        }
        int hour = m.group("h") != null ? Integer.parseInt(m.group("h")) : HOUR_WORDS.get(m.group("hw").replaceAll(W, " "));
        int minute = m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi"));
        String daytime = m.group("ap") == null ? "" : m.group("ap");
        if (hour < 12 && !daytime.isEmpty() && !daytime.equals(key("صباحا")) && !daytime.equals(key("فجرا"))
                && !(daytime.equals(key("ليلا")) && hour < 5)) {
            hour += 12;
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return found(m, Type.TIME, String.format("T%02d:%02d", hour, minute), Calendar.GREGORIAN);
    }

    static Part part(String word) {
        if (word == null) {
            return Part.WHOLE;
        }
        if (word.equals(key("منتصف")) || word.equals(key("أواسط"))) {
            return Part.MIDDLE;
        }
        return word.equals(key("أواخر")) || word.equals(key("نهاية")) ? Part.END : Part.START;
    }

    static TimeExpression found(Matcher m, Type type, String value, Calendar calendar) {
        return new TimeExpression(new Span(m.start("x"), m.end("x")), type, value, calendar);
    }
}
