package org.marsad.ner.crf;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.PaddedList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * CoreNLP's hook into {@link NerFeatures}: the CRF asks it for the features of each token (the
 * single-label clique) and of each label pair (only a bias, so the pair weights are the
 * transition scores). None of CoreNLP's own NER templates are used: they build dozens of strings
 * per token that this model does not need, and were most of the tagging time.
 *
 * <p>CoreNLP instantiates the factory by class name, with no way to hand it objects, so the
 * {@link NerFeatures} in use are installed in a static field by whoever loads or trains a model
 * ({@link CrfNer}, {@link NerTrainer}) before any feature is asked for.
 */
public final class NerFeatureFactory extends FeatureFactory<CoreLabel> {
    private static final long serialVersionUID = 1L;
    private static final List<String> TRANSITION = List.of("#T|CpC");
    private static volatile NerFeatures features;

    /** Marks a training token whose word and stem features are left out (see {@link NerFeatures}). */
    static final class Unseen implements CoreAnnotation<Boolean> {
        @Override
        public Class<Boolean> getType() {
            return Boolean.class;
        }
    }

    /** The sentence's features, computed once for all its tokens and kept on the first token. */
    private static final class SentenceFeatures implements CoreAnnotation<List<List<String>>> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Class<List<List<String>>> getType() {
            return (Class) List.class;
        }
    }

    static void install(NerFeatures installed) {
        features = installed;
    }

    @Override
    public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> info, int position, Clique clique) {
        if (clique == cliqueCpC) {
            return TRANSITION;
        }
        if (clique != cliqueC) {
            return List.of();
        }
        List<CoreLabel> sentence = info.getWrappedList();
        List<List<String>> all = sentence.get(0).get(SentenceFeatures.class);
        if (all == null) {
            List<String> words = new ArrayList<>(sentence.size());
            List<String> morphology = new ArrayList<>(sentence.size());
            boolean[] unseen = new boolean[sentence.size()];
            for (CoreLabel token : sentence) {
                unseen[words.size()] = Boolean.TRUE.equals(token.get(Unseen.class));
                words.add(token.word());
                morphology.add(token.tag());
            }
            all = suffixed(features.of(words, morphology, unseen));
            sentence.get(0).set(SentenceFeatures.class, all);
        }
        return all.get(position);
    }

    /** CoreNLP keeps one feature index for all cliques, so each feature names its clique. */
    private static List<List<String>> suffixed(List<List<String>> features) {
        for (List<String> token : features) {
            token.replaceAll(f -> f + "|C");
        }
        return features;
    }
}
