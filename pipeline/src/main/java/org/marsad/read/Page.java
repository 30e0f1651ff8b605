package org.marsad.read;

import org.marsad.document.Source;

/**
 * One unit of input before article extraction: a text or HTML page, or a JSONL document whose
 * fields are taken as given. {@code title} is only set for JSONL documents; {@code date} is the
 * JSONL date, or for a page the date to fall back on when the page itself gives none (a WARC
 * record's capture date). {@code unit} names the input unit the page came from (a file, a JSONL
 * line, a WARC record), unique in a run: a resumed run skips the units it has finished.
 */
public record Page(String id, Source source, Format format, String content, String title, String date, Unit unit) {
    /** The id of a page made from content alone. */
    public static final String UNNAMED = "page";

    public enum Format {
        /** A scraped page as plain text. */
        TEXT,
        /** An HTML page. */
        HTML,
        /** A document from a JSONL line, annotated verbatim. */
        DOCUMENT
    }

    public Page(String id, Source source, Format format, String content, String title, String date) {
        this(id, source, format, content, title, date, Unit.file(source.path()));
    }

    public static Page of(String id, Source source, Format format, String content) {
        return new Page(id, source, format, content, null, null);
    }

    /** An HTML page from nowhere in particular: its documents are named {@code page}, {@code page/headline-1}… */
    public static Page html(String html) {
        return of(UNNAMED, Source.ofPath(null), Format.HTML, html);
    }

    /** A scraped page as plain text, its documents named as {@link #html}'s. */
    public static Page text(String text) {
        return of(UNNAMED, Source.ofPath(null), Format.TEXT, text);
    }
}
