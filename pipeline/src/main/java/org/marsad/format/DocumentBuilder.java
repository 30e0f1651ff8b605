package org.marsad.format;

import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.EntityRef;
import org.marsad.document.Layer;
import org.marsad.document.Mention;
import org.marsad.document.Sentence;
import org.marsad.document.Source;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.ner.model.Iob;

/**
 * Rebuilds a document from a token format: the readers append tokens and the spacing between
 * them, and the text, token spans, sentences and IOB2-tagged mentions follow from that.
 */
public final class DocumentBuilder {
    private final String id;
    private final Source source;
    private final StringBuilder text = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private int sentenceStart = 0;
    private Mention open;
    private boolean linked;
    private boolean segmented;
    private boolean tagged = true;

    public DocumentBuilder(String id, Source source) {
        this.id = id;
        this.source = source;
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** Whether tokens were added since the last sentence ended. */
    public boolean inSentence() {
        return tokens.size() > sentenceStart;
    }

    /** Appends text between tokens. */
    public void space(String spacing) {
        text.append(spacing);
    }

    /** Appends the surface of a token (or of a run of tokens) and returns its span, for the caller to build tokens and segments in. */
    public Span surface(String surface) {
        int start = text.length();
        text.append(surface);
        return new Span(start, text.length());
    }

    public void add(Token token) {
        segmented |= !token.segments().isEmpty();
        tagged &= token.segments().stream().allMatch(segment -> segment.pos() != null);
        tokens.add(token);
    }

    /** The IOB2 tag of the next unit; {@code entityId} may be null. */
    public void tag(Span unit, String tag, String entityId) {
        if (tag.equals("O")) {
            closeMention();
            return;
        }
        Mention next = new Mention(unit, Iob.type(tag.substring(2)),
                entityId == null ? null : new EntityRef(entityId, null, null, false), null);
        boolean continues = tag.startsWith("I-") && open != null && open.type() == next.type()
                && (entityId == null ? open.entity() == null : open.entity() != null && open.entity().id().equals(entityId));
        if (continues) {
            open = new Mention(new Span(open.span().start(), unit.end()), open.type(), open.entity(), null);
        } else {
            closeMention();
            open = next;
            linked |= entityId != null;
        }
    }

    private void closeMention() {
        if (open != null) {
            mentions.add(open);
            open = null;
        }
    }

    /** Ends the sentence of the tokens added since the last one ended. */
    public void endSentence() {
        closeMention();
        if (tokens.size() > sentenceStart) {
            sentences.add(new Sentence(new Span(tokens.get(sentenceStart).span().start(), tokens.get(tokens.size() - 1).span().end())));
            sentenceStart = tokens.size();
        }
    }

    public Document build() {
        endSentence();
        Document doc = Document.builder(text.toString()).id(id).source(source).build()
                .withTokens(tokens, Layer.TOKENS)
                .withSentences(sentences)
                .withMentions(mentions, Layer.MENTIONS);
        if (segmented) {
            doc = doc.withTokens(tokens, Layer.SEGMENTS);
            if (tagged) {
                doc = doc.withTokens(tokens, Layer.POS);
            }
        }
        return linked ? doc.withMentions(mentions, Layer.LINKS) : doc;
    }
}
