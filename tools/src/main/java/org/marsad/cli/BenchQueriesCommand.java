package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.bench.QueryBenchmark;
import org.marsad.serve.ObservatoryServer;
import org.marsad.store.CorpusDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad bench-queries --db corpus.duckdb}: how fast the server answers an analyst's questions. */
@Command(name = "bench-queries", mixinStandardHelpOptions = true,
        description = "Start the server on a corpus database and time, one at a time over HTTP, the profiles, name searches "
                + "and full-text searches of the most-mentioned actors: p50, p95 and the slowest, in milliseconds.")
final class BenchQueriesCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The corpus database (made by 'marsad index').")
    Path db;

    @Option(names = "--actors", defaultValue = "100", description = "How many of the most-mentioned actors to ask about (default: ${DEFAULT-VALUE}).")
    int actors;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(db)) {
            throw new UserError(db + ": no such database (make one with 'marsad index OUT.jsonl --db " + db + "')");
        }
        CorpusDatabase database = CorpusDatabase.openReadOnly(db);
        // The questions read the database only: the annotating stages stay as light as a pipeline can be.
        Marsad tokenizer = Marsad.builder().stages(List.of("tokenize")).build();
        try (ObservatoryServer server = ObservatoryServer.start(tokenizer, database, ObservatoryServer.Options.local(0))) {
            System.out.printf("%-18s %9s %9s %9s %9s%n", "question", "requests", "p50 ms", "p95 ms", "max ms");
            for (QueryBenchmark.Kind kind : new QueryBenchmark(server.port()).run(actors)) {
                System.out.printf(Locale.ROOT, "%-18s %9d %9.1f %9.1f %9.1f%n", kind.name(), kind.requests(), kind.p50(), kind.p95(), kind.max());
            }
            System.out.printf(Locale.ROOT, "database: %s, %,d documents, %,d mentions%n", db,
                    database.count("SELECT count(*) FROM documents"), database.count("SELECT count(*) FROM mentions"));
        }
        return 0;
    }
}
