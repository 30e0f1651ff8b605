package org.marsad.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.Segment;
import org.marsad.document.Token;

/** The default, distilled segmenter on real sentences. */
class LexiconSegmenterTest {

    private static Document segment(String text) {
        return Samples.analysis().annotate(Samples.arabic(text));
    }

    private static List<String> forms(Document doc, String token) {
        return doc.tokens().stream().filter(t -> doc.text(t.span()).equals(token)).findFirst().orElseThrow()
                .segments().stream().map(Segment::form).toList();
    }

    @Test
    void frequentWordsSplitAsTheCrfSplitsThem() {
        Document doc = segment("وأعلن المتحدث بأن الوكالة الدولية للطاقة ستقدم دعما كبيرا لمشاريعها في العراق.");
        assertThat(forms(doc, "وأعلن")).containsExactly("و", "أعلن");
        assertThat(forms(doc, "بأن")).containsExactly("ب", "أن");
        assertThat(forms(doc, "للطاقة")).containsExactly("ل", "الطاقة");
        assertThat(forms(doc, "لمشاريعها")).containsExactly("ل", "مشاريع", "ها");
        assertThat(forms(doc, "كبيرا")).containsExactly("كبيرا");
        assertThat(forms(doc, "ستقدم")).containsExactly("س", "تقدم");
    }

    @Test
    void namesStayWholeAndUnknownWordsAreStillSplit() {
        Document doc = segment("التقى بايدن وبلينكن بمسؤولي شركة بتروجيتكس وحلفائهم الجدد.");
        assertThat(forms(doc, "بايدن")).containsExactly("بايدن");
        assertThat(forms(doc, "وبلينكن")).containsExactly("و", "بلينكن");
        assertThat(forms(doc, "وحلفائهم")).containsExactly("و", "حلفائ", "هم");
    }

    @Test
    void diacritisedWordsAreSegmentedWithTheirMarks() {
        Document doc = segment("وَقَالَ الرَّئِيسُ إِنَّهُمْ سَيَعُودُونَ");
        assertThat(doc.tokens().get(0).segments()).extracting(s -> doc.text(s.span())).containsExactly("وَ", "قَالَ");
        for (Token token : doc.tokens()) {
            assertThat(token.segments().get(0).span().start()).isEqualTo(token.span().start());
            assertThat(token.segments().get(token.segments().size() - 1).span().end()).isEqualTo(token.span().end());
        }
    }
}
