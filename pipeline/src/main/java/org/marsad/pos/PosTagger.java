package org.marsad.pos;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Segment;
import org.marsad.document.Token;
import org.marsad.pipeline.Annotator;

/**
 * Tags every clitic segment with CoreNLP's Arabic maximum-entropy tagger (ATB reduced tag set:
 * NN, NNP, DTNN, VBD, IN, CC, PRP$ …), one sentence at a time. The tagger was trained on text
 * in the segmenter's orthography, so segments are shown to it as {@link TaggerOrthography} writes them.
 */
public final class PosTagger implements Annotator {
    public static final String MODEL = "edu/stanford/nlp/models/pos-tagger/arabic.tagger";

    private final MaxentTagger tagger;

    public PosTagger() {
        this.tagger = new MaxentTagger(MODEL);
    }

    @Override
    public String name() {
        return "pos";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SEGMENTS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.POS);
    }

    @Override
    public Document annotate(Document document) {
        // Sentences are tagged alone, so in parallel (the common pool): a lone request uses every processor.
        List<List<Token>> tagged = document.sentences().parallelStream().map(sentence -> tagSentence(document.tokensIn(sentence.span()))).toList();
        List<Token> out = new ArrayList<>(document.tokens().size());
        tagged.forEach(out::addAll);
        return document.withTokens(out, Layer.POS);
    }

    /** The ATB tags of one sentence of syntactic words (clitics separate), as forms of any orthography. */
    public List<String> tags(List<String> forms) {
        List<Word> words = new ArrayList<>(forms.size());
        for (String form : forms) {
            words.add(new Word(TaggerOrthography.of(form)));
        }
        return tagger.tagSentence(words).stream().map(TaggedWord::tag).toList();
    }

    private List<Token> tagSentence(List<Token> tokens) {
        List<String> forms = new ArrayList<>();
        for (Token token : tokens) {
            for (Segment segment : token.segments()) {
                forms.add(segment.form());
            }
        }
        List<String> tagged = tags(forms);
        List<Token> out = new ArrayList<>(tokens.size());
        int w = 0;
        for (Token token : tokens) {
            List<Segment> segments = new ArrayList<>(token.segments().size());
            for (Segment segment : token.segments()) {
                segments.add(segment.withPos(tagged.get(w++)));
            }
            out.add(token.withSegments(segments));
        }
        return out;
    }
}
