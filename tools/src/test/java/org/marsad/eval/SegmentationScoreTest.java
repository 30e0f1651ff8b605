package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.document.Span;
import org.marsad.format.GoldSentence;

class SegmentationScoreTest {

    @Test
    void scoresAreComputedAsDefinedOnAHandCheckedSentence() {
        // Gold: و|أعلن البيت الأبيض ل|الكاظمي .  — two split points (after و, after ل).
        String text = "وأعلن البيت الأبيض للكاظمي .";
        GoldSentence gold = new GoldSentence(text, List.of(
                new GoldSentence.Word(new Span(0, 1), "CCONJ", null), new GoldSentence.Word(new Span(1, 5), "VERB", null),
                new GoldSentence.Word(new Span(6, 11), "NOUN", null), new GoldSentence.Word(new Span(12, 18), "ADJ", null),
                new GoldSentence.Word(new Span(19, 20), "ADP", null), new GoldSentence.Word(new Span(20, 26), "PROPN", null),
                new GoldSentence.Word(new Span(27, 28), "PUNCT", null)));
        SegmentationScore score = SegmentationScore.of(List.of(gold), Samples.analysis());
        assertThat(score.tokens()).isEqualTo(4);
        assertThat(score.tokensRight()).isEqualTo(4);
        assertThat(score.splitsGold()).isEqualTo(2);
        assertThat(score.splitF1()).isEqualTo(100.0);
        assertThat(score.taggedWords()).isEqualTo(7);
        assertThat(score.uposAccuracy()).isGreaterThanOrEqualTo(100.0 * 6 / 7);
    }
}
