package org.marsad.ner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Models;
import org.marsad.Needs;
import org.marsad.Samples;
import org.marsad.Stages;
import org.marsad.eval.NerScore;
import org.marsad.format.conll.ConllReader;
import org.marsad.ner.features.TokenMorphology;

/**
 * The shipped model scores on the ANERcorp CAMeL Lab test split what README and models/README
 * report (76.32 micro F1): a model, lists or features changed without retraining would not.
 * Needs ../shared/data (see {@link Needs}).
 */
class AnercorpScoreTest {
    private static final Path TEST = Samples.SHARED_DATA.resolve("anercorp-camellab/ANERCorp_CamelLab_test.txt");

    @Test
    void theShippedModelScoresWhatTheReadmeReports() throws Exception {
        Needs.sharedData(TEST);
        NeuralNer ner = Models.shared().nerModel();
        TokenMorphology morphology = Stages.morphology(Models.shared());
        NerScore.Result result = NerScore.evaluate(List.of(ConllReader.sentences(TEST)), sentences -> ner.tag(sentences, morphology.ofSentences(sentences)));
        assertThat(result.micro().f1()).isCloseTo(76.32, org.assertj.core.data.Offset.offset(0.01));
        assertThat(result.perType().get("PERS").f1()).isCloseTo(78.94, org.assertj.core.data.Offset.offset(0.01));
    }
}
