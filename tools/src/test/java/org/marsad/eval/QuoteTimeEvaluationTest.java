package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.document.Span;

/** The targets on the held-out split of corpus/gold/quotes-*.jsonl, as the README reports them. */
class QuoteTimeEvaluationTest {
    private static final Path TEST = Path.of("..", "corpus", "gold", "quotes-test.jsonl");

    @Test
    void spansMatchWhenEachCoversEightyPercentOfTheOther() {
        assertThat(GoldParagraphs.matches(new Span(0, 10), new Span(0, 8))).isTrue();
        assertThat(GoldParagraphs.matches(new Span(0, 10), new Span(0, 7))).isFalse();
        assertThat(GoldParagraphs.matches(new Span(0, 10), new Span(10, 20))).isFalse();
    }

    @Test
    void quotationsOnTheTestSplitReachTheTargets() throws Exception {
        QuoteEvaluation.Result result = QuoteEvaluation.score(TEST, Marsad.standard().pipeline());
        assertThat(result.spans().f1()).isGreaterThanOrEqualTo(85.0);
        assertThat(result.speakerAccuracy()).isGreaterThanOrEqualTo(90.0);
        assertThat(result.direct().precision()).isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void timeExpressionsOnTheTestSplitReachTheTargets() throws Exception {
        TimeEvaluation.Result result = TimeEvaluation.score(TEST, Marsad.standard().pipeline());
        assertThat(result.exact().f1()).isGreaterThanOrEqualTo(90.0);
        assertThat(result.valueAccuracy()).isGreaterThanOrEqualTo(95.0);
    }
}
