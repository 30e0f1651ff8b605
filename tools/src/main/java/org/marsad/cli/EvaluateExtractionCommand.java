package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.eval.ExtractionEvaluation;
import org.marsad.eval.ExtractionSet;
import org.marsad.eval.PageExtractors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad evaluate extraction DIR…}: main text and publication date of real news pages. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Word-level P/R/F1 of each page's title and text against its gold main text, and the accuracy of "
                + "publication dates, on a web extraction set (corpus/web, corpus/web/dev, corpus/web/test).")
final class EvaluateExtractionCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Directories of pages with NAME.gold.json files.")
    List<Path> dirs;

    @Option(names = "--extractor", defaultValue = "marsad",
            description = "marsad (default) or readability4j (Mozilla Readability's Java port, for comparison).")
    String extractor;

    @Option(names = "--write-gold",
            description = "First write each NAME.gold.json from the NAME.reading.json beside it (see corpus/web/PROVENANCE.md).")
    boolean writeGold;

    @Override
    public Integer call() {
        PageExtractors chosen = switch (extractor) {
            case "marsad" -> PageExtractors.MARSAD;
            case "readability4j" -> PageExtractors.READABILITY4J;
            default -> throw new UserError("--extractor must be marsad or readability4j, not " + extractor);
        };
        for (Path dir : dirs) {
            if (writeGold && Files.isDirectory(dir)) {
                ExtractionSet.writeGold(dir).forEach(gold -> System.out.println("wrote " + gold));
            }
            print(dir, chosen, ExtractionEvaluation.score(goldPages(dir), chosen::extract));
        }
        return 0;
    }

    /** The scorable gold pages of {@code dir}: a user error where there are none, or a page is missing or another. */
    static List<ExtractionSet.GoldPage> goldPages(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + ": not a directory");
        }
        List<ExtractionSet.GoldPage> gold = ExtractionSet.read(dir);
        if (gold.isEmpty()) {
            throw new UserError(dir + ": no NAME.gold.json files (see corpus/web/PROVENANCE.md)");
        }
        for (ExtractionSet.GoldPage page : gold) {
            page.problem().ifPresent(problem -> {
                throw new UserError(problem);
            });
        }
        return gold;
    }

    private static void print(Path dir, PageExtractors extractor, ExtractionEvaluation.Result result) {
        System.out.printf("%s (%s, %d pages)%n", dir, extractor.label(), result.pages().size());
        System.out.printf("  %-22s %6s %6s %6s  %s%n", "page", "P", "R", "F1", "date (gold)");
        for (ExtractionEvaluation.PageScore page : result.pages()) {
            String date = page.goldDate() == null ? "-" : (Boolean.TRUE.equals(page.dateRight()) ? "ok " : "NO ")
                    + page.date() + " (" + page.goldDate() + ")";
            System.out.printf("  %-22s %6.3f %6.3f %6.3f  %s%n", page.name(), page.words().precision() / 100,
                    page.words().recall() / 100, page.words().f1() / 100, date);
        }
        System.out.printf("  %-22s %6.3f %6.3f %6.3f  min P %.3f; dates exact %d of %d (%.1f %%)%n", "mean",
                result.meanPrecision() / 100, result.meanRecall() / 100, result.meanF1() / 100, result.minPrecision() / 100,
                result.datesRight(), result.datesStated(), result.dateAccuracy());
    }
}
