package org.marsad.write;

import java.io.OutputStream;
import java.util.Locale;
import java.util.function.BiFunction;
import org.marsad.format.DocumentWriter;
import org.marsad.format.conll.ConllWriter;
import org.marsad.format.conllu.ConlluWriter;
import org.marsad.format.html.HtmlWriter;
import org.marsad.format.jsonl.JsonlWriter;

/** The output formats of {@code marsad annotate --format}, each with the writer that makes it. */
public enum OutputFormat {
    /** JSON Lines, the full record of docs/FORMAT.md. */
    JSONL((out, continuing) -> new JsonlWriter(out)),
    /** Universal Dependencies CoNLL-U, clitic segments as syntactic words. */
    CONLLU((out, continuing) -> new ConlluWriter(out)),
    /** CoNLL-2003-style NER columns, one surface token a line. */
    CONLL((out, continuing) -> new ConllWriter(out)),
    /** One self-contained page viewing every article with its mentions highlighted. */
    HTML(HtmlWriter::new);

    private final BiFunction<OutputStream, Boolean, DocumentWriter> factory;

    OutputFormat(BiFunction<OutputStream, Boolean, DocumentWriter> factory) {
        this.factory = factory;
    }

    /** A writer of this format onto {@code out}; closing it leaves {@code out} open. */
    public DocumentWriter open(OutputStream out) {
        return open(out, false);
    }

    /**
     * A writer onto {@code out}; {@code continuing} when {@code out} already holds the beginning
     * of this format's output (a resumed run), which a format with a preamble must not repeat.
     */
    public DocumentWriter open(OutputStream out, boolean continuing) {
        return factory.apply(out, continuing);
    }

    /** The format named {@code name} in any case, as users type it: jsonl, conllu, conll, html. */
    public static OutputFormat named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
