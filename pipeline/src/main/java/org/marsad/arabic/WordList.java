package org.marsad.arabic;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of words matched as news writes them: through spelling variants ({@link ArabicText#key}),
 * attached proclitics and the article, so that a list holding رئيس finds it in "الرئيس",
 * "ورئيس" and "لرئيس".
 */
public final class WordList {
    private final Set<String> keys;

    public WordList(Collection<String> words) {
        this.keys = words.stream().map(ArabicText::key).collect(Collectors.toUnmodifiableSet());
    }

    /** Where the listed word in {@code surface} starts (after its proclitics), or -1 if it holds none. */
    public int find(String surface) {
        for (Proclitics.Reading reading : Proclitics.readings(surface)) {
            String key = ArabicText.key(reading.stem());
            if (keys.contains(key) || (key.startsWith("ال") && keys.contains(key.substring(2)))) {
                return reading.prefixLength();
            }
        }
        return -1;
    }
}
