package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.marsad.cluster.WordClusters;
import org.marsad.corpus.SaudiNewsNet;
import org.marsad.eval.AqmarCorpus;
import org.marsad.eval.ConllNerReader;
import org.marsad.eval.NerSentence;
import org.marsad.kb.KnowledgeBase;
import org.marsad.ner.crf.CrfNer;
import org.marsad.ner.crf.NameLists;
import org.marsad.ner.crf.NerFeatures;
import org.marsad.ner.crf.NerTrainer;
import org.marsad.ner.crf.OpenNlpComparison;
import org.marsad.ner.crf.TokenMorphology;
import org.marsad.pipeline.StandardPipeline;
import org.marsad.segment.SegmentationLexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train-ner}: rebuilds the statistical NER model from the shared data (word
 * clusters, name lists, CRF) and scores it on the ANERcorp test split and AQMAR's test articles.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Rebuild the CRF NER model: word clusters from SaudiNewsNet, name lists from ANERGazet and ANETAC, "
                + "the CRF from the ANERcorp train split; then score it on the ANERcorp test split and AQMAR's test articles.")
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "../shared/data", description = "The shared data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "models/src/main/resources/org/marsad/models/ner",
            description = "Where the model files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--clusters", description = "Reuse this clusters.tsv.gz instead of learning clusters again (learned and written there if absent).")
    Path clustersFile;

    @Option(names = "--dev", description = "Train on the first 90 %% of the train split and score the last 10 %% (for choosing features); writes nothing.")
    boolean dev;

    @Option(names = "--compare-opennlp", description = "Also train OpenNLP's NameFinder on the same data and features, and score it the same way.")
    boolean compareOpenNlp;

    @Option(names = "-P", paramLabel = "KEY=VALUE", description = "Override a CoreNLP CRF property (e.g. -P sigma=0.5).")
    Map<String, String> crfProperties = Map.of();

    @Override
    public Integer call() throws Exception {
        SegmentationLexicon lexicon = SegmentationLexicon.loadDefault();
        WordClusters clusters;
        if (clustersFile != null && Files.exists(clustersFile)) {
            try (var in = Files.newInputStream(clustersFile)) {
                clusters = WordClusters.read(in);
            }
        } else {
            System.err.println("learning word clusters from SaudiNewsNet…");
            clusters = NerTrainer.clusters(new SaudiNewsNet(data).archiveArticlesExceptBenchmark()
                    .stream().map(SaudiNewsNet.Article::text).toList(), lexicon);
            if (clustersFile != null) {
                clusters.write(clustersFile);
            }
        }
        KnowledgeBase kb = KnowledgeBase.loadDefault();
        NameLists lists = NerTrainer.nameLists(kb, data, clusters, lexicon);
        TokenMorphology morphology = StandardPipeline.morphology(kb, lexicon);
        Properties overrides = new Properties();
        overrides.putAll(crfProperties);
        Path anercorp = data.resolve("anercorp-camellab");
        List<NerSentence> train = ConllNerReader.read(anercorp.resolve("ANERCorp_CamelLab_train.txt"));
        List<NerSentence> heldOut = List.of();
        if (dev) {
            int cut = train.size() * 9 / 10;
            heldOut = train.subList(cut, train.size());
            train = train.subList(0, cut);
        }
        System.err.printf("training the CRF on %d sentences…%n", train.size());
        long start = System.nanoTime();
        CrfNer ner = new NerTrainer(lexicon, morphology, overrides).train(train, lists, clusters);
        System.err.printf("trained in %.0f s%n", (System.nanoTime() - start) / 1e9);
        if (!dev) {
            NerTrainer.write(ner, lists, clusters, out);
            System.err.println("wrote " + out);
        }
        List<NerSentence> test = dev ? heldOut : ConllNerReader.read(anercorp.resolve("ANERCorp_CamelLab_test.txt"));
        EvaluateNerCommand.report(dev ? "ANERcorp train, last 10 %" : "ANERcorp test", List.of(test), ner, morphology);
        if (!dev) {
            EvaluateNerCommand.report("AQMAR test", AqmarCorpus.aqmarTest(data.resolve("aqmar-wikipedia-ner")), ner, morphology);
        }
        if (compareOpenNlp) {
            System.out.println("OpenNLP NameFinder, same data and features");
            System.out.println(new OpenNlpComparison(new NerFeatures(lists, clusters, lexicon), morphology).trainAndScore(train, test)
                    .toString().indent(2).stripTrailing());
        }
        return 0;
    }
}
