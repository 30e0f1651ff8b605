package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.Marsad;
import org.marsad.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad bench ARTICLES.jsonl}: Marsad against CoreNLP's own Arabic pipeline, side by side. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time 'marsad annotate' and CoreNLP's Arabic pipeline (tokenize+ssplit+pos) on the same JSONL articles, "
                + "each as a whole process, and print words/s, peak memory and the ratio.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ARTICLES.jsonl", description = "JSON Lines with a text or content field.")
    Path input;

    @Option(names = "--threads", defaultValue = "2", description = "Threads for both pipelines (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--marsad-java-options", defaultValue = Launcher.JAVA_OPTIONS,
            description = "JVM options of the Marsad process (default: the launcher's, ${DEFAULT-VALUE}).")
    String marsadJavaOptions;

    @Option(names = "--corenlp-java-options", defaultValue = "-Xmx4g",
            description = "JVM options of the CoreNLP process (default: ${DEFAULT-VALUE}, the JVM's own collector).")
    String coreNlpJavaOptions;

    @Option(names = "--also-stages", paramLabel = "LIST",
            description = "Also time Marsad running these stages only (annotate --stages LIST), such as the default without ner-model.")
    String alsoStages;

    @Override
    public Integer call() throws Exception {
        Required.files(List.of(input));
        Benchmark bench = new Benchmark(input, threads, marsadJavaOptions, coreNlpJavaOptions);
        long words = bench.words();
        Benchmark.Run marsad = bench.marsad();
        Benchmark.Run other = alsoStages == null ? null : bench.marsad("marsad-stages", List.of("--stages", alsoStages));
        Benchmark.Run coreNlp = bench.coreNlp();
        List<Benchmark.Run> runs = Stream.of(marsad, other, coreNlp).filter(Objects::nonNull).toList();
        System.out.printf("%-14s %10s %12s %14s%n", "pipeline", "wall s", "words/s", "peak RSS MB");
        for (Benchmark.Run run : runs) {
            System.out.printf("%-14s %10.1f %12.0f %14.0f%n", run.name(), run.seconds(), run.wordsPerSecond(words), run.peakRssKb() / 1024.0);
        }
        System.out.printf("words: %d, threads: %d, marsad JVM: %s, corenlp JVM: %s%nspeed-up of marsad over corenlp: %.2fx%n",
                words, threads, marsadJavaOptions, coreNlpJavaOptions, coreNlp.seconds() / marsad.seconds());
        if (other != null) {
            System.out.printf("speed-up of marsad --stages %s over corenlp: %.2fx%n", alsoStages, coreNlp.seconds() / other.seconds());
        }
        return 0;
    }
}
