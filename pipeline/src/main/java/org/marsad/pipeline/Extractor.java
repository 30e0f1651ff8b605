package org.marsad.pipeline;

import java.util.List;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.read.Page;

/**
 * The stage that opens a pipeline over pages: a page in, its documents out (an article and its
 * headlines, or a document taken as given), with metadata and the layers it {@link #provides()}.
 * Implementations must be safe to call from several threads at once.
 */
public interface Extractor {

    /** A short name, used in error reports. */
    String name();

    Set<Layer> provides();

    /** The page's documents; none when the page holds no text worth annotating. */
    List<Document> extract(Page page);
}
