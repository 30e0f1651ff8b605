package org.marsad.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.marsad.document.Document;

/**
 * A writer of a line-based text format: each document is rendered whole, then written and
 * flushed under a lock, so that concurrent callers never interleave and a reader of a partly
 * written file sees only complete documents.
 */
public abstract class LineWriter implements DocumentWriter {
    private final Writer out;

    protected LineWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Appends the lines of one document, each ending in {@code \n}. */
    protected abstract void render(Document document, StringBuilder lines);

    @Override
    public final void write(Document document) {
        StringBuilder lines = new StringBuilder();
        render(document, lines);
        synchronized (this) {
            try {
                out.write(lines.toString());
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
