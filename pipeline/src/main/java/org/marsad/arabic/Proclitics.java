package org.marsad.arabic;

import java.util.ArrayList;
import java.util.List;

/**
 * Readings of a word as proclitics + stem. Arabic writes the conjunctions و ف, the prepositions
 * ب ل ك and the future س attached to the next word, so a name is often found inside a longer
 * token: "وبايدن" is و + بايدن, and "للكاظمي" is ل + الكاظمي, whose article lost its alef after ل.
 */
public final class Proclitics {
    private static final int MIN_STEM = 2;
    /** The one-letter proclitics: conjunctions و ف, prepositions ب ل ك, the future's س. */
    private static final String LETTERS = "وفبلكس";

    /**
     * One reading: the first {@code prefixLength} characters of the surface are proclitics and
     * {@code stem} is the rest as a word (with the article restored after لل).
     */
    public record Reading(int prefixLength, String stem) {
    }

    private Proclitics() {
    }

    /** Whether {@code c} can be a one-letter proclitic (ب in "بالعراق", but also in "بوش"). */
    public static boolean isLetter(char c) {
        return LETTERS.indexOf(c) >= 0;
    }

    /** All readings of {@code word}, the word itself first, then shorter stems. */
    public static List<Reading> readings(String word) {
        List<Reading> out = new ArrayList<>(4);
        out.add(new Reading(0, word));
        int i = 0;
        if (startsWith(word, i, 'و') || startsWith(word, i, 'ف')) {
            i++;
            add(out, word, i);
        }
        if (startsWith(word, i, 'ب') || startsWith(word, i, 'ك')) {
            add(out, word, i + 1);
        } else if (startsWith(word, i, 'ل')) {
            if (startsWith(word, i + 1, 'ل')) {
                // ل + ال: the article's alef is dropped in writing; the stem is ال + the rest.
                String rest = word.substring(i + 2);
                if (rest.length() >= MIN_STEM) {
                    out.add(new Reading(i + 1, "ال" + rest));
                }
            }
            // ل + a stem that itself starts with ل ("للبنان" is ل + لبنان) is a reading too.
            add(out, word, i + 1);
        }
        return out;
    }

    private static void add(List<Reading> out, String word, int prefixLength) {
        if (word.length() - prefixLength >= MIN_STEM) {
            out.add(new Reading(prefixLength, word.substring(prefixLength)));
        }
    }

    private static boolean startsWith(String word, int at, char c) {
        // Presentation forms (ﻭ, ﺑ …) are the same letters: compare base letters.
        return word.length() > at && ArabicText.baseLetter(word.charAt(at)) == c;
    }
}
