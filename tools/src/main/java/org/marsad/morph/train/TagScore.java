package org.marsad.morph.train;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.postag.POSSample;
import org.marsad.document.Morphology;
import org.marsad.morph.MorphContext;
import org.marsad.morph.MorphTag;
import org.marsad.morph.MorphTagger;

/**
 * Accuracy of a tagger on gold words (the treebank's own segmentation): UPOS, UFeats (the
 * universal features only, as the CoNLL 2018 scorer compares them) and both together.
 */
public record TagScore(int words, int upos, int ufeats, int both) {
    /** The features the CoNLL 2018 shared-task scorer compares (its UNIVERSAL_FEATURES). */
    private static final Set<String> UNIVERSAL = Set.of("PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr",
            "Gender", "Animacy", "Number", "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice",
            "Evident", "Polarity", "Person", "Polite");

    static TagScore of(List<POSSample> gold, MorphTagger tagger) {
        int words = 0;
        int upos = 0;
        int ufeats = 0;
        int both = 0;
        for (POSSample sample : gold) {
            List<String> atb = Arrays.stream(sample.getAdditionalContext()).map(MorphContext::atb).toList();
            List<Morphology> tags = tagger.tag(List.of(sample.getSentence()), atb);
            for (int i = 0; i < tags.size(); i++) {
                Morphology want = MorphTag.decode(sample.getTags()[i]);
                Morphology got = tags.get(i);
                boolean u = want.upos().equals(got.upos());
                boolean f = universal(want.feats()).equals(universal(got.feats()));
                words++;
                upos += u ? 1 : 0;
                ufeats += f ? 1 : 0;
                both += u && f ? 1 : 0;
            }
        }
        return new TagScore(words, upos, ufeats, both);
    }

    static Set<String> universal(String feats) {
        Set<String> out = new TreeSet<>();
        Arrays.stream(feats.split("\\|")).filter(f -> UNIVERSAL.contains(f.split("=", 2)[0])).forEach(out::add);
        return out;
    }

    @Override
    public String toString() {
        return String.format("%d held-out words: UPOS %.2f, UFeats %.2f, both %.2f", words, 100.0 * upos / words,
                100.0 * ufeats / words, 100.0 * both / words);
    }
}
