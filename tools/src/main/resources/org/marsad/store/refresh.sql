-- The tables derived from documents and mentions, made anew after indexing: what the server's
-- questions read, so that a profile or a search reads a few rows instead of every mention.
CREATE OR REPLACE TABLE actors AS
SELECT m.actor AS id,
       any_value(m.actor_name) AS name,
       any_value(m.actor_name_en) AS name_en,
       mode(m.type) AS type,
       bool_or(m.kb) AS kb,
       count(*) AS mentions,
       count(DISTINCT m.document) AS documents,
       min(m.published) AS first_seen,
       max(m.published) AS last_seen,
       list(DISTINCT m.text ORDER BY m.text) AS variants,
       list(DISTINCT m.role ORDER BY m.role) FILTER (WHERE m.role IS NOT NULL) AS roles,
       any_value(k.aliases) AS kb_aliases,
       any_value(k.country) AS kb_country,
       any_value(k.role) AS kb_role,
       coalesce(any_value(q.quotes), 0) AS quotes
FROM mentions m
LEFT JOIN kb_actors k ON k.id = m.actor
LEFT JOIN (SELECT speaker_actor, count(*) AS quotes FROM quotes GROUP BY speaker_actor) q ON q.speaker_actor = m.actor
GROUP BY m.actor
ORDER BY mentions DESC, id;
-- Every name an actor is known by, normalised as searches match it.
CREATE OR REPLACE TABLE actor_names AS
SELECT DISTINCT actor, name, ar_norm(name) AS normalised
FROM (SELECT actor, text AS name FROM mentions UNION ALL SELECT actor, actor_name FROM mentions UNION ALL
      SELECT id, unnest(kb_aliases) FROM actors WHERE kb_aliases IS NOT NULL)
WHERE name IS NOT NULL;
-- Pairs of actors named in one document, and how many of its sentences name both: counted over
-- distinct (actor, document) and (actor, document, sentence) rows, so that plain counts suffice.
CREATE OR REPLACE TABLE co_mentions AS
WITH in_documents AS (SELECT DISTINCT actor, document FROM mentions WHERE actor IS NOT NULL),
     in_sentences AS (SELECT DISTINCT actor, document, sentence FROM mentions WHERE actor IS NOT NULL),
     by_document AS (SELECT a.actor, b.actor AS other, count(*) AS documents
                     FROM in_documents a JOIN in_documents b ON a.document = b.document AND a.actor <> b.actor
                     GROUP BY a.actor, b.actor),
     by_sentence AS (SELECT a.actor, b.actor AS other, count(*) AS sentences
                     FROM in_sentences a JOIN in_sentences b
                       ON a.document = b.document AND a.sentence = b.sentence AND a.actor <> b.actor
                     GROUP BY a.actor, b.actor)
SELECT d.actor, d.other, d.documents, coalesce(s.sentences, 0) AS sentences
FROM by_document d LEFT JOIN by_sentence s ON s.actor = d.actor AND s.other = d.other
ORDER BY d.actor, sentences DESC;
-- The words of every document, normalised, sorted so that finding a word reads few row groups;
-- with the document's date, so that the newest hits are chosen without reading documents.
CREATE OR REPLACE TABLE terms AS
SELECT DISTINCT term, id AS document, published
FROM (SELECT id, published, unnest(regexp_split_to_array(search_text, '[^\p{L}\p{N}]+')) AS term FROM documents)
WHERE term <> ''
ORDER BY term;
DELETE FROM derived;
INSERT INTO derived VALUES (true);
