package org.marsad.document;

/** What a document record is: an article extracted from a page, a headline of a page's ticker, or an input document taken verbatim. */
public enum Kind {
    ARTICLE, HEADLINE, DOCUMENT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
