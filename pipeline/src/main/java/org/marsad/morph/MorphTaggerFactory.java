package org.marsad.morph;

import java.util.Map;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;
import org.marsad.arabic.WordClusters;

/**
 * OpenNLP's POS tagger with {@link MorphContext}'s features instead of its English ones. The
 * model file names this class, so OpenNLP makes it again when the model loads.
 */
public final class MorphTaggerFactory extends POSTaggerFactory {
    private final WordClusters classes;

    /** For OpenNLP, which makes the factory a model file names when it loads; tagging does not use its features. */
    public MorphTaggerFactory() {
        this(WordClusters.of(Map.of()));
    }

    /** For training, with the word classes the tagger will read. */
    public MorphTaggerFactory(WordClusters classes) {
        this.classes = classes;
    }

    @Override
    public POSContextGenerator getPOSContextGenerator() {
        return new MorphContext(classes);
    }

    @Override
    public POSContextGenerator getPOSContextGenerator(int cacheSize) {
        return new MorphContext(classes);
    }
}
