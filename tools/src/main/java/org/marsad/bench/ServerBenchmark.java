package org.marsad.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Marsad's server and CoreNLP's ({@code StanfordCoreNLPServer}, tokenize+ssplit+pos for Arabic)
 * side by side: each its own process with the same worker threads, each sent the same articles by
 * 1, 4, 16… concurrent clients; throughput and latency percentiles per level. Each server gets one
 * untimed request first, since CoreNLP's server loads its models on the first request.
 */
public final class ServerBenchmark implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * One server at one concurrency: documents per second, latency percentiles in milliseconds,
     * and the processor time its process took meanwhile (less swayed by the machine's other load
     * than wall time).
     */
    public record Level(String server, int clients, int documents, double seconds, double p50, double p99, double cpuSeconds) {
        public double documentsPerSecond() {
            return documents / seconds;
        }

        public double documentsPerCpuSecond() {
            return documents / cpuSeconds;
        }
    }

    /** A started server process and how to ask it to annotate a text. */
    private record Server(String name, Process process, Function<String, HttpRequest> request) {
    }

    private final int threads;
    private final String marsadJavaOptions;
    private final String coreNlpJavaOptions;
    private final List<Server> servers = new ArrayList<>();

    /** Servers with {@code threads} workers each, their JVMs started with these options (as {@code bench} starts its processes). */
    public ServerBenchmark(int threads, String marsadJavaOptions, String coreNlpJavaOptions) {
        this.threads = threads;
        this.marsadJavaOptions = marsadJavaOptions;
        this.coreNlpJavaOptions = coreNlpJavaOptions;
    }

    /** Starts Marsad's server ({@code marsad serve}, every default stage) and waits until it answers. */
    public void startMarsad() throws IOException, InterruptedException {
        int port = freePort();
        Process process = start("marsad-server", marsadJavaOptions, List.of("org.marsad.cli.Main", "serve", "--port", String.valueOf(port),
                "--workers", String.valueOf(threads), "--queue", "1024", "--time-limit", "600"));
        URI annotate = URI.create("http://127.0.0.1:" + port + "/v1/annotate");
        servers.add(ready(new Server("marsad", process, text -> HttpRequest.newBuilder(annotate)
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(text)).build()),
                URI.create("http://127.0.0.1:" + port + "/healthz")));
    }

    /**
     * Starts CoreNLP's server with the Arabic pipeline {@code bench} times ({@link CoreNlpBaseline}) as its
     * default, from a properties file: in a request's URL the segmenter model's "+" would reach it as a space.
     */
    public void startCoreNlp() throws IOException, InterruptedException {
        int port = freePort();
        Properties props = CoreNlpBaseline.properties(threads);
        props.remove("threads");
        props.setProperty("outputFormat", "json");
        Path file = Files.createTempFile("marsad-bench-corenlp", ".properties");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            props.store(out, "CoreNLP's Arabic pipeline, as marsad bench runs it");
        }
        Process process = start("corenlp-server", coreNlpJavaOptions, List.of("edu.stanford.nlp.pipeline.StanfordCoreNLPServer", "-port",
                String.valueOf(port), "-threads", String.valueOf(threads), "-timeout", "600000", "-quiet",
                "-serverProperties", file.toString()));
        URI annotate = URI.create("http://127.0.0.1:" + port + "/");
        servers.add(ready(new Server("corenlp", process, text -> HttpRequest.newBuilder(annotate)
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(text)).build()),
                URI.create("http://127.0.0.1:" + port + "/ready")));
    }

    /**
     * Every started server at every concurrency, over the same texts. The servers take turns at
     * each concurrency, so that the two rows of a ratio are timed minutes apart at most on a
     * machine whose other load changes; results are listed server by server, in the order started.
     */
    public List<Level> run(List<String> texts, List<Integer> clientCounts) throws InterruptedException {
        for (Server server : servers) {
            send(server, texts.get(0));
        }
        List<Level> levels = new ArrayList<>();
        for (int clients : clientCounts) {
            for (Server server : servers) {
                levels.add(level(server, texts, clients));
            }
        }
        return levels.stream().sorted(Comparator.comparingInt(level -> servers.stream().map(Server::name).toList().indexOf(level.server())))
                .toList();
    }

    private static Level level(Server server, List<String> texts, int clients) throws InterruptedException {
        long[] latencies = new long[texts.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Duration cpuBefore = cpu(server);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    send(server, texts.get(i));
                    latencies[i] = System.nanoTime() - sent;
                }
                return null;
            }));
        }
        try {
            for (Future<?> client : running) {
                client.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(server.name() + " failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpu(server).minus(cpuBefore).toNanos() / 1e9;
        Arrays.sort(latencies);
        return new Level(server.name(), clients, texts.size(), seconds, Percentile.of(latencies, 50), Percentile.of(latencies, 99), cpuSeconds);
    }

    /** The processor time the server's process has taken so far (user and system, all its threads). */
    private static Duration cpu(Server server) {
        return server.process().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("this system does not tell a process's processor time"));
    }

    private static void send(Server server, String text) {
        try {
            HttpResponse<String> response = HTTP.send(server.request().apply(text), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(server.name() + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Process start(String name, String javaOptions, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!javaOptions.isBlank()) {
            command.addAll(List.of(javaOptions.strip().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(new File(System.getProperty("java.io.tmpdir"), "marsad-bench-" + name + ".log")).start();
    }

    /** Waits for a server's health address to answer 200 (model loading included), for at most two minutes. */
    private static Server ready(Server server, URI health) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.process().isAlive()) {
                throw new IOException(server.name() + " server exited with " + server.process().exitValue()
                        + " (see its log in java.io.tmpdir)");
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return server;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        server.process().destroyForcibly();
        throw new IOException(server.name() + " server did not answer within two minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        servers.forEach(server -> server.process().destroy());
    }

    /** The results as a table, with each concurrency's throughput ratio of the first server over the second. */
    public static String table(List<Level> levels) {
        StringBuilder out = new StringBuilder(String.format("%-8s %8s %10s %10s %10s %10s %10s %12s%n", "server", "clients", "docs", "docs/s",
                "p50 ms", "p99 ms", "cpu s", "docs/cpu s"));
        levels.forEach(l -> out.append(String.format("%-8s %8d %10d %10.1f %10.0f %10.0f %10.1f %12.1f%n", l.server(), l.clients(),
                l.documents(), l.documentsPerSecond(), l.p50(), l.p99(), l.cpuSeconds(), l.documentsPerCpuSecond())));
        Map<Integer, List<Level>> byClients = levels.stream().collect(Collectors.groupingBy(Level::clients, TreeMap::new, Collectors.toList()));
        byClients.forEach((clients, pair) -> {
            if (pair.size() == 2) {
                out.append(String.format("throughput of %s over %s at %d clients: %.2fx (per processor second: %.2fx)%n", pair.get(0).server(),
                        pair.get(1).server(), clients, pair.get(0).documentsPerSecond() / pair.get(1).documentsPerSecond(),
                        pair.get(0).documentsPerCpuSecond() / pair.get(1).documentsPerCpuSecond()));
            }
        });
        return out.toString();
    }
}
