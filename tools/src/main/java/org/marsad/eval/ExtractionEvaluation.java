package org.marsad.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.read.BadInputException;
import org.marsad.read.TextDecoder;

/**
 * Scores an extractor on a web extraction set: per page, the word-level P/R/F1 of its title and
 * text against the gold title and main text ({@link WordOverlap}), and whether its publication
 * date is the gold one; over the set, the mean of each and the lowest precision.
 */
public final class ExtractionEvaluation {

    /** What an extractor made of a page: its title, text and publication date (any may be null). */
    public record Extracted(String title, String text, LocalDate published) {
        String words() {
            return (title == null ? "" : title) + "\n" + (text == null ? "" : text);
        }
    }

    /** An extractor under evaluation: the page's decoded HTML in, its article out. */
    @FunctionalInterface
    public interface PageExtractor {
        Extracted extract(String html);
    }

    /** One page's scores; {@code dateRight} is null when the gold has no date. */
    public record PageScore(String name, Prf words, Boolean dateRight, LocalDate date, LocalDate goldDate) {
    }

    /** The pages' scores and their summary. */
    public record Result(List<PageScore> pages) {
        public double meanPrecision() {
            return pages.stream().mapToDouble(p -> p.words().precision()).average().orElse(0);
        }

        public double meanRecall() {
            return pages.stream().mapToDouble(p -> p.words().recall()).average().orElse(0);
        }

        public double meanF1() {
            return pages.stream().mapToDouble(p -> p.words().f1()).average().orElse(0);
        }

        public double minPrecision() {
            return pages.stream().mapToDouble(p -> p.words().precision()).min().orElse(0);
        }

        public long datesStated() {
            return pages.stream().filter(p -> p.dateRight() != null).count();
        }

        public long datesRight() {
            return pages.stream().filter(p -> Boolean.TRUE.equals(p.dateRight())).count();
        }

        /** Percent of the pages stating a date whose date was found exactly. */
        public double dateAccuracy() {
            return datesStated() == 0 ? 0 : 100.0 * datesRight() / datesStated();
        }
    }

    private ExtractionEvaluation() {
    }

    public static Result score(List<ExtractionSet.GoldPage> gold, PageExtractor extractor) {
        List<PageScore> scores = new ArrayList<>();
        for (ExtractionSet.GoldPage page : gold) {
            Extracted got = extractor.extract(html(page));
            Boolean dateRight = page.published() == null ? null : page.published().equals(got.published());
            scores.add(new PageScore(page.name(), WordOverlap.score(got.words(), page.words()), dateRight,
                    got.published(), page.published()));
        }
        return new Result(List.copyOf(scores));
    }

    /** The page's text, decoded as Marsad decodes any page (its declared charset, else detection). */
    public static String html(ExtractionSet.GoldPage page) {
        try {
            return TextDecoder.decode(Files.readAllBytes(page.html()), null, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadInputException e) {
            throw new IllegalArgumentException(page.html() + ": " + e.getMessage(), e);
        }
    }
}
