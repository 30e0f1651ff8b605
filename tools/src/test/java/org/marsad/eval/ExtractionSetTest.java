package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Needs;

/** The extraction targets on the web extraction set, as the README reports them, and its gold files. */
class ExtractionSetTest {
    @TempDir
    Path dir;

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
        // Their lowest precision (CNN Arabic's comment policy and dateline kept as text, 0.837) is below the 0.93 target: see the README.
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

    @Test
    void goldIsWrittenFromAReadingWithoutItsTextAndScoresAsTheTextWould() throws IOException {
        Path page = Files.writeString(dir.resolve("wire.html"), "<html><body><h1>عنوان الخبر</h1><p>نص المقال الكامل</p>"
                + "<p>اضف تعليق</p></body></html>");
        Files.writeString(dir.resolve("wire.reading.json"), """
                {"page": "wire.html", "title": "عنوان الخبر", "published": "2020-08-24", "paragraphs": ["نص المقال الكامل"]}
                """);
        assertThat(ExtractionSet.writeGold(dir)).containsExactly(dir.resolve("wire.gold.json"));
        assertThat(Files.readString(dir.resolve("wire.gold.json"))).doesNotContain("عنوان", "المقال").contains("\"sha256\"");

        List<ExtractionSet.GoldPage> gold = ExtractionSet.read(dir);
        assertThat(gold).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("wire");
            assertThat(p.published()).isEqualTo(LocalDate.of(2020, 8, 24));
            assertThat(p.problem()).isEmpty();
        });
        ExtractionEvaluation.Result result = ExtractionEvaluation.score(gold,
                html -> new ExtractionEvaluation.Extracted("عنوان الخبر", "نص المقال الكامل\nاضف تعليق", LocalDate.of(2020, 8, 24)));
        assertThat(result.pages().get(0).words()).isEqualTo(new Prf(5, 2, 0));
        assertThat(result.datesRight()).isEqualTo(1);

        Files.writeString(page, "<html><body><p>صفحة أخرى</p></body></html>");
        assertThat(gold.get(0).problem()).hasValueSatisfying(p -> assertThat(p).contains("not the page the gold was written from"));
        Files.delete(page);
        assertThat(gold.get(0).problem()).hasValueSatisfying(p -> assertThat(p).contains("missing", "PROVENANCE.md"));
    }
}
