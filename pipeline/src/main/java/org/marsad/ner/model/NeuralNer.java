package org.marsad.ner.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.stream.IntStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.marsad.arabic.WordClusters;
import org.marsad.ner.features.NameLists;
import org.marsad.ner.features.TokenFeatures;
import org.marsad.ner.features.TokenFeaturizer;
import org.marsad.segment.SegmentationLexicon;

/**
 * The learned NER model: a network over {@link TokenFeatures} (frozen fastText vectors of the
 * word and its stem, a character CNN, morphology, word classes, name lists), run by ONNX
 * Runtime, with CRF decoding. It tags surface tokens, clitics attached, with IOB2 labels over
 * PERS, ORG, LOC and MISC, each sentence on its own. The network runs as its two {@link
 * NetworkHalves}: each token's vector once ({@link TokenVectors} keeps them), then the recurrent
 * layers over a document's sentences in batches of like length.
 *
 * <p>One instance may be shared by threads: an ONNX Runtime session runs concurrent calls, each
 * on the calling thread alone, and the vectors' cache is concurrent.
 */
public final class NeuralNer implements AutoCloseable {
    /** Where the model files live on the classpath. */
    public static final String DIRECTORY = "/org/marsad/models/ner/";
    /** The network, in ONNX. */
    public static final String NETWORK = "tagger.onnx";
    /** Its vocabularies and CRF scores. */
    public static final String DESCRIPTION = "tagger.json.gz";
    /** The word classes and name lists its features read. */
    public static final String CLUSTERS = "clusters.tsv.gz";
    public static final String NAME_LISTS = "names.tsv.gz";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sentences per call of the network, at most. */
    private static final int BATCH = 32;
    /** How much longer than the shortest a sentence of its batch may be. */
    private static final double LONGER = 1.2;

    private final OrtEnvironment environment;
    private final TokenVectors vectors;
    private final OrtSession sequence;
    /** The name of the sequence layers' input: the encoder's output tensor. */
    private final String vectorsInput;
    private final Viterbi viterbi;
    private final String[] tags;
    private final TokenFeaturizer featurizer;
    private final RepeatedNames repeatedNames;

    private NeuralNer(OrtEnvironment environment, OrtSession encoder, OrtSession sequence, String vectorsInput, JsonNode description,
            TokenFeaturizer featurizer, RepeatedNames repeatedNames) {
        this.environment = environment;
        this.vectors = new TokenVectors(environment, encoder, new TaggerInputs(description));
        this.sequence = sequence;
        this.vectorsInput = vectorsInput;
        this.featurizer = featurizer;
        this.repeatedNames = repeatedNames;
        this.viterbi = new Viterbi(floats(description.get("start")), matrix(description.get("transitions")), floats(description.get("end")));
        List<String> names = new ArrayList<>();
        description.get("tags").forEach(tag -> names.add(tag.asText()));
        this.tags = names.toArray(String[]::new);
    }

    /**
     * The shipped model, with the name lists and word classes its features read, from the
     * classpath; stems are cut where the segmenter's lexicon (loaded already) cuts them.
     */
    public static NeuralNer loadDefault(SegmentationLexicon lexicon) {
        return loadDefault(lexicon, defaultWordClasses());
    }

    /** The shipped model over word classes loaded already ({@link #defaultWordClasses}, which other stages read too). */
    public static NeuralNer loadDefault(SegmentationLexicon lexicon, WordClusters classes) {
        return load(NeuralNer::resource, lexicon, classes);
    }

    /** The shipped model's word classes, learned from SaudiNewsNet by {@code train-ner}. */
    public static WordClusters defaultWordClasses() {
        try (InputStream classes = resource(CLUSTERS)) {
            return WordClusters.read(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model written to a directory, as {@code train-ner} writes one. */
    public static NeuralNer load(Path directory, SegmentationLexicon lexicon) {
        Function<String, InputStream> files = name -> {
            try {
                return Files.newInputStream(directory.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        try (InputStream classes = files.apply(CLUSTERS)) {
            return load(files, lexicon, WordClusters.read(classes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NeuralNer load(Function<String, InputStream> files, SegmentationLexicon lexicon, WordClusters clusters) {
        try (InputStream names = files.apply(NAME_LISTS);
                InputStream network = files.apply(NETWORK); InputStream description = new GZIPInputStream(files.apply(DESCRIPTION))) {
            TokenFeaturizer featurizer = new TokenFeaturizer(NameLists.read(names), clusters, lexicon);
            RepeatedNames repeatedNames = new RepeatedNames(lexicon, Set.copyOf(clusters.mostFrequent(RepeatedNames.COMMON_WORDS)));
            return load(network.readAllBytes(), JSON.readTree(description), featurizer, repeatedNames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NeuralNer load(byte[] network, JsonNode description, TokenFeaturizer featurizer, RepeatedNames repeatedNames) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // Marsad runs a document per thread; the model's own parallelism would only contend with that.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Every batch has its own shape: memory patterns planned for one shape are never reused.
            options.setMemoryPatternOptimization(false);
            NetworkHalves halves = NetworkHalves.cut(network);
            return new NeuralNer(environment, environment.createSession(halves.encoder(), options),
                    environment.createSession(halves.sequence(), options), halves.vectors(), description, featurizer, repeatedNames);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the NER network: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = NeuralNer.class.getResourceAsStream(DIRECTORY + name);
        if (in == null) {
            throw new IllegalStateException(DIRECTORY + name + " is not on the classpath");
        }
        return in;
    }

    /**
     * IOB2 tags of a document's sentences of surface tokens and their morphology ("CC+NNP"), one
     * per token. A corpus without document breaks may be given as one run: a name's recurrences
     * are looked for a few sentences either side ({@link RepeatedNames}).
     */
    public List<List<String>> tag(List<List<String>> sentences, List<List<String>> morphology) {
        return repeatedNames.apply(sentences, networkTags(sentences, morphology));
    }

    /** The network's tags of each sentence, before the recurrence pass. */
    List<List<String>> networkTags(List<List<String>> sentences, List<List<String>> morphology) {
        // A document's sentences are featurized, and its batches run, in parallel (the common
        // pool): a lone request uses every processor; under load each thread mostly runs its own.
        List<List<TokenFeatures>> features = IntStream.range(0, sentences.size()).parallel()
                .mapToObj(s -> featurizer.of(sentences.get(s), morphology.get(s))).toList();
        Map<TokenFeatures, float[]> known = vectors.of(features);
        List<List<Integer>> batches = batches(sentences);
        List<List<List<String>>> tagged = batches.parallelStream().map(batch -> tag(batch, features, known)).toList();
        List<List<String>> tags = new ArrayList<>(Collections.nCopies(sentences.size(), List.<String>of()));
        for (int b = 0; b < batches.size(); b++) {
            for (int i = 0; i < batches.get(b).size(); i++) {
                tags.set(batches.get(b).get(i), tagged.get(b).get(i));
            }
        }
        return tags;
    }

    /**
     * The non-empty sentences' indices in batches of like length: one call of the network per
     * batch, and little padding, which the recurrent layers run through as through words (a
     * document's sentences in batches of 32 made them run 1.85 steps a word, these 1.08 on
     * SaudiNewsNet's news). A batch holds sentences at most
     * {@link #LONGER} times as long as its shortest, and one word more.
     */
    private static List<List<Integer>> batches(List<List<String>> sentences) {
        List<Integer> order = IntStream.range(0, sentences.size()).filter(s -> !sentences.get(s).isEmpty()).boxed()
                .sorted(Comparator.comparingInt(s -> sentences.get(s).size())).toList();
        List<List<Integer>> batches = new ArrayList<>();
        for (int from = 0, to; from < order.size(); from = to) {
            double longest = sentences.get(order.get(from)).size() * LONGER + 1;
            to = from + 1;
            while (to < order.size() && to - from < BATCH && sentences.get(order.get(to)).size() <= longest) {
                to++;
            }
            batches.add(order.subList(from, to));
        }
        return batches;
    }

    /** The tags of one batch of sentences, given by their indices. */
    private List<List<String>> tag(List<Integer> batch, List<List<TokenFeatures>> features, Map<TokenFeatures, float[]> known) {
        float[][][] emissions = emissions(batch.stream().map(features::get).toList(), known);
        List<List<String>> out = new ArrayList<>(batch.size());
        for (int b = 0; b < batch.size(); b++) {
            int[] path = viterbi.decode(Arrays.copyOf(emissions[b], features.get(batch.get(b)).size()));
            out.add(Arrays.stream(path).mapToObj(id -> this.tags[id]).toList());
        }
        return out;
    }

    /**
     * The sequence layers over a batch of sentences, padded to the longest with zero vectors (the
     * forward layer reads padding after a sentence's tokens, the backward one reads each sentence
     * reversed within its length: padding never reaches a real token's emissions).
     */
    private float[][][] emissions(List<List<TokenFeatures>> batch, Map<TokenFeatures, float[]> known) {
        int b = batch.size();
        int n = batch.stream().mapToInt(List::size).max().orElse(0);
        int width = known.values().iterator().next().length;
        float[] tokens = new float[b * n * width];
        long[] lengths = new long[b];
        for (int s = 0; s < b; s++) {
            List<TokenFeatures> sentence = batch.get(s);
            lengths[s] = sentence.size();
            for (int i = 0; i < sentence.size(); i++) {
                System.arraycopy(known.get(sentence.get(i)), 0, tokens, (s * n + i) * width, width);
            }
        }
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            feed.put(vectorsInput, OnnxTensor.createTensor(environment, FloatBuffer.wrap(tokens), new long[] {b, n, width}));
            feed.put("lengths", OnnxTensor.createTensor(environment, LongBuffer.wrap(lengths), new long[] {b}));
            try (OrtSession.Result result = sequence.run(feed)) {
                return (float[][][]) result.get(0).getValue();
            }
        } catch (OrtException ex) {
            throw new IllegalStateException("the NER network failed on " + b + " sentences of up to " + n + " tokens: " + ex.getMessage(), ex);
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] floats(JsonNode array) {
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) array.get(i).asDouble();
        }
        return out;
    }

    private static float[][] matrix(JsonNode rows) {
        float[][] out = new float[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = floats(rows.get(i));
        }
        return out;
    }

    @Override
    public void close() {
        try (OrtSession layers = sequence) {
            vectors.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
