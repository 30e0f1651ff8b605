package org.marsad.document;

import java.util.Locale;

/**
 * Reported speech: the {@code content} said, the {@code cue} that reports it (the verb or noun,
 * "قال", "بيان", or the quotation marks alone), and the speaker when one is found: its
 * {@code speaker} span in the text (a name, or a role such as "المتحدث باسم وزارة الخارجية"
 * when no name is given), the index of its mention in the document's mentions and its actor id
 * (both null for a role alone).
 */
public record Quotation(Span content, Span cue, Kind kind, Span speaker, Integer mention, String speakerId) {

    /** Direct (the words themselves, in quotation marks or after a colon), indirect (إن/أن …), or both. */
    public enum Kind {
        DIRECT, INDIRECT, MIXED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
