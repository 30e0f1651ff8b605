package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marsad.Needs;
import org.marsad.Samples;
import org.marsad.format.GoldSentence;
import org.marsad.format.conll.ConllReader;
import org.marsad.ner.model.Iob;

/**
 * The NER test sets read as their PROVENANCE.md counts them (an entity: a B- tag or a stray I-).
 * Needs ../shared/data (see {@link Needs}).
 */
class NerCorporaTest {
    private static final Path ANERCORP_TEST = Samples.SHARED_DATA.resolve("anercorp-camellab/ANERCorp_CamelLab_test.txt");
    private static final Path AQMAR = Samples.SHARED_DATA.resolve("aqmar-wikipedia-ner");

    @Test
    void anercorpTestSplitHas925Sentences25008TokensAnd2285Entities() throws Exception {
        Needs.sharedData(ANERCORP_TEST);
        assertCounts(ConllReader.sentences(ANERCORP_TEST), 925, 25_008, Map.of("LOC", 676, "MISC", 243, "ORG", 459, "PERS", 907));
    }

    @Test
    void aqmarTestSplitHas1976Sentences52650TokensAndItsEntities() throws Exception {
        Needs.sharedData(AQMAR);
        // PER, LOC and ORG as PROVENANCE.md counts them. It counts 1,418 MIS0-MIS3 entities with each
        // subtype apart and without the noise tags: as one MISC, four subtype changes inside an entity
        // (B-MIS0 I-MIS1 ...) no longer start one (1,414), and the noise tags read as MISC add 3
        // (B-MIS and two B-MIS-2 start entities; I-MIS, B-MISS1 and B-MIS1` replace a stray start).
        assertCounts(AqmarCorpus.aqmarTest(AQMAR).stream().flatMap(List::stream).toList(), 1_976, 52_650, Map.of("LOC", 1_024, "MISC", 1_417, "ORG", 301, "PERS", 1_087));
    }

    private static void assertCounts(List<GoldSentence> sentences, int count, int tokens, Map<String, Integer> entitiesPerType) {
        assertThat(sentences).hasSize(count);
        assertThat(sentences.stream().mapToInt(s -> s.words().size()).sum()).isEqualTo(tokens);
        Map<String, Integer> entities = new TreeMap<>();
        for (GoldSentence sentence : sentences) {
            Iob.entities(sentence.nerTags()).forEach(span -> entities.merge(span.type(), 1, Integer::sum));
        }
        assertThat(entities).isEqualTo(entitiesPerType);
    }
}
