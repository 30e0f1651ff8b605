package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.marsad.kb.Actor;
import org.marsad.kb.KnowledgeBase;

/**
 * A corpus of annotated records in a DuckDB file: documents, mentions and the knowledge base's
 * actors as tables, and tables derived from them once indexing is done: actors, their names,
 * co-mentions, the words of every document (see docs/DATABASE.md). DuckDB reads
 * the records itself, JSON Lines and the Spark job's Parquet alike, so indexing is one SQL statement
 * per table. An input is indexed in one transaction and then recorded with its size and time, so a
 * killed run loses nothing but the input it was in, and the next run skips what is done.
 */
public final class CorpusDatabase implements AutoCloseable {
    private static final String SCHEMA = "schema.sql";
    private static final String INDEX = "index.sql";
    private static final String REFRESH = "refresh.sql";
    /** Only the fields the database keeps: DuckDB then skips the token layer, most of a record. */
    private static final String JSON_COLUMNS = "{id: 'VARCHAR', kind: 'VARCHAR', parent: 'VARCHAR', "
            + "source: 'STRUCT(path VARCHAR, url VARCHAR, publisher VARCHAR)', title: 'VARCHAR', published: 'VARCHAR', "
            + "lang: 'VARCHAR', text: 'VARCHAR', sentences: 'STRUCT(\"start\" INTEGER, \"end\" INTEGER)[]', "
            + "entities: 'STRUCT(\"start\" INTEGER, \"end\" INTEGER, text VARCHAR, type VARCHAR, role VARCHAR, "
            + "entity STRUCT(id VARCHAR, name VARCHAR, name_en VARCHAR, kb BOOLEAN))[]', "
            + "times: 'STRUCT(\"start\" INTEGER, \"end\" INTEGER, text VARCHAR, type VARCHAR, value VARCHAR, calendar VARCHAR)[]', "
            + "quotes: 'STRUCT(\"start\" INTEGER, \"end\" INTEGER, text VARCHAR, kind VARCHAR, "
            + "cue STRUCT(\"start\" INTEGER, \"end\" INTEGER, text VARCHAR), "
            + "speaker STRUCT(\"start\" INTEGER, \"end\" INTEGER, text VARCHAR, mention INTEGER, id VARCHAR))[]'}";

    private final Connection connection;

    private CorpusDatabase(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating when absent) a database to index into; its schema is made or brought up to date. */
    public static CorpusDatabase open(Path file) throws SQLException {
        CorpusDatabase db = new CorpusDatabase(DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()));
        db.executeScript(resource(SCHEMA));
        return db;
    }

    /** Opens a database for reading only: what a server answering questions needs, and all it may do. */
    public static CorpusDatabase openReadOnly(Path file) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return new CorpusDatabase(DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly));
    }

    /** What indexing one input did: documents (re)placed, or skipped because it was indexed before as it is. */
    public record Indexed(Path input, long documents, boolean skipped) {
    }

    /**
     * Indexes the records of one input: a JSON Lines file of {@code marsad annotate} (optionally
     * gzipped) or a directory or file of the Spark job's Parquet. Records already in the database
     * under the same id are replaced; an input indexed before and unchanged since is skipped.
     */
    public Indexed index(Path input) throws SQLException, IOException {
        Path file = input.toRealPath();
        long bytes = Files.isDirectory(file) ? 0 : Files.size(file);
        Timestamp modified = new Timestamp(Files.getLastModifiedTime(file).toMillis());
        if (indexedAsItIs(file, bytes, modified)) {
            return new Indexed(input, 0, true);
        }
        long[] documents = new long[1];
        inTransaction(() -> {
            executeScript(resource(INDEX).replace("{records}", reader(file)));
            documents[0] = count("SELECT count(*) FROM incoming");
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM indexed_files WHERE path = ?");
                 PreparedStatement done = connection.prepareStatement("INSERT INTO indexed_files VALUES (?, ?, ?, ?, now())")) {
                forget.setString(1, file.toString());
                forget.execute();
                done.setString(1, file.toString());
                done.setLong(2, bytes);
                done.setTimestamp(3, modified);
                done.setLong(4, documents[0]);
                done.execute();
            }
        });
        return new Indexed(input, documents[0], false);
    }

    /** SQL work that changes the database. */
    private interface Work {
        void run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none. */
    private void inTransaction(Work work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Whether the derived tables hold what was indexed (false after indexing, until {@link #refresh()}). */
    public boolean fresh() throws SQLException {
        return count("SELECT count(*) FROM derived WHERE fresh") > 0;
    }

    /** Makes the derived tables anew from the indexed records, in one transaction. */
    public void refresh() throws SQLException {
        inTransaction(() -> executeScript(resource(REFRESH)));
    }

    /** Replaces the knowledge-base actors table with {@code kb}'s actors, so that profiles show their fields. */
    public void loadKnowledgeBase(KnowledgeBase kb) throws SQLException {
        try (Statement clear = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO kb_actors VALUES (?, ?, ?, ?, string_split(?, chr(31)), ?, ?)")) {
            clear.execute("DELETE FROM kb_actors");
            for (Actor actor : kb.actors()) {
                insert.setString(1, actor.id());
                insert.setString(2, actor.type().name());
                insert.setString(3, actor.name());
                insert.setString(4, actor.nameEn());
                // Unit separator: a character no name holds.
                insert.setString(5, String.join("\u001F", actor.aliases()));
                insert.setString(6, actor.country());
                insert.setString(7, actor.role());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The JDBC connection, for queries. */
    public Connection connection() {
        return connection;
    }

    public long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private boolean indexedAsItIs(Path file, long bytes, Timestamp modified) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM indexed_files WHERE path = ? AND bytes = ? AND modified = ?")) {
            query.setString(1, file.toString());
            query.setLong(2, bytes);
            query.setTimestamp(3, modified);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    /** The table function reading an input's records, its path quoted as an SQL string literal. */
    private static String reader(Path file) {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            return "read_parquet(" + literal(file.resolve("*.parquet").toString()) + ")";
        }
        if (name.endsWith(".parquet")) {
            return "read_parquet(" + literal(file.toString()) + ")";
        }
        if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
            return "read_json(" + literal(file.toString()) + ", format = 'newline_delimited', columns = " + JSON_COLUMNS + ")";
        }
        throw new IllegalArgumentException(file + ": expected annotated JSON Lines (.jsonl, .jsonl.gz) or Parquet "
                + "(a .parquet file, or the Spark job's OUT/parquet directory)");
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private void executeScript(String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
        }
    }

    /** A script's statements: split at semicolons ending a line, comments dropped. */
    private static List<String> statements(String script) {
        String code = script.lines().filter(line -> !line.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(code.split(";\\s*\\n")).map(String::strip).filter(sql -> !sql.isEmpty()).toList();
    }

    private static String resource(String name) {
        try (InputStream in = CorpusDatabase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " of " + CorpusDatabase.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
