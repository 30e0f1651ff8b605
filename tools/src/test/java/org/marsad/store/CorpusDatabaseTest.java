package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample corpus, annotated, in a real DuckDB file: what an analyst's SQL finds there. */
class CorpusDatabaseTest {
    @TempDir
    static Path dir;
    private static Path records;
    private static long recordCount;

    @BeforeAll
    static void annotateTheSamples() throws IOException {
        records = SampleCorpus.records(dir);
        recordCount = Files.readAllLines(records).size();
    }

    private static CorpusDatabase indexed(String name, Path... inputs) throws Exception {
        CorpusDatabase db = SampleCorpus.open(dir.resolve(name));
        for (Path input : inputs) {
            db.index(input);
        }
        if (inputs.length > 0) {
            db.refresh();
        }
        return db;
    }

    private static String one(CorpusDatabase db, String sql) throws SQLException {
        try (Statement statement = db.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }

    @Test
    void documentsMentionsActorsAndCoMentionsAnswerAnAnalystsQuestions() throws Exception {
        try (CorpusDatabase db = indexed("corpus.duckdb", records)) {
            assertThat(db.count("SELECT count(*) FROM documents")).isEqualTo(recordCount);
            assertThat(one(db, "SELECT title FROM documents WHERE id = 'iraq-withdrawal-26sep'"))
                    .isEqualTo("العراق وإنهاء التواجد الأمريكي والأجنبي من أراضيها");
            // Mention offsets are code points into the document's text, as in the records.
            assertThat(db.count("SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.document "
                    + "WHERE substring(d.text, m.start + 1, m.\"end\" - m.start) <> m.text")).isZero();
            String kadhimi = "FROM actors WHERE id = 'per:mustafa-al-kadhimi'";
            assertThat(db.count("SELECT mentions " + kadhimi)).isGreaterThanOrEqualTo(5);
            assertThat(one(db, "SELECT name_en " + kadhimi)).isEqualTo("Mustafa al-Kadhimi");
            assertThat(one(db, "SELECT first_seen " + kadhimi)).isEqualTo("2021-07-24");
            assertThat(one(db, "SELECT list_contains(variants, 'الكاظمي') " + kadhimi)).isEqualTo("true");
            assertThat(one(db, "SELECT kb_country " + kadhimi)).isNotBlank();
            assertThat(db.count("SELECT sentences FROM co_mentions WHERE actor = 'per:mustafa-al-kadhimi' "
                    + "AND other = 'per:joe-biden'")).isPositive();
            // The later layers: who said what, and the times the text names.
            assertThat(db.count("SELECT count(*) FROM quotes WHERE speaker_actor = 'per:fuad-hussein'")).isPositive();
            assertThat(db.count("SELECT quotes FROM actors WHERE id = 'per:fuad-hussein'"))
                    .isEqualTo(db.count("SELECT count(*) FROM quotes WHERE speaker_actor = 'per:fuad-hussein'"));
            assertThat(one(db, "SELECT value FROM times WHERE document = 'baghdad-talks' AND text = 'الأسبوع المقبل'")).isEqualTo("2021-W30");
        }
    }

    @Test
    void indexingTheSameRecordsAgainChangesNothingAndAnUnchangedInputIsSkipped() throws Exception {
        try (CorpusDatabase db = indexed("twice.duckdb", records)) {
            long mentions = db.count("SELECT count(*) FROM mentions");
            assertThat(db.index(records).skipped()).isTrue();
            Files.setLastModifiedTime(records, FileTime.fromMillis(Files.getLastModifiedTime(records).toMillis() + 1000));
            CorpusDatabase.Indexed again = db.index(records);
            assertThat(again.skipped()).isFalse();
            assertThat(again.documents()).isEqualTo(recordCount);
            assertThat(db.count("SELECT count(*) FROM documents")).isEqualTo(recordCount);
            assertThat(db.count("SELECT count(*) FROM mentions")).isEqualTo(mentions);
        }
    }

    @Test
    void anInputThatFailsHalfWayLeavesTheDatabaseAsItWasAndARerunFinishes() throws Exception {
        Path broken = dir.resolve("broken.jsonl");
        List<String> lines = Files.readAllLines(records);
        Files.write(broken, List.of(lines.get(0), "{\"id\": \"cut\", \"text\": "));
        try (CorpusDatabase db = indexed("killed.duckdb")) {
            assertThatThrownBy(() -> db.index(broken)).isInstanceOf(SQLException.class);
            assertThat(db.count("SELECT count(*) FROM documents")).isZero();
            assertThat(db.count("SELECT count(*) FROM indexed_files")).isZero();
            Files.write(broken, List.of(lines.get(0)));
            assertThat(db.index(broken).documents()).isEqualTo(1);
        }
    }

    @Test
    void theSparkJobsParquetIsReadLikeJsonLines() throws Exception {
        Path parquet = dir.resolve("spark-out/parquet");
        Files.createDirectories(parquet);
        try (CorpusDatabase scratch = CorpusDatabase.open(dir.resolve("scratch.duckdb"));
             Statement statement = scratch.connection().createStatement()) {
            // What spark.read().json(records).write().parquet(...) writes: the records' fields as nested columns.
            statement.execute("COPY (SELECT * FROM read_json('" + records + "', format = 'newline_delimited')) TO '"
                    + parquet.resolve("part-00000.parquet") + "' (FORMAT parquet)");
        }
        try (CorpusDatabase fromJson = indexed("json.duckdb", records); CorpusDatabase fromParquet = indexed("parquet.duckdb", parquet)) {
            for (String sql : List.of("SELECT count(*) FROM documents", "SELECT count(*) FROM mentions",
                    "SELECT count(*) FROM quotes", "SELECT count(*) FROM times",
                    "SELECT count(*) FROM actors", "SELECT sum(sentence) FROM mentions")) {
                assertThat(fromParquet.count(sql)).as(sql).isEqualTo(fromJson.count(sql));
            }
        }
    }

    @Test
    void aDatabaseOpenedReadOnlyRefusesWrites() throws Exception {
        Path file = dir.resolve("read-only.duckdb");
        indexed("read-only.duckdb", records).close();
        try (CorpusDatabase db = CorpusDatabase.openReadOnly(file); Statement statement = db.connection().createStatement()) {
            assertThat(db.count("SELECT count(*) FROM documents")).isEqualTo(recordCount);
            assertThatThrownBy(() -> statement.execute("DELETE FROM documents")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void anInputOfAnotherKindIsRefusedSayingWhatIsExpected() throws Exception {
        Path conllu = dir.resolve("out.conllu");
        Files.writeString(conllu, "# newdoc id = x\n");
        try (CorpusDatabase db = indexed("kinds.duckdb")) {
            assertThatThrownBy(() -> db.index(conllu)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected annotated JSON Lines");
        }
    }
}
