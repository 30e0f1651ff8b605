package org.marsad.morph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import org.marsad.arabic.WordClusters;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Morphology;
import org.marsad.document.Segment;
import org.marsad.document.Token;
import org.marsad.format.SentenceTokens;
import org.marsad.pipeline.Annotator;
import org.marsad.pos.TaggerOrthography;

/**
 * The {@code morph} stage: a Universal Dependencies 2 part of speech and features (Case,
 * Definite, Gender, Number, Person, Aspect, Mood, Voice …) for every clitic segment, by an
 * OpenNLP perceptron sequence tagger trained on UD Arabic-PADT ({@code marsad train-tagger};
 * models/README.md). Its tags are whole analyses ({@code NOUN|Case=Gen|Definite=Def|Number=Sing}),
 * so the features it gives a word always go together. It reads each segment's form in the
 * POS tagger's orthography and that tagger's ATB tag ({@link MorphContext}).
 */
public final class MorphTagger implements Annotator {
    public static final String MODEL = "org/marsad/models/morph/tagger.bin";
    /** The perceptron's entry in OpenNLP's model file. */
    private static final String POS_MODEL = "pos.model";

    private final MaxentModel model;
    private final MorphContext context = new MorphContext();
    private final WordClusters classes;

    /** A tagger over a model {@code marsad train-tagger} made, with the word classes it was trained with. */
    public MorphTagger(POSModel model, WordClusters classes) {
        this.model = model.getArtifact(POS_MODEL);
        this.classes = classes;
    }

    /** The shipped model, over the shipped word classes (the NER model's: {@code Models} loads them once for both). */
    public static MorphTagger loadDefault(WordClusters classes) {
        try (InputStream in = Objects.requireNonNull(MorphTagger.class.getClassLoader().getResourceAsStream(MODEL), MODEL)) {
            return new MorphTagger(new POSModel(in), classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "morph";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.SEGMENTS, Layer.POS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.MORPHOLOGY);
    }

    @Override
    public Document annotate(Document document) {
        List<Morphology> out = new ArrayList<>();
        for (SentenceTokens sentence : SentenceTokens.of(document)) {
            List<String> forms = new ArrayList<>();
            List<String> atb = new ArrayList<>();
            for (Token token : document.tokens().subList(sentence.from(), sentence.to())) {
                for (Segment segment : token.segments()) {
                    forms.add(segment.form());
                    atb.add(segment.pos());
                }
            }
            out.addAll(tag(forms, atb));
        }
        return document.withMorphology(out);
    }

    /** The analyses of one sentence's syntactic words (forms of any orthography) with their ATB tags. */
    public List<Morphology> tag(List<String> forms, List<String> atb) {
        // Greedy, left to right: as accurate as OpenNLP's beam search of three on held-out PADT
        // (0.2 points less) and several times as fast: the beam sorts every tag's score at each word.
        String[] words = words(forms);
        String[][] additional = MorphContext.additional(words, atb, classes);
        String[] tags = new String[words.length];
        List<Morphology> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tags[i] = model.getBestOutcome(model.eval(context.getContext(i, words, tags, additional)));
            out.add(MorphTag.decode(tags[i]));
        }
        return out;
    }

    /** The forms as the tagger reads them: in the POS tagger's orthography (no diacritics, bare alef). */
    public static String[] words(List<String> forms) {
        return forms.stream().map(TaggerOrthography::of).toArray(String[]::new);
    }
}
