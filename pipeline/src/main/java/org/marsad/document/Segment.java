package org.marsad.document;

/**
 * A clitic segment of a token (a proclitic, the stem, or an enclitic). {@code form} is the
 * segment as a word, which may differ from its surface: in "للكاظمي" the second ل is the
 * article and its form is "ال". {@code pos} is null until a tagger has run.
 */
public record Segment(Span span, String form, String pos) {

    public Segment withPos(String tag) {
        return new Segment(span, form, tag);
    }
}
