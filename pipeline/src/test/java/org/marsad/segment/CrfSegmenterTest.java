package org.marsad.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.Segment;
import org.marsad.document.Token;
import org.marsad.sentence.SentenceSplitter;
import org.marsad.tokenize.Tokenizer;

class CrfSegmenterTest {
    private static CrfSegmenter segmenter;

    @BeforeAll
    static void load() {
        segmenter = new CrfSegmenter(NameGuard.ofWords(Samples.kb().nameWords()));
    }

    private static Document segment(String text) {
        Document doc = Document.builder(text).id("t").build();
        doc = new Tokenizer().annotate(doc);
        doc = new SentenceSplitter().annotate(doc);
        doc = segmenter.annotate(doc);
        return doc;
    }

    private static List<String> forms(Document doc, String token) {
        return doc.tokens().stream().filter(t -> doc.text(t.span()).equals(token)).findFirst().orElseThrow()
                .segments().stream().map(Segment::form).toList();
    }

    @Test
    void conjunctionsPrepositionsAndPronounsAreSplit() {
        Document doc = segment("وأعلن البيت الأبيض أن الرئيس سيستضيف رئيس الوزراء لبحث أوراقها");
        assertThat(forms(doc, "وأعلن")).containsExactly("و", "أعلن");
        assertThat(forms(doc, "لبحث")).containsExactly("ل", "بحث");
        assertThat(forms(doc, "أوراقها")).containsExactly("أوراق", "ها");
        assertThat(forms(doc, "البيت")).containsExactly("البيت");
    }

    @Test
    void knownNamesAreNotBrokenApart() {
        Document doc = segment("التقى بايدن الكاظمي وقال وبايدن للكاظمي إن الحوار مستمر");
        assertThat(forms(doc, "بايدن")).containsExactly("بايدن");
        assertThat(forms(doc, "وبايدن")).containsExactly("و", "بايدن");
        assertThat(forms(doc, "للكاظمي")).containsExactly("ل", "الكاظمي");
    }

    @Test
    void segmentsTileTheirTokenExactly() {
        Document doc = segment(Samples.read(Samples.IRAQ_PAGE).lines().skip(16).limit(6).reduce("", (a, b) -> a + b + "\n"));
        assertThat(doc.tokens()).isNotEmpty();
        for (Token token : doc.tokens()) {
            List<Segment> segments = token.segments();
            assertThat(segments).isNotEmpty();
            assertThat(segments.get(0).span().start()).isEqualTo(token.span().start());
            assertThat(segments.get(segments.size() - 1).span().end()).isEqualTo(token.span().end());
            for (int i = 1; i < segments.size(); i++) {
                assertThat(segments.get(i).span().start()).isEqualTo(segments.get(i - 1).span().end());
            }
        }
    }

    @Test
    void diacritisedTextKeepsItsOffsets() {
        Document doc = segment("وَقَالَ الرَّئِيسُ 👀 كلمته");
        Token first = doc.tokens().get(0);
        assertThat(first.segments()).extracting(s -> doc.text(s.span())).containsExactly("وَ", "قَالَ");
        assertThat(forms(doc, "👀")).containsExactly("👀");
    }
}
