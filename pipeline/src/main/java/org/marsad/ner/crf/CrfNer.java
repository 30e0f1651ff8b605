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
import java.util.zip.GZIPInputStream;
import org.marsad.cluster.WordClusters;
import org.marsad.format.Iob;
import org.marsad.segment.SegmentationLexicon;

/**
 * The trained NER model: a linear-chain CRF (CoreNLP's {@link CRFClassifier}) over
 * {@link NerFeatures}, trained on ANERcorp by {@link NerTrainer}. It tags surface tokens, clitics
 * still attached, with IOB2 labels over PERS, ORG, LOC and MISC, ANERcorp's tag names.
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

    CrfNer(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
    }

    /**
     * The shipped model, with the name lists and word clusters it was trained with; its features
     * read the segmentation lexicon the segmenter has loaded already.
     */
    public static CrfNer loadDefault(SegmentationLexicon lexicon) {
        NerFeatureFactory.install(new NerFeatures(NameLists.read(resource(NAME_LISTS)), WordClusters.read(resource(CLUSTERS)), lexicon));
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(resource(MODEL)))) {
            return new CrfNer(CRFClassifier.getClassifier(in));
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

    /** IOB2 tags of one sentence of surface tokens and their {@link TokenMorphology morphology}, one per token. */
    public List<String> tag(List<String> tokens, List<String> morphology) {
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
