package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.pipeline.Pipeline;

/** The learned model in the default pipeline: what it adds to the knowledge base and rules, and what rules keep it from. */
class LearnedEntityFinderTest {
    private static Pipeline rulesOnly;

    @BeforeAll
    static void load() {
        rulesOnly = Marsad.builder().stages("tokenize,ssplit,segment,pos,ner,role,link").build().pipeline();
    }

    private static List<String> mentions(Pipeline pipeline, String text) {
        Document doc = pipeline.annotate(Document.builder(text).id("t").build());
        return doc.mentions().stream().map(m -> doc.text(m.span()) + "/" + m.type()).toList();
    }

    @Test
    void addsNamesNoListOrRuleFindsWithoutTheirProclitics() {
        String text = "وصرح وجاينثا دانابالا للصحفيين بأن الأمم المتحدة ستواصل جهودها.";
        assertThat(mentions(rulesOnly, text)).containsExactly("الأمم المتحدة/ORGANIZATION");
        assertThat(mentions(Samples.pipeline(), text)).containsExactly("جاينثا دانابالا/PERSON", "الأمم المتحدة/ORGANIZATION");
    }

    @Test
    void findsPeopleWithoutATitleOrAKnownGivenName() {
        String text = "وأشاد المدرب بأداء المهاجم الكاميروني صامويل إيتو وزميله البرازيلي رونالدينيو في المباراة.";
        assertThat(mentions(rulesOnly, text)).isEmpty();
        assertThat(mentions(Samples.pipeline(), text)).containsExactly("صامويل إيتو/PERSON", "رونالدينيو/PERSON");
    }

    @Test
    void leavesWhatTheKnowledgeBaseAndRulesFoundAsTheyFoundIt() {
        String text = "وقال وزير الخارجية البريطاني جاك سترو إن المحادثات مع طهران ستستأنف، فيما أعلنت حركة العدل والمساواة السودانية مشاركتها.";
        assertThat(mentions(Samples.pipeline(), text)).containsAll(mentions(rulesOnly, text));
    }

    @Test
    void localNewsAnUnlistedTownANewspaperAndAMonth() {
        String text = "وفي الخامس من آب قال إبراهيم سعيد لجريدة فلسطين إن الانتخابات ستجري في بلدة بيت نبالا وفي بيرزيت.";
        assertThat(mentions(Samples.pipeline(), text))
                .contains("إبراهيم سعيد/PERSON", "جريدة فلسطين/ORGANIZATION", "بيت نبالا/LOCATION", "بيرزيت/LOCATION")
                .noneMatch(m -> m.startsWith("آب"));
    }

    @Test
    void monthsOfEveryCalendarAreNeverNames() {
        for (String month : List.of("آب", "تموز", "أيار", "نيسان", "شباط", "أغسطس", "أوت", "جانفي")) {
            String text = "وعقد المجلس جلسته في العاشر من " + month + " الماضي بحضور الأعضاء.";
            assertThat(mentions(Samples.pipeline(), text)).as(month).noneMatch(m -> m.contains(month));
        }
    }
}
