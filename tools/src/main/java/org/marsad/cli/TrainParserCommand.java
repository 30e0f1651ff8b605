package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Models;
import org.marsad.corpus.SaudiNewsNet;
import org.marsad.document.Morphology;
import org.marsad.morph.train.TaggerTrainer;
import org.marsad.parse.train.ParserTrainer;
import org.marsad.parse.train.SegmentCorpus;
import org.marsad.parse.train.Treebank;
import org.marsad.parse.train.UdVersionOne;
import org.marsad.parse.train.UdWord;
import org.marsad.parse.train.WordVectors;
import org.marsad.pos.PosTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train-parser}: trains the dependency parser on UD Arabic-PADT (UD 1.2 dev and
 * test, converted to UD 2 labels). UD Arabic-PUD, the evaluation set, is never read.
 */
@Command(name = "train-parser", mixinStandardHelpOptions = true,
        description = "Train the dependency parser (CoreNLP nndep) on UD Arabic-PADT, in UD 2 labels.")
final class TrainParserCommand implements Callable<Integer> {
    /** Parts of the treebank for the morphological tags the parser learns from, each tagged by a model of the others. */
    static final int JACKKNIFE = 2;
    static final List<String> PADT = List.of("ud-arabic-padt-v1/r1.2_ar-ud-dev.conllu", "ud-arabic-padt-v1/r1.2_ar-ud-test.conllu");

    @Option(names = "--data", defaultValue = "../shared/data", description = "The shared data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "models/src/main/resources/org/marsad/models/parse/parser.txt.gz",
            description = "The model file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--iterations", defaultValue = "8000", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--batch", defaultValue = "800", description = "Examples per iteration (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--hidden", defaultValue = "100", description = "Units of the hidden layer (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--learning-rate", defaultValue = "0.02", description = "AdaGrad's learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--threads", defaultValue = "2", description = "Training threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--word-cutoff", defaultValue = "2", description = "Words seen fewer times share the unknown word's vector (default: ${DEFAULT-VALUE}).")
    int wordCutOff;

    @Option(names = "--embeddings", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Start the word vectors from fastText's, learned from SaudiNewsNet's archive as Marsad segments it "
                    + "(needs Debian's fasttext; default: on, --no-embeddings starts them at random).")
    boolean embeddings;

    @Option(names = "--work", defaultValue = "target/parser-training", description = "Where training files go (default: ${DEFAULT-VALUE}).")
    Path work;

    @Override
    public Integer call() throws Exception {
        List<String> needed = new ArrayList<>(PADT);
        if (embeddings) {
            needed.addAll(TrainSegmenterCommand.SAUDI_NEWS_NET);
        }
        Required.sharedData("train-parser", data, needed);
        List<List<UdWord>> treebank = new ArrayList<>();
        for (String file : PADT) {
            Treebank.read(data.resolve(file)).forEach(sentence -> treebank.add(UdVersionOne.toVersionTwo(sentence)));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        PosTagger tagger = new PosTagger();
        System.err.printf("tagging %d sentences of UD Arabic-PADT with the morphological tagger (%d-fold jackknife)…%n",
                treebank.size(), JACKKNIFE);
        List<List<Morphology>> morphology = TaggerTrainer.jackknife(treebank, tagger, Models.shared().wordClasses(),
                TaggerTrainer.Settings.DEFAULT, JACKKNIFE);
        Files.createDirectories(work);
        Path vectors = embeddings ? wordVectors() : null;
        System.err.printf("training the parser…%n");
        var score = ParserTrainer.train(treebank, morphology, tagger, work, out,
                new ParserTrainer.Settings(iterations, threads, batch, hidden, learningRate, wordCutOff, vectors));
        System.err.printf("held out (1 sentence in %d): %s%n", ParserTrainer.DEV_EVERY, score);
        System.err.printf("wrote %s%n", out);
        return 0;
    }

    /** fastText's vectors of the segments of SaudiNewsNet's archive (the benchmark's articles left out), as nndep reads them. */
    private Path wordVectors() throws Exception {
        Path corpus = work.resolve("segments.txt");
        if (!Files.exists(corpus)) {
            System.err.println("segmenting SaudiNewsNet's archive for the word vectors…");
            SegmentCorpus.write(new SaudiNewsNet(data).archiveArticlesExceptBenchmark().stream().map(SaudiNewsNet.Article::text).toList(), corpus);
        }
        Path vectors = work.resolve("vectors.txt");
        if (!Files.exists(vectors)) {
            System.err.println("learning word vectors with fastText (one thread, for a reproducible result)…");
            WordVectors.withoutHeader(ExternalTool.fastTextVectors(corpus, work.resolve("vectors"), ParserTrainer.EMBEDDING_SIZE), vectors);
        }
        return vectors;
    }
}
