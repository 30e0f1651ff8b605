package org.marsad.document;

import java.util.List;

/** A surface token (a whitespace word, split from punctuation) and its clitic segments, empty until segmented. */
public record Token(Span span, List<Segment> segments) {

    public Token {
        segments = List.copyOf(segments);
    }

    public static Token of(Span span) {
        return new Token(span, List.of());
    }

    public Token withSegments(List<Segment> newSegments) {
        return new Token(span, newSegments);
    }
}
