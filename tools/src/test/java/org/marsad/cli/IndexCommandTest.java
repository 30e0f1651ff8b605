package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Samples;
import org.marsad.store.CorpusDatabase;

/** {@code annotate … --db} and {@code index}: a run's records in the corpus database, from the command line. */
class IndexCommandTest {
    @TempDir
    Path dir;

    /** A command's exit code and its stderr. */
    private record Result(int code, String stderr) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Result(Main.commandLine().execute(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void annotateWithADatabaseIndexesTheRunAndIndexSkipsItAfterwards() throws Exception {
        Path out = dir.resolve("wire.jsonl");
        Path db = dir.resolve("corpus.duckdb");
        Result annotated = run("annotate", Samples.WIRE.toString(), "-o", out.toString(), "-q", "--db", db.toString());
        assertThat(annotated.code()).as(annotated.stderr()).isZero();
        assertThat(annotated.stderr()).contains("marsad: indexed " + out + ": 3 documents");
        try (CorpusDatabase database = CorpusDatabase.openReadOnly(db)) {
            assertThat(database.count("SELECT count(*) FROM documents")).isEqualTo(3);
            assertThat(database.count("SELECT mentions FROM actors WHERE id = 'per:joe-biden'")).isPositive();
        }
        Result again = run("index", out.toString(), "--db", db.toString());
        assertThat(again.code()).isZero();
        assertThat(again.stderr()).contains("marsad: skipped " + out + ": indexed before, unchanged since")
                .contains("holds 3 documents");
    }

    @Test
    void aDatabaseWithoutAJsonLinesOutputIsRefusedInOneLine() {
        Result result = run("annotate", Samples.WIRE.toString(), "--db", dir.resolve("c.duckdb").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.stderr()).isEqualTo("marsad: --db indexes the run's records: it needs -o OUT in the jsonl format"
                + System.lineSeparator());
    }

    @Test
    void recordsOfAnotherKindAreRefusedInOneLine() throws Exception {
        Path conllu = Files.writeString(dir.resolve("out.conllu"), "# newdoc id = d1\n");
        Result result = run("index", conllu.toString(), "--db", dir.resolve("c.duckdb").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.stderr()).isEqualTo("marsad: cannot index " + conllu + ": " + conllu + ": expected annotated JSON "
                + "Lines (.jsonl, .jsonl.gz) or Parquet (a .parquet file, or the Spark job's OUT/parquet directory)"
                + System.lineSeparator());
    }
}
