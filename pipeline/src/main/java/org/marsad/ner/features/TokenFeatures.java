package org.marsad.ner.features;

import java.util.Set;

/**
 * What the learned NER model reads of one token, as strings its vocabularies map to ids: the
 * word's matching key and its stem without proclitics (the rows of the embedding table they
 * find), the POS of its clitic segments ("CC+NNP"), its word classes, its script shape and the
 * name lists it is in with its position ("kb:PERSON-B").
 */
public record TokenFeatures(String key, String stem, String morphology, String coarseClass, String fineClass, String shape,
        Set<String> lists) {
}
