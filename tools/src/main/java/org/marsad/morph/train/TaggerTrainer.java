package org.marsad.morph.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.marsad.arabic.WordClusters;
import org.marsad.document.Morphology;
import org.marsad.morph.MorphContext;
import org.marsad.morph.MorphTag;
import org.marsad.morph.MorphTagger;
import org.marsad.morph.MorphTaggerFactory;
import org.marsad.parse.train.UdWord;
import org.marsad.pos.PosTagger;

/**
 * Trains the morphological tagger (OpenNLP's perceptron sequence tagger over {@code
 * MorphContext}'s features) on a treebank already in the labels it is to emit. Each sentence's
 * words are tagged by CoreNLP's ATB tagger first, so that the model learns from the same noisy
 * ATB tags it gets at run time. One sentence in {@value #DEV_EVERY} is held out and scored
 * (UPOS, universal features, both) before the model is trained on every sentence.
 */
public final class TaggerTrainer {
    static final int DEV_EVERY = 10;

    private TaggerTrainer() {
    }

    /** Settings: perceptron iterations and the feature cutoff. */
    public record Settings(int iterations, int cutoff) {
        /** train-tagger's defaults. */
        public static final Settings DEFAULT = new Settings(100, 1);

        TrainingParameters parameters() {
            TrainingParameters params = new TrainingParameters();
            params.put(TrainingParameters.ALGORITHM_PARAM, PerceptronTrainer.PERCEPTRON_VALUE);
            params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            return params;
        }
    }

    /**
     * Scores the held-out sentences, then writes the model trained on all of them (or on the rest
     * only, {@code devOnly}); the tagger reads the word classes {@code classes}.
     */
    public static TagScore train(List<List<UdWord>> treebank, PosTagger atbTagger, WordClusters classes, Conventions conventions,
                                 Path model, Settings settings, boolean devOnly) throws IOException {
        List<POSSample> train = new ArrayList<>();
        List<POSSample> dev = new ArrayList<>();
        for (int s = 0; s < treebank.size(); s++) {
            (s % DEV_EVERY == DEV_EVERY - 1 ? dev : train).add(sample(treebank.get(s), atbTagger, classes, conventions));
        }
        POSModel heldOut = train(train, settings);
        TagScore score = TagScore.of(dev, new MorphTagger(heldOut, classes));
        POSModel shipped = devOnly ? heldOut : train(concat(train, dev), settings);
        Files.createDirectories(model.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(model)) {
            shipped.serialize(out);
        }
        return score;
    }

    /**
     * The tagger's analyses of every word of a treebank, each sentence tagged by a model trained
     * on the other {@code folds - 1} parts (jackknifing): as noisy as the tags the tagger gives
     * new text, for training what reads them.
     */
    public static List<List<Morphology>> jackknife(List<List<UdWord>> treebank, PosTagger atbTagger, WordClusters classes,
                                                   Settings settings, int folds) throws IOException {
        List<POSSample> samples = new ArrayList<>();
        treebank.forEach(sentence -> samples.add(sample(sentence, atbTagger, classes, Conventions.PUD)));
        List<List<Morphology>> out = new ArrayList<>(Collections.nCopies(samples.size(), List.of()));
        for (int fold = 0; fold < folds; fold++) {
            List<POSSample> rest = new ArrayList<>();
            for (int s = 0; s < samples.size(); s++) {
                if (s % folds != fold) {
                    rest.add(samples.get(s));
                }
            }
            MorphTagger tagger = new MorphTagger(train(rest, settings), classes);
            for (int s = fold; s < samples.size(); s += folds) {
                POSSample sample = samples.get(s);
                List<String> atb = Arrays.stream(sample.getAdditionalContext()).map(MorphContext::atb).toList();
                out.set(s, tagger.tag(List.of(sample.getSentence()), atb));
            }
        }
        return out;
    }

    private static POSModel train(List<POSSample> samples, Settings settings) throws IOException {
        return POSTaggerME.train("ar", ObjectStreamUtils.createObjectStream(samples), settings.parameters(), new MorphTaggerFactory());
    }

    /**
     * A sentence as the tagger learns it: forms, each word's whole analysis (in these
     * conventions) as its tag, and as context CoreNLP's ATB tags and the words' classes.
     */
    static POSSample sample(List<UdWord> sentence, PosTagger atbTagger, WordClusters classes, Conventions conventions) {
        List<String> forms = sentence.stream().map(UdWord::form).toList();
        List<String> atb = atbTagger.tags(forms);
        String[] tags = conventions.apply(sentence, atb).stream().map(w -> MorphTag.encode(w.upos(), w.feats()))
                .toArray(String[]::new);
        String[] words = MorphTagger.words(forms);
        return new POSSample(words, tags, MorphContext.additional(words, atb, classes));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
