package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.Marsad;
import org.marsad.serve.ObservatoryServer;
import org.marsad.store.CorpusDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad serve [--db corpus.duckdb] [--port 8080]}: the HTTP API and the analyst web app. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API (POST /v1/annotate; the corpus database's actors, documents, search and "
                + "co-occurrence under /v1/, described in /v1/openapi.json) and the analyst web app at /, until stopped.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", description = "The corpus database to explore (made by 'marsad index'); opened read-only.")
    Path db;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--workers", paramLabel = "N", description = "Requests worked on at once (default: all processors).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", paramLabel = "N", description = "Requests waiting for a worker before the server answers 503 (default: 16 per worker).")
    int queue = 16 * Runtime.getRuntime().availableProcessors();

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
            description = "A request not answered in this time gets 503 (default: ${DEFAULT-VALUE}).")
    int timeLimit;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "5000000",
            description = "Larger request bodies get 413 (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Mixin
    StageOptions stages;

    @Override
    public Integer call() throws SQLException, InterruptedException {
        if (db != null && !Files.isRegularFile(db)) {
            throw new UserError(db + ": no such database (make one with 'marsad index OUT.jsonl --db " + db + "')");
        }
        if (workers < 1 || queue < 0 || timeLimit < 1 || maxBody < 1) {
            throw new UserError("--workers, --time-limit and --max-body must be at least 1, --queue at least 0");
        }
        String stageProblem = stages.problem();
        if (stageProblem != null) {
            throw new UserError(stageProblem);
        }
        CorpusDatabase database = db == null ? null : CorpusDatabase.openReadOnly(db);
        Marsad nlp = stages.marsad();
        ObservatoryServer server = ObservatoryServer.start(nlp, database,
                new ObservatoryServer.Options(host, port, workers, queue, Duration.ofSeconds(timeLimit), maxBody));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.err.printf("marsad: serving http://%s:%d/ (the API under /v1/, described in /v1/openapi.json)%s; Ctrl-C stops%n",
                host, server.port(), db == null ? "" : ", exploring " + db);
        stopped.await();
        return 0;
    }
}
