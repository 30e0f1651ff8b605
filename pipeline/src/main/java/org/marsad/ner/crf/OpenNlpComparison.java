package org.marsad.ner.crf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.marsad.eval.NerScore;
import org.marsad.eval.NerSentence;
import org.marsad.format.Iob;

/**
 * The other library the model could be built with: OpenNLP's NameFinder (a maxent classifier
 * per token with beam search, BIO outcomes), trained on the same sentences with the same
 * {@link NerFeatures}, and scored the same way, so that the choice of CoreNLP's CRF rests on a
 * measurement. Only {@code train-ner --compare-opennlp} uses it; nothing ships from it.
 */
public final class OpenNlpComparison {
    private final NerFeatures features;
    private final TokenMorphology morphology;

    public OpenNlpComparison(NerFeatures features, TokenMorphology morphology) {
        this.features = features;
        this.morphology = morphology;
    }

    /** The features of each token of a sentence, as the CRF gets them. */
    private List<List<String>> featuresOf(String[] sentence) {
        List<String> words = List.of(sentence);
        return features.of(words, morphology.of(words));
    }

    /** Trains a NameFinder on {@code train} (GIS maxent, 100 iterations, every feature kept) and scores {@code test}. */
    public NerScore.Result trainAndScore(List<NerSentence> train, List<NerSentence> test) throws java.io.IOException {
        List<NameSample> samples = new ArrayList<>(train.size());
        for (NerSentence sentence : train) {
            Span[] names = Iob.entities(sentence.tags()).stream().map(s -> new Span(s.start(), s.end(), s.type())).toArray(Span[]::new);
            samples.add(new NameSample(sentence.tokens().toArray(String[]::new), names, true));
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        NameFinderFeatures.install(this::featuresOf);
        TokenNameFinderModel model = NameFinderME.train("ar", null, new CollectionObjectStream<>(samples), parameters, new NameFinderFeatures());
        NameFinderME finder = new NameFinderME(model);
        return NerScore.evaluate(List.of(test), sentences -> sentences.stream().map(tokens -> {
            String[] tags = new String[tokens.size()];
            Arrays.fill(tags, "O");
            for (Span name : finder.find(tokens.toArray(String[]::new))) {
                for (int i = name.getStart(); i < name.getEnd(); i++) {
                    tags[i] = (i == name.getStart() ? "B-" : "I-") + name.getType();
                }
            }
            finder.clearAdaptiveData();
            return List.of(tags);
        }).toList());
    }
}
