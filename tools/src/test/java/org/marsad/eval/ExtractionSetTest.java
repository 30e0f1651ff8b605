package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marsad.Needs;

/** The extraction targets on the web extraction set, as the README reports them. */
class ExtractionSetTest {
    private static final Path DEV = Path.of("..", "corpus", "web", "dev");
    private static final Path TEST = Path.of("..", "corpus", "web", "test");

    private static ExtractionEvaluation.Result score(Path dir) {
        Needs.webPages(dir);
        return ExtractionEvaluation.score(ExtractionSet.read(dir), PageExtractors.MARSAD::extract);
    }

    @Test
    void theDevelopmentSetMeetsEveryTarget() {
        ExtractionEvaluation.Result dev = score(DEV);
        assertThat(dev.pages()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(dev.meanF1()).isGreaterThanOrEqualTo(95.0);
        assertThat(dev.minPrecision()).isGreaterThanOrEqualTo(93.0);
        assertThat(dev.dateAccuracy()).isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void theHeldOutPagesMeetTheMeanAndDateTargets() {
        // Their lowest precision (CNN Arabic's comment policy kept as text, 0.845) is below the 0.93 target: see the README.
        ExtractionEvaluation.Result test = score(TEST);
        assertThat(test.meanF1()).isGreaterThanOrEqualTo(95.0);
        assertThat(test.dateAccuracy()).isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void readability4jIsScoredOnTheSameSet() {
        ExtractionEvaluation.Result marsad = score(DEV);
        ExtractionEvaluation.Result baseline = ExtractionEvaluation.score(ExtractionSet.read(DEV), PageExtractors.READABILITY4J::extract);
        assertThat(baseline.meanF1()).isLessThan(marsad.meanF1());
        assertThat(baseline.datesRight()).isZero();
    }
}
