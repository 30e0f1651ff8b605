package org.marsad.format.conll;

import java.io.OutputStream;
import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Token;
import org.marsad.format.LineWriter;
import org.marsad.format.SentenceTokens;
import org.marsad.ner.model.Iob;

/**
 * Writes CoNLL NER data as CoNLL-2003 lays it out: {@code -DOCSTART- O} and a blank line
 * before each document, one {@code token TAG} line per surface token (IOB2, PER/ORG/LOC/MISC),
 * a blank line after each sentence. Entities are at token granularity: a mention inside a
 * token (بايدن in وبايدن) tags the whole token.
 */
public final class ConllWriter extends LineWriter {
    static final String DOCSTART = "-DOCSTART-";

    public ConllWriter(OutputStream out) {
        super(out);
    }

    @Override
    protected void render(Document doc, StringBuilder out) {
        List<Token> tokens = doc.tokens();
        List<Iob.Tag> tags = Iob.tag(tokens.stream().map(Token::span).toList(), doc.mentions());
        out.append(DOCSTART).append(" O\n\n");
        for (SentenceTokens sentence : SentenceTokens.of(doc)) {
            for (int t = sentence.from(); t < sentence.to(); t++) {
                out.append(doc.text(tokens.get(t).span())).append(' ').append(tags.get(t).label(true)).append('\n');
            }
            out.append('\n');
        }
    }
}
