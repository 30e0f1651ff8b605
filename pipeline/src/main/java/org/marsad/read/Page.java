package org.marsad.read;

import org.marsad.document.Source;

/**
 * One unit of input before article extraction: a text or HTML page, or a JSONL document whose
 * fields are taken as given. {@code title} and {@code date} are only set for JSONL documents.
 */
public record Page(String id, Source source, Format format, String content, String title, String date) {

    public enum Format {
        /** A scraped page as plain text. */
        TEXT,
        /** An HTML page. */
        HTML,
        /** A document from a JSONL line, annotated verbatim. */
        DOCUMENT
    }

    public static Page of(String id, Source source, Format format, String content) {
        return new Page(id, source, format, content, null, null);
    }
}
