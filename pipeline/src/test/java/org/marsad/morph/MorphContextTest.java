package org.marsad.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Models;

class MorphContextTest {
    private static final MorphContext CONTEXT = new MorphContext();

    @Test
    void aWordAndItsNeighboursBringTheirWordClasses() {
        // "The government of Obama": الحكومة is looked up without its article (حكومة, class 56.119),
        // أوباما falls with the other foreign leaders' names (coarse class 59).
        String[] words = MorphTagger.words(List.of("الحكومة", "أوباما", "ززززز"));
        Object[] atb = MorphContext.additional(words, List.of("DTNN", "NNP", "NN"), Models.shared().wordClasses());
        assertThat(CONTEXT.getContext(0, words, new String[3], atb)).contains("c=56.119", "ca=56.119 DTNN", "cc=56", "c-1=<s>", "c+1=59");
        // A word no class holds says so, and so does its neighbour's feature.
        assertThat(CONTEXT.getContext(2, words, new String[3], atb)).contains("c=?", "cc=?", "c-1=59", "c+1=</s>");
    }
}
