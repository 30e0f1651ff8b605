package org.marsad.format.conllu;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Segment;
import org.marsad.document.Source;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.format.DocumentBuilder;
import org.marsad.format.FormatException;

/**
 * Reads CoNLL-U as {@link ConlluWriter} writes it back into documents: the text from the
 * surface tokens and their MISC spacing, segments from syntactic words (XPOS as their tag),
 * mentions from NER and Actor. Entities come back with their ids only. Empty nodes are skipped.
 */
public final class ConlluReader {
    private record Word(String form, String xpos, Misc misc) {
    }

    private final String sourcePath;
    private final List<Document> documents = new ArrayList<>();
    private DocumentBuilder doc;
    private int line;
    private String rangeSurface;
    private Misc rangeMisc;
    private int rangeSize;
    private final List<Word> rangeWords = new ArrayList<>();
    /** The last token's MISC: its spacing is written once the next token shows it was not the document's last. */
    private Misc spacingPending;

    private ConlluReader(String sourcePath) {
        this.sourcePath = sourcePath;
    }

    public static List<Document> read(BufferedReader in, String sourcePath) throws IOException {
        ConlluReader reader = new ConlluReader(sourcePath);
        for (String l = in.readLine(); l != null; l = in.readLine()) {
            reader.line++;
            reader.accept(l);
        }
        reader.finishDocument();
        return reader.documents;
    }

    private void accept(String l) {
        if (l.startsWith("# newdoc")) {
            finishDocument();
            int eq = l.indexOf('=');
            doc = newDocument(eq < 0 ? "doc-" + (documents.size() + 1) : l.substring(eq + 1).strip());
        } else if (l.startsWith("#")) {
            return;
        } else if (l.isBlank()) {
            if (rangeSurface != null) {
                throw new FormatException(line, "the sentence ends inside multiword token " + rangeSurface);
            }
            document().endSentence();
        } else {
            row(l.split("\t", -1));
        }
    }

    private void row(String[] cols) {
        if (cols.length != 10) {
            throw new FormatException(line, "expected 10 columns, found " + cols.length);
        }
        String id = cols[0];
        Misc misc = Misc.parse(cols[9]);
        if (id.contains(".")) {
            return;
        }
        if (id.contains("-")) {
            String[] range = id.split("-");
            rangeSurface = cols[1];
            rangeMisc = misc;
            rangeSize = Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1;
            return;
        }
        Word word = new Word(cols[1], cols[4].equals("_") ? null : cols[4], misc);
        if (rangeSurface == null) {
            token(word.form(), List.of(word), misc);
            return;
        }
        rangeWords.add(word);
        if (rangeWords.size() == rangeSize) {
            token(rangeSurface, List.copyOf(rangeWords), rangeMisc);
            rangeSurface = null;
            rangeWords.clear();
        }
    }

    /** Appends a surface token and tiles it with its words, each as long as its surface. */
    private void token(String surface, List<Word> words, Misc misc) {
        DocumentBuilder builder = document();
        if (spacingPending != null) {
            builder.space(spacingPending.spacing());
        }
        if (misc.get("SpacesBefore") != null) {
            builder.space(Misc.unescape(misc.get("SpacesBefore")));
        }
        Span span = builder.surface(surface);
        List<Segment> segments = new ArrayList<>(words.size());
        int at = span.start();
        for (Word word : words) {
            String wordSurface = word.misc().get("Surface") != null ? word.misc().get("Surface") : word.form();
            Span wordSpan = new Span(at, at + wordSurface.length());
            at = wordSpan.end();
            segments.add(new Segment(wordSpan, word.form(), word.xpos()));
            String ner = word.misc().get("NER");
            builder.tag(wordSpan, ner == null ? "O" : ner, word.misc().get("Actor"));
        }
        if (at != span.end()) {
            throw new FormatException(line, "the words of " + surface + " do not spell it");
        }
        builder.add(new Token(span, segments));
        spacingPending = misc;
    }

    private DocumentBuilder document() {
        if (doc == null) {
            doc = newDocument("doc-" + (documents.size() + 1));
        }
        return doc;
    }

    private DocumentBuilder newDocument(String id) {
        return new DocumentBuilder(id, Source.ofPath(sourcePath));
    }

    private void finishDocument() {
        if (spacingPending != null) {
            doc.space(spacingPending.spacingAtEnd());
            spacingPending = null;
        }
        if (doc != null && !doc.isEmpty()) {
            documents.add(doc.build());
        }
        doc = null;
    }
}
