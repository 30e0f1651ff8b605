package org.marsad.ner.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.ner.features.TokenFeatures;

/**
 * The network's token encoder ({@link NetworkHalves#encoder()}) with a bounded cache of its
 * vectors: a token's vector depends on its {@link TokenFeatures} alone, and news repeats its
 * words, so most tokens of a text are found here and only the others go through the encoder, in
 * one call per document.
 */
final class TokenVectors implements AutoCloseable {
    /**
     * Vectors kept: about 0.6 KB each with their features, 60 MB in all; 300 SaudiNewsNet articles
     * have 40,868 distinct words, and the least used vectors make room for new ones.
     */
    private static final long CACHED = 100_000;

    private final OrtEnvironment environment;
    private final OrtSession encoder;
    private final TaggerInputs inputs;
    private final Cache<TokenFeatures, float[]> cache = Caffeine.newBuilder().maximumSize(CACHED).build();

    TokenVectors(OrtEnvironment environment, OrtSession encoder, TaggerInputs inputs) {
        this.environment = environment;
        this.encoder = encoder;
        this.inputs = inputs;
    }

    /** The vector of each distinct token among {@code tokens}. */
    Map<TokenFeatures, float[]> of(List<List<TokenFeatures>> tokens) {
        Map<TokenFeatures, float[]> vectors = new HashMap<>();
        Set<TokenFeatures> missing = new LinkedHashSet<>();
        for (List<TokenFeatures> sentence : tokens) {
            for (TokenFeatures token : sentence) {
                if (!vectors.containsKey(token) && !missing.contains(token)) {
                    float[] vector = cache.getIfPresent(token);
                    if (vector == null) {
                        missing.add(token);
                    } else {
                        vectors.put(token, vector);
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            List<TokenFeatures> encode = new ArrayList<>(missing);
            float[][] encoded = encode(encode);
            for (int i = 0; i < encoded.length; i++) {
                vectors.put(encode.get(i), encoded[i]);
                cache.put(encode.get(i), encoded[i]);
            }
        }
        return vectors;
    }

    /** The encoder over tokens given as one sentence: it reads each token alone, so any grouping gives the same vectors. */
    private float[][] encode(List<TokenFeatures> tokens) {
        TaggerInputs.Encoded e = inputs.encode(List.of(tokens));
        long n = e.tokens();
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            feed.put("word", tensor(e.word(), 1, n));
            feed.put("stem", tensor(e.stem(), 1, n));
            feed.put("chars", tensor(e.chars(), 1, n, inputs.maxChars()));
            feed.put("morphology", tensor(e.morphology(), 1, n));
            feed.put("coarse", tensor(e.coarse(), 1, n));
            feed.put("fine", tensor(e.fine(), 1, n));
            feed.put("shape", tensor(e.shape(), 1, n));
            feed.put("lists", OnnxTensor.createTensor(environment, FloatBuffer.wrap(e.lists()), new long[] {1, n, inputs.listCount()}));
            try (OrtSession.Result result = encoder.run(feed)) {
                return ((float[][][]) result.get(0).getValue())[0];
            }
        } catch (OrtException ex) {
            throw new IllegalStateException("the NER network's token encoder failed on " + n + " tokens: " + ex.getMessage(), ex);
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor tensor(long[] values, long... shape) throws OrtException {
        return OnnxTensor.createTensor(environment, LongBuffer.wrap(values), shape);
    }

    @Override
    public void close() throws OrtException {
        encoder.close();
    }
}
