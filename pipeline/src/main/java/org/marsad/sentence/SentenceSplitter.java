package org.marsad.sentence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Sentence;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.pipeline.Annotator;

/**
 * Splits the token stream into sentences: after final punctuation (. ! ? ؟ …) and the closing
 * quotes or brackets that follow it, and at every line break, so that headings and headlines
 * without final punctuation are sentences of their own. A sentence longer than
 * {@link #MAX_TOKENS} tokens (a page with no punctuation at all) is cut there, since the
 * segmenter and tagger cost grows with sentence length.
 */
public final class SentenceSplitter implements Annotator {
    static final int MAX_TOKENS = 200;

    @Override
    public String name() {
        return "ssplit";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.SENTENCES);
    }

    @Override
    public Document annotate(Document document) {
        return document.withSentences(split(document.text(), document.tokens()));
    }

    static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        boolean finalSeen = false;
        for (int i = 0; i < tokens.size(); i++) {
            Span here = tokens.get(i).span();
            if (isFinal(text, here)) {
                finalSeen = true;
            } else if (!isClosing(text, here)) {
                finalSeen = false;
            }
            boolean end = i + 1 == tokens.size()
                    || lineBreakBetween(text, here.end(), tokens.get(i + 1).span().start())
                    || i + 1 - first >= MAX_TOKENS
                    || (finalSeen && !isClosing(text, tokens.get(i + 1).span()));
            if (end) {
                sentences.add(new Sentence(new Span(tokens.get(first).span().start(), here.end())));
                first = i + 1;
                finalSeen = false;
            }
        }
        return sentences;
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean isFinal(String text, Span token) {
        char c = text.charAt(token.start());
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…';
    }

    private static boolean isClosing(String text, Span token) {
        char c = text.charAt(token.start());
        return token.length() == 1 && (c == '"' || c == '»' || c == ')' || c == '”' || c == '\'' || c == ']');
    }
}
