package org.marsad.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.ArabicText;
import org.marsad.arabic.Proclitics;
import org.marsad.document.Segment;
import org.marsad.document.Span;

/**
 * Segments tokens that hold a known name word, so the segmenter's CRF cannot break the name:
 * "بايدن" stays one segment, "وبايدن" is و + بايدن, "للكاظمي" is ل + ال+كاظمي (form الكاظمي).
 */
public final class NameGuard {
    private final Set<String> nameKeys;

    /** @param nameKeys {@link ArabicText#key} of every protected word */
    public NameGuard(Set<String> nameKeys) {
        this.nameKeys = Set.copyOf(nameKeys);
    }

    public static NameGuard ofWords(Iterable<String> words) {
        var keys = new java.util.HashSet<String>();
        words.forEach(w -> keys.add(ArabicText.key(w)));
        return new NameGuard(keys);
    }

    /** The segments of a token that holds a protected name, or null when it holds none. */
    public List<Segment> segment(String surface, int tokenStart) {
        for (Proclitics.Reading reading : Proclitics.readings(surface)) {
            if (nameKeys.contains(ArabicText.key(reading.stem()))) {
                List<Segment> segments = new ArrayList<>(reading.prefixLength() + 1);
                for (int i = 0; i < reading.prefixLength(); i++) {
                    segments.add(new Segment(new Span(tokenStart + i, tokenStart + i + 1), surface.substring(i, i + 1), null));
                }
                segments.add(new Segment(new Span(tokenStart + reading.prefixLength(), tokenStart + surface.length()),
                        reading.prefixLength() == 0 ? surface : reading.stem(), null));
                return segments;
            }
        }
        return null;
    }
}
