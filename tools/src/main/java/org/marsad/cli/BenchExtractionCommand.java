package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.bench.ExtractionBenchmark;
import org.marsad.eval.ExtractionEvaluation;
import org.marsad.eval.ExtractionSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad bench-extraction DIR…}: the extract stage's pages/s on one thread, beside Readability4J's. */
@Command(name = "bench-extraction", mixinStandardHelpOptions = true,
        description = "Pages/s of article extraction on one thread over the pages of a web extraction set (corpus/web), "
                + "beside Readability4J (Mozilla Readability's Java port), in alternating timed rounds after warm-up rounds.")
final class BenchExtractionCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Directories of pages with NAME.gold.json files.")
    List<Path> dirs;

    @Option(names = "--min-kb", defaultValue = "0", description = "Only pages of at least this many KB (default: all).")
    int minKb;

    @Option(names = "--max-kb", defaultValue = "100000", description = "Only pages of at most this many KB (default: all).")
    int maxKb;

    @Option(names = "--warm-up", defaultValue = "3", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--repeats", defaultValue = "20", description = "Passes over the pages per round (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Override
    public Integer call() throws Exception {
        List<String> pages = new ArrayList<>();
        long bytes = 0;
        for (Path dir : dirs) {
            for (ExtractionSet.GoldPage page : EvaluateExtractionCommand.goldPages(dir)) {
                long size = Files.size(page.html());
                if (size >= minKb * 1024L && size <= maxKb * 1024L) {
                    pages.add(ExtractionEvaluation.html(page));
                    bytes += size;
                }
            }
        }
        if (pages.isEmpty()) {
            throw new UserError("no pages of " + minKb + "-" + maxKb + " KB with gold files in " + dirs);
        }
        List<ExtractionBenchmark.Round> results = new ExtractionBenchmark(pages).run(warmUp, rounds, repeats);
        System.out.printf("%-6s %20s %20s %8s %22s%n", "round", "marsad pages/cpu-s", "readability4j", "ratio", "wall pages/s (both)");
        for (int r = 0; r < results.size(); r++) {
            ExtractionBenchmark.Round round = results.get(r);
            System.out.printf("%-6d %20.0f %20.0f %8.2f %13.0f %8.0f%n", r + 1, round.marsad().cpu(), round.readability().cpu(),
                    round.marsad().cpu() / round.readability().cpu(), round.marsad().wall(), round.readability().wall());
        }
        double marsad = median(results.stream().mapToDouble(round -> round.marsad().cpu()).toArray());
        double readability = median(results.stream().mapToDouble(round -> round.readability().cpu()).toArray());
        System.out.printf("pages: %d, mean %.0f KB, one thread; median per CPU second: marsad %.0f pages/s, readability4j %.0f "
                + "pages/s (%.2fx)%n", pages.size(), bytes / 1024.0 / pages.size(), marsad, readability, marsad / readability);
        return 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
