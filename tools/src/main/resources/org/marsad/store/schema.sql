-- Marsad's corpus database (DuckDB). Tables hold what was indexed; views derive the rest, so that
-- indexing a record again replaces it and leaves every count as it was. docs/DATABASE.md explains it.
-- Arabic as searches match it: no short vowels or tatweel, one alef, ى as ي, ة as ه (الكاظمى finds الكاظمي).
CREATE OR REPLACE MACRO ar_norm(s) AS
    replace(replace(regexp_replace(regexp_replace(s, '[\x{064B}-\x{065F}\x{0670}\x{0640}]', '', 'g'),
        '[\x{0622}\x{0623}\x{0625}\x{0671}]', 'ا', 'g'), 'ى', 'ي'), 'ة', 'ه');
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR NOT NULL,
    kind VARCHAR,
    parent VARCHAR,
    path VARCHAR,
    url VARCHAR,
    publisher VARCHAR,
    title VARCHAR,
    published DATE,
    lang VARCHAR,
    text VARCHAR,
    search_text VARCHAR -- ar_norm(text), what full-text search reads
);
CREATE TABLE IF NOT EXISTS mentions (
    document VARCHAR NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence INTEGER,
    text VARCHAR,
    type VARCHAR,
    actor VARCHAR,
    actor_name VARCHAR,
    actor_name_en VARCHAR,
    kb BOOLEAN,
    role VARCHAR
);
CREATE TABLE IF NOT EXISTS kb_actors (
    id VARCHAR NOT NULL,
    type VARCHAR,
    name VARCHAR,
    name_en VARCHAR,
    aliases VARCHAR[],
    country VARCHAR,
    role VARCHAR
);
CREATE TABLE IF NOT EXISTS indexed_files (
    path VARCHAR NOT NULL,
    bytes BIGINT,
    modified TIMESTAMP,
    documents BIGINT,
    indexed TIMESTAMP
);
CREATE OR REPLACE VIEW actors AS
SELECT m.actor AS id,
       any_value(m.actor_name) AS name,
       any_value(m.actor_name_en) AS name_en,
       mode(m.type) AS type,
       bool_or(m.kb) AS kb,
       count(*) AS mentions,
       count(DISTINCT m.document) AS documents,
       min(d.published) AS first_seen,
       max(d.published) AS last_seen,
       list(DISTINCT m.text ORDER BY m.text) AS variants,
       list(DISTINCT m.role ORDER BY m.role) FILTER (WHERE m.role IS NOT NULL) AS roles,
       any_value(k.aliases) AS kb_aliases,
       any_value(k.country) AS kb_country,
       any_value(k.role) AS kb_role
FROM mentions m
JOIN documents d ON d.id = m.document
LEFT JOIN kb_actors k ON k.id = m.actor
GROUP BY m.actor;
CREATE OR REPLACE VIEW co_mentions AS
SELECT a.actor AS actor, b.actor AS other,
       count(DISTINCT a.document) AS documents,
       count(DISTINCT (a.document, a.sentence)) FILTER (WHERE a.sentence = b.sentence) AS sentences
FROM mentions a
JOIN mentions b ON a.document = b.document AND a.actor <> b.actor
GROUP BY a.actor, b.actor;
