package org.marsad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import org.marsad.store.CorpusDatabase;

/**
 * The questions the observatory answers, each one parameterised SQL over the corpus database
 * (docs/DATABASE.md), its rows as JSON. Every call takes a connection of its own from the
 * database's, since a DuckDB connection serves one thread at a time.
 */
final class CorpusQueries {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CorpusDatabase database;

    CorpusQueries(CorpusDatabase database) {
        this.database = database;
    }

    /** Filters of the actor list: a name (any variant, Arabic-normalised), a type, a date range, a publisher. */
    record ActorFilter(String q, String type, Date from, Date to, String publisher, int limit, int offset) {
    }

    /**
     * Actors ranked by their mentions in the documents the filter keeps: read from the actors table
     * when no date or publisher narrows the documents, else counted over the mentions they hold.
     */
    ArrayNode actors(ActorFilter f) throws SQLException {
        String named = """
                (?::VARCHAR IS NULL OR a.id IN (SELECT actor FROM actor_names WHERE contains(normalised, ar_norm(?)))
                 OR contains(lower(a.name_en), lower(?))) AND (?::VARCHAR IS NULL OR a.type = ?)""";
        if (f.from() == null && f.to() == null && f.publisher() == null) {
            return rows("SELECT a.id, a.name, a.name_en, a.type, a.kb, a.mentions, a.documents FROM actors a WHERE " + named
                    + " ORDER BY a.mentions DESC, a.id LIMIT ? OFFSET ?", f.q(), f.q(), f.q(), f.type(), f.type(), f.limit(), f.offset());
        }
        return rows("""
                SELECT a.id, any_value(a.name) AS name, any_value(a.name_en) AS name_en, any_value(a.type) AS type,
                       any_value(a.kb) AS kb, count(*) AS mentions, count(DISTINCT m.document) AS documents
                FROM mentions m JOIN actors a ON a.id = m.actor
                WHERE (?::DATE IS NULL OR m.published >= ?) AND (?::DATE IS NULL OR m.published <= ?)
                  AND (?::VARCHAR IS NULL OR m.publisher = ?) AND """ + named + """

                GROUP BY a.id ORDER BY mentions DESC, a.id LIMIT ? OFFSET ?""",
                f.from(), f.from(), f.to(), f.to(), f.publisher(), f.publisher(), f.q(), f.q(), f.q(), f.type(), f.type(),
                f.limit(), f.offset());
    }

    /** An actor's profile, or null when no document mentions it. */
    ObjectNode actor(String id, int top) throws SQLException {
        ArrayNode found = rows("SELECT * FROM actors WHERE id = ?", id);
        if (found.isEmpty()) {
            return null;
        }
        ObjectNode profile = (ObjectNode) found.get(0);
        profile.set("timeline", rows("""
                SELECT published AS day, count(*) AS mentions FROM mentions
                WHERE actor = ? AND published IS NOT NULL GROUP BY day ORDER BY day""", id));
        profile.set("co_mentioned", rows("""
                SELECT c.other AS id, a.name, a.type, c.sentences, c.documents FROM co_mentions c JOIN actors a ON a.id = c.other
                WHERE c.actor = ? ORDER BY c.sentences DESC, c.documents DESC, c.other LIMIT ?""", id, top));
        profile.set("quotes", rows("""
                SELECT document, text, kind, cue, published FROM quotes WHERE speaker_actor = ?
                ORDER BY published DESC NULLS LAST, document, "start" LIMIT ?""", id, top));
        profile.set("top_documents", rows("""
                WITH top AS (SELECT document, any_value(published) AS published, count(*) AS mentions FROM mentions WHERE actor = ?
                             GROUP BY document ORDER BY mentions DESC, published DESC NULLS LAST, document LIMIT ?)
                SELECT d.id, d.title, d.published, d.publisher, top.mentions FROM top JOIN documents d ON d.id = top.document
                ORDER BY top.mentions DESC, d.published DESC NULLS LAST, d.id""", id, top));
        return profile;
    }

    /** A document with its mentions (offsets in code points, as in the records), or null. */
    ObjectNode document(String id) throws SQLException {
        ArrayNode found = rows("SELECT id, kind, parent, path, url, publisher, title, published, lang, text FROM documents WHERE id = ?", id);
        if (found.isEmpty()) {
            return null;
        }
        ObjectNode document = (ObjectNode) found.get(0);
        document.set("mentions", rows("""
                SELECT "start", "end", text, type, actor, actor_name, role FROM mentions WHERE document = ? ORDER BY "start\"""", id));
        return document;
    }

    /**
     * Documents holding every word of {@code q} (Arabic-normalised), newest first, found through the
     * words table, with a snippet of the text around the query's first word. The words are bound as
     * values, not read from a subquery: DuckDB then skips the sorted table's row groups that cannot
     * hold them instead of joining all of it, which is what keeps a common word's search fast.
     */
    ArrayNode search(String q, int limit, int offset) throws SQLException {
        Set<String> distinct = new LinkedHashSet<>();
        rows("""
                SELECT term FROM (SELECT unnest(regexp_split_to_array(ar_norm(?), '[^\\p{L}\\p{N}]+')) AS term)
                WHERE term <> ''""", q).forEach(row -> distinct.add(row.get("term").asText()));
        List<String> words = List.copyOf(distinct);
        if (words.isEmpty()) {
            return JSON.createArrayNode();
        }
        List<Object> parameters = new ArrayList<>(words);
        parameters.addAll(List.of(words.size(), limit, offset, words.get(0)));
        return rows("""
                WITH page AS (SELECT document AS id FROM terms WHERE term IN (%s)
                              GROUP BY document HAVING count(*) = ?
                              ORDER BY any_value(published) DESC NULLS LAST, document LIMIT ? OFFSET ?)
                -- Titles and snippets of the page's documents only: texts are most of the table.
                SELECT d.id, d.title, d.published, d.publisher,
                       substring(d.text, greatest(1, strpos(d.search_text, ?) - 60), 160) AS snippet
                FROM page JOIN documents d ON d.id = page.id
                ORDER BY d.published DESC NULLS LAST, d.id""".formatted(String.join(", ", Collections.nCopies(words.size(), "?"))),
                parameters.toArray());
    }

    /** The pairs of actors named together most often: in one sentence, and in one document. */
    ArrayNode cooccurrence(String actor, int limit) throws SQLException {
        return rows("""
                SELECT c.actor, a.name AS actor_name, c.other, b.name AS other_name, c.sentences, c.documents
                FROM co_mentions c JOIN actors a ON a.id = c.actor JOIN actors b ON b.id = c.other
                WHERE (?::VARCHAR IS NULL AND c.actor < c.other) OR c.actor = ?
                ORDER BY c.sentences DESC, c.documents DESC, c.actor, c.other LIMIT ?""", actor, actor, limit);
    }

    /** The publishers of the corpus with their document counts, for the web app's filter. */
    ArrayNode publishers() throws SQLException {
        return rows("""
                SELECT publisher, count(*) AS documents FROM documents WHERE publisher IS NOT NULL
                GROUP BY publisher ORDER BY documents DESC, publisher""");
    }

    private ArrayNode rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = ((DuckDBConnection) database.connection()).duplicate();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return json(rows);
            }
        }
    }

    private static ArrayNode json(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.add(meta.getColumnLabel(c));
        }
        ArrayNode out = JSON.createArrayNode();
        while (rows.next()) {
            ObjectNode row = out.addObject();
            for (int c = 0; c < columns.size(); c++) {
                row.set(columns.get(c), value(rows.getObject(c + 1)));
            }
        }
        return out;
    }

    /** A column's value as JSON: numbers and booleans as such, lists as arrays, the rest as text. */
    private static JsonNode value(Object value) throws SQLException {
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof java.sql.Array array) {
            ArrayNode items = JSON.createArrayNode();
            for (Object item : (Object[]) array.getArray()) {
                items.add(value(item));
            }
            return items;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return JSON.valueToTree(value);
        }
        return JSON.getNodeFactory().textNode(value.toString());
    }
}
