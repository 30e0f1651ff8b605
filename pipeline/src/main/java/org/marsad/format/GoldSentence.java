package org.marsad.format;

import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Span;

/**
 * A sentence of annotated data as a corpus gives it: its text and its words, each a span of the
 * text with the labels the corpus gives it. The words are the corpus's own units: syntactic
 * words (clitics apart) in segmentation data, whitespace tokens in NER data.
 */
public record GoldSentence(String text, List<Word> words) {

    public GoldSentence {
        words = List.copyOf(words);
    }

    /** One word; {@code upos} (a UPOS tag) and {@code ner} (an IOB2 tag) are null where the corpus has none. */
    public record Word(Span span, String upos, String ner) {
    }

    /** The words as the text writes them. */
    public List<String> forms() {
        return words.stream().map(word -> text.substring(word.span().start(), word.span().end())).toList();
    }

    /** The IOB2 tag of each word. */
    public List<String> nerTags() {
        return words.stream().map(Word::ner).toList();
    }

    /** Builds sentences a word at a time, their text from the words and the spaces between them. */
    public static final class Builder {
        private final List<GoldSentence> sentences = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Word> words = new ArrayList<>();

        /** Appends a word to the sentence, after a space when {@code spaced} and it is not the sentence's first. */
        public void word(String form, boolean spaced, String upos, String ner) {
            if (spaced && !text.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            text.append(form);
            words.add(new Word(new Span(start, text.length()), upos, ner));
        }

        /** Ends the sentence of the words appended since the last one ended, if there are any. */
        public void endSentence() {
            if (!words.isEmpty()) {
                sentences.add(new GoldSentence(text.toString(), words));
            }
            text.setLength(0);
            words.clear();
        }

        /** The sentences, the last one ended. */
        public List<GoldSentence> sentences() {
            endSentence();
            return List.copyOf(sentences);
        }
    }
}
