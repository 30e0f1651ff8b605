package org.marsad.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.document.Segment;
import org.marsad.document.Span;

/**
 * How one word splits into clitic segments, independent of where the word stands: the surface
 * length of each segment, and each segment's form. A form differs from its surface only where
 * writing dropped a letter (in "للكاظمي" the second segment's surface is لكاظمي, its form الكاظمي).
 */
public record Segmentation(int[] lengths, String[] forms) {

    /** The segmentation of a word that does not split. */
    public static Segmentation whole(String word) {
        return new Segmentation(new int[] {word.length()}, new String[] {word});
    }

    /** The segmentation a list of segments of one token gives. */
    public static Segmentation of(List<Segment> segments) {
        int[] lengths = new int[segments.size()];
        String[] forms = new String[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            lengths[i] = segments.get(i).span().length();
            forms[i] = segments.get(i).form();
        }
        return new Segmentation(lengths, forms);
    }

    /** The segments of this segmentation on a token at {@code start}. */
    public List<Segment> at(int start) {
        List<Segment> segments = new ArrayList<>(lengths.length);
        int from = start;
        for (int i = 0; i < lengths.length; i++) {
            segments.add(new Segment(new Span(from, from + lengths[i]), forms[i], null));
            from += lengths[i];
        }
        return segments;
    }

    /**
     * The text form: segment lengths joined by commas, then, only where some form is not its
     * surface, a tab and the forms joined by spaces ("1,6\tل الكاظمي").
     */
    public String encode(String word) {
        StringBuilder out = new StringBuilder();
        boolean restored = false;
        int from = 0;
        for (int i = 0; i < lengths.length; i++) {
            out.append(i == 0 ? "" : ",").append(lengths[i]);
            restored |= !forms[i].equals(word.substring(from, from + lengths[i]));
            from += lengths[i];
        }
        return restored ? out + "\t" + String.join(" ", forms) : out.toString();
    }

    /** Reads {@link #encode}'s form for {@code word}. */
    public static Segmentation decode(String word, String lengthsField, String formsField) {
        int[] lengths = Arrays.stream(lengthsField.split(",")).mapToInt(Integer::parseInt).toArray();
        String[] forms = new String[lengths.length];
        if (formsField != null) {
            forms = formsField.split(" ");
        } else {
            int from = 0;
            for (int i = 0; i < lengths.length; i++) {
                forms[i] = word.substring(from, from + lengths[i]);
                from += lengths[i];
            }
        }
        return new Segmentation(lengths, forms);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segmentation s && Arrays.equals(lengths, s.lengths) && Arrays.equals(forms, s.forms);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lengths) + Arrays.hashCode(forms);
    }

    @Override
    public String toString() {
        return String.join("+", forms);
    }
}
