package org.marsad.format;

import org.marsad.document.Document;

/**
 * Writes annotated documents in one output format. Implementations are called from several
 * threads and must write each document whole.
 */
public interface DocumentWriter extends AutoCloseable {

    void write(Document document);

    @Override
    void close();
}
