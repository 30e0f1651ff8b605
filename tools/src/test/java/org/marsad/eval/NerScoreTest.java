package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.format.GoldSentence;
import org.marsad.format.conll.ConllReader;

class NerScoreTest {

    /*
     * Gold (ner-gold.txt, after normalisation) and the predictions below, entities as [start, end):
     * s1 gold PERS[2,4) LOC[5,6)               pred PERS[2,4) ok, LOC[5,6) ok
     * s2 gold ORG[1,4) MISC[6,7)               pred ORG[1,3) wrong end (fp + fn), MISC[6,7) ok
     * s3 gold PERS[1,2) LOC[3,4) LOC[5,6)      pred PERS[1,2) ok, LOC[3,4) ok, ORG[5,6) wrong type (fp + fn)
     * s4 gold ORG[1,2) ORG[3,5)                pred PERS[0,1) fp, ORG[1,2) ok, stray I-ORG I-ORG = ORG[3,5) ok
     * PERS tp 2 fp 1 fn 0  P 2/3 = 66.67  R 100     F1 2*2/(4+1+0) = 80
     * LOC  tp 2 fp 0 fn 1  P 100         R 2/3      F1 4/5 = 80
     * ORG  tp 2 fp 2 fn 1  P 50          R 2/3      F1 4/7 = 57.14
     * MISC tp 1 fp 0 fn 0  P 100         R 100      F1 100
     * all  tp 7 fp 3 fn 2  P 70          R 7/9 = 77.78  F1 14/19 = 73.68
     */
    private static final List<List<String>> PREDICTED = List.of(
            List.of("O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O"),
            List.of("O", "B-ORG", "I-ORG", "O", "O", "O", "B-MISC", "O"),
            List.of("O", "B-PERS", "O", "B-LOC", "O", "B-ORG"),
            List.of("B-PERS", "B-ORG", "O", "I-ORG", "I-ORG"));

    /** The runtime's CoNLL reader test file, which comes in its test jar: copied out to be read as a file. */
    private static List<GoldSentence> gold() throws Exception {
        Path file = Files.createTempFile("ner-gold", ".txt");
        try (InputStream in = NerScoreTest.class.getResourceAsStream("/org/marsad/format/conll/ner-gold.txt")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return ConllReader.sentences(file);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void scoresAHandCheckedExampleExactly() throws Exception {
        List<GoldSentence> gold = gold();
        NerScore.Result result = NerScore.score(gold.stream().map(GoldSentence::nerTags).toList(), PREDICTED);

        assertThat(result.micro()).isEqualTo(new Prf(7, 3, 2));
        assertThat(result.micro().precision()).isCloseTo(70.0, within(1e-9));
        assertThat(result.micro().recall()).isCloseTo(700.0 / 9, within(1e-9));
        assertThat(result.micro().f1()).isCloseTo(1400.0 / 19, within(1e-9));
        assertThat(result.perType()).containsExactly(
                Map.entry("LOC", new Prf(2, 0, 1)), Map.entry("MISC", new Prf(1, 0, 0)),
                Map.entry("ORG", new Prf(2, 2, 1)), Map.entry("PERS", new Prf(2, 1, 0)));
        assertThat(result.perType().get("PERS").precision()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(result.perType().get("PERS").f1()).isCloseTo(80.0, within(1e-9));
        assertThat(result.perType().get("LOC").recall()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(result.perType().get("LOC").f1()).isCloseTo(80.0, within(1e-9));
        assertThat(result.perType().get("ORG").precision()).isCloseTo(50.0, within(1e-9));
        assertThat(result.perType().get("ORG").f1()).isCloseTo(400.0 / 7, within(1e-9));
        assertThat(result.perType().get("MISC").f1()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void evaluateTagsEachDocumentsSentencesTogetherAndScoresThemAll() throws Exception {
        List<GoldSentence> gold = gold();
        List<List<String>> tokens = gold.stream().map(GoldSentence::forms).toList();
        List<List<GoldSentence>> documents = List.of(gold.subList(0, 1), gold.subList(1, gold.size()));
        List<List<List<String>>> given = new ArrayList<>();
        NerScore.Result result = NerScore.evaluate(documents, sentences -> {
            int from = given.isEmpty() ? 0 : 1;
            given.add(sentences);
            return PREDICTED.subList(from, from + sentences.size());
        });
        assertThat(given).containsExactly(tokens.subList(0, 1), tokens.subList(1, tokens.size()));
        assertThat(result).isEqualTo(NerScore.score(gold.stream().map(GoldSentence::nerTags).toList(), PREDICTED));
        Map<List<String>, List<String>> perfect = gold.stream().collect(Collectors.toMap(GoldSentence::forms, GoldSentence::nerTags));
        assertThat(NerScore.evaluate(documents, sentences -> sentences.stream().map(perfect::get).toList()).micro()).isEqualTo(new Prf(9, 0, 0));
    }

    @Test
    void refusesPredictionsThatDoNotLineUpWithTheGold() {
        assertThatThrownBy(() -> NerScore.score(List.of(List.of("O")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NerScore.score(List.of(List.of("O", "O")), List.of(List.of("O"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingToFindAndNothingFoundScoresZeroWithoutDividingByZero() {
        NerScore.Result result = NerScore.score(List.of(List.of("O", "O")), List.of(List.of("O", "O")));
        assertThat(result.micro()).isEqualTo(Prf.ZERO);
        assertThat(result.micro().f1()).isZero();
        assertThat(result.perType()).isEmpty();
    }
}
