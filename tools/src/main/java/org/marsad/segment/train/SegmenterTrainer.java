package org.marsad.segment.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.marsad.segment.CliticModel;
import org.marsad.segment.ContextualSegmenter;
import org.marsad.segment.Segmentation;
import org.marsad.segment.SegmentationLexicon;

/**
 * Builds the distilled segmenter's resources from the CRF's silver segmentations: the lexicon
 * takes each word's most frequent segmentation (in context where the word was seen in context
 * at least twice, else among other words), the {@link CliticModel} learns from the lexicon for
 * the words it lacks, and the {@link ContextualSegmenter} from the in-context occurrences.
 */
public final class SegmenterTrainer {
    private static final int ITERATIONS = 60;

    private SegmenterTrainer() {
    }

    /** Trains and writes lexicon.tsv.gz, clitics.bin.gz and contexts.bin.gz into {@code out}; returns the lexicon size. */
    public static int train(SilverSegmentations inContext, SilverSegmentations types, Path out) throws IOException {
        Map<String, Segmentation> best = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        types.counts().forEach((word, counts) -> {
            best.put(word, mostFrequent(counts));
            frequency.put(word, total(counts));
        });
        inContext.counts().forEach((word, counts) -> {
            if (total(counts) >= 2) {
                best.put(word, mostFrequent(counts));
            }
            frequency.merge(word, total(counts), Math::max);
        });
        Files.createDirectories(out);
        SegmentationLexicon.of(best).write(out.resolve("lexicon.tsv.gz"));
        CliticModel.train(best, frequency, ITERATIONS).write(out.resolve("clitics.bin.gz"));
        ContextualSegmenter.train(inContext.occurrences()).write(out.resolve("contexts.bin.gz"));
        return best.size();
    }

    private static Segmentation mostFrequent(Map<Segmentation, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<Segmentation, Integer>comparingByValue()
                .thenComparing(e -> e.getKey().toString())).orElseThrow().getKey();
    }

    private static int total(Map<Segmentation, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
