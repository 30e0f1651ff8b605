package org.marsad.eval;

import java.util.HashMap;
import java.util.Map;
import org.marsad.arabic.ArabicText;

/**
 * Word-level overlap of an extracted text with a gold text, as the extraction benchmarks count it:
 * both are cut into words (runs of letters and digits, after Arabic orthographic folding, so that
 * أ/ا or a diacritic do not make two words differ) and compared as bags, each word counted as
 * often as it occurs in both.
 */
public final class WordOverlap {
    private WordOverlap() {
    }

    public static Prf score(String extracted, String gold) {
        Map<String, Integer> want = bag(gold);
        Map<String, Integer> got = bag(extracted);
        long common = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        long gotWords = got.values().stream().mapToLong(Integer::longValue).sum();
        long wantWords = want.values().stream().mapToLong(Integer::longValue).sum();
        return new Prf(common, gotWords - common, wantWords - common);
    }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> words = new HashMap<>();
        for (String word : ArabicText.key(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.merge(word, 1, Integer::sum);
            }
        }
        return words;
    }
}
