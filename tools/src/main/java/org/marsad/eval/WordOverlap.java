package org.marsad.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.arabic.ArabicText;

/**
 * Word-level overlap of an extracted text with a gold text, as the extraction benchmarks count it:
 * both are cut into words (runs of letters and digits, after Arabic orthographic folding, so that
 * أ/ا or a diacritic do not make two words differ) and compared as bags, each word counted as
 * often as it occurs in both. A bag holds each word's fingerprint, not the word: gold main texts
 * are committed as bags only (the pages' text belongs to their publishers), and the counts of the
 * fingerprints give the same overlap as the words'.
 */
public final class WordOverlap {
    private static final HexFormat HEX = HexFormat.of();

    private WordOverlap() {
    }

    /** How {@code extracted}'s words overlap the gold bag ({@link #bag}). */
    public static Prf score(String extracted, Map<String, Integer> gold) {
        Map<String, Integer> got = bag(extracted);
        long common = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            common += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
        }
        return new Prf(common, size(got) - common, size(gold) - common);
    }

    /** The text's words as fingerprints and how often each occurs, in fingerprint order. */
    public static Map<String, Integer> bag(String text) {
        Map<String, Integer> words = new TreeMap<>();
        for (String word : ArabicText.key(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.merge(fingerprint(word), 1, Integer::sum);
            }
        }
        return words;
    }

    /** The first 64 bits of the folded word's SHA-256, in hex: collisions among a page's words are negligible. */
    static String fingerprint(String word) {
        return HEX.formatHex(sha256(word.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long size(Map<String, Integer> bag) {
        return bag.values().stream().mapToLong(Integer::longValue).sum();
    }
}
