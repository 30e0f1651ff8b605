package org.marsad.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.Stages;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Morphology;
import org.marsad.document.Segment;

class MorphTaggerTest {
    private static final Marsad TAGGER = Marsad.builder().stages("tokenize,ssplit,segment,pos,morph").build();

    /** Each syntactic word as FORM UPOS FEATS. */
    private static List<String> tag(String text) {
        Document doc = TAGGER.annotate(Document.builder(text).lang("ar").build());
        assertThat(doc.has(Layer.MORPHOLOGY)).isTrue();
        List<String> out = new ArrayList<>();
        int w = 0;
        for (var token : doc.tokens()) {
            for (Segment segment : token.segments()) {
                Morphology m = doc.morphology().get(w++);
                out.add(segment.form() + " " + m.upos() + " " + m.feats());
            }
        }
        assertThat(w).isEqualTo(doc.morphology().size());
        return out;
    }

    @Test
    void aVerbalSentenceHasItsVerbsNounsAndAdjectivesFeatures() {
        // "The Iraqi government signed an agreement with the company."
        List<String> words = tag("وقعت الحكومة العراقية اتفاقا مع الشركة.");
        assertThat(words).extracting(w -> w.split(" ")[1]).containsExactly("VERB", "NOUN", "ADJ", "NOUN", "ADP", "NOUN", "PUNCT");
        assertThat(words.get(0)).contains("Aspect=Perf", "Gender=Fem", "Number=Sing", "Person=3", "Tense=Past");
        // The subject is nominative and definite; the adjective agrees with it.
        assertThat(words.get(1)).contains("Case=Nom", "Definite=Def", "Gender=Fem");
        assertThat(words.get(2)).contains("Case=Nom", "Definite=Def", "Gender=Fem", "Number=Sing");
        // The object is accusative and indefinite (the tanwin alef), the noun after مع genitive.
        assertThat(words.get(3)).contains("Case=Acc", "Definite=Ind");
        assertThat(words.get(5)).contains("Case=Gen", "Definite=Def");
    }

    @Test
    void cliticsAreTaggedApart() {
        // "and he said to them": the conjunction, the verb, the preposition and its pronoun.
        List<String> words = tag("وقال لهم");
        assertThat(words).extracting(w -> w.split(" ")[1]).containsExactly("CCONJ", "VERB", "ADP", "PRON");
        assertThat(words.get(3)).contains("Number=Plur", "Person=3");
    }

    @Test
    void theTaggerIsOffByDefault() {
        assertThat(Stages.DEFAULT).doesNotContain("morph");
        assertThat(Marsad.standard().annotate("وقعت الحكومة العراقية اتفاقا مع الشركة.").has(Layer.MORPHOLOGY)).isFalse();
    }
}
