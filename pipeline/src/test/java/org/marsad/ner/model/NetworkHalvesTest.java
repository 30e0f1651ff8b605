package org.marsad.ner.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.marsad.Models;
import org.marsad.Stages;
import org.marsad.arabic.WordClusters;
import org.marsad.ner.features.NameLists;
import org.marsad.ner.features.TokenFeaturizer;
import org.marsad.ner.features.TokenMorphology;

/** The shipped network cut at its token encoder: the two halves, run one after the other, are the whole network. */
class NetworkHalvesTest {
    private static final OrtEnvironment ENVIRONMENT = OrtEnvironment.getEnvironment();

    @Test
    void theHalvesComputeTheWholeNetworksEmissionsExactly() throws Exception {
        byte[] network = read(NeuralNer.NETWORK).readAllBytes();
        TaggerInputs inputs = new TaggerInputs(new ObjectMapper().readTree(new GZIPInputStream(read(NeuralNer.DESCRIPTION))));
        TokenFeaturizer featurizer = new TokenFeaturizer(NameLists.read(read(NeuralNer.NAME_LISTS)), WordClusters.read(read(NeuralNer.CLUSTERS)),
                Models.shared().segmentationLexicon());
        TokenMorphology morphology = Stages.morphology(Models.shared());
        List<List<String>> sentences = List.of(
                List.of("وقال", "وزير", "الخارجية", "الأمريكي", "كولن", "باول", "في", "واشنطن", "إن", "الأمم", "المتحدة", "ستعقد", "اجتماعا"),
                List.of("والتقى", "ماكرون", "في", "باريس", "أمس"));
        TaggerInputs.Encoded e = inputs.encode(sentences.stream().map(s -> featurizer.of(s, morphology.of(s))).toList());
        Map<String, OnnxTensor> features = new HashMap<>(Map.of(
                "word", tensor(e.word(), e), "stem", tensor(e.stem(), e), "morphology", tensor(e.morphology(), e),
                "coarse", tensor(e.coarse(), e), "fine", tensor(e.fine(), e), "shape", tensor(e.shape(), e),
                "chars", OnnxTensor.createTensor(ENVIRONMENT, LongBuffer.wrap(e.chars()), new long[] {e.sentences(), e.tokens(), inputs.maxChars()}),
                "lists", OnnxTensor.createTensor(ENVIRONMENT, FloatBuffer.wrap(e.lists()), new long[] {e.sentences(), e.tokens(), inputs.listCount()})));
        OnnxTensor lengths = OnnxTensor.createTensor(ENVIRONMENT, LongBuffer.wrap(e.lengths()), new long[] {e.sentences()});

        NetworkHalves halves = NetworkHalves.cut(network);
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                OrtSession whole = ENVIRONMENT.createSession(network, options);
                OrtSession encoder = ENVIRONMENT.createSession(halves.encoder(), options);
                OrtSession sequence = ENVIRONMENT.createSession(halves.sequence(), options)) {
            assertThat(encoder.getInputNames()).containsExactlyInAnyOrderElementsOf(features.keySet());
            assertThat(sequence.getInputNames()).containsExactlyInAnyOrder(halves.vectors(), "lengths");
            Map<String, OnnxTensor> all = new HashMap<>(features);
            all.put("lengths", lengths);
            float[][][] expected = run(whole, all);
            float[][][] vectors = run(encoder, features);
            assertThat(vectors[0][0]).hasSize(128);
            float[] flat = new float[e.sentences() * e.tokens() * 128];
            for (int s = 0; s < e.sentences(); s++) {
                for (int t = 0; t < e.tokens(); t++) {
                    System.arraycopy(vectors[s][t], 0, flat, (s * e.tokens() + t) * 128, 128);
                }
            }
            float[][][] emissions = run(sequence, Map.of(halves.vectors(),
                    OnnxTensor.createTensor(ENVIRONMENT, FloatBuffer.wrap(flat), new long[] {e.sentences(), e.tokens(), 128}), "lengths", lengths));
            for (int s = 0; s < sentences.size(); s++) {
                for (int t = 0; t < sentences.get(s).size(); t++) {
                    assertThat(emissions[s][t]).as("sentence %d token %d", s, t).containsExactly(expected[s][t]);
                }
            }
        }
    }

    private static float[][][] run(OrtSession session, Map<String, OnnxTensor> feed) throws Exception {
        try (OrtSession.Result result = session.run(feed)) {
            return (float[][][]) result.get(0).getValue();
        }
    }

    private static OnnxTensor tensor(long[] values, TaggerInputs.Encoded e) throws Exception {
        return OnnxTensor.createTensor(ENVIRONMENT, LongBuffer.wrap(values), new long[] {e.sentences(), e.tokens()});
    }

    private static InputStream read(String name) {
        return NeuralNer.class.getResourceAsStream(NeuralNer.DIRECTORY + name);
    }
}
