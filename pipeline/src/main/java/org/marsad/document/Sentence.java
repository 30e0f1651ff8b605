package org.marsad.document;

/** A sentence; its tokens are those whose spans it contains. */
public record Sentence(Span span) {
}
