package org.marsad.pipeline;

/** A stage threw on a document: a bug or a resource failure, named by stage and document. */
public final class StageException extends RuntimeException {
    private final String stage;
    private final String document;

    StageException(String stage, String document, Throwable cause) {
        super("stage '" + stage + "' failed on document " + document + ": " + cause, cause);
        this.stage = stage;
        this.document = document;
    }

    public String stage() {
        return stage;
    }

    public String document() {
        return document;
    }
}
