package org.marsad.ner.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.WordClusters;
import org.marsad.cluster.ClusterTrainer;
import org.marsad.kb.Actor;
import org.marsad.kb.KnowledgeBase;
import org.marsad.ner.features.FeatureStem;
import org.marsad.ner.features.NameLists;
import org.marsad.segment.SegmentationLexicon;

/**
 * Builds the resources the NER model's features read besides the network: word classes learned
 * from SaudiNewsNet and name lists from the knowledge base, ANERGazet and ANETAC. The clusters
 * start from a fixed seed, so the same data gives the same resources.
 */
public final class FeatureResources {
    /**
     * ANETAC entries that are among this many most frequent words of the news are dropped: it was
     * mined from parallel text, and transliterations such as "Fi" → في or "Min" → من would mark
     * every preposition as a name.
     */
    static final int COMMON_WORDS = 1000;
    /** Word classes: 600 fine ones in 60 coarse ones, for a vocabulary of 50,000 stems. */
    static final int FINE_CLUSTERS = 600;
    static final int COARSE_CLUSTERS = 60;

    private FeatureResources() {
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
            lists.put("anergazet:" + type.toUpperCase(Locale.ROOT), Files.readAllLines(gazet.resolve("Aligned" + type + "Gazetteer.txt"))
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
}
