package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.Models;
import org.marsad.Stages;
import org.marsad.document.Layer;
import org.marsad.eval.FarasaReader;
import org.marsad.eval.SegmentationScore;
import org.marsad.eval.UdReader;
import org.marsad.format.GoldSentence;
import org.marsad.pipeline.Annotator;
import org.marsad.pipeline.Pipeline;
import org.marsad.segment.CrfSegmenter;
import org.marsad.segment.NameGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad evaluate segmentation}: clitic segmentation and POS of Marsad's default stages
 * and of CoreNLP's own segmenter and tagger, side by side, on UD Arabic-PUD and Farasa WikiNews.
 * Both systems see the same tokens (Marsad's tokenizer), so the scores compare the models.
 */
@Command(name = "segmentation", mixinStandardHelpOptions = true,
        description = "Segmentation (token accuracy, split-point F1) and UPOS accuracy on UD Arabic-PUD and Farasa WikiNews.")
final class EvaluateSegmentationCommand implements Callable<Integer> {
    private static final String UD_PUD = "ud-arabic-pud/ar_pud-ud-test.conllu";
    private static final String FARASA = "farasa-wikinews/WikiNews.pos.ref";

    @Option(names = "--data", defaultValue = "../shared/data", description = "The shared data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws Exception {
        Required.sharedData("evaluate segmentation", data, List.of(UD_PUD, FARASA));
        Map<String, List<GoldSentence>> sets = new LinkedHashMap<>();
        sets.put("UD Arabic-PUD", UdReader.read(data.resolve(UD_PUD)));
        sets.put("Farasa WikiNews", FarasaReader.read(data.resolve(FARASA)));
        Models models = Models.shared();
        Set<Layer> arabic = EnumSet.of(Layer.LANGUAGE);
        Map<String, Pipeline> systems = new LinkedHashMap<>();
        systems.put("marsad", Pipeline.of(arabic, Stages.annotators(List.of("tokenize", "ssplit", "segment", "pos"), models)));
        // CoreNLP's CRF as it is, without the knowledge base's names kept whole.
        List<Annotator> crf = new ArrayList<>(Stages.annotators(List.of("tokenize", "ssplit", "pos"), models));
        crf.add(2, new CrfSegmenter(NameGuard.ofWords(List.of())));
        systems.put("corenlp", Pipeline.of(arabic, crf));
        System.out.printf("%-16s %-8s %10s %10s %10s%n", "data", "system", "token acc", "split F1", "UPOS acc");
        for (var set : sets.entrySet()) {
            for (var system : systems.entrySet()) {
                SegmentationScore score = SegmentationScore.of(set.getValue(), system.getValue());
                System.out.printf("%-16s %-8s %10.2f %10.2f %10s%n", set.getKey(), system.getKey(), score.tokenAccuracy(),
                        score.splitF1(), Double.isNaN(score.uposAccuracy()) ? "-" : String.format("%.2f", score.uposAccuracy()));
            }
        }
        return 0;
    }
}
