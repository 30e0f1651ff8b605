package org.marsad.ner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.arabic.Proclitics;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layer;
import org.marsad.document.Mention;
import org.marsad.document.Sentence;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.kb.Actor;
import org.marsad.kb.KnowledgeBase;
import org.marsad.kb.MatchKeys;
import org.marsad.pipeline.Annotator;

/**
 * Finds the names of the knowledge base in text, longest match first, within a sentence. A name
 * may start inside a token after attached proclitics ("وبايدن", "للكاظمي"); the mention's span
 * then starts after them, so it never holds the conjunction or preposition.
 */
public final class GazetteerNer implements Annotator {
    private final KnowledgeBase kb;
    private final Set<String> givenNames;

    public GazetteerNer(KnowledgeBase kb) {
        this.kb = kb;
        this.givenNames = kb.givenNameKeys();
    }

    @Override
    public String name() {
        return "ner-gazetteer";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.MENTIONS);
    }

    /** A new mention layer has no roles or links yet. */
    @Override
    public Set<Layer> invalidates() {
        return EnumSet.of(Layer.ROLES, Layer.LINKS, Layer.QUOTES);
    }

    @Override
    public Document annotate(Document document) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            mentions.addAll(find(document, document.tokensIn(sentence.span())));
        }
        return document.withMentions(mentions, Layer.MENTIONS);
    }

    /** The mentions of known names in one sentence's tokens. */
    public List<Mention> find(Document document, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        String[] keys = new String[tokens.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = MatchKeys.of(document.text(tokens.get(k).span()));
        }
        int i = 0;
        while (i < tokens.size()) {
            Optional<Match> match = longestMatchAt(document, tokens, i, keys);
            // A month is never a place, though آب loses its madda as often as the city إب its hamza.
            if (match.isPresent() && !Months.isMonth(List.of(document.text(tokens.get(i).span())))) {
                found.add(withGivenName(document, tokens, i, match.get()));
                i += match.get().tokens();
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * A known surname right after a given name is another person of that family: the mention
     * takes in the given name and is no longer the known actor's alias (the linker then finds
     * no knowledge-base entry for the full name).
     */
    private Mention withGivenName(Document document, List<Token> tokens, int first, Match match) {
        Mention mention = match.mention();
        boolean surnameAlone = match.tokens() == 1 && mention.type() == EntityType.PERSON
                && mention.span().start() == tokens.get(first).span().start();
        if (!surnameAlone || first == 0) {
            return mention;
        }
        String previous = document.text(tokens.get(first - 1).span());
        for (Proclitics.Reading reading : Proclitics.readings(previous)) {
            if (givenNames.contains(MatchKeys.of(reading.stem()))) {
                return new Mention(new Span(tokens.get(first - 1).span().start() + reading.prefixLength(),
                        mention.span().end()), EntityType.PERSON);
            }
        }
        return mention;
    }

    private record Match(Mention mention, int tokens) {
    }

    /**
     * The longest name starting in token {@code first}, read with or without its proclitics.
     * Keys grow a word at a time and stop as soon as no name starts with them, so most tokens
     * cost one or two hash lookups.
     */
    private Optional<Match> longestMatchAt(Document document, List<Token> tokens, int first, String[] keys) {
        Match best = null;
        for (Proclitics.Reading reading : Proclitics.readings(document.text(tokens.get(first).span()))) {
            String key = MatchKeys.of(reading.stem());
            for (int n = 1; first + n <= tokens.size() && kb.isNamePrefix(key); n++) {
                Optional<Actor> actor = kb.lookupKey(key);
                if (actor.isPresent() && (best == null || n > best.tokens())) {
                    Span span = new Span(tokens.get(first).span().start() + reading.prefixLength(),
                            tokens.get(first + n - 1).span().end());
                    best = new Match(new Mention(span, actor.get().type()), n);
                }
                if (first + n < tokens.size()) {
                    key = MatchKeys.join(key, keys[first + n]);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
