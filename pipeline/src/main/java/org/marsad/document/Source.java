package org.marsad.document;

/** Where a document came from; any field may be null when unknown. */
public record Source(String path, String url, String publisher) {

    public static Source ofPath(String path) {
        return new Source(path, null, null);
    }

    public Source withPublisher(String newPublisher) {
        return new Source(path, url, newPublisher);
    }
}
