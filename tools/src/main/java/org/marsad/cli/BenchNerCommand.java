package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Models;
import org.marsad.Stages;
import org.marsad.bench.NerBenchmark;
import org.marsad.format.conll.ConllReader;
import org.marsad.ner.features.TokenMorphology;
import org.marsad.ner.model.NeuralNer;
import org.marsad.segment.SegmentationLexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad bench-ner SENTENCES}: the learned NER model's tokens/s, called from one thread. */
@Command(name = "bench-ner", mixinStandardHelpOptions = true,
        description = "Tokens/s of the learned NER model called from one thread over a CoNLL 'token TAG' file (it and the POS "
                + "stage spread a call's sentences over the common fork-join pool), beside the segmentation + POS stages that "
                + "feed it, in alternating timed rounds after warm-up rounds.")
final class BenchNerCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CONLL", description = "Sentences in CoNLL 'token TAG' format (the tags are not used).")
    Path input;

    @Option(names = "--warm-up", defaultValue = "5", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        Required.files(List.of(input));
        Models models = Models.shared();
        SegmentationLexicon lexicon = models.segmentationLexicon();
        TokenMorphology morphology = Stages.morphology(models);
        NerBenchmark bench = new NerBenchmark(NeuralNer.loadDefault(lexicon), morphology, ConllReader.sentences(input));
        List<NerBenchmark.Round> results = bench.run(warmUp, rounds);
        System.out.printf("%-6s %16s %22s %8s%n", "round", "ner tokens/s", "segment+pos tokens/s", "ratio");
        for (int r = 0; r < results.size(); r++) {
            NerBenchmark.Round round = results.get(r);
            System.out.printf("%-6d %16.0f %22.0f %8.2f%n", r + 1, round.nerTokensPerSecond(), round.morphologyTokensPerSecond(),
                    round.nerTokensPerSecond() / round.morphologyTokensPerSecond());
        }
        double[] ner = results.stream().mapToDouble(NerBenchmark.Round::nerTokensPerSecond).sorted().toArray();
        System.out.printf("tokens: %d, one calling thread; median NER speed %.0f tokens/s%n", bench.tokens(), ner[ner.length / 2]);
        return 0;
    }
}
