package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Models;
import org.marsad.morph.train.Conventions;
import org.marsad.morph.train.TaggerTrainer;
import org.marsad.parse.train.Treebank;
import org.marsad.parse.train.UdVersionOne;
import org.marsad.parse.train.UdWord;
import org.marsad.pos.PosTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train-tagger}: trains the morphological tagger (UPOS and features) on UD
 * Arabic-PADT (UD 1.2 dev and test, converted to UD 2). UD Arabic-PUD, the evaluation set, is
 * never read.
 */
@Command(name = "train-tagger", mixinStandardHelpOptions = true,
        description = "Train the morphological tagger (UPOS and FEATS, OpenNLP perceptron) on UD Arabic-PADT, in UD 2 labels.")
final class TrainTaggerCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "../shared/data", description = "The shared data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "models/src/main/resources/org/marsad/models/morph/tagger.bin",
            description = "The model file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--iterations", defaultValue = "100", description = "Perceptron iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "1", description = "Features seen fewer times are dropped (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--conventions", defaultValue = "PUD",
            description = "Whose annotation conventions to learn: PUD (mapped from PADT's) or PADT (default: ${DEFAULT-VALUE}).")
    Conventions conventions;

    @Option(names = "--dev", description = "Write the model trained without the held-out sentences (as scored), not on all.")
    boolean dev;

    @Override
    public Integer call() throws Exception {
        Required.sharedData("train-tagger", data, TrainParserCommand.PADT);
        List<List<UdWord>> treebank = new ArrayList<>();
        for (String file : TrainParserCommand.PADT) {
            Treebank.read(data.resolve(file)).forEach(sentence -> treebank.add(UdVersionOne.toVersionTwo(sentence)));
        }
        System.err.printf("training the morphological tagger on %d sentences of UD Arabic-PADT…%n", treebank.size());
        var score = TaggerTrainer.train(treebank, new PosTagger(), Models.shared().wordClasses(), conventions, out, new TaggerTrainer.Settings(iterations, cutoff), dev);
        System.err.printf("held out (1 sentence in 10): %s%nwrote %s%n", score, out);
        return 0;
    }
}
