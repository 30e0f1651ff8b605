package org.marsad.time;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.arabic.ArabicText;

/**
 * The words of dates, keyed as {@link ArabicText#foldInPlace} spells them (أ إ آ → ا, ى → ي, ة → ه):
 * Gregorian months in the three naming systems of Arabic news (Egyptian and Gulf يناير, Levantine
 * and Iraqi كانون الثاني, Maghrebi جانفي and Moroccan يناير/غشت/شتنبر), Hijri months, weekdays.
 */
final class TimeWords {
    static final Map<String, Integer> GREGORIAN = byName(
            "يناير|كانون الثاني|جانفي", "فبراير|شباط|فيفري", "مارس|آذار", "أبريل|إبريل|نيسان|أفريل|ابريل",
            "مايو|أيار|ماي", "يونيو|يونيه|حزيران|جوان", "يوليو|يوليه|تموز|جويلية|يوليوز",
            "أغسطس|آب|أوت|غشت", "سبتمبر|أيلول|شتنبر", "أكتوبر|تشرين الأول", "نوفمبر|تشرين الثاني|نونبر",
            "ديسمبر|كانون الأول|دجنبر");
    static final Map<String, Integer> HIJRI = byName(
            "محرم", "صفر", "ربيع الأول", "ربيع الثاني|ربيع الآخر", "جمادى الأولى|جمادى الأول",
            "جمادى الثانية|جمادى الآخرة|جمادى الآخر", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة|ذي القعدة",
            "ذو الحجة|ذي الحجة");
    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            key("الاثنين"), DayOfWeek.MONDAY, key("الثلاثاء"), DayOfWeek.TUESDAY, key("الأربعاء"), DayOfWeek.WEDNESDAY,
            key("الخميس"), DayOfWeek.THURSDAY, key("الجمعة"), DayOfWeek.FRIDAY, key("السبت"), DayOfWeek.SATURDAY,
            key("الأحد"), DayOfWeek.SUNDAY);
    /**
     * Month names that are also common words (آب/أب "father", مارس "he exercised", ماي, صفر
     * "zero", رجب a given name): a date only beside a day or a year, or after شهر.
     */
    private static final java.util.Set<String> AMBIGUOUS = java.util.Set.of(key("آب"), key("ماي"), key("مارس"),
            key("صفر"), key("رجب"), key("شوال"));

    private TimeWords() {
    }

    /** A word or phrase as the folded text spells it. */
    static String key(String word) {
        return ArabicText.foldInPlace(word);
    }

    static boolean ambiguous(String monthKey) {
        return AMBIGUOUS.contains(monthKey);
    }

    /** The names of a map as one regex alternation, longest first (كانون الثاني before كانون…). */
    static String alternation(java.util.Collection<String> names) {
        return String.join("|", names.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(name -> name.replace(" ", "\\s+")).toList());
    }

    /** The month named in folded text, its spaces however many. */
    static Integer month(Map<String, Integer> months, String folded) {
        return months.get(folded.replaceAll("\\s+", " "));
    }

    private static Map<String, Integer> byName(String... months) {
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m].split("\\|")) {
                names.put(key(name), m + 1);
            }
        }
        return Map.copyOf(names);
    }
}
