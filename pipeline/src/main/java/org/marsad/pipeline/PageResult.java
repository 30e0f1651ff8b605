package org.marsad.pipeline;

import java.util.List;
import org.marsad.document.Document;

/**
 * What became of one page: the documents annotated, and why any other did not come through.
 * A page with no documents and no failures does not occur: an empty page is a failure.
 */
public record PageResult(List<Document> documents, List<Failure> failures) {

    public PageResult {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }

    /** Why a document was lost: the stage that lost it and, in a sentence, why. */
    public record Failure(String stage, String reason) {
    }
}
