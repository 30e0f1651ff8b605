package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.corpus.SaudiNewsNet;
import org.marsad.segment.CrfSegmenter;
import org.marsad.segment.NameGuard;
import org.marsad.segment.train.SegmenterTrainer;
import org.marsad.segment.train.SilverSegmentations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train-segmenter}: rebuilds the distilled segmenter from CoreNLP's CRF run over
 * SaudiNewsNet (never over the benchmark's articles). Deterministic for a given data set.
 */
@Command(name = "train-segmenter", mixinStandardHelpOptions = true,
        description = "Rebuild the distilled clitic segmenter (lexicon, clitic model, contextual model) from SaudiNewsNet.")
final class TrainSegmenterCommand implements Callable<Integer> {
    /** Articles of the politics slice, after the benchmark's, that the CRF segments in context. */
    static final int IN_CONTEXT_ARTICLES = 2000;
    /** What {@link SaudiNewsNet} reads of the shared data: the politics slice and the daily archives. */
    static final List<String> SAUDI_NEWS_NET = List.of("saudinewsnet/saudinewsnet-politics-slice.jsonl", "saudinewsnet/original");

    @Option(names = "--data", defaultValue = "../shared/data", description = "The shared data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "models/src/main/resources/org/marsad/models/segment",
            description = "Where the model files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", defaultValue = "2", description = "Threads for the in-context CRF run (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        Required.sharedData("train-segmenter", data, SAUDI_NEWS_NET);
        SaudiNewsNet news = new SaudiNewsNet(data);
        CrfSegmenter teacher = new CrfSegmenter(NameGuard.ofWords(List.of()));
        List<String> running = news.sliceArticles(SaudiNewsNet.BENCHMARK_ARTICLES,
                SaudiNewsNet.BENCHMARK_ARTICLES + IN_CONTEXT_ARTICLES).stream().map(SaudiNewsNet.Article::text).toList();
        System.err.printf("segmenting %d articles in context with the CRF…%n", running.size());
        SilverSegmentations inContext = SilverSegmentations.inContext(teacher, running, threads);
        List<String> archive = news.archiveArticlesExceptBenchmark().stream().map(SaudiNewsNet.Article::text).toList();
        System.err.printf("segmenting the words of %d articles once each with the CRF…%n", archive.size());
        SilverSegmentations types = SilverSegmentations.ofTypes(teacher, archive);
        int words = SegmenterTrainer.train(inContext, types, out);
        System.err.printf("wrote %s: lexicon of %d words, clitic model, contextual model%n", out, words);
        return 0;
    }
}
