package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.Models;
import org.marsad.Samples;
import org.marsad.batch.BatchOptions;
import org.marsad.batch.BatchRun;
import org.marsad.write.OutputFormat;

/** The sample corpus annotated by every default stage, and that in a corpus database: what store and server tests read. */
public final class SampleCorpus {
    private SampleCorpus() {
    }

    /** corpus/samples annotated into {@code dir/samples.jsonl}. */
    public static Path records(Path dir) {
        Path records = dir.resolve("samples.jsonl");
        BatchOptions options = new BatchOptions(List.of(Samples.DIR.toString()), records, OutputFormat.JSONL, false, 2,
                1_000_000, false);
        int exit = new BatchRun(options, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                .run(Marsad::standard, InputStream.nullInputStream());
        assertThat(exit).isZero();
        return records;
    }

    /** Those records indexed, with the knowledge base, into the database file {@code dir/name}. */
    public static Path database(Path records, Path dir, String name) throws Exception {
        Path file = dir.resolve(name);
        try (CorpusDatabase db = open(file)) {
            db.index(records);
            db.refresh();
        }
        return file;
    }

    /** A database to index into, its knowledge-base table filled. */
    public static CorpusDatabase open(Path file) throws SQLException {
        CorpusDatabase db = CorpusDatabase.open(file);
        db.loadKnowledgeBase(Models.shared().knowledgeBase());
        return db;
    }
}
