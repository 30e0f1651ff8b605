package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.Kind;
import org.marsad.document.Source;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.StandardPipeline;

/** The statistical stage in the pipeline ({@code --statistical-ner}): what it adds to the knowledge base and rules. */
class CrfEntityFinderTest {
    private static Pipeline withModel;

    @BeforeAll
    static void load() {
        withModel = StandardPipeline.create(Samples.kb(), true);
    }

    private static List<String> mentions(Pipeline pipeline, String text) {
        Document doc = new Document("t", Kind.DOCUMENT, null, Source.ofPath("t"), null, null, text);
        pipeline.annotate(doc);
        return doc.mentions().stream().map(m -> doc.text(m.span()) + "/" + m.type()).toList();
    }

    @Test
    void addsNamesNoListOrRuleFindsWithoutTheirProclitics() {
        String text = "وصرح وجاينثا دانابالا للصحفيين بأن الأمم المتحدة ستواصل جهودها.";
        assertThat(mentions(Samples.pipeline(), text)).containsExactly("الأمم المتحدة/ORGANIZATION");
        assertThat(mentions(withModel, text)).containsExactly("جاينثا دانابالا/PERSON", "الأمم المتحدة/ORGANIZATION");
    }

    @Test
    void findsPeopleWithoutATitleOrAKnownGivenName() {
        String text = "وأشاد المدرب بأداء المهاجم الكاميروني صامويل إيتو وزميله البرازيلي رونالدينيو في المباراة.";
        assertThat(mentions(Samples.pipeline(), text)).isEmpty();
        assertThat(mentions(withModel, text)).containsExactly("صامويل إيتو/PERSON", "رونالدينيو/PERSON");
    }

    @Test
    void leavesWhatTheKnowledgeBaseAndRulesFoundAsTheyFoundIt() {
        String text = "وقال وزير الخارجية البريطاني جاك سترو إن المحادثات مع طهران ستستأنف، فيما أعلنت حركة العدل والمساواة السودانية مشاركتها.";
        assertThat(mentions(withModel, text)).isEqualTo(mentions(Samples.pipeline(), text));
    }
}
