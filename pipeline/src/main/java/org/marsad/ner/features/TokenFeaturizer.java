package org.marsad.ner.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.WordClusters;
import org.marsad.ner.features.FeatureStem;
import org.marsad.ner.features.NameLists;
import org.marsad.segment.SegmentationLexicon;

/**
 * Computes the {@link TokenFeatures} of a sentence's tokens. Training exports them through this
 * class and tagging computes them through it, so the model sees at run time exactly what it was
 * trained on.
 */
public final class TokenFeaturizer {
    /** The class of a word the clusters do not know, and of nothing beyond the sentence. */
    static final String UNKNOWN_CLASS = "UNK";

    private final NameLists lists;
    private final WordClusters clusters;
    private final SegmentationLexicon lexicon;

    public TokenFeaturizer(NameLists lists, WordClusters clusters, SegmentationLexicon lexicon) {
        this.lists = lists;
        this.clusters = clusters;
        this.lexicon = lexicon;
    }

    /** The features of each surface token of one sentence, given their morphology ("CC+NNP"). */
    public List<TokenFeatures> of(List<String> tokens, List<String> morphology) {
        int n = tokens.size();
        String[] stems = new String[n];
        for (int i = 0; i < n; i++) {
            stems[i] = FeatureStem.of(tokens.get(i), lexicon).stem();
        }
        List<Set<String>> listed = lists.match(stems);
        List<TokenFeatures> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            WordClusters.Classes classes = clusters.get(stems[i]);
            out.add(new TokenFeatures(org.marsad.arabic.ArabicText.key(tokens.get(i)), stems[i], morphology.get(i),
                    classes == null ? UNKNOWN_CLASS : classes.coarse(), classes == null ? UNKNOWN_CLASS : classes.fine(),
                    Shape.of(tokens.get(i)), listed.get(i)));
        }
        return out;
    }
}
