package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Models;
import org.marsad.Needs;
import org.marsad.Samples;
import org.marsad.document.Layer;
import org.marsad.format.GoldSentence;
import org.marsad.pipeline.Pipeline;
import org.marsad.segment.CrfSegmenter;
import org.marsad.segment.NameGuard;
import org.marsad.sentence.SentenceSplitter;
import org.marsad.tokenize.Tokenizer;

/**
 * The distilled segmenter stays within 0.3 points of CoreNLP's CRF on public gold data (UD
 * Arabic-PUD). Needs ../shared/data (see {@link Needs}).
 */
class SharedDataEvaluationTest {
    private static final Path PUD = Samples.SHARED_DATA.resolve("ud-arabic-pud/ar_pud-ud-test.conllu");

    @Test
    void marsadSegmentsAndTagsUdArabicPudAsWellAsCoreNlp() throws Exception {
        Needs.sharedData(PUD);
        List<GoldSentence> gold = UdReader.read(PUD);
        SegmentationScore marsad = SegmentationScore.of(gold, Samples.analysis());
        Pipeline coreNlp = Pipeline.of(EnumSet.of(Layer.LANGUAGE), List.of(new Tokenizer(), new SentenceSplitter(),
                new CrfSegmenter(NameGuard.ofWords(List.of())), Models.shared().posTagger()));
        SegmentationScore reference = SegmentationScore.of(gold, coreNlp);
        assertThat(marsad.tokenAccuracy()).isGreaterThan(reference.tokenAccuracy() - 0.3);
        assertThat(marsad.splitF1()).isGreaterThan(reference.splitF1() - 0.3);
        assertThat(marsad.uposAccuracy()).isGreaterThan(reference.uposAccuracy() - 0.3);
    }
}
