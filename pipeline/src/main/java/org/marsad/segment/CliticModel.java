package org.marsad.segment;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Segments words the {@link SegmentationLexicon} does not know: an OpenNLP perceptron decides
 * at every position of a word whether a clitic boundary falls there, from the letters around
 * it and the candidate prefix and suffix. It is trained on the CRF's segmentations of frequent
 * words (a distillation of the CRF), so it learns the CRF's habits, not a second scheme.
 */
public final class CliticModel {
    public static final String RESOURCE = "/org/marsad/models/segment/clitics.bin.gz";
    private static final String SPLIT = "split";
    /** Proclitic chains and pronoun suffixes are short; no boundary lies further in. */
    private static final int MAX_AFFIX = 4;

    private final MaxentModel model;
    private final int splitIndex;

    CliticModel(MaxentModel model) {
        this.model = model;
        this.splitIndex = model.getIndex(SPLIT);
    }

    /**
     * Words known not to split, which the model consults: a boundary is likelier where what
     * it leaves is a known word ("جلوس" in "جلوسها", "نشر" after و in "ونشر").
     */
    public interface Vocabulary {
        boolean isWhole(String word);
    }

    public static CliticModel loadDefault() {
        try (InputStream in = CliticModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new CliticModel(new GenericModelReader(new BinaryFileDataReader(new GZIPInputStream(in))).getModel());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The segmentation of a word of letters. */
    public Segmentation segment(String word, Vocabulary vocabulary) {
        List<Integer> lengths = new ArrayList<>(3);
        int from = 0;
        for (int at = 1; at < word.length(); at++) {
            if (isCandidate(word, at) && model.eval(features(word, at, vocabulary))[splitIndex] > 0.5) {
                lengths.add(at - from);
                from = at;
            }
        }
        lengths.add(word.length() - from);
        int[] l = lengths.stream().mapToInt(Integer::intValue).toArray();
        String[] forms = new String[l.length];
        int start = 0;
        for (int i = 0; i < l.length; i++) {
            forms[i] = word.substring(start, start + l[i]);
            start += l[i];
        }
        return new Segmentation(l, forms);
    }

    /** Only positions near either end can be clitic boundaries. */
    static boolean isCandidate(String word, int at) {
        return at <= MAX_AFFIX || word.length() - at <= MAX_AFFIX;
    }

    static String[] features(String word, int at, Vocabulary vocabulary) {
        String w = "^" + word + "$";
        int i = at + 1;
        String prefix = word.substring(0, at);
        String suffix = word.substring(at);
        boolean restKnown = at <= MAX_AFFIX && vocabulary.isWhole(suffix);
        boolean headKnown = word.length() - at <= MAX_AFFIX && vocabulary.isWhole(prefix);
        return new String[] {
            "p=" + prefix,
            "s=" + suffix,
            "restKnown=" + restKnown,
            "headKnown=" + headKnown,
            "p+restKnown=" + prefix + "|" + restKnown,
            "s+headKnown=" + suffix + "|" + headKnown,
            "wholeKnown=" + vocabulary.isWhole(word),
            "c-1=" + w.charAt(i - 1),
            "c0=" + w.charAt(i),
            "c-2-1=" + w.substring(i - 2 < 0 ? 0 : i - 2, i),
            "c01=" + w.substring(i, Math.min(w.length(), i + 2)),
            "c-101=" + w.substring(i - 1, Math.min(w.length(), i + 2)),
            "c-3-1=" + w.substring(Math.max(0, i - 3), i),
            "c012=" + w.substring(i, Math.min(w.length(), i + 3)),
            "at=" + at,
            "left=" + (word.length() - at),
            "len=" + Math.min(word.length(), 12),
        };
    }

    /**
     * Trains the model on segmentations of words, weighting each word by its frequency. A word's
     * own entry is hidden from the vocabulary while it is a training example, as an unknown word
     * is at run time.
     */
    public static CliticModel train(Map<String, Segmentation> words, Map<String, Integer> frequency, int iterations) throws IOException {
        List<Event> events = new ArrayList<>();
        for (var entry : words.entrySet()) {
            String word = entry.getKey();
            if (!word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            java.util.Set<Integer> splits = new java.util.HashSet<>();
            int at = 0;
            for (int length : entry.getValue().lengths()) {
                at += length;
                splits.add(at);
            }
            int copies = (int) Math.min(4, Math.ceil(Math.log10(frequency.getOrDefault(word, 1) + 1)));
            Vocabulary others = w -> !w.equals(word) && isWhole(words.get(w));
            for (int position = 1; position < word.length(); position++) {
                if (isCandidate(word, position)) {
                    Event event = new Event(splits.contains(position) ? SPLIT : "no", features(word, position, others));
                    for (int c = 0; c < copies; c++) {
                        events.add(event);
                    }
                }
            }
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return new CliticModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
    }

    static boolean isWhole(Segmentation segmentation) {
        return segmentation != null && segmentation.lengths().length == 1;
    }

    public void write(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            new GenericModelWriter((AbstractModel) model, out).persist();
        }
    }
}
