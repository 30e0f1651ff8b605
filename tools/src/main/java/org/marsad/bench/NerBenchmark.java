package org.marsad.bench;

import java.util.ArrayList;
import java.util.List;
import org.marsad.format.GoldSentence;
import org.marsad.ner.features.TokenMorphology;
import org.marsad.ner.model.NeuralNer;

/**
 * Tokens per second of the learned NER model called from one thread (it and the POS stage spread
 * a call's sentences over the common fork-join pool), beside the segmentation and POS stages
 * that feed it, timed in alternating rounds over the same sentences so that a busy machine slows
 * both alike. The NER rounds reuse the morphology computed once, as the pipeline does.
 */
public final class NerBenchmark {

    /** One round's speeds, in tokens per second. */
    public record Round(double nerTokensPerSecond, double morphologyTokensPerSecond) {
    }

    private final NeuralNer ner;
    private final TokenMorphology morphology;
    private final List<List<String>> tokens;
    private final List<List<String>> analysed;
    private final long tokenCount;

    public NerBenchmark(NeuralNer ner, TokenMorphology morphology, List<GoldSentence> sentences) {
        this.ner = ner;
        this.morphology = morphology;
        this.tokens = sentences.stream().map(GoldSentence::forms).toList();
        this.analysed = morphology.ofSentences(tokens);
        this.tokenCount = tokens.stream().mapToLong(List::size).sum();
    }

    public long tokens() {
        return tokenCount;
    }

    /** Runs {@code warmUp} untimed rounds, then {@code rounds} timed ones. */
    public List<Round> run(int warmUp, int rounds) {
        List<Round> out = new ArrayList<>();
        for (int r = 0; r < warmUp + rounds; r++) {
            long start = System.nanoTime();
            ner.tag(tokens, analysed);
            long nerNanos = System.nanoTime() - start;
            start = System.nanoTime();
            morphology.ofSentences(tokens);
            long morphologyNanos = System.nanoTime() - start;
            if (r >= warmUp) {
                out.add(new Round(tokenCount * 1e9 / nerNanos, tokenCount * 1e9 / morphologyNanos));
            }
        }
        return out;
    }
}
