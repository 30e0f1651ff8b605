package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Models;
import org.marsad.Stages;
import org.marsad.arabic.WordClusters;
import org.marsad.corpus.SaudiNewsNet;
import org.marsad.eval.AqmarCorpus;
import org.marsad.format.GoldSentence;
import org.marsad.format.conll.ConllReader;
import org.marsad.kb.KnowledgeBase;
import org.marsad.ner.features.NameLists;
import org.marsad.ner.features.TokenFeaturizer;
import org.marsad.ner.features.TokenMorphology;
import org.marsad.ner.model.NeuralNer;
import org.marsad.ner.train.FeatureResources;
import org.marsad.ner.train.TrainingExport;
import org.marsad.segment.SegmentationLexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train-ner}: rebuilds the learned NER model from the shared data. Java computes
 * every input the network reads (so tagging computes it the same way); fastText learns the word
 * embeddings from SaudiNewsNet; PyTorch trains the network on ANERcorp's train split and exports
 * it to ONNX.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Rebuild the learned NER model: word classes from SaudiNewsNet, name lists from the knowledge base, ANERGazet "
                + "and ANETAC, word embeddings (fastText) from SaudiNewsNet, then the network (PyTorch) on the ANERcorp train split; "
                + "prints its scores on the ANERcorp test split and AQMAR's test articles.")
final class TrainNerCommand implements Callable<Integer> {
    private static final String ANERCORP = "anercorp-camellab";
    private static final String ANERCORP_TRAIN = "ANERCorp_CamelLab_train.txt";
    private static final String ANERCORP_TEST = "ANERCorp_CamelLab_test.txt";
    private static final String AQMAR = "aqmar-wikipedia-ner";
    private static final String EMBEDDING_CORPUS = "embedding-corpus.txt";

    @Option(names = "--data", defaultValue = "../shared/data", description = "The shared data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "models/src/main/resources/org/marsad/models/ner",
            description = "Where the model files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--work", defaultValue = "target/ner-training",
            description = "Where the intermediate files go; steps whose files are there already are not run again (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--relearn-classes", description = "Learn the word classes and name lists again instead of reading those in --out.")
    boolean relearnClasses;

    @Option(names = "--dev", description = "Train on the first 90 %% of the train split and score the last 10 %% (for choosing the design); writes no model.")
    boolean dev;

    @Option(names = "--arch", defaultValue = "bilstm", description = "The network: bilstm or cnn (default: ${DEFAULT-VALUE}).")
    String architecture;

    @Option(names = "--python", defaultValue = "/usr/bin/python3",
            description = "The Python with PyTorch 1.13 (Debian's python3-torch; default: ${DEFAULT-VALUE}).")
    String python;

    @Option(names = "--epochs", defaultValue = "0", description = "Training epochs (default: the trainer's own).")
    int epochs;

    @Override
    public Integer call() throws Exception {
        Required.sharedData("train-ner", data, sharedData());
        if (!relearnClasses) {
            Required.files(List.of(out.resolve(NeuralNer.CLUSTERS), out.resolve(NeuralNer.NAME_LISTS)));
        }
        Files.createDirectories(work);
        Models models = Models.shared();
        SegmentationLexicon lexicon = models.segmentationLexicon();
        KnowledgeBase kb = models.knowledgeBase();
        WordClusters clusters;
        NameLists lists;
        if (relearnClasses) {
            System.err.println("learning word classes from SaudiNewsNet…");
            clusters = FeatureResources.clusters(archiveTexts(), lexicon);
            lists = FeatureResources.nameLists(kb, data, clusters, lexicon);
            Files.createDirectories(out);
            clusters.write(out.resolve(NeuralNer.CLUSTERS));
            lists.write(out.resolve(NeuralNer.NAME_LISTS));
        } else {
            try (InputStream c = Files.newInputStream(out.resolve(NeuralNer.CLUSTERS)); InputStream l = Files.newInputStream(out.resolve(NeuralNer.NAME_LISTS))) {
                clusters = WordClusters.read(c);
                lists = NameLists.read(l);
            }
        }
        Path corpus = work.resolve(EMBEDDING_CORPUS);
        if (!Files.exists(corpus)) {
            System.err.println("writing the embedding corpus…");
            TrainingExport.writeEmbeddingCorpus(archiveTexts(), corpus);
        }
        TokenMorphology morphology = Stages.morphology(models);
        TrainingExport export = new TrainingExport(new TokenFeaturizer(lists, clusters, lexicon), morphology);
        Path anercorp = data.resolve(ANERCORP);
        exportOnce(export, List.of(ConllReader.sentences(anercorp.resolve(ANERCORP_TRAIN))), work.resolve("anercorp-train.tsv"));
        exportOnce(export, List.of(ConllReader.sentences(anercorp.resolve(ANERCORP_TEST))), work.resolve("anercorp-test.tsv"));
        Path vectors = work.resolve("embeddings.vec");
        if (!Files.exists(vectors)) {
            System.err.println("learning word embeddings with fastText (one thread, for a reproducible result)…");
            ExternalTool.fastTextVectors(corpus, work.resolve("embeddings"), 100);
        }
        Path model = dev ? work.resolve("dev-model-" + architecture) : out;
        List<String> trainer = new ArrayList<>(List.of(python, "models/training/train_ner.py", "--work", work.toString(),
                "--out", model.toString(), "--arch", architecture));
        if (dev) {
            trainer.add("--dev");
        }
        if (epochs > 0) {
            trainer.addAll(List.of("--epochs", Integer.toString(epochs)));
        }
        System.err.println("training the network…");
        ExternalTool.run(trainer);
        if (dev) {
            Files.copy(out.resolve(NeuralNer.CLUSTERS), model.resolve(NeuralNer.CLUSTERS), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(out.resolve(NeuralNer.NAME_LISTS), model.resolve(NeuralNer.NAME_LISTS), StandardCopyOption.REPLACE_EXISTING);
        }
        NeuralNer ner = NeuralNer.load(model, lexicon);
        List<GoldSentence> train = ConllReader.sentences(anercorp.resolve(ANERCORP_TRAIN));
        if (dev) {
            EvaluateNerCommand.report("ANERcorp train, last 10 %", List.of(train.subList(train.size() * 9 / 10, train.size())), ner, morphology);
        } else {
            EvaluateNerCommand.report("ANERcorp test", List.of(ConllReader.sentences(anercorp.resolve(ANERCORP_TEST))), ner, morphology);
            EvaluateNerCommand.report("AQMAR test", AqmarCorpus.aqmarTest(data.resolve(AQMAR)), ner, morphology);
        }
        return 0;
    }

    /** The shared data this run reads: SaudiNewsNet only for what is not in --work yet, the name lists' sources only to relearn them. */
    private List<String> sharedData() {
        List<String> paths = new ArrayList<>(List.of(ANERCORP + "/" + ANERCORP_TRAIN, ANERCORP + "/" + ANERCORP_TEST));
        if (!dev) {
            paths.add(AQMAR);
        }
        if (relearnClasses || !Files.exists(work.resolve(EMBEDDING_CORPUS))) {
            paths.addAll(TrainSegmenterCommand.SAUDI_NEWS_NET);
        }
        if (relearnClasses) {
            paths.addAll(List.of("anergazet", "anetac/EN-AR_Named-entities.txt"));
        }
        return paths;
    }

    private List<String> archiveTexts() throws IOException {
        return new SaudiNewsNet(data).archiveArticlesExceptBenchmark().stream().map(SaudiNewsNet.Article::text).toList();
    }

    private static void exportOnce(TrainingExport export, List<List<GoldSentence>> documents, Path file) throws IOException {
        if (!Files.exists(file)) {
            System.err.println("writing " + file + "…");
            export.writeTagged(documents, file);
        }
    }
}
