package org.marsad.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.ArabicText;

/**
 * Finds a calendar date in the ways Arabic news pages write one: "25 - 07 - 2021", "25/7/2021",
 * "2021-07-25" (also ISO timestamps), and "25 يوليو 2021" with the month named in any of the three
 * systems: Egyptian and Gulf (يوليو), Levantine and Iraqi (تموز) or Maghrebi (جويلية), also paired
 * as "24 نيسان / أبريل 2020" or "04 آب/اغسطس 2013", in Western or Arabic-Indic digits.
 */
public final class Dates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
            Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("يوليو", 7),
            Map.entry("يوليه", 7), Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10),
            Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12),
            Map.entry("كانون الثاني", 1), Map.entry("شباط", 2), Map.entry("اذار", 3), Map.entry("نيسان", 4),
            Map.entry("ايار", 5), Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("اب", 8),
            Map.entry("ايلول", 9), Map.entry("تشرين الاول", 10), Map.entry("تشرين الثاني", 11),
            Map.entry("كانون الاول", 12),
            Map.entry("جانفي", 1), Map.entry("فيفري", 2), Map.entry("افريل", 4), Map.entry("ماي", 5),
            Map.entry("جوان", 6), Map.entry("جويليه", 7), Map.entry("اوت", 8),
            Map.entry("شتنبر", 9), Map.entry("نونبر", 11), Map.entry("دجنبر", 12), Map.entry("يوليوز", 7),
            Map.entry("غشت", 8));
    /** Words a date line holds beside the date itself: weekdays, times of day, "published", "updated". */
    private static final java.util.Set<String> DATE_LINE_WORDS = java.util.Set.of("السبت", "الاحد", "الاثنين", "الثلاثاء",
            "الاربعاء", "الخميس", "الجمعه", "ص", "م", "صباحا", "مساء", "مساءا", "ظهرا", "gmt", "utc", "نشر", "نشره", "تم",
            "بتاريخ", "في", "يوم", "اخر", "تحديث", "محدثه", "التاريخ", "تاريخ", "النشر", "الساعه", "القاهره", "بتوقيت");
    /** A date line has at most this many other words (a city, a byline's "by"). */
    private static final int DATE_LINE_OTHER_WORDS = 2;
    private static final String SEP = "\\s*[-/.]\\s*";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})" + SEP + "(\\d{1,2})" + SEP + "(\\d{4})(?!\\d)");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{4})" + SEP + "(\\d{1,2})" + SEP + "(\\d{1,2})(?!\\d)");
    private static final Pattern NAMED_MONTH;

    static {
        String names = String.join("|", MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList());
        // The month may be given in two systems at once, "مارس/ آذار": the first names it.
        NAMED_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(?:ال)?(" + names + ")(?![\\p{L}])(?:\\s*/\\s*(?:" + names
                + ")(?![\\p{L}]))?\\s*[,،]?\\s*(\\d{4})(?!\\d)");
    }

    private Dates() {
    }

    /** The first date written in {@code text}, if any. */
    public static Optional<LocalDate> find(String text) {
        String s = westernDigits(ArabicText.key(text));
        Matcher m = YEAR_MONTH_DAY.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        m = NAMED_MONTH.matcher(s);
        if (m.find()) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(2))), m.group(1));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} is a dateline ("الإثنين، 24 أغسطس 2020 09:23 ص") rather than a sentence
     * that mentions a date ("وقعت الحادثة في 12 يناير 2020 قرب الحدود"): a date, and besides its
     * numbers, month names, weekdays and times at most two other words.
     */
    public static boolean isDateLine(String text) {
        if (find(text).isEmpty()) {
            return false;
        }
        int other = 0;
        for (String word : westernDigits(ArabicText.key(text)).split("[\\s,،:|()/.-]+")) {
            boolean dateWord = word.isEmpty() || word.chars().anyMatch(Character::isDigit) || MONTHS.containsKey(word)
                    || MONTHS.containsKey(word.replaceFirst("^ال", "")) || DATE_LINE_WORDS.contains(word)
                    || MONTHS.keySet().stream().anyMatch(m -> m.contains(" ") && m.contains(word));
            other += dateWord ? 0 : 1;
        }
        return other <= DATE_LINE_OTHER_WORDS;
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String westernDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '٠' && c <= '٩' ? (char) ('0' + c - '٠') : c >= '۰' && c <= '۹' ? (char) ('0' + c - '۰') : c);
        }
        return out.toString();
    }
}
