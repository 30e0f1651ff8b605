package org.marsad.ner.crf;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.marsad.cluster.WordClusters;
import org.marsad.format.Iob;
import org.marsad.segment.SegmentationLexicon;

/**
 * The trained NER model: a linear-chain CRF (CoreNLP's {@link CRFClassifier}) over
 * {@link NerFeatures}, trained on ANERcorp by {@link NerTrainer}. It tags surface tokens, clitics
 * still attached, with IOB2 labels over PERS, ORG, LOC and MISC, ANERcorp's tag names, one
 * sentence at a time; then {@link RepeatedNames} tags the names it found where they recur nearby.
 *
 * <p>One instance may be shared by threads: CoreNLP keeps a tagging call's state on the tokens
 * of that call.
 */
public final class CrfNer {
    /** Where the model and the resources its features read live on the classpath. */
    public static final String DIRECTORY = "/org/marsad/models/ner/";
    static final String MODEL = "crf.ser.gz";
    static final String NAME_LISTS = "names.tsv.gz";
    static final String CLUSTERS = "clusters.tsv.gz";

    private final CRFClassifier<CoreLabel> crf;
    private final RepeatedNames repeatedNames;

    CrfNer(CRFClassifier<CoreLabel> crf, SegmentationLexicon lexicon, WordClusters clusters) {
        this.crf = crf;
        this.repeatedNames = new RepeatedNames(lexicon, Set.copyOf(clusters.mostFrequent(RepeatedNames.COMMON_WORDS)));
    }

    /**
     * The shipped model, with the name lists and word clusters it was trained with; its features
     * read the segmentation lexicon the segmenter has loaded already.
     */
    public static CrfNer loadDefault(SegmentationLexicon lexicon) {
        WordClusters clusters = WordClusters.read(resource(CLUSTERS));
        NerFeatureFactory.install(new NerFeatures(NameLists.read(resource(NAME_LISTS)), clusters, lexicon));
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(resource(MODEL)))) {
            return new CrfNer(CRFClassifier.getClassifier(in), lexicon, clusters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CrfNer.class.getResourceAsStream(DIRECTORY + name);
        if (in == null) {
            throw new IllegalStateException(DIRECTORY + name + " is not on the classpath");
        }
        return in;
    }

    /**
     * IOB2 tags of a document's sentences of surface tokens and their {@link TokenMorphology
     * morphology}, one per token. A corpus without document breaks may be given as one run: a
     * name's recurrences are looked for {@link RepeatedNames#WINDOW a few sentences} either side.
     */
    public List<List<String>> tag(List<List<String>> sentences, List<List<String>> morphology) {
        List<List<String>> tags = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            tags.add(tagSentence(sentences.get(s), morphology.get(s)));
        }
        return repeatedNames.apply(sentences, tags);
    }

    private List<String> tagSentence(List<String> tokens, List<String> morphology) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<String> tags = new ArrayList<>(tokens.size());
        for (CoreLabel label : crf.classify(labels(tokens, morphology))) {
            tags.add(label.get(CoreAnnotations.AnswerAnnotation.class));
        }
        // The CRF may start an entity with I- after O; conlleval reads that as a beginning, and so do we.
        return Iob.repair(tags);
    }

    void write(java.nio.file.Path file) {
        crf.serializeClassifier(file.toString());
    }

    static List<CoreLabel> labels(List<String> tokens, List<String> morphology) {
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel label = new CoreLabel();
            label.setWord(tokens.get(i));
            label.setValue(tokens.get(i));
            label.setTag(morphology.get(i));
            labels.add(label);
        }
        return labels;
    }
}
