package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Mention;
import org.marsad.sentence.SentenceSplitter;
import org.marsad.tokenize.Tokenizer;

class GazetteerNerTest {

    private static Document tag(String text) {
        Document doc = Document.builder(text).id("t").build();
        doc = new Tokenizer().annotate(doc);
        doc = new SentenceSplitter().annotate(doc);
        doc = new GazetteerNer(Samples.kb()).annotate(doc);
        return doc;
    }

    private static List<String> mentions(Document doc) {
        return doc.mentions().stream().map(m -> doc.text(m.span()) + "/" + m.type()).toList();
    }

    @Test
    void mentionSpansLeaveAttachedProcliticsOut() {
        Document doc = tag("التقى الكاظمي وبايدن في واشنطن، وقال بلينكن للكاظمي إن قوات الحشد ليست طرفا.");
        assertThat(mentions(doc)).containsExactly("الكاظمي/PERSON", "بايدن/PERSON", "واشنطن/LOCATION",
                "بلينكن/PERSON", "لكاظمي/PERSON", "قوات الحشد/ORGANIZATION");
    }

    @Test
    void theLongestNameWins() {
        Document doc = tag("استقبل رئيس الوزراء مصطفى الكاظمي وفد هيئة الحشد الشعبي في بغداد.");
        assertThat(mentions(doc)).containsExactly("مصطفى الكاظمي/PERSON", "هيئة الحشد الشعبي/ORGANIZATION", "بغداد/LOCATION");
    }

    @Test
    void namesDoNotRunAcrossSentences() {
        Document doc = tag("وصل الوفد إلى مصطفى.\nالكاظمي هنا");
        assertThat(doc.mentions()).extracting(Mention::type).containsExactly(EntityType.PERSON);
    }

    @Test
    void aKnownSurnameAfterAnotherGivenNameIsAnotherPerson() {
        Document doc = tag("التقى رشاد العليمي عضو المجلس عبدالله العليمي ثم تحدث العليمي.");
        assertThat(mentions(doc)).containsExactly("رشاد العليمي/PERSON", "عبدالله العليمي/PERSON", "العليمي/PERSON");
    }

    @Test
    void nationalityAdjectivesAreNotPlaces() {
        assertThat(mentions(tag("قال المسؤول العراقي إن الجانب الأمريكي وافق."))).isEmpty();
    }
}
