package org.marsad.bench;

import java.util.ArrayList;
import java.util.List;
import org.marsad.eval.NerSentence;
import org.marsad.ner.crf.CrfNer;
import org.marsad.ner.crf.TokenMorphology;

/**
 * Tokens per second of the CRF NER stage on one thread, beside the segmentation and POS stages
 * that feed it, timed in alternating rounds over the same sentences so that a busy machine slows
 * both alike. The NER rounds reuse the morphology computed once, as the pipeline does.
 */
public final class NerBenchmark {

    /** One round's speeds, in tokens per second. */
    public record Round(double nerTokensPerSecond, double morphologyTokensPerSecond) {
    }

    private final CrfNer ner;
    private final TokenMorphology morphology;
    private final List<NerSentence> sentences;
    private final List<List<String>> analysed = new ArrayList<>();
    private final long tokens;

    public NerBenchmark(CrfNer ner, TokenMorphology morphology, List<NerSentence> sentences) {
        this.ner = ner;
        this.morphology = morphology;
        this.sentences = sentences;
        sentences.forEach(s -> analysed.add(morphology.of(s.tokens())));
        this.tokens = sentences.stream().mapToLong(s -> s.tokens().size()).sum();
    }

    public long tokens() {
        return tokens;
    }

    /** Runs {@code warmUp} untimed rounds, then {@code rounds} timed ones. */
    public List<Round> run(int warmUp, int rounds) {
        List<Round> out = new ArrayList<>();
        for (int r = 0; r < warmUp + rounds; r++) {
            long start = System.nanoTime();
            for (int s = 0; s < sentences.size(); s++) {
                ner.tag(sentences.get(s).tokens(), analysed.get(s));
            }
            long nerNanos = System.nanoTime() - start;
            start = System.nanoTime();
            sentences.forEach(s -> morphology.of(s.tokens()));
            long morphologyNanos = System.nanoTime() - start;
            if (r >= warmUp) {
                out.add(new Round(tokens * 1e9 / nerNanos, tokens * 1e9 / morphologyNanos));
            }
        }
        return out;
    }
}
