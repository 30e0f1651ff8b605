-- One input's records into the database, in the caller's transaction: {records} is a relation with
-- the record's fields (read_json over JSON Lines, read_parquet over the Spark job's Parquet).
CREATE OR REPLACE TEMP TABLE incoming AS
SELECT id, kind, parent, source, title, TRY_CAST(published AS DATE) AS published, lang, text, sentences, entities
FROM {records};
DELETE FROM derived;
DELETE FROM mentions WHERE document IN (SELECT id FROM incoming);
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
