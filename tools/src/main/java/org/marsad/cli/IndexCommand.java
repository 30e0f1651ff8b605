package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.Models;
import org.marsad.store.CorpusDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad index RECORDS… --db corpus.duckdb}: annotated records into the corpus database. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Load annotated records (annotate's JSON Lines, or the Spark job's OUT/parquet) into a DuckDB "
                + "corpus database: documents, mentions, actors (see docs/DATABASE.md). Records indexed before are "
                + "replaced; inputs indexed before and unchanged since are skipped, so a killed run is finished by running it again.")
final class IndexCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "RECORDS", description = "OUT.jsonl (or .jsonl.gz) files of 'marsad annotate', "
            + ".parquet files or the Spark job's OUT/parquet directory.")
    List<Path> inputs;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The DuckDB database file (created when absent).")
    Path db;

    @Override
    public Integer call() throws SQLException {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new UserError(input + ": no such file or directory");
            }
        }
        index(db, inputs, System.err);
        return 0;
    }

    /** Indexes {@code inputs} into {@code db}, reporting each input and the totals on {@code log}. */
    static void index(Path db, List<Path> inputs, PrintStream log) throws SQLException {
        long start = System.nanoTime();
        long indexed = 0;
        try (CorpusDatabase database = CorpusDatabase.open(db)) {
            database.loadKnowledgeBase(Models.shared().knowledgeBase());
            for (Path input : inputs) {
                CorpusDatabase.Indexed result;
                try {
                    result = database.index(input);
                } catch (SQLException | IOException | IllegalArgumentException e) {
                    throw new UserError("cannot index " + input + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
                indexed += result.documents();
                log.println(result.skipped() ? "marsad: skipped " + input + ": indexed before, unchanged since"
                        : String.format(Locale.ROOT, "marsad: indexed %s: %,d documents", input, result.documents()));
            }
            if (!database.fresh()) {
                database.refresh();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            log.printf(Locale.ROOT, "marsad: %s holds %,d documents, %,d mentions of %,d actors; %,d documents indexed in %.1f s%n",
                    db, database.count("SELECT count(*) FROM documents"), database.count("SELECT count(*) FROM mentions"),
                    database.count("SELECT count(DISTINCT actor) FROM mentions"), indexed, seconds);
        }
    }
}
