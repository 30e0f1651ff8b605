package org.marsad.ner.crf;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.marsad.cluster.ClusterTrainer;
import org.marsad.cluster.WordClusters;
import org.marsad.eval.NerSentence;
import org.marsad.kb.Actor;
import org.marsad.kb.KnowledgeBase;
import org.marsad.segment.SegmentationLexicon;

/**
 * Trains the {@link CrfNer} model from the shared data: the CRF on the ANERcorp train split
 * only, its name lists from ANERGazet and ANETAC, its word clusters from SaudiNewsNet. L-BFGS
 * starts from zero weights and the clusters from a fixed seed, so the same data gives the same
 * model.
 */
public final class NerTrainer {
    /**
     * ANETAC entries that are among this many most frequent words of the news are dropped: it was
     * mined from parallel text, and transliterations such as "Fi" → في or "Min" → من would mark
     * every preposition as a name.
     */
    static final int COMMON_WORDS = 1000;
    /**
     * Words seen at most this often in training are shown a second time without their word and
     * stem features. Most names in new text were never seen in training (four in five of the
     * ANERcorp test split's people), and a CRF that can explain every training name by its
     * spelling learns too little from context, lists and clusters (1 point F1 on the dev split).
     */
    static final int RARE = 1;
    /** Word classes: 600 fine ones in 60 coarse ones, for a vocabulary of 50,000 stems. */
    static final int FINE_CLUSTERS = 600;
    static final int COARSE_CLUSTERS = 60;

    private final SegmentationLexicon lexicon;
    private final TokenMorphology morphology;
    private final Properties crfProperties;

    public NerTrainer(SegmentationLexicon lexicon, TokenMorphology morphology, Properties overrides) {
        this.lexicon = lexicon;
        this.morphology = morphology;
        this.crfProperties = properties();
        this.crfProperties.putAll(overrides);
    }

    /** The CRF's settings: first order, L2 prior, every feature kept, CoreNLP's templates off. */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("featureFactory", NerFeatureFactory.class.getName());
        p.setProperty("map", "word=0,tag=1,answer=2");
        p.setProperty("backgroundSymbol", "O");
        p.setProperty("maxLeft", "1");
        p.setProperty("useQN", "true");
        p.setProperty("QNsize", "25");
        p.setProperty("sigma", "1.0");
        p.setProperty("tolerance", "1e-4");
        p.setProperty("maxQNItr", "300");
        p.setProperty("featureCountThresh", "1");
        return p;
    }

    /** Word clusters of the SaudiNewsNet texts, keyed by the stems the features look up. */
    public static WordClusters clusters(List<String> texts, SegmentationLexicon lexicon) {
        return new ClusterTrainer(token -> FeatureStem.of(token, lexicon).stem(), FINE_CLUSTERS, COARSE_CLUSTERS).train(texts);
    }

    /**
     * The knowledge base's names by type and its given names; ANERGazet's three lists; ANETAC's
     * transliterated names, less its common words.
     */
    public static NameLists nameLists(KnowledgeBase kb, Path sharedData, WordClusters clusters, SegmentationLexicon lexicon)
            throws IOException {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (Actor actor : kb.actors()) {
            lists.computeIfAbsent("kb:" + actor.type().name(), t -> new ArrayList<>()).addAll(actor.names());
        }
        lists.put("kb:GIVEN", List.copyOf(kb.givenNameKeys()));
        Path gazet = sharedData.resolve("anergazet");
        for (String type : List.of("Loc", "Org", "Pers")) {
            lists.put("anergazet:" + type.toUpperCase(java.util.Locale.ROOT), Files.readAllLines(gazet.resolve("Aligned" + type + "Gazetteer.txt"))
                    .stream().filter(line -> !line.startsWith("===") && !line.startsWith("***")).toList());
        }
        Set<String> common = new HashSet<>(clusters.mostFrequent(COMMON_WORDS));
        for (String line : Files.readAllLines(sharedData.resolve("anetac/EN-AR_Named-entities.txt"))) {
            String[] f = line.split(" ");
            String type = f.length != 3 ? null : switch (f[0]) {
                case "PERSON" -> "PER";
                case "LOCATION" -> "LOC";
                case "ORGANIZATION" -> "ORG";
                default -> null;
            };
            if (type != null && !common.contains(FeatureStem.of(f[2], lexicon).stem())) {
                lists.computeIfAbsent("anetac:" + type, t -> new ArrayList<>()).add(f[2]);
            }
        }
        return NameLists.of(lists, lexicon);
    }

    /** Trains the CRF on {@code train} with these lists and clusters. */
    public CrfNer train(List<NerSentence> train, NameLists lists, WordClusters clusters) {
        NerFeatureFactory.install(new NerFeatures(lists, clusters, lexicon));
        Map<String, Integer> stemCounts = new HashMap<>();
        train.forEach(s -> s.tokens().forEach(t -> stemCounts.merge(FeatureStem.of(t, lexicon).stem(), 1, Integer::sum)));
        List<List<CoreLabel>> documents = new ArrayList<>(2 * train.size());
        for (NerSentence sentence : train) {
            List<String> analysed = morphology.of(sentence.tokens());
            documents.add(labelled(sentence, analysed, stem -> false));
            documents.add(labelled(sentence, analysed, stem -> stemCounts.get(stem) <= RARE));
        }
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(crfProperties);
        crf.train(documents, crf.makeReaderAndWriter());
        return new CrfNer(crf, lexicon, clusters);
    }

    /** Gold-labelled tokens, marked unseen where {@code unseen} holds for their stem. */
    private List<CoreLabel> labelled(NerSentence sentence, List<String> morphology, java.util.function.Predicate<String> unseen) {
        List<CoreLabel> labels = CrfNer.labels(sentence.tokens(), morphology);
        for (int i = 0; i < labels.size(); i++) {
            labels.get(i).set(CoreAnnotations.AnswerAnnotation.class, sentence.tags().get(i));
            labels.get(i).set(CoreAnnotations.GoldAnswerAnnotation.class, sentence.tags().get(i));
            labels.get(i).set(NerFeatureFactory.Unseen.class, unseen.test(FeatureStem.of(sentence.tokens().get(i), lexicon).stem()));
        }
        return labels;
    }

    /** Writes a trained model with its lists and clusters where {@link CrfNer#loadDefault} finds them. */
    public static void write(CrfNer ner, NameLists lists, WordClusters clusters, Path directory) throws IOException {
        Files.createDirectories(directory);
        ner.write(directory.resolve(CrfNer.MODEL));
        lists.write(directory.resolve(CrfNer.NAME_LISTS));
        clusters.write(directory.resolve(CrfNer.CLUSTERS));
    }
}
