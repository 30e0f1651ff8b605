package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Mention;
import org.marsad.document.Sentence;
import org.marsad.document.Span;
import org.marsad.document.Token;

/**
 * Runs a name rule over every sentence, token by token, for the rule-based finders: a name found
 * is added as a mention (taking in any mention inside it, such as the place in "مجلس محافظة
 * البصرة") and the scan goes on after it.
 */
final class MentionScan {

    /** The span of a name starting at token {@code i} of a sentence, or null. */
    interface Rule {
        Span nameAt(Document document, List<Token> tokens, int i, Mentions mentions);
    }

    private MentionScan() {
    }

    /**
     * Adds the names {@code rule} finds to {@code mentions} as {@code type}; returns the added ones.
     * Names are words: the rule reads each run of tokens with a letter or digit between the
     * others (CoreNLP's tagger calls an emoji, and at times a bracket, a proper noun: "الرئيس 😀"
     * is no president's name, and "حسين حبري (" ends before its bracket).
     */
    static List<Mention> scan(Document document, Mentions mentions, EntityType type, Rule rule) {
        List<Mention> added = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            for (List<Token> tokens : wordRuns(document, document.tokensIn(sentence.span()))) {
                for (int i = 0; i < tokens.size(); i++) {
                    Span name = rule.nameAt(document, tokens, i, mentions);
                    if (name != null) {
                        mentions.removeInside(name);
                        Mention mention = new Mention(name, type);
                        mentions.add(mention);
                        added.add(mention);
                        while (i + 1 < tokens.size() && tokens.get(i + 1).span().start() < name.end()) {
                            i++;
                        }
                    }
                }
            }
        }
        return added;
    }

    /** The runs of tokens with a letter or digit in them, split where a token has neither. */
    private static List<List<Token>> wordRuns(Document document, List<Token> tokens) {
        List<List<Token>> runs = new ArrayList<>();
        int from = 0;
        for (int t = 0; t <= tokens.size(); t++) {
            if (t == tokens.size() || document.text(tokens.get(t).span()).codePoints().noneMatch(Character::isLetterOrDigit)) {
                if (t > from) {
                    runs.add(tokens.subList(from, t));
                }
                from = t + 1;
            }
        }
        return runs;
    }

    /** The first of {@code mentions} overlapping {@code span}, or null (a scan: per token, use {@link Mentions}). */
    static Mention overlapping(Span span, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.span().overlaps(span)) {
                return m;
            }
        }
        return null;
    }

    /**
     * A document's mentions ordered by span, for the finders' questions — which mention overlaps
     * this token, remove those inside this name — in logarithmic time: the finders ask for every
     * token, and a scan of every mention for each made long documents quadratic (a 2 M-character
     * document took minutes).
     */
    static final class Mentions {
        /** Mentions by span; mentions of one span in the order they came. */
        private final NavigableMap<Span, List<Mention>> bySpan = new TreeMap<>();
        /** The longest mention's length: no mention overlapping a span starts further before it. */
        private int longest;

        Mentions(List<Mention> mentions) {
            mentions.forEach(this::add);
        }

        void add(Mention mention) {
            bySpan.computeIfAbsent(mention.span(), span -> new ArrayList<>(1)).add(mention);
            longest = Math.max(longest, mention.span().length());
        }

        /** Removes the mentions {@code span} contains. */
        void removeInside(Span span) {
            bySpan.subMap(new Span(span.start(), span.start()), true, new Span(span.end(), span.end()), true)
                    .keySet().removeIf(span::contains);
        }

        /** The mention overlapping {@code span} that starts first, or null. */
        Mention overlapping(Span span) {
            int from = Math.max(0, span.start() - longest);
            for (Map.Entry<Span, List<Mention>> entry
                    : bySpan.subMap(new Span(from, from), true, new Span(span.end(), span.end()), false).entrySet()) {
                if (entry.getKey().overlaps(span)) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }

        /** Every mention, ordered by span. */
        List<Mention> sorted() {
            List<Mention> sorted = new ArrayList<>();
            bySpan.values().forEach(sorted::addAll);
            return sorted;
        }
    }
}
