package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.Mention;

/** People and organisations the knowledge base does not list, found by {@link PersonFinder} and {@link OrganizationFinder}. */
class UnlistedActorsTest {

    private static Document annotate(String text) {
        Document doc = Samples.pipeline().annotate(Document.builder(text).id("t").build());
        return doc;
    }

    private static List<String> mentions(Document doc) {
        return doc.mentions().stream().map(m -> doc.text(m.span()) + "/" + m.type()).toList();
    }

    @Test
    void aPersonAfterATitleAndLaterByFamilyNameAloneIsOneActor() {
        Document doc = annotate("وقال محافظ البصرة سالم فرج العبيدي إن المياه ستصل قريبا. وأكد العبيدي أن الحكومة تتابع الملف.");
        assertThat(mentions(doc)).contains("سالم فرج العبيدي/PERSON", "العبيدي/PERSON");
        List<Mention> people = doc.mentions().stream().filter(m -> doc.text(m.span()).contains("العبيدي")).toList();
        assertThat(people).extracting(m -> m.entity().id()).containsOnly(people.get(0).entity().id());
        assertThat(people.get(0).entity().kb()).isFalse();
        assertThat(people.get(0).role()).isEqualTo("محافظ البصرة");
    }

    @Test
    void theSpokesmanForAnOrganisationIsNotAPersonNamedBasim() {
        Document doc = annotate("وقال المتحدث باسم الحكومة العراقية إن الحوار مستمر.");
        assertThat(mentions(doc)).doesNotContain("باسم/PERSON");
    }

    @Test
    void anEmojiAfterATitleIsNoName() {
        // CoreNLP's tagger calls the emoji a proper noun; after a title it made a "person".
        Document doc = annotate("قال الرئيس 😀 إن الحكومة العراقية وقعت اتفاقا. وأكد المحافظ سالم العبيدي 👍🏽 أن المياه ستصل.");
        assertThat(mentions(doc)).noneMatch(m -> m.contains("😀") || m.contains("👍"));
        assertThat(mentions(doc)).contains("سالم العبيدي/PERSON");
    }

    @Test
    void aNameEndsBeforeABracket() {
        // The tagger calls the bracket a proper noun too; the names once ran on into it ("حسين حبري (",
        // "ديفيد فيرير ("): sentences of SaudiNewsNet's benchmark articles.
        Document doc = annotate("وغالبا ما تشهد الأحاديث مطالبة بإحقاق العدالة حيال التجاوزات الرهيبة إبان حكم حسين حبري (1982 - 1990). "
                + "وجاء بعده الإسباني ديفيد فيرير (4325 نقطة) والكرواتي مارين سيليتش (3540 نقطة) والإسباني رافائيل نادال (3000 نقطة).");
        assertThat(mentions(doc)).contains("حسين حبري/PERSON", "ديفيد فيرير/PERSON", "رافائيل نادال/PERSON")
                .noneMatch(m -> m.contains("(") || m.contains(")"));
    }

    @Test
    void organisationsAreNamedByAHeadNounAndItsConstruct() {
        Document doc = annotate("وأعلنت وزارة الموارد المائية أن مجلس محافظة البصرة سيجتمع، فيما اتهمت الحكومة بالتقصير.");
        assertThat(mentions(doc)).contains("وزارة الموارد المائية/ORGANIZATION", "مجلس محافظة البصرة/ORGANIZATION");
        assertThat(mentions(doc)).noneMatch(m -> m.startsWith("الحكومة"));
    }
}
