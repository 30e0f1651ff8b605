package org.marsad.segment;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.marsad.document.Document;
import org.marsad.document.Token;

/**
 * Segments the words the CRF splits one way in some sentences and another way in others
 * (كما is ك + ما, "like what", or كما, "as"): an OpenNLP maxent model chooses among the word's
 * segmentations from its neighbours, as the CRF does from the letters around the word. Words
 * are only sent here when the CRF split them both ways often enough to learn from.
 */
public final class ContextualSegmenter {
    public static final String RESOURCE = "/org/marsad/models/segment/contexts.bin.gz";
    /** A word is ambiguous when it was seen this often in context … */
    static final int MIN_OCCURRENCES = 20;
    /** … and its most frequent segmentation had no more than this share. */
    static final double MAX_MAJORITY = 0.9;
    private static final int ITERATIONS = 100;

    private final MaxentModel model;
    private final Set<String> words;

    /** One occurrence of a word as the CRF segmented it between two neighbours. */
    public record Occurrence(String word, String previous, String next, Segmentation segmentation) {
    }

    ContextualSegmenter(MaxentModel model, Set<String> words) {
        this.model = model;
        this.words = Set.copyOf(words);
    }

    public static ContextualSegmenter loadDefault() {
        try (InputStream in = ContextualSegmenter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            var reader = new BinaryFileDataReader(new GZIPInputStream(in));
            int n = reader.readInt();
            Set<String> words = new HashSet<>();
            for (int i = 0; i < n; i++) {
                words.add(reader.readUTF());
            }
            return new ContextualSegmenter(new GenericModelReader(reader).getModel(), words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAmbiguous(String word) {
        return words.contains(word);
    }

    /** The segmentation of an ambiguous word between {@code previous} and {@code next} (neighbour forms). */
    public Segmentation segment(String word, String previous, String next) {
        String encoded = model.getBestOutcome(model.eval(features(word, previous, next)));
        String[] parts = encoded.split("\t", -1);
        return Segmentation.decode(word, parts[0], parts.length > 1 ? parts[1] : null);
    }

    /** The form of token {@code i} a neighbour feature reads: its text, or a boundary mark. */
    public static String neighbour(Document doc, List<Token> tokens, int i) {
        return i < 0 || i >= tokens.size() ? "<s>" : doc.text(tokens.get(i).span()).replace('\t', ' ');
    }

    private static String[] features(String word, String previous, String next) {
        return new String[] {
            "w=" + word,
            "p=" + word + "|" + previous,
            "n=" + word + "|" + next,
            "p2=" + word + "|" + tail(previous),
            "n2=" + word + "|" + head(next),
            "pn=" + word + "|" + tail(previous) + "|" + head(next),
        };
    }

    private static String tail(String s) {
        return s.length() <= 2 ? s : s.substring(s.length() - 2);
    }

    private static String head(String s) {
        return s.length() <= 2 ? s : s.substring(0, 2);
    }

    /** Trains on the CRF's in-context segmentations of the words it split more than one way. */
    public static ContextualSegmenter train(List<Occurrence> occurrences) throws IOException {
        Map<String, Map<Segmentation, Integer>> counts = new HashMap<>();
        for (Occurrence o : occurrences) {
            counts.computeIfAbsent(o.word(), w -> new HashMap<>()).merge(o.segmentation(), 1, Integer::sum);
        }
        Set<String> ambiguous = new HashSet<>();
        counts.forEach((word, bySegmentation) -> {
            int total = bySegmentation.values().stream().mapToInt(Integer::intValue).sum();
            int majority = bySegmentation.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (total >= MIN_OCCURRENCES && majority <= MAX_MAJORITY * total) {
                ambiguous.add(word);
            }
        });
        List<Event> events = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (ambiguous.contains(o.word())) {
                events.add(new Event(o.segmentation().encode(o.word()), features(o.word(), o.previous(), o.next())));
            }
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        MaxentModel model = TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
        return new ContextualSegmenter(model, ambiguous);
    }

    /** Writes the ambiguous words, then the model. */
    public void write(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(words.size());
            for (String word : words.stream().sorted().toList()) {
                out.writeUTF(word);
            }
            new GenericModelWriter((AbstractModel) model, out).persist();
        }
    }
}
