package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.bench.ArticleTexts;
import org.marsad.bench.ServerBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad bench-server ARTICLES.jsonl}: Marsad's HTTP server against CoreNLP's, side by side. */
@Command(name = "bench-server", mixinStandardHelpOptions = true,
        description = "Start 'marsad serve' and CoreNLP's server (tokenize+ssplit+pos for Arabic), each its own process with "
                + "the same threads, send both the same articles from 1, 4 and 16 concurrent clients, and print throughput, "
                + "p50/p99 latency and the throughput ratio.")
final class BenchServerCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ARTICLES.jsonl", description = "JSON Lines with a text or content field.")
    Path input;

    @Option(names = "--articles", defaultValue = "1000", description = "Articles sent at each level (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--clients", defaultValue = "1,4,16", split = ",", description = "Concurrent clients, level by level (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads of each server (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--marsad-java-options", defaultValue = Launcher.JAVA_OPTIONS,
            description = "JVM options of Marsad's server (default: the launcher's, as './marsad serve' runs it: ${DEFAULT-VALUE}).")
    String marsadJavaOptions;

    @Option(names = "--corenlp-java-options", defaultValue = "-Xmx4g",
            description = "JVM options of CoreNLP's server (default: ${DEFAULT-VALUE}, the JVM's own collector).")
    String coreNlpJavaOptions;

    @Override
    public Integer call() throws Exception {
        Required.files(List.of(input));
        List<String> texts = ArticleTexts.read(input, articles);
        try (ServerBenchmark bench = new ServerBenchmark(threads, marsadJavaOptions, coreNlpJavaOptions)) {
            bench.startMarsad();
            bench.startCoreNlp();
            System.out.print(ServerBenchmark.table(bench.run(texts, clients)));
            System.out.printf("articles: %d, server threads: %d%n", texts.size(), threads);
        }
        return 0;
    }
}
