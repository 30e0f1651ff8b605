package org.marsad.ner.features;

import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Segment;
import org.marsad.document.Sentence;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.pipeline.Annotator;

/**
 * The morphology feature of each token: the part-of-speech tags of its clitic segments joined by
 * "+" ("CC+NNP" for وبوش), as the pipeline's segmenter and tagger give them. The tagger was
 * trained on the Arabic Treebank, far more text than any NER corpus, and its proper-noun tags
 * are what tells an unseen name from a common word. Inside the pipeline these come from the
 * document; for gold corpora that arrive already tokenized (CoNLL), {@link #of(List)} runs the
 * same stages over the given tokens.
 */
public final class TokenMorphology {
    private final Annotator segmenter;
    private final Annotator tagger;

    public TokenMorphology(Annotator segmenter, Annotator tagger) {
        this.segmenter = segmenter;
        this.tagger = tagger;
    }

    /** The morphology of each token of one tokenized sentence. */
    public List<String> of(List<String> tokens) {
        String text = String.join(" ", tokens);
        List<Token> spans = new ArrayList<>(tokens.size());
        int start = 0;
        for (String token : tokens) {
            spans.add(Token.of(new Span(start, start + token.length())));
            start += token.length() + 1;
        }
        Document document = Document.builder(text).id("sentence").lang(Annotator.ARABIC).build()
                .withTokens(spans, Layer.TOKENS)
                .withSentences(List.of(new Sentence(new Span(0, text.length()))));
        return tagger.annotate(segmenter.annotate(document)).tokens().stream().map(TokenMorphology::of).toList();
    }

    /** The morphology of each token of each sentence. */
    public List<List<String>> ofSentences(List<List<String>> sentences) {
        return sentences.stream().map(this::of).toList();
    }

    /** The morphology of a segmented and tagged token. */
    public static String of(Token token) {
        StringBuilder tags = new StringBuilder();
        for (Segment segment : token.segments()) {
            tags.append(tags.length() == 0 ? "" : "+").append(segment.pos());
        }
        return tags.toString();
    }
}
