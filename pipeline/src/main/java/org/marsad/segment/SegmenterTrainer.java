package org.marsad.segment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the distilled segmenter's resources from the CRF's silver segmentations
 * ({@link SilverSegmentations}): the lexicon takes each word's most frequent segmentation, and
 * the {@link CliticModel} learns from all of them for the words the lexicon lacks.
 */
public final class SegmenterTrainer {
    private static final int ITERATIONS = 60;

    private SegmenterTrainer() {
    }

    /** Usage: {@code SegmenterTrainer SILVER.tsv OUT_DIR}. */
    public static void main(String[] args) throws Exception {
        Map<String, Map<Segmentation, Integer>> silver = SilverSegmentations.read(Path.of(args[0]));
        Map<String, Segmentation> best = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        for (var word : silver.entrySet()) {
            best.put(word.getKey(), word.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
            frequency.put(word.getKey(), word.getValue().values().stream().mapToInt(Integer::intValue).sum());
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        new SegmentationLexicon(best).write(out.resolve("lexicon.tsv.gz"));
        CliticModel.train(best, frequency, ITERATIONS).write(out.resolve("clitics.bin.gz"));
        System.err.printf("lexicon: %d words; model trained on the same (%d iterations)%n", best.size(), ITERATIONS);
    }
}
