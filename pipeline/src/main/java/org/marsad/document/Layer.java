package org.marsad.document;

/** The annotation layers a document can hold; a stage declares those it requires, provides and invalidates. */
public enum Layer {
    /** Title, heading and paragraph blocks (set by article extraction). */
    BLOCKS,
    /** The document's language, as identified (or as given by whoever made the document). */
    LANGUAGE,
    /** Surface tokens. */
    TOKENS,
    /** Sentence boundaries. */
    SENTENCES,
    /** Clitic segments of every token. */
    SEGMENTS,
    /** A part-of-speech tag on every segment. */
    POS,
    /** A Universal Dependencies part of speech and morphological features for every clitic segment. */
    MORPHOLOGY,
    /** Named-entity mentions. */
    MENTIONS,
    /** Titles before person mentions attached as their roles. */
    ROLES,
    /** Every mention linked to a canonical actor. */
    LINKS,
    /** A syntactic head and relation for every clitic segment (a dependency tree per sentence). */
    DEPENDENCIES,
    /** Time expressions with their ISO 8601 values. */
    TIMES,
    /** Quotations with their cues and speakers (mention indices: undone by a new mention layer). */
    QUOTES
}
