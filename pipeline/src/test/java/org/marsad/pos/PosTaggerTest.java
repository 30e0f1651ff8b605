package org.marsad.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Models;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.Segment;

class PosTaggerTest {

    @Test
    void segmentsOfARealSentenceGetAtbTags() {
        Document doc = Samples.pipeline().annotate(Document.of(
                "وأعلن البيت الأبيض السبت أن الرئيس جو بايدن سيستضيف رئيس الوزراء العراقي مصطفى الكاظمي في 26 يوليو."));
        List<String> tagged = doc.tokens().stream().flatMap(t -> t.segments().stream())
                .map(s -> s.form() + "/" + s.pos()).toList();
        assertThat(tagged).contains("و/CC", "أعلن/VBD", "البيت/DTNN", "الأبيض/DTJJ", "أن/IN", "بايدن/NNP",
                "س/RP", "يستضيف/VBP", "26/CD", "./PUNC");
        assertThat(doc.tokens().stream().flatMap(t -> t.segments().stream()).map(Segment::pos)).doesNotContainNull();
    }

    @Test
    void theTaggerSeesTheSegmentersOrthography() {
        assertThat(TaggerOrthography.of("أعلن")).isEqualTo("اعلن");
        assertThat(TaggerOrthography.of("إنَّ")).isEqualTo("ان");
        assertThat(TaggerOrthography.of("٢٠٢١")).isEqualTo("2021");
        assertThat(TaggerOrthography.of("،")).isEqualTo(",");
    }

    @Test
    void aDocumentsSentencesTaggedInParallelAreTaggedAsEachAlone() {
        Document page = Samples.analysis().annotate(Samples.arabic(Samples.read(Samples.IRAQ_PAGE)));
        assertThat(page.sentences()).hasSizeGreaterThan(10);
        PosTagger tagger = Models.shared().posTagger();
        List<String> alone = page.sentences().stream()
                .flatMap(sentence -> tagger.tags(page.tokensIn(sentence.span()).stream().flatMap(t -> t.segments().stream()).map(Segment::form).toList()).stream())
                .toList();
        assertThat(page.tokens().stream().flatMap(t -> t.segments().stream()).map(Segment::pos).toList()).isEqualTo(alone).contains("NNP", "VBD");
    }
}
