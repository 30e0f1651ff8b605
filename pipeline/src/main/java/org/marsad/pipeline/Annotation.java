package org.marsad.pipeline;

/** The kinds of annotation a stage can require of a document or provide to it. */
public enum Annotation {
    /** Title, heading and paragraph blocks (set by article extraction). */
    BLOCKS,
    /** Surface tokens. */
    TOKENS,
    /** Sentence boundaries. */
    SENTENCES,
    /** Clitic segments of every token. */
    SEGMENTS,
    /** A part-of-speech tag on every segment. */
    POS,
    /** Named-entity mentions. */
    MENTIONS,
    /** Titles before person mentions attached as their roles. */
    ROLES,
    /** Every mention linked to a canonical actor. */
    LINKS
}
