package org.marsad.ner;

import java.util.List;
import java.util.Set;
import org.marsad.arabic.ArabicText;

/**
 * Month names of the three calendars Arabic news writes dates in: the Levantine (آب, أيلول,
 * تشرين …), the Egyptian and Gulf (أغسطس, سبتمبر …) and the Maghreb's (أوت, جانفي …). A month is
 * never a place or a person, though several are spelled like one (آب like the Yemeni city إب once
 * hamza is dropped, تموز, نيسان, أيار). Words are compared as written, hamza included, less
 * diacritics and up to two proclitics (وفي آب, لتموز), so that إب stays the city.
 */
final class Months {
    private static final Set<String> NAMES = Set.of(
            "كانون", "شباط", "آذار", "اذار", "نيسان", "أيار", "ايار", "حزيران", "تموز", "آب", "اب", "أيلول", "ايلول", "تشرين",
            "يناير", "فبراير", "مارس", "أبريل", "إبريل", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "اغسطس",
            "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
            "جانفي", "فيفري", "أفريل", "افريل", "ماي", "جوان", "جويلية", "أوت", "اوت");
    /** What follows كانون and تشرين. */
    private static final Set<String> ORDINALS = Set.of("الأول", "الاول", "الثاني");

    private Months() {
    }

    /** Whether the words are a month name, with at most digits, "/" and كانون's or تشرين's ordinal besides. */
    static boolean isMonth(List<String> words) {
        boolean month = false;
        for (String word : words) {
            String w = plain(word);
            if (w.chars().allMatch(c -> Character.isDigit(c) || c == '/') && !w.isEmpty() || ORDINALS.contains(w)) {
                continue;
            }
            if (!isMonthWord(w)) {
                return false;
            }
            month = true;
        }
        return month;
    }

    private static boolean isMonthWord(String w) {
        for (int cut = 0; cut <= 2 && cut < w.length(); cut++) {
            if (NAMES.contains(w.substring(cut))) {
                return true;
            }
            if ("وفبل".indexOf(w.charAt(cut)) < 0) {
                return false;
            }
        }
        return false;
    }

    /** The word less diacritics and tatweel, letters as written. */
    private static String plain(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!ArabicText.isDiacritic(c) && c != '\u0640') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
