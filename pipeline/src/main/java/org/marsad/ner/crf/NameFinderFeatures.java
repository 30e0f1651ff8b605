package org.marsad.ner.crf;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The factory OpenNLP's NameFinder is built with in {@link OpenNlpComparison}: its only feature
 * generator gives the features the CRF gets. OpenNLP instantiates the factory again by class
 * name, so this is a public top-level class with a no-argument constructor, and it reaches the
 * features through a static field, as CoreNLP's {@link NerFeatureFactory} does.
 */
public final class NameFinderFeatures extends TokenNameFinderFactory {
    private static volatile Function<String[], List<List<String>>> features;

    public NameFinderFeatures() {
        super(null, Map.of(), new BioCodec());
    }

    static void install(Function<String[], List<List<String>>> sentenceFeatures) {
        features = sentenceFeatures;
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        Function<String[], List<List<String>>> sentenceFeatures = features;
        return new AdaptiveFeatureGenerator() {
            private String[] tokens;
            private List<List<String>> cached;

            @Override
            public void createFeatures(List<String> out, String[] sentence, int index, String[] previousOutcomes) {
                if (sentence != tokens) { // OpenNLP asks token by token; the features are made per sentence
                    cached = sentenceFeatures.apply(sentence);
                    tokens = sentence;
                }
                out.addAll(cached.get(index));
            }
        };
    }
}
