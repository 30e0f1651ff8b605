package org.marsad.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.ArabicText;

/**
 * A byline line: who published the article and when. Aggregator pages write
 * "نشر في 26 سبتمبر يوم 25 - 07 - 2021" (published in [the newspaper] 26 September on
 * 25-07-2021), so the publisher may itself look like a date and is taken from the pattern, not
 * guessed from the words.
 */
public record Byline(String publisher, LocalDate date) {
    /** Bylines are short; a long line that happens to hold a date is body text. */
    private static final int MAX_WORDS = 16;
    private static final List<Pattern> PUBLISHED_IN = List.of(
            Pattern.compile("^(?:نشر|تم النشر)\\s+(?:في|فى|على|علي)\\s+(?<publisher>.+?)\\s+(?:يوم|بتاريخ|في|فى)\\s+(?<date>.+)$"),
            Pattern.compile("^(?:المصدر|الناشر)\\s*[:：]\\s*(?<publisher>.+?)\\s*(?:[-|،,]\\s*(?<date>.+))?$"));
    private static final Pattern DATED = Pattern.compile("^(?:نشر|تاريخ النشر|بتاريخ|نشر بتاريخ|اخر تحديث)?\\s*[:：]?\\s*(?<date>.+)$");

    /** The byline this line is, if it is one. */
    public static Optional<Byline> parse(String line) {
        String key = ArabicText.key(line);
        if (key.isEmpty() || key.split(" ").length > MAX_WORDS) {
            return Optional.empty();
        }
        for (Pattern pattern : PUBLISHED_IN) {
            Matcher m = pattern.matcher(key);
            if (m.matches()) {
                String date = m.group("date");
                Optional<LocalDate> when = date == null ? Optional.empty() : Dates.find(date);
                return Optional.of(new Byline(original(line, key, m.start("publisher"), m.end("publisher")), when.orElse(null)));
            }
        }
        Matcher m = DATED.matcher(key);
        if (m.matches() && isMostlyDate(m.group("date"))) {
            return Dates.find(m.group("date")).map(d -> new Byline(null, d));
        }
        return Optional.empty();
    }

    /** A dateline such as "الأحد 25 يوليو 2021": a date and at most a weekday or time beside it. */
    private static boolean isMostlyDate(String s) {
        return Dates.find(s).isPresent() && s.split(" ").length <= 8;
    }

    /**
     * The publisher as the page wrote it. The key only folds letters and spaces, so when the
     * line has no diacritics or extra spaces the key's offsets are the line's; otherwise the key's
     * text is returned.
     */
    private static String original(String line, String key, int start, int end) {
        String stripped = line.strip();
        return stripped.length() == key.length() ? stripped.substring(start, end) : key.substring(start, end);
    }
}
