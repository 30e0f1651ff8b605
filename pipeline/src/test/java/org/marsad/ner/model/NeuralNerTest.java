package org.marsad.ner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Models;
import org.marsad.Samples;
import org.marsad.Stages;
import org.marsad.document.Document;
import org.marsad.ner.features.FeatureStem;
import org.marsad.ner.features.NameLists;
import org.marsad.ner.features.TokenMorphology;
import org.marsad.segment.SegmentationLexicon;

/** The shipped network, loaded from the classpath offline, on sentences of Arabic news. */
class NeuralNerTest {
    private static final SegmentationLexicon LEXICON = Models.shared().segmentationLexicon();
    private static NeuralNer ner;
    private static TokenMorphology morphology;

    @BeforeAll
    static void load() {
        ner = Models.shared().nerModel();
        morphology = Stages.morphology(Models.shared());
    }

    private static List<String> tag(String sentence) {
        List<String> tokens = List.of(sentence.split(" "));
        List<String> tags = ner.tag(List.of(tokens), List.of(morphology.of(tokens))).get(0);
        assertThat(tags).hasSameSizeAs(tokens);
        return tags;
    }

    @Test
    void tagsPeoplePlacesAndOrganisations() {
        assertThat(tag("وقال وزير الخارجية الأمريكي كولن باول في واشنطن إن الأمم المتحدة ستعقد اجتماعا طارئا"))
                .containsExactly("O", "O", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O", "O");
    }

    @Test
    void findsANameWithAnAttachedConjunction() {
        assertThat(tag("والتقى ماكرون في باريس أمس ، وبايدن في واشنطن"))
                .containsExactly("O", "B-PERS", "O", "B-LOC", "O", "O", "B-PERS", "O", "B-LOC");
    }

    @Test
    void findsAPersonNoListHolds() {
        NameLists lists = NameLists.read(NeuralNer.class.getResourceAsStream(NeuralNer.DIRECTORY + NeuralNer.NAME_LISTS));
        String[] stems = {FeatureStem.of("زياد", LEXICON).stem(), FeatureStem.of("الهندواني", LEXICON).stem()};
        assertThat(lists.match(stems).get(1)).as("no list holds the family name").isEmpty();
        assertThat(Samples.kb().lookup("زياد الهندواني")).isEmpty();
        assertThat(tag("وصرح المتحدث باسم الشرطة العقيد زياد الهندواني للصحفيين أمس"))
                .containsExactly("O", "O", "O", "O", "O", "B-PERS", "I-PERS", "O", "O");
    }

    @Test
    void aDocumentIsTaggedAsItsSentencesAreAloneWhateverTheBatch() {
        List<List<String>> sentences = List.of(
                List.of("وصل", "الرئيس", "إلى", "عمان"),
                List.of(),
                List.of("وقال", "رئيس", "بلدية", "نابلس", "سميح", "طبيلة", "إن", "المجلس", "البلدي", "سيجتمع", "غدا"),
                List.of("وأكد", "طبيلة", "ذلك"));
        List<List<String>> together = ner.tag(sentences, morphology.ofSentences(sentences));
        assertThat(together.get(1)).isEmpty();
        for (int s : new int[] {0, 2}) {
            List<List<String>> alone = List.of(sentences.get(s));
            assertThat(together.get(s)).isEqualTo(ner.tag(alone, morphology.ofSentences(alone)).get(0));
        }
    }

    @Test
    void sentencesInParallelBatchesAreTaggedAsEachAloneFromAColdOrAWarmCache() {
        Document page = Samples.analysis().annotate(Samples.arabic(Samples.read(Samples.IRAQ_PAGE)));
        List<List<String>> sentences = page.sentences().stream()
                .map(sentence -> page.tokensIn(sentence.span()).stream().map(token -> page.text(token.span())).toList()).toList();
        assertThat(sentences).as("sentences of many lengths, more than one batch of 32").hasSizeGreaterThan(32);
        try (NeuralNer fresh = NeuralNer.loadDefault(LEXICON)) {
            List<List<String>> together = fresh.networkTags(sentences, morphology.ofSentences(sentences));
            List<List<String>> alone = sentences.stream().map(s -> fresh.networkTags(List.of(s), List.of(morphology.of(s))).get(0)).toList();
            assertThat(together).isEqualTo(alone);
            assertThat(together.stream().flatMap(List::stream)).contains("B-PERS", "B-ORG", "B-LOC");
        }
    }
}
