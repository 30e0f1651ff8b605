package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.Kind;
import org.marsad.document.Mention;
import org.marsad.pipeline.PageResult;
import org.marsad.read.Page;

/** The front door, used as an embedding user would: three lines from text to linked actors. */
class MarsadTest {

    @Test
    void threeLinesFromTextToLinkedActors() {
        Marsad nlp = Marsad.standard();
        Document doc = nlp.annotate("التقى رئيس الوزراء مصطفى الكاظمي وبايدن في البيت الأبيض، وقال للكاظمي إن قوات الحشد ليست طرفا.");
        assertThat(doc.mentions()).extracting(Mention::entity).extracting(e -> e.id())
                .contains("per:mustafa-al-kadhimi", "per:joe-biden");
        assertThat(doc.lang()).isEqualTo("ar");
        assertThat(doc.stages()).containsExactly("langid", "tokenize", "ssplit", "segment", "pos", "ner-gazetteer",
                "ner-persons", "ner-organizations", "ner-model", "role", "link", "time", "quote");
        assertThat(doc.mentions()).filteredOn(m -> doc.text(m.span()).equals("كاظمي") || doc.text(m.span()).equals("لكاظمي"))
                .allSatisfy(m -> assertThat(m.entity().id()).isEqualTo("per:mustafa-al-kadhimi"));
    }

    @Test
    void theReadmesQuotationAndTimeExample() {
        Document news = Marsad.standard().annotate(Document.builder("وقال الكاظمي أمس إن الانتخابات ستجرى في موعدها.")
                .published(java.time.LocalDate.of(2021, 7, 28)).build());
        assertThat(news.quotes()).extracting(q -> q.speakerId() + ": " + news.text(q.content()))
                .containsExactly("per:mustafa-al-kadhimi: الانتخابات ستجرى في موعدها");
        assertThat(news.times()).extracting(t -> news.text(t.span()) + " = " + t.value()).containsExactly("أمس = 2021-07-27");
    }

    @Test
    void aPageBecomesItsArticleAndHeadlineDocuments() {
        PageResult result = Marsad.standard().annotate(Page.html(Samples.read(Samples.HTML_PAGE)));
        assertThat(result.failures()).isEmpty();
        Document article = result.documents().get(0);
        assertThat(article.kind()).isEqualTo(Kind.ARTICLE);
        assertThat(article.title()).isNotBlank();
        assertThat(article.blocks()).isNotEmpty();
        assertThat(article.mentions()).isNotEmpty();
        assertThat(Marsad.standard().annotate(Page.text(Samples.read(Samples.IRAQ_PAGE))).documents())
                .extracting(Document::kind).contains(Kind.ARTICLE, Kind.HEADLINE);
    }

    @Test
    void stagesByNameShareTheLoadedModels() {
        Marsad rules = Marsad.builder().stages("tokenize,ssplit,segment,pos,ner,link").build();
        assertThat(rules.pipeline()).hasToString("extract → langid → tokenize → ssplit → segment → pos → ner-gazetteer → "
                + "ner-persons → ner-organizations → link");
        Document doc = rules.annotate("وصرح وجاينثا دانابالا للصحفيين بأن الأمم المتحدة ستواصل جهودها.");
        assertThat(doc.mentions()).extracting(m -> doc.text(m.span())).containsExactly("الأمم المتحدة");
        // The shared pool loads each model once: both front doors hold the same knowledge base.
        assertThat(Models.shared().knowledgeBase()).isSameAs(Models.shared().knowledgeBase());
        assertThat(Marsad.builder().models(Models.shared()).build().annotate(doc.text()).mentions())
                .extracting(m -> doc.text(m.span())).contains("جاينثا دانابالا");
    }

    @Test
    void unknownOrMisplacedStagesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Marsad.builder().stages("tokenize,ssplit,nre").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown stage 'nre'; the stages are extract, langid, tokenize");
        assertThatThrownBy(() -> Marsad.builder().stages(List.of("tokenize", "extract")).build())
                .hasMessageContaining("'extract' opens a pipeline over pages");
        assertThatThrownBy(() -> Marsad.builder().stages("tokenize,ner,ssplit").build())
                .hasMessageContaining("stage 'ner-gazetteer' requires [SENTENCES]");
    }
}
