package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.marsad.Needs;
import org.marsad.Samples;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.StandardPipeline;
import org.marsad.pos.PosTagger;
import org.marsad.segment.CrfSegmenter;
import org.marsad.segment.NameGuard;
import org.junit.jupiter.api.Test;

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
        Pipeline coreNlp = StandardPipeline.analysis(new CrfSegmenter(NameGuard.ofWords(List.of())), new PosTagger());
        SegmentationScore reference = SegmentationScore.of(gold, coreNlp);
        assertThat(marsad.tokenAccuracy()).isGreaterThan(reference.tokenAccuracy() - 0.3);
        assertThat(marsad.splitF1()).isGreaterThan(reference.splitF1() - 0.3);
        assertThat(marsad.uposAccuracy()).isGreaterThan(reference.uposAccuracy() - 0.3);
    }
}
