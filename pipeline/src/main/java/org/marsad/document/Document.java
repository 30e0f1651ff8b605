package org.marsad.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.pipeline.Annotation;

/**
 * One text and its standoff annotation layers, every layer indexing the same {@link #text()}.
 * Stages read layers and set new ones; a layer is replaced whole (records are immutable), and
 * the document records which {@link Annotation}s it holds so that stages can check their needs.
 */
public final class Document {
    private final String id;
    private final Kind kind;
    private final String parent;
    private final Source source;
    private final String title;
    private final LocalDate published;
    private final String text;

    private String lang = "ar";
    /** Characters of the page that extraction left out of every document on purpose (boilerplate, byline…). */
    private long droppedChars;
    private List<Block> blocks = List.of();
    private List<Sentence> sentences = List.of();
    private List<Token> tokens = List.of();
    private List<Mention> mentions = List.of();
    private final Set<Annotation> present = EnumSet.noneOf(Annotation.class);
    private final List<String> stages = new ArrayList<>();

    public Document(String id, Kind kind, String parent, Source source, String title, LocalDate published, String text) {
        this.id = id;
        this.kind = kind;
        this.parent = parent;
        this.source = source;
        this.title = title;
        this.published = published;
        this.text = text;
    }

    public String id() { return id; }
    public Kind kind() { return kind; }
    public String parent() { return parent; }
    public Source source() { return source; }
    public String title() { return title; }
    public LocalDate published() { return published; }
    public String text() { return text; }
    public String lang() { return lang; }
    public long droppedChars() { return droppedChars; }
    public List<Block> blocks() { return blocks; }
    public List<Sentence> sentences() { return sentences; }
    public List<Token> tokens() { return tokens; }
    public List<Mention> mentions() { return mentions; }

    /** The surface text of a span of this document. */
    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The tokens inside a span, as a view of the token layer. */
    public List<Token> tokensIn(Span span) {
        int from = firstTokenAtOrAfter(span.start());
        int to = firstTokenAtOrAfter(span.end());
        while (to > from && tokens.get(to - 1).span().end() > span.end()) {
            to--;
        }
        return tokens.subList(from, to);
    }

    private int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public void setLang(String lang) { this.lang = lang; }

    public void setDroppedChars(long droppedChars) { this.droppedChars = droppedChars; }

    public void setBlocks(List<Block> blocks) { this.blocks = set(blocks, Annotation.BLOCKS); }

    public void setSentences(List<Sentence> sentences) { this.sentences = set(sentences, Annotation.SENTENCES); }

    public void setTokens(List<Token> tokens, Annotation what) { this.tokens = set(tokens, what); }

    public void setMentions(List<Mention> mentions, Annotation what) { this.mentions = set(mentions, what); }

    private <T> List<T> set(List<T> layer, Annotation what) {
        present.add(what);
        return List.copyOf(layer);
    }

    public boolean has(Annotation what) {
        return present.contains(what);
    }

    /** Names of the stages that annotated this document, in order. */
    public List<String> stages() {
        return Collections.unmodifiableList(stages);
    }

    public void recordStage(String name) {
        stages.add(name);
    }
}
