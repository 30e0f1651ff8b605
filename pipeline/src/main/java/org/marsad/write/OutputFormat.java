package org.marsad.write;

import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Function;
import org.marsad.format.conll.ConllWriter;
import org.marsad.format.conllu.ConlluWriter;
import org.marsad.format.html.HtmlWriter;

/** The output formats of {@code marsad annotate --format}, each with the writer that makes it. */
public enum OutputFormat {
    /** JSON Lines, the full record of docs/FORMAT.md. */
    JSONL(JsonlWriter::new),
    /** Universal Dependencies CoNLL-U, clitic segments as syntactic words. */
    CONLLU(ConlluWriter::new),
    /** CoNLL-2003-style NER columns, one surface token a line. */
    CONLL(ConllWriter::new),
    /** One self-contained page viewing every article with its mentions highlighted. */
    HTML(HtmlWriter::new);

    private final Function<OutputStream, DocumentWriter> factory;

    OutputFormat(Function<OutputStream, DocumentWriter> factory) {
        this.factory = factory;
    }

    /** A writer of this format onto {@code out}; closing it leaves {@code out} open. */
    public DocumentWriter open(OutputStream out) {
        return factory.apply(out);
    }

    /** The format named {@code name} in any case, as users type it: jsonl, conllu, conll, html. */
    public static OutputFormat named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
