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

    /**
     * Usage: {@code SegmenterTrainer IN_CONTEXT.tsv TYPES.tsv OUT_DIR} (with IN_CONTEXT.tsv.contexts
     * beside the first, as {@link SilverSegmentations} writes it). A word's segmentation is
     * its most frequent one in context where it was seen in context at least twice, else the one
     * the CRF gave it among other words (see {@link SilverSegmentations}).
     */
    public static void main(String[] args) throws Exception {
        Map<String, Map<Segmentation, Integer>> inContext = SilverSegmentations.read(Path.of(args[0]));
        Map<String, Map<Segmentation, Integer>> types = SilverSegmentations.read(Path.of(args[1]));
        Map<String, Segmentation> best = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        for (var word : types.entrySet()) {
            best.put(word.getKey(), mostFrequent(word.getValue()));
            frequency.put(word.getKey(), total(word.getValue()));
        }
        for (var word : inContext.entrySet()) {
            if (total(word.getValue()) >= 2) {
                best.put(word.getKey(), mostFrequent(word.getValue()));
            }
            frequency.merge(word.getKey(), total(word.getValue()), Math::max);
        }
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        SegmentationLexicon.of(best).write(out.resolve("lexicon.tsv.gz"));
        CliticModel.train(best, frequency, ITERATIONS).write(out.resolve("clitics.bin.gz"));
        ContextualSegmenter.train(Path.of(args[0] + ".contexts")).write(out.resolve("contexts.bin.gz"));
        System.err.printf("lexicon: %d words; model trained on the same (%d iterations)%n", best.size(), ITERATIONS);
    }

    private static Segmentation mostFrequent(Map<Segmentation, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static int total(Map<Segmentation, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
