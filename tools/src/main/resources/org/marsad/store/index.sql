-- One input's records into the database, in the caller's transaction: {records} is a relation with
-- the record's fields (read_json over JSON Lines, read_parquet over the Spark job's Parquet).
CREATE OR REPLACE TEMP TABLE incoming AS
SELECT id, kind, parent, source, title, TRY_CAST(published AS DATE) AS published, lang, text, sentences, entities,
       times, quotes
FROM {records};
DELETE FROM derived;
DELETE FROM mentions WHERE document IN (SELECT id FROM incoming);
DELETE FROM quotes WHERE document IN (SELECT id FROM incoming);
DELETE FROM times WHERE document IN (SELECT id FROM incoming);
DELETE FROM documents WHERE id IN (SELECT id FROM incoming);
INSERT INTO documents
SELECT id, kind, parent, source.path, source.url, source.publisher, title, published, lang, text, ar_norm(text)
FROM incoming;
INSERT INTO mentions
SELECT id, e."start", e."end",
       -- Sentences come in order: the mention's is the last one starting at or before it.
       len(list_filter(sentences, s -> s."start" <= e."start")) - 1,
       e.text, e.type, e.entity.id, e.entity.name, e.entity.name_en, e.entity.kb, e.role, published, source.publisher
FROM (SELECT id, sentences, published, source, unnest(entities) AS e FROM incoming);
INSERT INTO quotes
SELECT id, q."start", q."end", q.text, q.kind, q.cue.text, q.speaker.text, q.speaker.id, published
FROM (SELECT id, published, unnest(quotes) AS q FROM incoming);
INSERT INTO times
SELECT id, t."start", t."end", t.text, t.type, t.value, t.calendar
FROM (SELECT id, unnest(times) AS t FROM incoming);
