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

    @Override
    public Integer call() throws Exception {
        Required.files(List.of(input));
        List<String> texts = ArticleTexts.read(input, articles);
        try (ServerBenchmark bench = new ServerBenchmark(threads)) {
            bench.startMarsad();
            bench.startCoreNlp();
            System.out.print(ServerBenchmark.table(bench.run(texts, clients)));
            System.out.printf("articles: %d, server threads: %d%n", texts.size(), threads);
        }
        return 0;
    }
}
