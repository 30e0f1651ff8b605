package org.marsad.morph;

import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * OpenNLP's POS tagger with {@link MorphContext}'s features instead of its English ones. The
 * model file names this class, so OpenNLP makes it again when the model loads.
 */
public final class MorphTaggerFactory extends POSTaggerFactory {

    @Override
    public POSContextGenerator getPOSContextGenerator() {
        return new MorphContext();
    }

    @Override
    public POSContextGenerator getPOSContextGenerator(int cacheSize) {
        return new MorphContext();
    }
}
