package org.marsad.pipeline;

import java.util.Set;
import org.marsad.document.Document;

/**
 * One stage of the pipeline. A stage declares what it needs and what it adds, so that a
 * {@link Pipeline} is checked when it is built rather than failing on the first document.
 * Implementations must be safe to call from several threads at once.
 */
public interface Annotator {

    /** A short name, written into every record as one of the stages that ran. */
    String name();

    Set<Annotation> requires();

    Set<Annotation> provides();

    void annotate(Document document);
}
