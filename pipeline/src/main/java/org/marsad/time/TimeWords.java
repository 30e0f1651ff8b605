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
     * The words every time expression but a numeric one has (a month, a weekday, أمس، الأسبوع،
     * عام، الساعة …), as one pattern: where none is near, no rule need be tried.
     */
    static final String TRIGGERS = alternation(triggers());
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

    /**
     * Words as one regex that branches letter by letter (يناير|يونيو → ي(?:ناير|ونيو)), so that a
     * position where none starts is left after one comparison rather than one per word: the
     * patterns are tried at every word of every text. Longer words win, as an alternation of them
     * longest first would; a space in a word matches any run of spaces.
     */
    static String alternation(java.util.Collection<String> words) {
        Trie root = new Trie();
        words.forEach(root::add);
        return root.regex();
    }

    /** {@link #alternation} of words given as {@code "a|b|c"}, folded. */
    static String anyOf(String words) {
        return alternation(java.util.List.of(key(words).split("\\|")));
    }

    private static final class Trie {
        private final java.util.TreeMap<Character, Trie> next = new java.util.TreeMap<>();
        private boolean end;

        void add(String word) {
            Trie node = this;
            for (char c : word.toCharArray()) {
                node = node.next.computeIfAbsent(c, k -> new Trie());
            }
            node.end = true;
        }

        String regex() {
            java.util.List<String> branches = new java.util.ArrayList<>();
            next.forEach((c, child) -> branches.add((c == ' ' ? "[\\s\\u00A0]+" : String.valueOf(c)) + child.regex()));
            if (branches.isEmpty()) {
                return "";
            }
            String alternatives = branches.size() == 1 && !end ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            return end ? alternatives + "?" : alternatives;
        }
    }

    /** The month named in folded text, its spaces however many. */
    static Integer month(Map<String, Integer> months, String folded) {
        return months.get(folded.replaceAll("\\s+", " "));
    }

    private static java.util.Set<String> triggers() {
        java.util.Set<String> words = new java.util.HashSet<>(GREGORIAN.keySet());
        words.addAll(HIJRI.keySet());
        words.addAll(WEEKDAYS.keySet());
        for (String word : "أمس|الأمس|اليوم|غدا|غد|الليلة|الأسبوع|الشهر|العام|السنة|عام|عامي|سنة|شهر|الساعة".split("\\|")) {
            words.add(key(word));
        }
        return words;
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
