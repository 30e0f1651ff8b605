package org.marsad.ner;

import java.util.List;
import org.marsad.arabic.WordList;

/**
 * The nouns news puts before the name of a town, village, camp or district (بلدة بيت نبالا,
 * مخيم بلاطة): what follows one is a place, never a person.
 */
final class Settlements {
    private static final WordList DESIGNATORS = new WordList(List.of("بلدة", "بلدات", "قرية", "قرى", "مدينة", "مدن", "مخيم",
            "مخيمات", "حي", "ضاحية", "محافظة", "قضاء", "ناحية", "منطقة", "ولاية", "بلدية"));

    private Settlements() {
    }

    /** Whether {@code word} (proclitics and article allowed) is such a noun. */
    static boolean isDesignator(String word) {
        return DESIGNATORS.find(word) >= 0;
    }
}
