package org.marsad.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.arabic.WordClusters;
import org.marsad.tokenize.Tokenizer;

/**
 * Learns {@link WordClusters} from raw text by distributional similarity: each frequent word is
 * a vector of positive PMI with the words at positions −2, −1, +1 and +2, reduced to
 * {@link #DIMENSIONS} dimensions by truncated SVD; spherical k-means groups the vectors into fine
 * classes, and the fine centroids into coarse ones, giving a two-level id like a Brown cluster's
 * bit prefixes. Why not Brown clustering itself: its agglomerative merging is quadratic in the
 * classes and takes hours on this vocabulary; this takes a few minutes. Why SVD rather than a
 * random projection (this class's first version): a random projection keeps the PPMI vectors'
 * noise, and its classes mixed names with common words; the SVD's put أردوغان with أوباما,
 * بوتين and نتنياهو, and الخرطوم with صنعاء, بغداد and دمشق. Every random choice comes from
 * {@link #SEED}, so the same text gives the same clusters.
 */
public final class ClusterTrainer {
    static final int VOCABULARY = 50_000;
    static final int MIN_COUNT = 5;
    static final int CONTEXT_WORDS = 1000;
    static final int DIMENSIONS = 200;
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

    /**
     * PPMI of (word, offset, context word) over the most frequent context words, reduced by
     * {@link PpmiSvd}. Each word's dense counts are freed once its row is made: they are the memory peak.
     */
    private static float[][] vectors(List<int[]> paragraphs, int[] rank, int size) {
        int contextWords = Math.min(CONTEXT_WORDS, size);
        int dims = OFFSETS.length * contextWords;
        int[][] cooccurrences = new int[size][];
        long[] contextTotals = new long[dims];
        long total = 0;
        for (int[] p : paragraphs) {
            for (int i = 0; i < p.length; i++) {
                int w = rank[p[i]];
                for (int o = 0; o < OFFSETS.length && w >= 0; o++) {
                    int j = i + OFFSETS[o];
                    int c = j < 0 || j >= p.length ? -1 : rank[p[j]];
                    if (c >= 0 && c < contextWords) {
                        if (cooccurrences[w] == null) {
                            cooccurrences[w] = new int[dims];
                        }
                        cooccurrences[w][o * contextWords + c]++;
                        contextTotals[o * contextWords + c]++;
                        total++;
                    }
                }
            }
        }
        PpmiSvd.Row[] rows = new PpmiSvd.Row[size];
        for (int w = 0; w < size; w++) {
            rows[w] = ppmi(cooccurrences[w], contextTotals, total);
            cooccurrences[w] = null;
        }
        float[][] vectors = PpmiSvd.reduce(rows, dims, Math.min(DIMENSIONS, dims));
        for (float[] v : vectors) {
            SphericalKMeans.normalized(v);
        }
        return vectors;
    }

    private static PpmiSvd.Row ppmi(int[] counts, long[] contextTotals, long total) {
        if (counts == null) {
            return new PpmiSvd.Row(new int[0], new float[0]);
        }
        long wordTotal = Arrays.stream(counts).asLongStream().sum();
        int[] contexts = new int[counts.length];
        float[] values = new float[counts.length];
        int n = 0;
        for (int d = 0; d < counts.length; d++) {
            double pmi = counts[d] == 0 ? 0 : Math.log((double) counts[d] * total / ((double) wordTotal * contextTotals[d]));
            if (pmi > 0) {
                contexts[n] = d;
                values[n++] = (float) pmi;
            }
        }
        return new PpmiSvd.Row(Arrays.copyOf(contexts, n), Arrays.copyOf(values, n));
    }
}
