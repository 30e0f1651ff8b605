package org.marsad.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.marsad.tokenize.Tokenizer;

/**
 * Learns {@link WordClusters} from raw text by distributional similarity: each frequent word is
 * a vector of positive PMI with the words at positions −2, −1, +1 and +2, randomly projected to
 * {@link #DIMENSIONS} dimensions; spherical k-means groups the vectors into fine classes,
 * and the fine centroids into coarse ones, giving a two-level id like a Brown
 * cluster's bit prefixes. Why not Brown clustering itself: its agglomerative merging is
 * quadratic in the classes and takes hours on this vocabulary; this takes about a minute.
 * Every random choice comes from {@link #SEED}, so the same text gives the same clusters.
 */
public final class ClusterTrainer {
    static final int VOCABULARY = 50_000;
    static final int MIN_COUNT = 5;
    static final int CONTEXT_WORDS = 1000;
    static final int DIMENSIONS = 160;
    static final int ITERATIONS = 12;
    static final long SEED = 20240611L;
    private static final int[] OFFSETS = {-2, -1, 1, 2};

    private final Function<String, String> wordKey;
    private final int fine;
    private final int coarse;

    /**
     * {@code wordKey} maps a surface token to the word clustered (NER gives its normalised stem);
     * {@code fine} and {@code coarse} are the numbers of classes at each level.
     */
    public ClusterTrainer(Function<String, String> wordKey, int fine, int coarse) {
        this.wordKey = wordKey;
        this.fine = fine;
        this.coarse = coarse;
    }

    public WordClusters train(List<String> texts) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<int[]> paragraphs = new ArrayList<>();
        for (String text : texts) {
            for (String paragraph : text.split("\n")) {
                // Punctuation is left out: a comma is the neighbour of every kind of word.
                List<String> tokens = Tokenizer.tokenize(paragraph).stream()
                        .map(span -> paragraph.substring(span.start(), span.end()))
                        .filter(token -> Character.isLetterOrDigit(token.codePointAt(0))).toList();
                int[] p = new int[tokens.size()];
                for (int i = 0; i < p.length; i++) {
                    p[i] = ids.computeIfAbsent(wordKey.apply(tokens.get(i)), k -> {
                        words.add(k);
                        return words.size() - 1;
                    });
                }
                paragraphs.add(p);
            }
        }
        int[] counts = new int[words.size()];
        paragraphs.forEach(p -> Arrays.stream(p).forEach(id -> counts[id]++));
        // Frequency rank, ties by spelling so that the ranking does not depend on hash order.
        List<Integer> ranked = new ArrayList<>();
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] >= MIN_COUNT) {
                ranked.add(id);
            }
        }
        ranked.sort(Comparator.<Integer>comparingInt(id -> -counts[id]).thenComparing(words::get));
        List<Integer> vocabulary = ranked.subList(0, Math.min(VOCABULARY, ranked.size()));
        int[] rank = new int[words.size()];
        Arrays.fill(rank, -1);
        for (int r = 0; r < vocabulary.size(); r++) {
            rank[vocabulary.get(r)] = r;
        }
        float[][] vectors = vectors(paragraphs, rank, vocabulary.size());
        int[] fineOf = SphericalKMeans.cluster(vectors, fine, ITERATIONS, SEED);
        int[] coarseOf = SphericalKMeans.cluster(SphericalKMeans.centroids(vectors, fineOf, fine), coarse, ITERATIONS, SEED + 1);
        Map<String, WordClusters.Classes> byWord = new LinkedHashMap<>();
        for (int r = 0; r < vocabulary.size(); r++) {
            String c = String.valueOf(coarseOf[fineOf[r]]);
            byWord.put(words.get(vocabulary.get(r)), new WordClusters.Classes(c, c + "." + fineOf[r]));
        }
        return WordClusters.of(byWord);
    }

    /** PPMI of (word, offset, context word) over the most frequent context words, randomly projected. */
    private static float[][] vectors(List<int[]> paragraphs, int[] rank, int size) {
        int dims = OFFSETS.length * CONTEXT_WORDS;
        int[][] cooccurrences = new int[size][];
        long[] contextTotals = new long[dims];
        long total = 0;
        for (int[] p : paragraphs) {
            for (int i = 0; i < p.length; i++) {
                int w = rank[p[i]];
                for (int o = 0; o < OFFSETS.length && w >= 0; o++) {
                    int j = i + OFFSETS[o];
                    int c = j < 0 || j >= p.length ? -1 : rank[p[j]];
                    if (c >= 0 && c < CONTEXT_WORDS) {
                        if (cooccurrences[w] == null) {
                            cooccurrences[w] = new int[dims];
                        }
                        cooccurrences[w][o * CONTEXT_WORDS + c]++;
                        contextTotals[o * CONTEXT_WORDS + c]++;
                        total++;
                    }
                }
            }
        }
        Random random = new Random(SEED);
        float[][] projection = new float[dims][DIMENSIONS];
        for (float[] row : projection) {
            for (int k = 0; k < DIMENSIONS; k++) {
                row[k] = (float) random.nextGaussian();
            }
        }
        float[][] vectors = new float[size][DIMENSIONS];
        for (int w = 0; w < size; w++) {
            int[] counts = cooccurrences[w];
            if (counts == null) {
                continue;
            }
            long wordTotal = Arrays.stream(counts).asLongStream().sum();
            for (int d = 0; d < dims; d++) {
                double pmi = counts[d] == 0 ? 0 : Math.log((double) counts[d] * total / ((double) wordTotal * contextTotals[d]));
                for (int k = 0; k < DIMENSIONS && pmi > 0; k++) {
                    vectors[w][k] += (float) pmi * projection[d][k];
                }
            }
            cooccurrences[w] = null; // the dense counts are the memory peak: free them as we go
            SphericalKMeans.normalized(vectors[w]);
        }
        return vectors;
    }
}
