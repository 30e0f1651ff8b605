package org.marsad.pipeline;

import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;

/**
 * One stage of the pipeline: a document in, the same document with the layers it adds out. A
 * stage declares what it needs, adds and undoes, so that a {@link Pipeline} is checked when it is
 * built rather than failing, or silently losing a layer, on the first document. Implementations
 * must be safe to call from several threads at once.
 */
public interface Annotator {
    /** The language Marsad's text stages analyse. */
    String ARABIC = "ar";

    /** A short name, written into every record as one of the stages that ran. */
    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    /**
     * Layers an earlier stage made that this one replaces without carrying over (a new mention
     * layer has no links yet): a pipeline that runs this stage after one providing them is refused.
     */
    default Set<Layer> invalidates() {
        return Set.of();
    }

    /**
     * The languages of the documents this stage annotates; the pipeline passes others by. Empty
     * for a stage that reads any language (such as language identification itself).
     */
    default Set<String> languages() {
        return Set.of(ARABIC);
    }

    Document annotate(Document document);
}
