package org.marsad.ner.crf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.pipeline.StandardPipeline;
import org.marsad.segment.SegmentationLexicon;

/** The shipped CRF model, loaded from the classpath, on sentences of Arabic news. */
class CrfNerTest {
    private static final SegmentationLexicon LEXICON = SegmentationLexicon.loadDefault();
    private static CrfNer ner;
    private static TokenMorphology morphology;

    @BeforeAll
    static void load() {
        ner = CrfNer.loadDefault(LEXICON);
        morphology = StandardPipeline.morphology(Samples.kb(), LEXICON);
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
        assertThat(tag("التقى الرئيس العراقي بالرئيس الفرنسي ماكرون وبايدن في باريس"))
                .containsExactly("O", "O", "O", "O", "O", "B-PERS", "B-PERS", "O", "B-LOC");
    }

    @Test
    void findsAPersonNoListHolds() {
        NameLists lists = NameLists.read(CrfNer.class.getResourceAsStream(CrfNer.DIRECTORY + CrfNer.NAME_LISTS));
        String[] stems = {FeatureStem.of("زياد", LEXICON).stem(), FeatureStem.of("الهندواني", LEXICON).stem()};
        assertThat(lists.match(stems).get(1)).as("no list holds the family name").isEmpty();
        assertThat(Samples.kb().lookup("زياد الهندواني")).isEmpty();
        assertThat(tag("وصرح المتحدث باسم الشرطة العقيد زياد الهندواني للصحفيين أمس"))
                .containsExactly("O", "O", "O", "O", "O", "B-PERS", "I-PERS", "O", "O");
    }
}
