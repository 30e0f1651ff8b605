package org.marsad.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One text and its standoff annotation layers, every layer indexing the same {@link #text()}.
 * A document is immutable: a stage returns a new document with the layers it adds, so whoever
 * holds a document holds a view nobody changes, and documents are safe to share between threads.
 * It records which {@link Layer}s it holds and which stages made them.
 *
 * <pre>{@code
 * Document doc = Document.of("قال الكاظمي إن ...");
 * Document doc = Document.builder(text).id("a1").title("...").published(LocalDate.of(2021, 9, 26)).build();
 * }</pre>
 */
public final class Document {
    /** The id of a document made from a bare text. */
    public static final String DEFAULT_ID = "document";

    private final String id;
    private final Kind kind;
    private final String parent;
    private final Source source;
    private final String title;
    private final LocalDate published;
    private final String author;
    private final String section;
    private final String text;
    private final String lang;
    private final long droppedChars;
    private final List<Block> blocks;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final List<Dependency> dependencies;
    private final List<Morphology> morphology;
    private final List<TimeExpression> times;
    private final List<Quotation> quotes;
    private final Set<Layer> layers;
    private final List<String> stages;

    private Document(Builder b) {
        this.id = b.id;
        this.kind = b.kind;
        this.parent = b.parent;
        this.source = b.source;
        this.title = b.title;
        this.published = b.published;
        this.author = b.author;
        this.section = b.section;
        this.text = b.text;
        this.lang = b.lang;
        this.droppedChars = b.droppedChars;
        this.blocks = List.copyOf(b.blocks);
        this.sentences = List.copyOf(b.sentences);
        this.tokens = List.copyOf(b.tokens);
        this.mentions = List.copyOf(b.mentions);
        this.dependencies = List.copyOf(b.dependencies);
        this.morphology = List.copyOf(b.morphology);
        this.times = List.copyOf(b.times);
        this.quotes = List.copyOf(b.quotes);
        this.layers = b.layers.isEmpty() ? Set.of() : Set.copyOf(b.layers);
        this.stages = List.copyOf(b.stages);
    }

    /** A bare text as a document: no metadata, no layers, its language to be identified. */
    public static Document of(String text) {
        return builder(text).build();
    }

    public static Builder builder(String text) {
        return new Builder(text);
    }

    public String id() { return id; }
    public Kind kind() { return kind; }
    /** The id of the page's article this headline document came with, else null. */
    public String parent() { return parent; }
    public Source source() { return source; }
    public String title() { return title; }
    public LocalDate published() { return published; }
    /** The article's author as the page names it, else null. */
    public String author() { return author; }
    /** The section of the site the article was published in, as the page names it, else null. */
    public String section() { return section; }
    public String text() { return text; }
    /** The language (ISO 639-1 where one exists), or null until identified or given. */
    public String lang() { return lang; }
    /** Characters of the page that extraction left out of every document on purpose (boilerplate, byline…). */
    public long droppedChars() { return droppedChars; }
    public List<Block> blocks() { return blocks; }
    public List<Sentence> sentences() { return sentences; }
    public List<Token> tokens() { return tokens; }
    public List<Mention> mentions() { return mentions; }
    /** One per clitic segment of the tokens, in order (see {@link Dependency}); empty until parsed. */
    public List<Dependency> dependencies() { return dependencies; }
    /** One per clitic segment of the tokens, in order (see {@link Morphology}); empty until tagged. */
    public List<Morphology> morphology() { return morphology; }
    public List<TimeExpression> times() { return times; }
    public List<Quotation> quotes() { return quotes; }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    /** Names of the stages that annotated this document, in order. */
    public List<String> stages() {
        return stages;
    }

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

    /** This document with its language set. */
    public Document withLang(String language) {
        return with(b -> b.lang(language));
    }

    /** This document, accounting for the characters of its page that extraction left out. */
    public Document withDroppedChars(long chars) {
        return with(b -> b.droppedChars(chars));
    }

    public Document withBlocks(List<Block> newBlocks) {
        return with(b -> b.blocks(newBlocks));
    }

    public Document withSentences(List<Sentence> newSentences) {
        return with(b -> {
            b.sentences = newSentences;
            b.layers.add(Layer.SENTENCES);
        });
    }

    /** This document with a new token layer, which now holds {@code what} (tokens, segments or POS). */
    public Document withTokens(List<Token> newTokens, Layer what) {
        return with(b -> {
            b.tokens = newTokens;
            b.layers.add(what);
        });
    }

    /** This document with a new mention layer, which now holds {@code what} (mentions, roles or links). */
    public Document withMentions(List<Mention> newMentions, Layer what) {
        return with(b -> {
            b.mentions = newMentions;
            b.layers.add(what);
        });
    }

    public Document withDependencies(List<Dependency> newDependencies) {
        return with(b -> {
            b.dependencies = newDependencies;
            b.layers.add(Layer.DEPENDENCIES);
        });
    }

    public Document withMorphology(List<Morphology> newMorphology) {
        return with(b -> {
            b.morphology = newMorphology;
            b.layers.add(Layer.MORPHOLOGY);
        });
    }

    public Document withTimes(List<TimeExpression> newTimes) {
        return with(b -> {
            b.times = newTimes;
            b.layers.add(Layer.TIMES);
        });
    }

    public Document withQuotes(List<Quotation> newQuotes) {
        return with(b -> {
            b.quotes = newQuotes;
            b.layers.add(Layer.QUOTES);
        });
    }

    /** This document, recording that a stage annotated it. */
    public Document withStage(String name) {
        return with(b -> b.stages.add(name));
    }

    private Document with(Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + text.length() + " chars, " + layers + "]";
    }

    /** Makes a document: metadata, and the layers that come with the text (blocks, language). */
    public static final class Builder {
        private final String text;
        private String id = DEFAULT_ID;
        private Kind kind = Kind.DOCUMENT;
        private String parent;
        private Source source = Source.ofPath(null);
        private String title;
        private LocalDate published;
        private String author;
        private String section;
        private String lang;
        private long droppedChars;
        private List<Block> blocks = List.of();
        private List<Sentence> sentences = List.of();
        private List<Token> tokens = List.of();
        private List<Mention> mentions = List.of();
        private List<Dependency> dependencies = List.of();
        private List<Morphology> morphology = List.of();
        private List<TimeExpression> times = List.of();
        private List<Quotation> quotes = List.of();
        private final Set<Layer> layers = EnumSet.noneOf(Layer.class);
        private final List<String> stages = new ArrayList<>();

        private Builder(String text) {
            this.text = Objects.requireNonNull(text, "a document's text may be empty, not null");
        }

        private Builder(Document d) {
            this(d.text);
            id = d.id;
            kind = d.kind;
            parent = d.parent;
            source = d.source;
            title = d.title;
            published = d.published;
            author = d.author;
            section = d.section;
            lang = d.lang;
            droppedChars = d.droppedChars;
            blocks = d.blocks;
            sentences = d.sentences;
            tokens = d.tokens;
            mentions = d.mentions;
            dependencies = d.dependencies;
            morphology = d.morphology;
            times = d.times;
            quotes = d.quotes;
            layers.addAll(d.layers);
            stages.addAll(d.stages);
        }

        public Builder id(String value) {
            this.id = Objects.requireNonNull(value, "id");
            return this;
        }

        public Builder kind(Kind value) {
            this.kind = Objects.requireNonNull(value, "kind");
            return this;
        }

        public Builder parent(String value) {
            this.parent = value;
            return this;
        }

        public Builder source(Source value) {
            this.source = Objects.requireNonNull(value, "source");
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder published(LocalDate value) {
            this.published = value;
            return this;
        }

        public Builder author(String value) {
            this.author = value;
            return this;
        }

        public Builder section(String value) {
            this.section = value;
            return this;
        }

        /** The document's language when it is known: language identification then keeps it. */
        public Builder lang(String value) {
            this.lang = value;
            if (value != null) {
                layers.add(Layer.LANGUAGE);
            }
            return this;
        }

        public Builder droppedChars(long value) {
            this.droppedChars = value;
            return this;
        }

        public Builder blocks(List<Block> value) {
            this.blocks = value;
            layers.add(Layer.BLOCKS);
            return this;
        }

        public Document build() {
            return new Document(this);
        }
    }
}
