package org.marsad.document;

/**
 * A block of an article's text and its role: the title, the lead (a standfirst above the body),
 * a paragraph, a section heading, a quotation set apart ({@code blockquote}), a caption of a photo
 * and an item of a list.
 */
public record Block(Span span, Role role) {

    public enum Role {
        TITLE, LEAD, PARAGRAPH, HEADING, QUOTE, CAPTION, LIST;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
