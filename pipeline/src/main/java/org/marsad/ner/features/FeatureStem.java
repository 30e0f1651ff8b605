package org.marsad.ner.features;

import org.marsad.arabic.ArabicText;
import org.marsad.arabic.Proclitics;
import org.marsad.segment.Segmentation;
import org.marsad.segment.SegmentationLexicon;

/**
 * One proclitic split of a token for NER features: its matching key ({@link ArabicText#key})
 * cut into the proclitics (conjunction و/ف, preposition ب/ل/ك, future س, article ال) and the
 * stem. Features need one reading, not the several that {@link org.marsad.arabic.Proclitics}
 * offers, and it must not depend on context, so that a name list entry, a word of the raw news
 * clustered and a token of a sentence get the same stem.
 *
 * <p>A word the segmentation lexicon knows is cut where the segmenter cuts it (وكالة stays
 * whole, ووكالة is و + وكالة); the article is then taken off the stem. An unknown word is cut by
 * rule: a conjunction when three letters remain, a preposition only after a conjunction (names
 * such as بوش, ليبيا, كوبا start with a letter that looks like one), the article when two remain.
 * {@code key} is proclitics + stem, so after ل it has the article's alef back (لالكاظمي).
 */
public record FeatureStem(String key, String proclitics, String stem) {

    public static FeatureStem of(String token, SegmentationLexicon lexicon) {
        String key = ArabicText.key(token);
        if (key.length() < 3 || !ArabicText.isArabicLetter(key.charAt(0))) {
            return new FeatureStem(key, "", key);
        }
        if (!Proclitics.isLetter(token.charAt(0)) && !Proclitics.isLetter(key.charAt(0))) {
            return byRule(key); // no proclitic to cut: both ways only take the article off, and this skips the look-up
        }
        Segmentation segmentation = lexicon.get(token);
        return segmentation == null ? byRule(key) : bySegmentation(token, segmentation);
    }

    private static FeatureStem bySegmentation(String token, Segmentation segmentation) {
        int cut = 0;
        int segment = 0;
        while (segment < segmentation.lengths().length - 1 && segmentation.lengths()[segment] == 1
                && Proclitics.isLetter(token.charAt(cut))) {
            cut++;
            segment++;
        }
        String proclitics = ArabicText.key(token.substring(0, cut));
        // After ل the article's alef is not written (للكاظمي): the segment's form restores it.
        String rest = segmentation.forms()[segment].startsWith("ال") && !token.startsWith("ال", cut)
                ? "ا" + ArabicText.key(token.substring(cut)) : ArabicText.key(token.substring(cut));
        if (rest.startsWith("ال") && rest.length() >= 4) {
            return new FeatureStem(proclitics + rest, proclitics + "ال", rest.substring(2));
        }
        return new FeatureStem(proclitics + rest, proclitics, rest);
    }

    private static FeatureStem byRule(String key) {
        String w = key;
        int cut = 0;
        if ((w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.length() >= 4) {
            cut = 1;
        }
        if (w.startsWith("لل", cut) && w.length() - cut >= 4) {
            return split(key, cut + 2);
        }
        boolean preposition = w.charAt(cut) == 'ب' || w.charAt(cut) == 'ل' || w.charAt(cut) == 'ك';
        if (preposition && w.startsWith("ال", cut + 1) && w.length() - cut >= 5) {
            return split(key, cut + 3);
        }
        if (w.startsWith("ال", cut) && w.length() - cut >= 4) {
            return split(key, cut + 2);
        }
        if (preposition && cut > 0 && w.length() - cut >= 4) {
            // A preposition right after و/ف (وبغداد, فلندن) is almost always a clitic.
            return split(key, cut + 1);
        }
        return split(key, cut);
    }

    private static FeatureStem split(String key, int at) {
        return new FeatureStem(key, key.substring(0, at), key.substring(at));
    }
}
