package org.marsad.document;

/** A block of an article's text: its title, a section heading or a body paragraph. */
public record Block(Span span, Role role) {

    public enum Role {
        TITLE, HEADING, PARAGRAPH;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
